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
