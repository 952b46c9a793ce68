"""A people's record titled by the demonym itself ("Berbers" for الأمازيغ) is the people where
the demonym stands as a noun ("the rights of the Amazigh"), not where it describes ("the Amazigh
flag") (normx.resolve.peoples)."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

BERBERS = Record("org:berbers", "ORG", "Berbers", "الأمازيغ")


def _linked(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records([BERBERS]).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions if m.id is not None]


def test_the_demonym_as_a_noun_is_the_people():
    text = 'They denounced "the neglect of the rights of the Amazigh". The head said no.'
    assert ("Amazigh", "org:berbers") in _linked(text)


def test_the_demonym_before_a_function_word_is_the_people():
    text = "The law did not meet the demands of the Amazigh in the south, he said."
    assert ("Amazigh", "org:berbers") in _linked(text)


def test_the_demonym_as_an_adjective_names_no_people():
    text = "The Amazigh flag flew over Amazigh towns during the Amazigh new year."
    assert _linked(text) == []
