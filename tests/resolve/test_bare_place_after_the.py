"""A place's loose spelling after "the" links when the document also writes the word bare for
the place ("Tawergha, a town ... the Tawergha talks"): normx.resolve.references."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

TAWURGHA = Record("loc:tawurgha", "LOC", "Tawurgha", "تاورغاء")


def _linked(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records([TAWURGHA]).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions if m.id is not None]


def test_the_word_written_bare_elsewhere_links_after_the():
    text = (
        "The best known success is Tawergha, a town of some 40,000 people. "
        "A sheikh who took part in the Tawergha talks said so."
    )
    assert _linked(text) == [("Tawergha", "loc:tawurgha"), ("Tawergha", "loc:tawurgha")]


def test_a_lookalike_after_the_alone_stays_unlinked():
    text = "A sheikh who took part in the Tawergha talks said so."
    assert _linked(text) == []


def test_a_bare_word_the_text_does_not_call_a_place_is_not_enough():
    # the bare "Tawergha" may be a chance likeness itself: only a noun of place in apposition
    # says the word is the town's name
    text = "Detainees were held in Tawergha for months. A sheikh took part in the Tawergha talks."
    assert _linked(text) == [("Tawergha", "loc:tawurgha")]
