"""French country names with lower-case words: "Arabie saoudite", "Émirats arabes unis".

French writes the words after a country name's first word in lower case, and AFP copy keeps
them in English text ("RIYAD (Arabie saoudite)"). A run of capitalised words ends at
"Arabie", which the matcher then reads as something else ("Al-Arabiya"). The exonym table
(:mod:`normx.gazetteer.exonyms`, CLDR data) lists those names; where a run ends in the
capitalised first word of one and the text goes on with its lower-case words, the run takes
them (:func:`exonym_tail`), and the name trie finds the whole as the country. Only names whose
later words are all lower case, and at most :data:`MAX_TAIL` of them, are read so; the
sparse tokeniser keeps those words after a kept word (:func:`exonym_bridges`).
"""

from __future__ import annotations

from functools import cache

from normx.detect.tokens import Token
from normx.gazetteer.exonyms import exonym_table
from normx.text.latin import fold

__all__ = ["exonym_bridges", "exonym_tail", "lower_tails"]

MAX_TAIL = 2


def _tail_names() -> list[tuple[str, list[str]]]:
    """(first word, lower-case words after it) of the exonyms read so."""
    out: list[tuple[str, list[str]]] = []
    for _, others in exonym_table().values():
        for _, name in others:
            first, *rest = name.split()
            if not rest or len(rest) > MAX_TAIL or not first[:1].isupper():
                continue
            if all(w.isalpha() and w.islower() for w in rest):
                out.append((first, rest))
    return out


@cache
def lower_tails() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Folded first word -> the folded lower-case words that follow it in an exonym."""
    found: dict[str, set[tuple[str, ...]]] = {}
    for first, rest in _tail_names():
        found.setdefault(fold(first), set()).add(tuple(fold(w) for w in rest))
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in found.items()}


@cache
def exonym_bridges() -> frozenset[str]:
    """The lower-case words of those names, as written and folded ("saoudite", "équatoriale",
    "equatoriale"), for the sparse tokeniser to keep after a kept word."""
    words = {w for _, rest in _tail_names() for w in rest}
    return frozenset(words | {fold(w) for w in words})


def exonym_tail(tokens: list[Token], j: int) -> int | None:
    """The last token of the exonym whose capitalised first word is token *j* and whose
    lower-case words follow it in *tokens* ("Arabie" + "saoudite"), or None."""
    tails = lower_tails().get(tokens[j].form)
    if tails is None or tokens[j].possessive:
        return None
    n = len(tokens)
    for tail in tails:
        end = j + len(tail)
        if end >= n:
            continue
        if all(
            not tokens[j + k].cap
            and tokens[j + k].joined
            and not tokens[j + k].sent_start
            and tokens[j + k].form == w
            for k, w in enumerate(tail, start=1)
        ):
            return end
    return None
