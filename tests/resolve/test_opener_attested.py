"""A sentence's first word reached by likeness links when the document also writes the word,
capitalised, inside a sentence for the same place ("Athina asks ..." ... "said that Athina
will"); alone at a sentence start it says nothing."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

ATHENS = Record("loc:athens", "LOC", "Athens", "أثينا")
BENGHAZI = Record("loc:benghazi", "LOC", "Benghazi", "بنغازي")


def _athina(text: str) -> list[str | None]:
    doc = Normalizer.from_records([ATHENS, BENGHAZI]).canonicalize(text)
    return [m.id for m in doc.mentions if m.text == "Athina"]


def test_the_opener_written_again_inside_a_sentence():
    text = "Athina asks Benghazi to stop the boats\n\nThe minister said that Athina will act."
    assert _athina(text) == ["loc:athens", "loc:athens"]


def test_the_opener_alone_says_nothing():
    assert _athina("Athina asks Benghazi to stop the boats.") == []


def test_a_definite_lookalike_inside_a_sentence_is_not_excused():
    airport = Record("loc:mitiga-airport", "LOC", "Mitiga International Airport", "مطار معيتيقة")
    village = Record("loc:maiteeq", "LOC", "Maiteeq", "معيتيق")
    text = (
        "He arrived on Tuesday at Maitiga airport aboard an aircraft. Detainees in the Maitiga"
        " prison were tortured, the report said."
    )
    doc = Normalizer.from_records([airport, village]).canonicalize(text)
    assert "loc:maiteeq" not in {m.id for m in doc.mentions if m.start > 60}
