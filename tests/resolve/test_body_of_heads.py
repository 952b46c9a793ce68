"""Two generic head nouns may name one body; one alone names none."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:presidential-council", "ORG", "Presidential Council", "المجلس الرئاسي"),
    Record("org:hor", "ORG", "House of Representatives", "مجلس النواب"),
]


def _links(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_two_head_nouns_that_gloss_a_body_link_to_it():
    # "Presidency" and "Council" are both generic heads, together the Presidential Council
    assert ("Presidency Council", "org:presidential-council") in _links(
        "The head of the Presidency Council called for calm."
    )


def test_a_lone_head_noun_or_heads_naming_no_body_stay_out():
    assert _links("The Council met on Monday.") == []
    assert all(i is None for _, i in _links("The Mission Authority said nothing."))
