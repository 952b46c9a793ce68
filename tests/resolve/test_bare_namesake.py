"""A bare name that matches namesakes told apart by a qualifier ("Washington, D.C.",
"Washington (state)") goes to the one whose Arabic name is the bare word while the others'
Arabic names hold it with more words; otherwise it stays unlinked."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

CAPITAL = Record("loc:washington-dc", "LOC", "Washington, D.C.", "واشنطن")
STATE = Record("loc:washington-state", "LOC", "Washington (state)", "ولاية واشنطن")
TEXT = "He will appear before a federal court in Washington next week."


def _washington(records: list[Record]) -> tuple[str | None, dict]:
    doc = Normalizer.from_records(records).canonicalize(TEXT)
    (m,) = [m for m in doc.mentions if m.text == "Washington"]
    return m.id, m.evidence


def test_the_namesake_arabic_names_bare_wins():
    found, evidence = _washington([CAPITAL, STATE])
    assert found == "loc:washington-dc"
    assert evidence["bare_namesake_of"] == ["loc:washington-state"]


def test_a_namesake_without_an_arabic_name_leaves_the_tie():
    state = Record("loc:washington-state", "LOC", "Washington (state)")
    assert _washington([CAPITAL, state])[0] is None


def test_a_namesake_whose_arabic_name_is_another_word_leaves_the_tie():
    other = Record("loc:washington-state", "LOC", "Washington (state)", "ولاية كولومبيا")
    assert _washington([CAPITAL, other])[0] is None


def test_two_bare_arabic_names_leave_the_tie():
    state = Record("loc:washington-state", "LOC", "Washington (state)", "واشنطن")
    assert _washington([CAPITAL, state])[0] is None
