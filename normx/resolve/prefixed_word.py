"""A capital after an English prefix and a hyphen: "sub-Saharan", "trans-Saharan".

English writes a compound adjective of a place with the place's capital kept behind a
lower-case prefix: "migrants from sub-Saharan countries", "the trans-Saharan trade". The word
there is the compound's adjective, not a name of its own, and its "-an" is English morphology
no likeness to a gazetteer name explains. A small gazetteer has nothing near "Saharan"; among
40,000 places the village Shahrani spells it at 0.89 by its phonetic key, and the adjective
became the village (articles-v19 and v37: one spurious link each at +40k).

Plain, "trans-Saharan" reached the Community of Sahel-Saharan States by one word of its name
(articles-v19's one spurious link, which the village took over at +40k).

So a lone word linked by likeness alone (phonetic, fuzzy, across scripts: never a name spelled
as the gazetteer spells it) to a place or a body is unlinked when the text glues it with a
hyphen to one of :data:`ENGLISH_PREFIXES` in lower case. The prefixes are English derivational
morphology that forms adjectives (hand-written, not read from any text); "pro-", "anti-",
"post-" are not among them (after them the text names the entity: "pro-Haftar forces"), nor
are Arabic particles joined by a hyphen ("al-", "el-"); a person, or a name spelled exactly
after a prefix, keeps its link.
"""

from __future__ import annotations

import re

from normx.detect.tokens import Token
from normx.match.candidate import LIKENESS_METHODS, Candidate
from normx.text.resources import word_list

# English prefixes that make a compound adjective of a place or people's name ("sub-Saharan",
# "trans-Saharan", "inter-Libyan", "pan-Arab"); not "pro-", "anti-", "post-", "non-": after them
# the text names the entity itself ("pro-Haftar forces", "the pro-GNA forces", both gold)
# (data/english_words.yaml, prefixes)
ENGLISH_PREFIXES = frozenset(word_list("normx.resolve", "english_words.yaml", "prefixes"))

_PREFIX = re.compile(r"(?<![\w-])([a-z]+)-$")


def english_prefixed(text: str, tok: Token) -> bool:
    """*tok* is glued by a hyphen to a lower-case English prefix ("sub-Saharan")."""
    found = _PREFIX.search(text, max(0, tok.start - 12), tok.start)
    return found is not None and found.group(1) in ENGLISH_PREFIXES


def prefixed_lookalike(text: str, tok: Token, cand: Candidate) -> bool:
    """A place *cand* reached by likeness alone for a word written after an English prefix
    and a hyphen: the link is undone (see the module docstring)."""
    return (
        cand.type in ("LOC", "ORG")
        and cand.method in LIKENESS_METHODS
        and english_prefixed(text, tok)
    )
