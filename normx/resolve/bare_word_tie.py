"""A lone word written without the article, spelled exactly by two places: the bare one.

Normalisation drops the article, so "Ghat" spells the Libyan town Ghat (غات) and the Saudi
town Al Ghat (الغاط) equally exactly, and the exact match is a tie no score can break. But
English keeps the Arabic article of a place's name (:mod:`normx.resolve.unsaid_article`;
its mirror for "Al-X", :mod:`normx.resolve.spelled_article`): a text that writes "Ghat"
renders غات, not الغاط. So, among the places and bodies the word spells exactly, when some
write the word only without the article (every like word of their Latin and Arabic names is
bare) and all the others write it only with the article, the bare ones are kept.

Only a tie-break of exact hits of one word: a candidate whose names write the word both ways
("Zawiya", الزاوية) or give nothing to compare leaves the tie as it is, and so does a person
(a given name never takes the article; their rules are their own).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.match.candidate import Candidate
from normx.match.score import NO_MATCH_THRESHOLD, token_similarity
from normx.resolve.spelled_article import NameWords, said_with_article
from normx.text.normalize import NameToken, analyse_name, core_tokens

if TYPE_CHECKING:
    from normx.resolve.span_tokens import SpanTokens

BARE, WITH_ARTICLE = "bare", "article"


def _writes(word: NameToken, name_words: NameWords, record_id: str) -> str | None:
    """How the record's names write words like *word*: only bare, only with the article,
    or None (both, or no like word)."""
    seen: set[bool] = set()
    for tok, arabic in name_words(record_id):
        if token_similarity(word, tok, cross_script=arabic)[0] >= NO_MATCH_THRESHOLD:
            seen.add(tok.article)
    if seen == {False}:
        return BARE
    if seen == {True}:
        return WITH_ARTICLE
    return None


def bare_word_tie(
    words: SpanTokens,
    first: int,
    last: int,
    exact: list[Candidate] | None,
    name_words: NameWords | None,
) -> list[Candidate] | None:
    """*exact* (the trie's hits for tokens ``first``..``last``) without the places that write
    the one bare word only with the article, when the others write it only bare (see the
    module docstring). The list itself when the rule does not apply."""
    if not exact or len(exact) < 2 or name_words is None:
        return exact
    if any(c.type == "PER" for c in exact):
        return exact
    core = core_tokens(analyse_name(said_with_article(words, first, last)))
    if len(core) != 1 or core[0].article:
        return exact
    ways = [_writes(core[0], name_words, c.id) for c in exact]
    if None in ways or BARE not in ways or WITH_ARTICLE not in ways:
        return exact
    return [c for c, way in zip(exact, ways, strict=True) if way == BARE]
