"""A sentence-initial gerund is no word of the name after it.

"Taking Derna is symbolically important": English opens a sentence with a gerund clause, and
the gerund's capital joins it to the name it governs in one capitalised run. The run does not
link whole, and a word left over before a place reads like an unknown given name, so the place
is lost with it. Arabic names in English do not end in "-ing" (Arabic has no such cluster at a
word's end), so such a word at a sentence's start, before a capitalised word, is the verb: it
is dropped from the run unless some gazetteer name holds it ("Beijing", "Reading").
"""

from __future__ import annotations

from collections.abc import Callable

SUFFIX = "ing"
MIN_LETTERS = 6  # "taking", "holding"; "king", "ming", "ping" are too short to be gerunds


def gerund_opener(form: str, sent_start: bool, named: Callable[[str], bool] | None) -> bool:
    """Whether the folded word *form*, at a sentence's start when *sent_start*, is a gerund
    opening the sentence rather than a name word (see the module docstring)."""
    return (
        sent_start
        and len(form) >= MIN_LETTERS
        and form.endswith(SUFFIX)
        and form.isalpha()
        and not (named is not None and named(form))
    )
