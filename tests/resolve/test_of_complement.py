"""A place that closes an unknown body's name after "of" is no surname of that body."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.of_complement import of_complement

RECORDS = [
    Record("loc:ajdabiya", "LOC", "Ajdabiya", "أجدابيا"),
    Record("org:hcs", "ORG", "High Council of State", "المجلس الأعلى للدولة"),
    Record("org:jmc", "ORG", "Joint Military Commission", "اللجنة العسكرية المشتركة"),
]


def _links(text: str) -> list[tuple[int, str, str | None]]:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    return [(m.start, m.text, m.id) for m in doc.mentions]


def test_of_marks_a_complement() -> None:
    forms = ["the", "military", "council", "of", "ajdabiya"]
    assert of_complement(forms, 1, 4)
    assert not of_complement(["abdel", "moneim", "al", "ghaithi"], 0, 3)
    assert not of_complement(forms, 4, 4)  # "of" before the name is no word of it


def test_the_town_after_an_unknown_body_named_for_it_is_the_town() -> None:
    text = (
        "Ajdabiya was calm. The Military Council of Ajdabiya described the step as a "
        "provocation. Later, residents of Ajdabiya protested."
    )
    found = _links(text)
    assert (23, "Military Council of Ajdabiya", None) in found  # the body: unknown
    assert (109, "Ajdabiya", "loc:ajdabiya") in found
