"""A function word after a dateline opens a sentence.

"ZOUARA (Libye), Nov 17, 2024 (AFP) - In Zouara, the Amazigh port town ...": the story's
first sentence starts after the dateline's spaced dash, where the tokenizer sees no sentence
end (a dash is no stop). Its first word is capitalised by its position, as after a full stop,
so "In" there is the preposition, not the place word Ain of "In Zouara" ~ Ain Zara (عين
زارة); and it is not joined to the dateline before it. Only a function word is marked so (a
stopword: "In", "The", "On"): a name there ("Tripoli - Masoud left ...") is left to
:mod:`normx.resolve.blind_openers`, which keeps it when the text capitalises it elsewhere.
The dateline openers are those of :func:`normx.detect.blind_capitals.dateline_openers`.
"""

from __future__ import annotations

from collections.abc import Collection

from normx.detect.blind_capitals import dateline_openers
from normx.detect.tokens import Token


def dateline_sentences(text: str, tokens: list[Token], stopwords: Collection[str]) -> list[Token]:
    """*tokens* with the first word after each dateline, when it is one of *stopwords*
    (folded), marked as opening a sentence."""
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
