"""site_of's cue test: ``_BEFORE`` is searched only in a window that writes a site head.

The pattern is tried at every offset of the 120 characters before each segment; a window
without any head or kin (``_HEAD_CUE``) cannot give a match ``_listed`` accepts, so the search
is skipped there. Hypothesis checks the answer against searching every window, on texts made
of heads (and words that hold them: "pipeline", "lines", "airfield"), "of", "the", names,
list separators and line breaks.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from normx.resolve import site_of
from normx.resolve.site_of import _AFTER, _BEFORE, SITE_HEADS, SITE_KIN, WINDOW, _site_head

_PIECES = [
    *("basin", "basins", "field", "fields", "oilfield", "pipeline", "line", "lines"),
    *("airfield", "baseline", "the", "of", "and", "production", "in", "Ghadamis", "Sarir"),
    *("Al-Sarir", "Misla", "Green Stream", "Sirt", " ", " ", " ", ", ", " and ", "\n", "\t"),
]


def _site_head_searched(text: str, start: int, end: int) -> str | None:
    """The rule before the cue test: ``_BEFORE`` searched in every window."""
    before = _BEFORE.search(text, max(0, start - WINDOW), start)
    if before is not None and site_of._listed(before.group(1), before.group(2), before.group(3)):
        return SITE_KIN.get(before.group(1), before.group(1))
    after = _AFTER.match(text, end)
    if after is not None and site_of._listed(after.group(2), after.group(3), after.group(1)):
        return SITE_KIN.get(after.group(2), after.group(2))
    return None


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=30).map("".join),
    st.lists(st.sampled_from(_PIECES), max_size=8).map("".join),
    st.sampled_from(["Ghadamis", "Al-Sarir", "Misla", "Green Stream"]),
)
def test_cue_test_answers_as_the_search(before: str, after: str, name: str) -> None:
    text = before + name + after
    start, end = len(before), len(before) + len(name)
    assert _site_head(text, start, end) == _site_head_searched(text, start, end)


def test_every_head_and_kin_is_a_cue() -> None:
    for head in (*SITE_HEADS, *SITE_KIN):
        assert site_of._HEAD_CUE.search(head) is not None


def test_written_heads_still_found() -> None:
    text = "the fields of Al-Sarir and Misla were shut"
    start = text.index("Misla")
    assert _site_head(text, start, start + len("Misla")) == "field"
    text = "production at the Green Stream line resumed"
    start = text.index("Green")
    assert _site_head(text, start, start + len("Green Stream")) == "pipeline"
    text = "the people of Ghadamis said"
    start = text.index("Ghadamis")
    assert _site_head(text, start, start + len("Ghadamis")) is None
