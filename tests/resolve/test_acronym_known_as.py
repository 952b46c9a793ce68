"""An acronym declared in words after a body ('... in Chad known as "FACT"') is that body's,
whatever its initials (normx.resolve.known_as); a bracket still needs the initials."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.known_as import known_as

FACT = Record(
    "org:fact", "ORG", "Front for Change and Concord in Chad", "جبهة التناوب والوفاق في تشاد"
)


def _by_text(text: str) -> dict[str, str | None]:
    doc = Normalizer.from_records([FACT]).canonicalize(text)
    return {m.text: m.id for m in doc.mentions}


def test_an_acronym_known_as_after_the_body_is_the_body():
    text = (
        'The armed groups include the Front for Change and Concord in Chad known as "FACT", '
        "which launched the offensive. FACT later moved north."
    )
    found = _by_text(text)
    assert found.get("FACT") == "org:fact"


def test_known_as_reads_quoted_and_bare_acronyms_only():
    text = 'X known as "FACT" and Y, also known as CNSP, and Z known as the Front'
    assert known_as(text, 1) == "FACT"
    assert known_as(text, text.index(", also")) == "CNSP"
    assert known_as(text, text.index(" known as the")) is None  # "the" is no acronym shape


def test_an_unrelated_acronym_in_brackets_still_needs_the_initials():
    text = "The Front for Change and Concord in Chad (UFR) launched the offensive. UFR denied it."
    assert _by_text(text).get("UFR") != "org:fact"
