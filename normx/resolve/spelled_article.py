"""A lone "Al-X" spelled exactly by a place's or body's name "X" that never takes the article.

Normalisation drops the article, so "Al-Sabri" spells the village "Sabri" (صبري), "Al-Dabdab"
the village "Dabdab" (دبدب) and "Al-Nasr" the place "Nasr" (نصر) as exactly as "Sabri" would.
But English keeps the article of the Arabic word it renders (see
:mod:`normx.resolve.unsaid_article`): "Al-Sabri" is الصبري, a family name or a nisba, and
"Al-Nasr" النصر (the club, "victory"), not the bare word a village is named by. Among tens of
thousands of places many are named by one common word, a given name or a noun, without the
article; such a name spelled but for the article the text wrote is no decision: the place
whose names do write the word with the article (Debdeb, الدبداب, for "Al-Dabdab") may be the
one meant, and the matcher's likeness to it is then the better evidence.

So an exact or normalised match of one article-bearing word to a place or body none of whose
names write a like word with the article (while the names say where the article goes: an
Arabic name, or a Latin article) is dropped from the candidates, before the decision is
made. Persons are left alone (a given name never takes the article, and their rules are
their own: :mod:`normx.resolve.word_agreement`); a name with no Arabic form and no Latin
article is unknown and kept; a query of several name words is left to the matcher's scores.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from normx.gazetteer.peoples import tribe_shaped
from normx.match.candidate import Candidate
from normx.resolve.unsaid_article import article_unsaid
from normx.text.normalize import NameToken, analyse_name, core_tokens

if TYPE_CHECKING:
    from normx.resolve.span_tokens import SpanTokens

SPELLED_METHODS = frozenset({"exact", "normalised"})

# record id -> every core word of its names with "is Arabic" (Runtime.name_words)
NameWords = Callable[[str], Iterable[tuple[NameToken, bool]]]


def said_with_article(words: SpanTokens, first: int, last: int) -> str:
    """The text of tokens ``first``..``last`` with the article written before them, when the
    range opens right after one ("Nasr" of "Al-Nasr": the sub-span search tries the word
    without its article, and it is still the word the text wrote)."""
    before = first - 1
    if before >= 0 and (words.tokens[first].hyphen_before or words.tokens[first].joined):
        unit = words.units[words.unit_index[before]]
        if unit.kind == "article" and unit.last == before:
            return words.query(unit.first, last)
    return words.query(first, last)


def article_word(query: str) -> tuple[NameToken, ...]:
    """The query's one core word when it carries the article ("Al-Sabri"); else ().

    Remembered per query text (bounded): every exact trie hit of a document asks it, and
    analysing the name was most of the trie look-up's time."""
    said = _ARTICLE_WORDS.get(query)
    if said is None:
        core = core_tokens(analyse_name(query))
        said = core if len(core) == 1 and core[0].article else ()
        if len(_ARTICLE_WORDS) < _ARTICLE_WORDS_MAX:
            _ARTICLE_WORDS[query] = said
    return said


_ARTICLE_WORDS: dict[str, tuple[NameToken, ...]] = {}
_ARTICLE_WORDS_MAX = 100_000


def spelled_without_article(
    words: SpanTokens,
    first: int,
    last: int,
    cands: list[Candidate],
    name_words: NameWords | None,
) -> list[Candidate]:
    """*cands* of tokens ``first``..``last`` without the places and bodies that spell their
    lone article-bearing word (exact or normalised) while their names never write it with
    the article (see the module docstring). The list itself when nothing is dropped."""
    if name_words is None or not cands:
        return cands
    if all(c.type == "PER" or c.method not in SPELLED_METHODS for c in cands):
        return cands
    said = article_word(said_with_article(words, first, last))
    if not said:
        return cands
    kept = [
        c
        for c in cands
        if c.type == "PER"
        or c.method not in SPELLED_METHODS
        or not article_unsaid(said, name_words(c.id))
        or (c.type == "ORG" and tribe_shaped(c.name))  # "the Al-Warfalla" (gazetteer/peoples)
    ]
    return cands if len(kept) == len(cands) else kept
