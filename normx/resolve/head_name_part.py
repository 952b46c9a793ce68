"""A body's head noun read as a word of a person's name: no person.

"Nasr Brigade" ~ Nasr Al-Barghouti (0.8): under tens of thousands of names, the head noun
that says the words name a body ("Brigade", "Council", "Battalion") finds a family name that
sounds like it, and the given name before it does the rest. A head noun is no name part: when
a loose match (phonetic, fuzzy, cross-script) of several words to a person pairs a word of the
text that is a body or unit head (*heads*: the lexicon's) with a word of the name it does not
spell, the text names a body, not that man. A person whose name holds the very word spelled
alike is not judged so.
"""

from __future__ import annotations

from collections.abc import Collection

from normx.match.candidate import LIKENESS_METHODS, Candidate


def head_as_name_part(cand: Candidate, heads: Collection[str]) -> bool:
    """*cand*, a loose person match, pairs a head noun of the text with a name word it only
    resembles."""
    if cand.type != "PER" or cand.method not in LIKENESS_METHODS:
        return False
    return any(
        str(p.get("query")) in heads and float(p.get("sim", 0.0)) < 1.0
        for p in cand.explain.get("pairs") or ()
    )
