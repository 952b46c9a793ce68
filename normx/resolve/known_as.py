"""An acronym the text declares in words: 'the Front for Change and Concord in Chad known as
"FACT"'.

A body's acronym is usually defined in brackets right after its name ("(LNA)"), and
:mod:`normx.resolve.acronyms` checks it against the name's initials, since a bracket also holds
other things. Translated news also declares it in words, "known as", "called", "abbreviated
as", often in quotes, and the acronym then follows the body's name in its own language (FACT:
Front pour l'alternance et la concorde au Tchad), so its letters need not be the translation's
initials. The words say what the bracket leaves to the initials: the acronym *is* this body's
name. So a word of acronym shape after one of these phrases, right after a linked body
(:data:`WINDOW` characters at most), defines the acronym for the document whatever its
initials.
"""

from __future__ import annotations

import re

WINDOW = 30  # characters after a body's mention where "known as "X"" may stand
_KNOWN_AS = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:also[ \t]+)?known[ \t]+as|called|abbreviated(?:[ \t]+as)?|dubbed)"
    r"[ \t]+[\"“]?([A-Z][A-Za-z]{1,7})[\"”]?(?!\w)"
)


def known_as(text: str, end: int) -> str | None:
    """The word after "known as" (or "called", "abbreviated as", "dubbed") right after offset
    *end* of a body's mention, quoted or not, or None."""
    if text.find(" ", end, end + 2) < 0:  # the usual case: punctuation or nothing after it
        return None
    found = _KNOWN_AS.match(text, end, end + WINDOW)
    return found.group(1) if found is not None else None
