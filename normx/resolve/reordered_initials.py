"""An acronym defined in brackets after a name may spell its initials in another word order.

French copy names a body in French and defines the acronym of its English or Arabic name:
"Fédération libyenne de football (LFF)" (Libyan Football Federation), "Haute commission
électorale nationale (HNEC)" (High National Elections Commission). French puts the adjective
after the noun, so the acronym holds the initials of the name's content words, but in the order
of the other language. Right after the name, in brackets, the acronym is defined there; read so
only when it has three letters or more and uses each content word's initial exactly once, so
that a bracket holding another body's acronym ("... football (CAF)" after a national
federation) is not taken for it.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from normx.detect.lexicon import function_words
from normx.text.latin import fold

MIN_LETTERS = 3
# English and French function words, and the French elided d', l' ("d'appui")
FUNCTION_WORDS = function_words("initials_reordered")  # connectors.yaml, function_word_sets
_WORD_RE = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=16_384)
def _content_initials(name: str) -> Counter[str]:
    words = _WORD_RE.findall(name.replace("-", " "))
    # accents folded: "électorale" gives the E of HNEC
    return Counter(fold(w[0]).upper() for w in words if w.lower() not in FUNCTION_WORDS)


def reordered_initials(acronym: str, name: str) -> bool:
    """*acronym* (upper case) spells the initials of *name*'s content words in some order."""
    if len(acronym) < MIN_LETTERS or not acronym.isalpha():
        return False
    return Counter(acronym.upper()) == _content_initials(name)
