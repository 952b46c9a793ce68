"""A body qualified by a shipped country the gloss lexicon lacks ("(France)", whose adjective
"French" is not a regular one) is marked as that country's, so a Libyan text that never names
it means its own body by the bare name (normx.resolve.foreign_frame)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.foreign_frame import english_marks

FOREIGN = Record(
    "org:ministry-of-culture-france",
    "ORG",
    "Ministry of Culture (France)",
    "وزارة الثقافة الفرنسية",
)
OWN = Record("org:ministry-of-culture-sahla", "ORG", "Culture Department of Sahla", "وزارة الثقافة")


def test_a_france_qualifier_marks_the_body() -> None:
    assert "france" in english_marks("Ministry of Culture (France)")[0]


def test_a_town_qualifier_marks_nothing() -> None:
    assert not english_marks("Ministry of Culture (Benghazi)")[0]


def test_the_bare_name_in_a_libyan_text_is_the_frame_s_body() -> None:
    doc = Normalizer.from_records([FOREIGN, OWN]).canonicalize(
        "The Ministry of Culture reopened the museum in Tripoli on Monday."
    )
    found = [(m.text, m.id) for m in doc.mentions if m.text == "Ministry of Culture"]
    assert found == [("Ministry of Culture", "org:ministry-of-culture-sahla")]
