"""A lower-case unit named by its number before the head: "the 444 brigade".

A lower-case "<word> <body head>" phrase ("reconciliation government") is read as a body's
name only when its modifier is a content word of four letters or more; a number is no word,
so "Forces of the 444 brigade deployed" found nothing, though news and translations write an
armed formation's head noun in lower case as often as not. A number of at most
:data:`~normx.detect.numbered.MAX_DIGITS` digits right before the head noun of a formation
(``numbered_heads.yaml``: brigade, battalion, division, ...) is that formation's number, the
way Arabic numbers brigades (اللواء 444): the phrase is offered to the linker like any other
lower-case phrase, which links it only to a unit the gazetteers name so. Other heads are left
out: "300 army soldiers" and "40 police officers" are counts.
"""

from __future__ import annotations

from normx.detect.numbered import MAX_DIGITS, numbered_heads
from normx.detect.tokens import Token


def numbered_phrase(mod: Token, head: Token) -> bool:
    """Whether *mod* *head* is a unit's number and its lower-case formation head noun."""
    return (
        mod.text.isdigit()
        and len(mod.text) <= MAX_DIGITS
        and not mod.possessive
        and not head.hyphen_before
        and head.form in numbered_heads()
    )
