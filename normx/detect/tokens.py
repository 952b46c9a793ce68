"""Word tokens with character offsets: the one tokenisation every detection step shares.

The text is read once. Each token is a run of letters and digits; apostrophes inside a word
stay in it (Mu'ammar), a trailing possessive ("Haftar’s", "Haftar's") is split off and marked
so that it is never part of a name, and hyphen-joined parts (Al-Wefaq) become separate tokens
that remember the hyphen, because the particle table treats "a-" or "ash-" as the article
only when hyphen-joined. Offsets are Python ``str`` indices into the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from normx.text.latin import APOSTROPHES, HYPHENS, fold

_WORD_RE = re.compile(r"[^\W_]+(?:[" + re.escape(APOSTROPHES) + r"][^\W_]+)*", re.UNICODE)
_POSSESSIVE_RE = re.compile(r"[" + re.escape(APOSTROPHES) + r"][sS]$")
_SENTENCE_END = frozenset(".!?…:;\n")
_OPENERS = frozenset("\"'“‘«([{*-–—•")


@dataclass(frozen=True, slots=True)
class Token:
    """One word of the text.

    ``form`` is the folded spelling (:func:`normx.text.latin.fold`); ``cap`` says the word starts
    with an upper-case letter (or is all digits-and-capitals such as "5+5" parts, "UN");
    ``hyphen_before`` that it is joined to the previous token by a hyphen; ``sent_start`` that
    it opens a sentence (after . ! ? : ; a line break, or the start of the text, skipping
    quotes and brackets), where capitals say nothing about names; ``possessive`` that a
    possessive ending ('s) was split off after it; ``joined`` that only spaces (no line break)
    or a hyphen separate it from the previous token, so the two may belong to one name.
    """

    start: int
    end: int
    text: str
    form: str
    cap: bool
    hyphen_before: bool
    sent_start: bool
    possessive: bool
    joined: bool = False


def _is_capitalised(word: str) -> bool:
    first = word[0]
    return first.isupper() or (first.isdigit() and any(c.isupper() for c in word))


def tokenize(text: str) -> list[Token]:
    """Split *text* into :class:`Token` objects, in order."""
    tokens: list[Token] = []
    prev_end = 0
    for m in _WORD_RE.finditer(text):
        start, end = m.start(), m.end()
        word = m.group(0)
        possessive = False
        pm = _POSSESSIVE_RE.search(word)
        if pm is not None and pm.start() > 0:
            possessive = True
            end = start + pm.start()
            word = word[: pm.start()]
        gap = text[prev_end:start]
        hyphen = bool(tokens) and gap != "" and all(c in HYPHENS for c in gap)
        stripped = gap.strip().lstrip()
        core = stripped.rstrip("".join(_OPENERS))
        sent_start = not tokens or (core[-1:] in _SENTENCE_END) or ("\n" in gap)
        tokens.append(
            Token(
                start=start,
                end=end,
                text=word,
                form=fold(word),
                cap=_is_capitalised(word),
                hyphen_before=hyphen,
                sent_start=sent_start,
                possessive=possessive,
                joined=bool(tokens) and (hyphen or (gap.strip(" \t\u00a0") == "" and gap != "")),
            )
        )
        prev_end = m.end()
    return tokens
