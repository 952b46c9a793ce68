"""Session 35 (h-heads): a bare generic head ("the Council") after several bodies written with
it, or after none (:mod:`normx.resolve.sole_head`), each on a small hand-written gazetteer.

* Several bodies written with the noun: the one the noun's own paragraph wrote, when that
  paragraph wrote no other before the noun; two there, or none there, leave it unlinked.
* No body written with the noun: this rule links nothing (a body said by its acronym whose
  English name holds the noun, with another of the noun's Arabic head in reach, stays
  unlinked; an unknown body stays unlinked).

The names are canonical ones only; the texts spell them as MT copy does.
"""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

BODIES = [
    Record("org:riyasi", "ORG", "Presidential Council", "المجلس الرئاسي"),
    Record("org:nuwwab", "ORG", "House of Representatives", "مجلس النواب"),
    Record("org:markazi", "ORG", "Central Bank of Libya", "مصرف ليبيا المركزي"),
    Record("org:maliya", "ORG", "Ministry of Finance (Libya)", "وزارة المالية"),
    Record("org:dakhiliya", "ORG", "Ministry of Interior (Libya)", "وزارة الداخلية"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
]


def _link_of(records: list[Record], text: str, word: str) -> str | None:
    nz = Normalizer.from_records(records)
    start = text.rindex(word)
    found = [m.id for m in nz.canonicalize(text).mentions if m.start == start]
    return found[0] if found else None


# --- several bodies written with the noun: the one of the noun's paragraph ---------------------


HOSPITALS = [
    Record("org:tch", "ORG", "Tripoli Central Hospital", "مستشفى طرابلس المركزي"),
    Record("org:tuh", "ORG", "Tripoli University Hospital", "مستشفى طرابلس الجامعي"),
    Record("org:mch", "ORG", "Misrata Central Hospital", "مستشفى مصراتة المركزي"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("loc:misrata", "LOC", "Misrata", "مصراتة"),
]
TRIPOLI = (
    "The doctors said that the strike includes the Central Hospital of Tripoli and the "
    "University Hospital of Tripoli.\n\n"
)


def test_the_hospital_is_the_one_its_paragraph_wrote() -> None:
    """Fails on main (three bodies written "Hospital": left unlinked)."""
    text = TRIPOLI + (
        "And in Misrata, the administration of the Misrata Central Hospital said that the "
        "doctors of the Hospital joined the strike on Sunday."
    )
    assert _link_of(HOSPITALS, text, "Hospital joined") == "org:mch"


def test_a_paragraph_that_wrote_none_leaves_it_unlinked() -> None:
    """Guard: the bodies were written in the paragraph before only."""
    text = TRIPOLI + "And in Misrata, the doctors of the Hospital joined the strike on Sunday."
    assert _link_of(HOSPITALS, text, "Hospital joined") is None


def test_two_bodies_in_one_sentence_leave_it_unlinked() -> None:
    """Guard: two hospitals written in the noun's sentence."""
    text = (
        "The administration of the Misrata Central Hospital and the University Hospital of "
        "Tripoli said that the doctors of the Hospital joined the strike on Sunday."
    )
    assert _link_of(HOSPITALS, text, "Hospital joined") is None


def test_two_bodies_in_its_paragraph_leave_it_unlinked() -> None:
    """Guard (passes on main too): two ministries written in the noun's paragraph."""
    text = (
        "The municipality of Tripoli said on Sunday that it wrote to the Ministry of Interior "
        "and the Ministry of Finance without any answer, and it held the Ministry responsible "
        "for the delay."
    )
    assert _link_of(BODIES, text, "Ministry responsible") is None


def test_no_body_in_its_paragraph_leaves_it_unlinked() -> None:
    """Guard: the bodies were both written in earlier paragraphs."""
    text = (
        "The Ministry of Interior said on Sunday that the crossing will open.\n\n"
        "The Ministry of Finance said that the salaries will be paid.\n\n"
        "The Ministry added that the decision is final."
    )
    assert _link_of(BODIES, text, "Ministry added") is None


# --- no body written with the noun: not linked by this rule --------------------------------------

COUNCILS = [
    Record("org:pc", "ORG", "Presidential Council", "المجلس الرئاسي", aliases_en=("PC",)),
    Record("org:hor", "ORG", "House of Representatives", "مجلس النواب"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("loc:benghazi", "LOC", "Benghazi", "بنغازي"),
]


def test_a_body_said_by_acronym_and_another_of_that_arabic_head_leave_it_unlinked() -> None:
    """Guard (passes on main): "the Council" after the House (مجلس النواب) and the PC: the one
    whose English name holds "Council" is not chosen (MT writes the House "the Council")."""
    text = (
        "The House of Representatives met in Benghazi on Monday and the PC said in Tripoli "
        "that the decision is void.\n\nThe Council added that it will appeal."
    )
    assert _link_of(COUNCILS, text, "Council added") is None


def test_a_head_no_linked_body_holds_stays_unlinked() -> None:
    """Nil guard (passes on main): the body said by its acronym is not in the gazetteer."""
    text = (
        "The club said on Monday that UNAF approved the stadium of the Martyrs in Benghazi "
        "for the regional matches. The Union will send a committee next month."
    )
    assert _link_of(COUNCILS, text, "Union will") is None
