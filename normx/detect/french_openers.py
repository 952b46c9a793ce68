"""A French preposition that is also a place's name, before an article: "Sur la route ...".

"Sur" is no stop word (Sur in Oman is a name; ``normx/detect/data/stopwords.yaml``), so at
the start of a sentence of French copy ("BEN GUERDANE (Tunisie) (AFP) - Sur la route qui
relie ...") it was a one-word name, and linked to Sirte by its alias Surt (session 33, h-v54:
articles-v54). A name is not followed by a lower-case article; the preposition always is. So
a capitalised word of ``french_before_article`` right before one of ``french_articles`` (one
blank between, lower case) is read as lower case.

The indefinite articles "Un" and "Une" (``french_indefinite``) open a sentence the same way
("Un responsable a déclaré ...", "Une source ..."), and "Un" spelled the UN's acronym (session
36, h-un: with the shipped gazetteer's alias "UN", whenever the text wrote no lower-case "un"
that marks the word as common). Written in title case before a lower-case word (one blank
between), they are read as lower case too. "UN" in capitals is the acronym and stays.

The prepositions of ``french_sentence_openers`` (and "Ce") begin no name at all here, so at a
sentence start they leave a span's start whatever follows ("Pour Amnesty International, ...":
the span was the three words, linked to nothing; session 36, h-fr2): :func:`sentence_preposition`.
"""

from __future__ import annotations

from functools import cache

from normx.detect.tokens import Token
from normx.text.resources import word_list


@cache
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    before = word_list("normx.detect", "stopwords.yaml", "french_before_article")
    articles = word_list("normx.detect", "stopwords.yaml", "french_articles")
    indefinite = word_list("normx.detect", "stopwords.yaml", "french_indefinite")
    return frozenset(before), frozenset(articles), frozenset(indefinite)


@cache
def _sentence_prepositions() -> frozenset[str]:
    return frozenset(word_list("normx.detect", "stopwords.yaml", "french_sentence_openers"))


def sentence_preposition(tok: Token) -> bool:
    """*tok* is a capitalised French preposition of ``french_sentence_openers`` opening a
    sentence, not written all in capitals (an acronym: "CE"): no word of the name that may
    follow it."""
    return (
        tok.sent_start
        and tok.cap
        and tok.form in _sentence_prepositions()
        and not tok.text.isupper()
    )


def french_prepositions_lowered(tokens: list[Token], text: str = "") -> list[Token]:
    """*tokens* with each capitalised French preposition of the list that a lower-case article
    follows (one blank between), and each title-case indefinite article of *text* a lower-case
    word follows, marked lower case (see the module docstring)."""
    before, articles, indefinite = _lists()
    out = tokens
    for k, tok in enumerate(tokens):
        if not tok.cap:
            continue
        if tok.form in indefinite:
            # "Un responsable": title case, one blank, a lower-case letter ("UN" stays)
            nxt_char = text[tok.end + 1 : tok.end + 2]
            if not (
                tok.text[1:].islower() and text[tok.end : tok.end + 1] == " " and nxt_char.islower()
            ):
                continue
        elif tok.form in before and k + 1 < len(tokens):
            nxt = tokens[k + 1]
            if nxt.cap or nxt.form not in articles or nxt.start != tok.end + 1:
                continue
        else:
            continue
        if out is tokens:
            out = list(tokens)
        out[k] = tok._replace(cap=False)
    return out
