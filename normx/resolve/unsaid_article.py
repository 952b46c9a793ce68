"""A bare word written with the article, read loosely into a name that never has it.

English keeps the Arabic article of a family name, a nisba or a place's name ("Al-Sabri"
is الصبري, "Al-Marisa" المريسة): the article is part of how Arabic writes that word, and a
given name never carries it (see ``NameToken.article``). When a lone "Al-X" reaches an entity
only by likeness (phonetic, fuzzy) and the document names that entity nowhere else, the
link rests on one word; an entity none of whose names writes a like-sounding word with the
article (Ali Sabri, علي صبري; America, أمريكا) offers the word without the article that the
text wrote, a different name (صبري is a given name, الصبري a family's or a district's).
Such a link is chance and is dropped. A name that writes the word with its article ("Mohamed
al-Menfi", محمد المنفي) keeps the lone "Al-Menfi"; an entity the document names in full
is not judged here (coreference has its own rules), nor is one whose names give no article
at all to compare with (no Arabic name and no Latin article: unknown, kept).
"""

from __future__ import annotations

from collections.abc import Iterable

from normx.match.score import NO_MATCH_THRESHOLD, token_similarity
from normx.text.normalize import NameToken


def article_unsaid(
    said: tuple[NameToken, ...], name_words: Iterable[tuple[NameToken, bool]]
) -> bool:
    """True when the one word *said* carries the article and no word of the entity's names
    (*name_words*: (token, is Arabic)) that carries it resembles it, while the names are
    known to say where the article goes (some Arabic name, or a Latin word with the article).

    "Resembles" is the matcher's own floor (:data:`NO_MATCH_THRESHOLD`), not coreference's
    stricter sameness: the link under judgement is itself loose, and only the article is
    asked about."""
    if len(said) != 1 or not said[0].article:
        return False
    word = said[0]
    judged = False
    for tok, arabic in name_words:
        judged = judged or arabic or tok.article
        if tok.article and token_similarity(word, tok, cross_script=arabic)[0] >= (
            NO_MATCH_THRESHOLD
        ):
            return False
    return judged


def person_article_unsaid(
    said: tuple[NameToken, ...], name_words: Iterable[tuple[NameToken, bool]]
) -> bool:
    """True when a person's name of several words, read loosely, writes a family name with
    the article ("Tariq Al-Matar", طارق المطر) that the person's names spell neither as
    written (in Latin) nor with the article anywhere (:func:`article_unsaid`: Tarek Mitri,
    طارق متري): two signs apart, a word read by likeness and an article the record never
    has, make another family. A name with a word spelled as the record spells it is not
    judged ("Salim Al-Sour" ~ Salim Ashour, سليم عاشور, and "Ali Al-Sabri" ~ Ali Sabri are
    left to the matcher's score)."""
    if len(said) < 2:
        return False
    words = tuple(name_words)
    latin = {tok.form for tok, arabic in words if not arabic}
    if any(w.form in latin for w in said):
        return False  # a word spelled as the record spells it: the matcher's score decides
    return any(w.article and article_unsaid((w,), words) for w in said)
