"""The place of an all-caps dateline is a name, though it opens a line.

Wire copy opens a story with its dateline: the place in capitals, then a country or a date,
an agency, a dash ("DHEHIBA (Tunisie), March 12 (AFP) - ...", "NEW YORK (AP) — ...",
"BENGHAZI, Libya, Sept 13 - ..."). The place opens a line, so its tokens are marked as opening
a sentence, where a capital says nothing: a common word there is trimmed ("NEW" of "NEW
YORK", since the document writes "new"), and a lone unknown word is left unlinked unless the
gazetteer spells it. But a dateline's capitals are its convention, and its first words always
name a place. So the words of a dateline's head are read as not opening a sentence.

A dateline head here is: at the start of a line, one to :data:`MAX_HEAD_WORDS` words in upper
case (two letters or more each; hyphens and apostrophes inside: "LA CELLE-SAINT-CLOUD"),
followed by a comma or an opening bracket, with a spaced dash (the end of the dateline) later
on the same line within :data:`MAX_DATELINE_CHARS` characters and no sentence end before it.
An all-caps headline has no such dash after a comma or bracket, and prose has lower-case words
in its first words. A flash label before a bare dash ("BREAKING - ...", "URGENT - ...") is
no dateline, and neither is a head whose every word the document also writes in lower case
(a common word, not a place).

The first word after a dateline opens the story's first sentence (:func:`dateline_sentences`):
"ZOUARA (Libye), Nov 17, 2024 (AFP) - In Zouara, the Amazigh port town ...": the tokenizer
sees no sentence end at the spaced dash (a dash is no stop), yet the word is capitalised by its
position, as after a full stop, so "In" there is the preposition, not the place word Ain of
"In Zouara" ~ Ain Zara (عين زارة); and it is not joined to the dateline before it. Only a
function word is marked so (a stopword: "In", "The", "On"): a name there ("Tripoli - Masoud
left ...") is left to :mod:`normx.resolve.blind_openers`, which keeps it when the text
capitalises it elsewhere. Those datelines are :func:`normx.detect.blind_capitals.dateline_openers`'
(a line of capitalised words, the place in any case, up to a spaced dash): a wider reading than
the all-caps head above, which needs the comma or bracket after the place and lets a date's
abbreviation ("Sept.") stand before the dash.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection

from normx.detect.blind_capitals import dateline_openers
from normx.detect.tokens import Token, lowercase_words

__all__ = ["dash_heads", "dateline_heads", "dateline_sentences", "name_datelines"]

MAX_HEAD_WORDS = 4
MAX_DATELINE_CHARS = 80  # from the line start to the dash: a place, a country, a date, an agency
_UPPER_WORD = r"[^\W\d_a-zß-ÿ]{2,}(?:['’\-][^\W\d_a-zß-ÿ]+)*"
_HEAD = re.compile(
    rf"^[ \t\"“«]*({_UPPER_WORD}(?:[ \t]+{_UPPER_WORD}){{0,{MAX_HEAD_WORDS - 1}}})"
    r"(?=[ \t]*[,(])",
    re.MULTILINE,
)
_WORDS = re.compile(r"[^\W\d_]+")
_DASH = re.compile(r"[ \t][-–—][ \t]")
_STOP = re.compile(r"[.!?;:\n]")
MAX_DASH_WORDS = 3  # "Bani Walid - ", "Port Sudan - ": a town's name, no date or agency
_CAP_WORD = r"[^\W\d_a-zß-ÿ][^\W\d_]*(?:['’\-][^\W\d_]+)*"
_DASH_HEAD = re.compile(
    rf"^[ \t]*({_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{0,{MAX_DASH_WORDS - 1}}})[ \t]+[-–—][ \t]+"
    r"(?=[^\W\d_a-zß-ÿ])",
    re.MULTILINE,
)
_MONTH_DOT = re.compile(r"\b[A-Z][a-z]{2,4}\.")  # "Sept." in a date, no sentence end


def dateline_heads(text: str) -> list[tuple[int, int]]:
    """Character ranges of the all-caps places that open datelines in *text*."""
    if "\n" not in text and not text[:1].isupper():
        return []
    out: list[tuple[int, int]] = []
    for m in _HEAD.finditer(text):
        head = m.group(1)
        if not head.isupper():
            continue
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        limit = min(line_end, m.start() + MAX_DATELINE_CHARS)
        dash = _DASH.search(text, m.end(1), limit)
        if dash is None:
            continue
        between = _MONTH_DOT.sub(lambda x: x.group(0)[:-1] + " ", text[m.end(1) : dash.start()])
        if _STOP.search(between) is not None:
            continue
        out.append((m.start(1), m.end(1)))
    return out


def dash_heads(text: str) -> list[tuple[int, int]]:
    """Character ranges of the places that open translated datelines in *text*: at the start
    of a line, one to :data:`MAX_DASH_WORDS` capitalised words (not all in capitals: those are
    :func:`dateline_heads`') right before a spaced dash and a capitalised word ("Binghazi - The
    National Center ..."). Arabic copy opens a story with its town and a dash (بنغازي -), and
    MT keeps it; the town is a name whatever its spelling, not a word whose capital says
    nothing. A flash label ("Breaking - ") is a word the document, or English, writes in lower
    case, which :func:`name_datelines` leaves alone."""
    if " " not in text:
        return []
    return [(m.start(1), m.end(1)) for m in _DASH_HEAD.finditer(text) if not m.group(1).isupper()]


def name_datelines(text: str, tokens: list[Token]) -> list[Token]:
    """*tokens* with the words of each dateline head (:func:`dateline_heads`,
    :func:`dash_heads`) read as not opening a sentence: their capitals are a name's."""
    heads = dateline_heads(text) + dash_heads(text)
    if not heads:
        return tokens
    lower = lowercase_words(text)
    out = tokens
    for a, b in heads:
        if all(w.lower() in lower for w in _WORDS.findall(text, a, b)):
            continue
        i = bisect_left(tokens, a, key=_start)
        while i < len(tokens) and tokens[i].start < b:
            tok = tokens[i]
            if tok.sent_start and tok.cap:
                if out is tokens:
                    out = list(tokens)
                out[i] = tok._replace(sent_start=False)
            i += 1
    return out


def _start(tok: Token) -> int:
    """The bisect key of a token: its start offset."""
    return tok.start


def dateline_sentences(text: str, tokens: list[Token], stopwords: Collection[str]) -> list[Token]:
    """*tokens* with the first word after each dateline, when it is one of *stopwords*
    (folded), marked as opening a sentence and not joined to the word before."""
    openers = dateline_openers(text)
    if not openers:
        return tokens
    out = tokens
    for k, tok in enumerate(tokens):
        if tok.start in openers and not tok.sent_start and tok.form in stopwords:
            if out is tokens:
                out = list(tokens)
            out[k] = tok._replace(sent_start=True, joined=False)
    return out
