"""A name that goes on after a dotted abbreviation is inside the sentence: "the U.N. Security
Council", "the U.S. Treasury Department".

The tokenizer reads the full stop that closes "U.N." as a sentence end, so the next word opens
a sentence, where a capital says nothing: a stop word there is trimmed from the edge of a run
("Security", a stop word of news prose that the Security Council's name holds), and "the U.N.
Security Council" was read as a lone "Council", a kind of body that names nothing (session 33,
h-v54: articles-v54's Reuters copy). Wire style writes the abbreviation before a body's name
as often as before any other word.

So a capitalised word right after such an abbreviation (two or more one-letter capitals each
closed by a full stop, one blank after) is read as not opening a sentence when the run of
capitals goes on after it (the next word is capitalised and joined to it): the word and the
next are one name together. A real sentence end after the abbreviation ("sanctions by the
U.S. The move ...") opens with a pronoun or article (:data:`_OPENERS`), left as it is, or with
one capitalised word before lower case, left as it is too. A lone word after the
abbreviation is :mod:`normx.resolve.opening_part`'s to judge.
"""

from __future__ import annotations

import re

from normx.detect.lexicon import detect_data
from normx.detect.tokens import Token

# "U.N. ", "U.S. ", "U.A.E. " right before the word: one-letter capitals each closed by a stop
_INITIALS = re.compile(r"(?<![^\W\d_])[A-Z]\.(?:[A-Z]\.)+ $")
_LOOK_BACK = 16  # characters read back for the abbreviation
# closed-class words that open a sentence after the abbreviation's stop, not a name
# (stopwords.yaml: initials_openers)
_OPENERS = frozenset(
    str(w).lower() for w in detect_data("stopwords.yaml").get("initials_openers") or ()
)


def initials_in_sentence(text: str, tokens: list[Token]) -> list[Token]:
    """*tokens* with each capitalised word after a dotted abbreviation that a capitalised
    word joined to it follows marked as not opening a sentence (see the module docstring)."""
    if ". " not in text:
        return tokens
    out = tokens
    for k in range(1, len(tokens) - 1):
        tok = tokens[k]
        if not (tok.sent_start and tok.cap) or tok.form in _OPENERS:
            continue
        nxt = tokens[k + 1]
        if not (nxt.cap and nxt.joined and not nxt.sent_start):
            continue
        if not _INITIALS.search(text, max(0, tok.start - _LOOK_BACK), tok.start):
            continue
        if out is tokens:
            out = list(tokens)
        out[k] = tok._replace(sent_start=False)
    return out
