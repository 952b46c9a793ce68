"""A people's or country's word inside an Arabic name, behind a proclitic: "لطوارق".

Arabic writes the complement of a body's name with the preposition glued on and the article
gone: المجلس الأعلى لطوارق ليبيا "Supreme Council of Libya's Tuareg" holds الطوارق as
لطوارق (ل + طوارق), as للأوقاف holds الأوقاف. A test that looks for the country words of a
demonym (the gloss lexicon's renderings: "tuareg" -> الطوارق) among the words of an entity's
Arabic names must read them with the article off and a proclitic allowed
(:func:`~normx.resolve.coordinated_order.writes_gloss`), or the people the name is about reads
as a people it lacks (:mod:`normx.resolve.demonym_conflict`).
"""

from __future__ import annotations

from collections.abc import Iterable

from normx.resolve.coordinated_order import writes_gloss

ARTICLE = "ال"
MIN_STEM = 3  # a stem shorter than this after the article is no word of its own


def without_article(word: str) -> str:
    """*word* with its definite article off (الطوارق -> طوارق), if a stem remains."""
    if word.startswith(ARTICLE) and len(word) - len(ARTICLE) >= MIN_STEM:
        return word[len(ARTICLE) :]
    return word


def writes_country(name_words: Iterable[str], country_words: Iterable[str]) -> bool:
    """A word of *name_words* (normalised Arabic) is one of *country_words*, bare, with its
    article, or behind a proclitic (و, ل, لل, ب ...)."""
    stems = frozenset(without_article(w) for w in country_words)
    return writes_gloss(tuple(name_words), stems)
