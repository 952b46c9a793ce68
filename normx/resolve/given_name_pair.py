"""A given name followed by an "al-" family name is one unknown man, not two places.

"The director general of the centre, Haidar Al-Saih, said ...", "the president of Al-Nasr,
Khalid Al-Mgharbi, said ...", "Libya's charge d'affaires in Washington, Mehdi al-Majerbi,
said ...": a given name and a family name with its article, the way translated news writes
every man it introduces. When no gazetteer holds the man, the two words are cut and each is
matched alone; among tens of thousands of places some village is named as the given name
is spelled (Khalid, Haidar, Mahdi) and another resembles the family name (Al Magharibah,
Sidi As Sayeh), and the man's name became two places. What the text gives for those
villages is nothing but the words of a name; what it gives for a man is the shape: a word
that persons of the gazetteer are given (:meth:`normx.resolve.runtime.Runtime.person_word_count`,
at least :data:`PERSONS` records, as :mod:`normx.resolve.given_name_place` reads it) written
right before a word that opens with the Arabic article, nothing between them but a space.
A word is also a given name when it is in ``data/given_names.yaml`` (common given names read
from the shipped gazetteers' persons): a gazetteer need not hold two men named Khalid for
"Khalid" to be a man's name, and the benchmark's hold-out filter drops the very persons that
would have said so.

So such a pair, the first word a lone word linked to a place (by any method: the village is
spelled as the name is) and the second unlinked or linked to a place only by likeness, is
left unlinked, both words; and the family name met again alone later, linked to a place only
by likeness, is that man again and unlinked too ("Al-Mgharbi said ..."). A place the second
word names by its spelling (an exact or normalised link: "Zawiya Al-Gharbia" has no given
name before it, but a town of two words might) keeps the pair, and persons and bodies are not
judged.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from normx.match.candidate import LIKENESS_METHODS, Candidate
from normx.resolve.segment import Resolved
from normx.text.latin import fold
from normx.text.resources import word_list

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime

PERSONS = 2  # person records bearing the word: a given name, as given_name_place counts
ARTICLES = ("al-", "el-")


@cache
def _given_names() -> frozenset[str]:
    """The folded given names of ``data/given_names.yaml`` (see the module docstring)."""
    return frozenset(word_list("normx.resolve", "given_names.yaml", "given_names"))


def _given_name(rt: Runtime, form: str) -> bool:
    """The folded word *form* is a given name: persons of the gazetteer bear it, or the data
    lists it."""
    return form in _given_names() or rt.person_word_count(form) >= PERSONS


def _article_word(word: str) -> bool:
    w = fold(word)
    return any(w.startswith(a) and len(w) > len(a) + 1 for a in ARTICLES)


def _loose_place(cand: Candidate | None) -> bool:
    return cand is not None and cand.type == "LOC" and cand.method in LIKENESS_METHODS


def given_name_pairs(linker: SpanLinker, rt: Runtime, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* with each "<given name> al-<family>" pair read as places unlinked, and the
    family name's later look-alike links with it (see the module docstring)."""
    text = linker.text
    out = resolved
    families: set[str] = set()
    for k in range(len(resolved) - 1):
        seg, cand, _ = resolved[k]
        nxt, ncand, _ = resolved[k + 1]
        if cand is None or cand.type != "LOC":
            continue
        if ncand is not None and not _loose_place(ncand):
            continue
        if nxt.phrase or nxt.generic or len(linker.core_words(nxt.first, nxt.last)) != 1:
            continue
        if text[linker.tokens[seg.last].end : linker.tokens[nxt.first].start] != " ":
            continue
        family = linker.surface(nxt.first, nxt.last)
        if not _article_word(family):
            continue
        said = linker.core_words(seg.first, seg.last)
        if len(said) != 1 or not _given_name(rt, said[0].form):
            continue
        if out is resolved:
            out = list(resolved)
        out[k] = (seg, None, {})
        out[k + 1] = (nxt, None, {})
        families.add(fold(family))
    if not families:
        return out
    for k, (seg, cand, _) in enumerate(out):
        if _loose_place(cand) and fold(linker.surface(seg.first, seg.last)) in families:
            out[k] = (seg, None, {})
    return out
