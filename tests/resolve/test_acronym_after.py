"""A name reached by translating its words, then the acronym of another body in brackets: the
acronym's body (normx.resolve.acronym_after)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.acronym_after import acronyms_after
from normx.resolve.document import Mention

# two governments whose names translate alike; hand-written for this test
ACCORD = Record("org:accord", "ORG", "Government of National Accord", "حكومة الوفاق الوطني")
UNITY = Record("org:unity", "ORG", "Government of National Unity", "حكومة الوحدة الوطنية")


def links(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records([ACCORD, UNITY]).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_the_bracketed_acronym_names_the_body() -> None:
    got = links("The forces of the National Unity Government (GNA) retook the town.")
    assert ("National Unity Government", "org:accord") in got
    assert ("GNA", "org:accord") in got


def test_an_acronym_of_the_same_body_changes_nothing() -> None:
    got = links("The forces of the National Unity Government (GNU) retook the town.")
    assert ("National Unity Government", "org:unity") in got


def test_a_name_spelled_out_keeps_its_body() -> None:
    # the exact name is the writer's too: only a translation's link yields to the acronym
    got = links("The forces of the Government of National Unity (GNA) retook the town.")
    assert ("Government of National Unity", "org:unity") in got


def _mention(start: int, text: str, id_: str, method: str) -> Mention:
    return Mention(start, start + len(text), text, id_, id_, "ORG", 0.9, method, {"matched": "x"})


def test_only_right_before_a_bracketed_acronym() -> None:
    text = "the Unity Government, GNA said"
    name = _mention(4, "Unity Government", "org:unity", "gloss")
    acronym = _mention(text.index("GNA"), "GNA", "org:accord", "acronym")
    assert acronyms_after(text, (name, acronym)) == (name, acronym)  # no brackets
    text = "the Unity Government (GNA) said"
    acronym = _mention(text.index("GNA"), "GNA", "org:accord", "acronym")
    got = acronyms_after(text, (name, acronym))[0]
    assert got.id == "org:accord"
    assert got.evidence == {"acronym_after": "GNA"}  # the other body's matched name is gone
