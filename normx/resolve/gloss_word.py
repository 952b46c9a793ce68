"""A word the gloss lexicon translates is an English (or French) word: a look-alike of it is
chance.

Translation renders the words of an Arabic body's name and writes them with capitals:
ليبيانا للهاتف المحمول is "Libyana of the Mobile", and the detector takes "Mobile" for a name
of its own, which the matcher finds a letter or two from Algeria's operator Mobilis
(articles-v50, twice). The gloss lexicon (``normx/mt/data/gloss.yaml``) holds exactly such
words, the common nouns and adjectives of bodies' names, each with its Arabic renderings: a
word it translates is a word of the language, not a spelling of a foreign name.

So a lone word that is a one-word entry of the lexicon (not a country or people word, which
names a place, nor a transliterated Arabic word), linked to a place or body by likeness alone
(no document rule behind the link) to a name none of whose words is that word, is left
unlinked. A record spelled so (exact) still links, and so does a name holding the word.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from normx.match.candidate import LIKENESS_METHODS
from normx.mt.lexicon import default_lexicon
from normx.resolve.segment import DOCUMENT_LINK_KEYS
from normx.text.latin import fold

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.segment import Resolved


@cache
def lexicon_words() -> frozenset[str]:
    """The lexicon's one-word entries that are common words (folded)."""
    lex = default_lexicon()
    return frozenset(
        key[0]
        for key, e in lex.entries.items()
        if len(key) == 1 and not e.place and not e.transliterated
    )


def gloss_lookalikes_unlinked(linker: SpanLinker, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* with each look-alike link of a lone lexicon word undone (see the module)."""
    out = resolved
    for k, (seg, cand, evidence) in enumerate(resolved):
        if (
            cand is None
            or seg.first != seg.last
            or cand.type not in ("ORG", "LOC")
            or cand.method not in LIKENESS_METHODS
            or any(key in evidence for key in DOCUMENT_LINK_KEYS)
        ):
            continue
        word = fold(linker.surface(seg.first, seg.last))
        if word not in lexicon_words():
            continue
        if word in fold(cand.matched).replace("-", " ").split():
            continue
        if out is resolved:
            out = list(resolved)
        out[k] = (seg, None, {key: v for key, v in evidence.items() if key != "matched"})
    return out
