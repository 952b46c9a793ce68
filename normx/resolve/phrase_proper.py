"""Lower-case phrases that gloss a body's name all but a proper name in it.

"The spokesman of the municipal council of Al-Abyar": "municipal council" glosses two of the
three words of المجلس البلدي مصراتة (Misrata Municipal Council) and leaves out مصراتة, the
town. A lower-case phrase is no proper name (:mod:`normx.resolve.kind_phrase`): when the word
of the body's Arabic name that it leaves out is itself a name (a town, a person, a brand:
a word the gloss lexicon does not render, since the lexicon holds the ordinary words of
bodies' names), that word is what tells this council from every other municipal council, and
the phrase names the kind. A left-out ordinary word ("reconciliation government" leaves out
الوطني, national) tells nothing apart, and the phrase still names the body.
"""

from __future__ import annotations

from functools import cache

from normx.match.candidate import Candidate
from normx.mt.lexicon import default_lexicon
from normx.resolve.generic import arabic_words
from normx.text.clitics import BEFORE_WORD

# clitics an Arabic word may carry before its lexicon form: و (and), ب (by), ل / لل (for)


@cache
def lexicon_words() -> frozenset[str]:
    """The Arabic words of the gloss lexicon's renderings, as arabic_words gives them."""
    out: set[str] = set()
    for entry in default_lexicon().entries.values():
        for rendering in entry.renderings:
            out.update(arabic_words(" ".join(rendering)))
    return frozenset(out)


def is_ordinary(word: str) -> bool:
    """True when the Arabic *word* (as arabic_words gives it) is one the lexicon renders,
    bare or after a clitic ("للانتخابات": ل + الانتخابات)."""
    words = lexicon_words()
    if word in words or any(ch.isdigit() for ch in word):
        return True  # numbers are kind_phrase's business
    for clitic in BEFORE_WORD:
        if word.startswith(clitic) and len(word) > len(clitic) + 2:
            rest = arabic_words(word[len(clitic) :])
            if rest and rest[0] in words:
                return True
    return False


def leaves_out_a_name(cand: Candidate) -> bool:
    """True when *cand* is a gloss match that leaves out a word of the body's Arabic name
    that the lexicon does not render: a proper name the lower-case phrase does not say."""
    unmatched = cand.explain.get("unmatched")
    if not isinstance(unmatched, dict) or cand.explain.get("pairs"):
        return False
    said = " ".join(str(w) for w in unmatched.get("arabic") or ())
    return any(not is_ordinary(w) for w in arabic_words(said))
