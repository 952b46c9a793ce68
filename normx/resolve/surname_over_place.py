"""A bare word loosely like a place the document never names, written with the consonants of
a surname the document gave a person: the person.

"Fayez Al-Sarraj ... Al-Siraj said": under a large gazetteer the bare word finds a village
spelled closer ("Assarraj", 0.94) than the document's own word for the man (0.88: a vowel and
a doubled letter apart), and coreference lets a look-alike's closer spelling stand
(:func:`~normx.resolve.references._explains`). But English varies the short vowels and the
doubling of one Arabic name (السراج is Sarraj, Serraj, Siraj), never its consonants; a
village the document never names is only a look-alike, and the man it has just named is the
one meant. So when the word's link is a Latin look-alike (phonetic or fuzzy), to a place or
body the document names nowhere else, a word the document wrote for the person with the same
consonant key and the same article, and alike enough to be the same word for coreference,
outranks it. A place the document names elsewhere, and a person's link, keep the closer
spelling rule; so does a cross-script match, which says the text wrote the place's Arabic
name letter by letter ("Tarablus", طرابلس, is Tripoli, not Imad Trabelsi, whose nisba ending
the consonant key drops).
"""

from __future__ import annotations

from collections.abc import Collection

from normx.match.candidate import LATIN_LIKENESS_METHODS, Candidate
from normx.match.score import token_similarity
from normx.resolve.coref import WORD_MATCH, Antecedent, query_tokens
from normx.resolve.nisba import nisba_apart

LATIN_LOOKALIKE = LATIN_LIKENESS_METHODS  # a look-alike in the text's own script


def surname_over_lookalike(
    ante: Antecedent, form: str, cand: Candidate, firm: Collection[str]
) -> bool:
    """Whether the person *ante* outranks *cand*, the loose link of the bare folded word
    *form*: a Latin look-alike place or body the document names nowhere else (*firm*: the
    ids it names by more than such a word), and a word written for the person with *form*'s
    consonants (see the module docstring)."""
    return (
        cand.type != "PER"
        and cand.method in LATIN_LOOKALIKE
        and cand.id not in firm
        and written_with_same_consonants(ante, form)
    )


def written_with_same_consonants(ante: Antecedent, form: str) -> bool:
    """Whether a word the document wrote for *ante* spells the folded word *form*'s
    consonants (its phonetic key), article and all, with other vowels or doubling only."""
    (tok,) = query_tokens([form])
    return any(
        w.key == tok.key
        and w.article == tok.article
        and not nisba_apart(tok.form, w.form)  # "Tarablus" is no "Tarabulsi" (nisba.py)
        and token_similarity(tok, w, cross_script=False)[0] >= WORD_MATCH
        for w in ante.surface_words
    )
