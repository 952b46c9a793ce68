"""A people's army under another of its names: "Libyan Arab Armed Forces", "Egyptian Army".

Arabic names a country's military with two interchangeable heads, الجيش (the army) and
القوات المسلحة (the armed forces), and a body's own name and its news name often differ in
that head alone: the Libyan National Army (الجيش الوطني الليبي) calls itself the Libyan Arab
Armed Forces (القوات المسلحة العربية الليبية); Egypt's "army" is the Egyptian Armed Forces. A
gazetteer that holds one of the names cannot link the other by resemblance: "Armed Forces" and
"Army" share no letters, and their Arabic glosses no word.

The rule: a range made of a demonym, optionally more demonyms or "National" ("Libyan Arab",
"Libyan National"), then a military head (Army, Armed Forces) names that people's army when
the gazetteers hold exactly one organisation whose name is the demonym, at most one word,
and a military head ("Libyan National Army", "Turkish Armed Forces"). The gazetteer is asked
through the matcher with the two head forms ("Libyan Army", "Libyan Armed Forces"), and only
candidates whose matched name has that shape count, so a Sudanese body never answers for a
Libyan one and two armies of one people are no decision.
"""

from __future__ import annotations

from collections.abc import Callable

from normx.match.candidate import Candidate
from normx.match.score import NO_MATCH_THRESHOLD
from normx.resolve.span_tokens import SpanTokens
from normx.text.latin import fold

METHOD = "army"  # the mention's method: linked by this rule, not by its own words
# The heads a country's military is named by, as folded words.
MILITARY_HEADS: tuple[tuple[str, ...], ...] = (("army",), ("armed", "forces"))
# Words that may stand between the demonym and the head in a people's army's name.
ARMY_ADJECTIVES = frozenset({"national"})
MAX_ARMY_NAME_WORDS = 4  # demonym, one adjective, "Armed Forces"


def _head_at_end(words: list[str]) -> int:
    """How many words of *words* the military head at its end takes (0: none)."""
    for head in MILITARY_HEADS:
        if len(words) > len(head) and tuple(words[-len(head) :]) == head:
            return len(head)
    return 0


def army_demonym(words: SpanTokens, first: int, last: int) -> str | None:
    """The demonym of a range shaped like a people's army's name ("Libyan Arab Armed
    Forces"), as the text spells it; None for any other range."""
    forms = words.forms[first : last + 1]
    head = _head_at_end(forms)
    if not head or not all(t.cap for t in words.tokens[first : last + 1]):
        return None
    lead = forms[: len(forms) - head]
    demonyms = words.lex.demonyms
    if lead[0] not in demonyms or not all(f in demonyms or f in ARMY_ADJECTIVES for f in lead):
        return None
    return words.tokens[first].text


def army_queries(demonym: str) -> tuple[str, ...]:
    """The matcher queries asked for a people's army: the demonym with each military head."""
    return tuple(f"{demonym} {' '.join(h.capitalize() for h in head)}" for head in MILITARY_HEADS)


def is_army_name(name: str, demonym: str) -> bool:
    """*name* is a people's army's name for *demonym*: the demonym, at most one word, and a
    military head ("Libyan National Army", "Turkish Armed Forces")."""
    words = fold(name).replace("-", " ").split()
    head = _head_at_end(words)
    if not head or len(words) > MAX_ARMY_NAME_WORDS or words[0] != fold(demonym):
        return False
    return len(words) - head <= 2


def peoples_army(
    words: SpanTokens, first: int, last: int, match: Callable[[str, bool], list[Candidate]]
) -> tuple[Candidate, str] | None:
    """The one organisation the gazetteers name as this range's people's army, if exactly one
    (see the module docstring), with the query that found it; *match* is the document's
    cached matcher."""
    demonym = army_demonym(words, first, last)
    if demonym is None:
        return None
    form = fold(demonym)
    found: dict[str, tuple[Candidate, str]] = {}
    for query in army_queries(demonym):
        for cand in match(query, False):
            if cand.type != "ORG" or cand.score < NO_MATCH_THRESHOLD:
                continue
            if is_army_name(cand.matched, form) and cand.id not in found:
                found[cand.id] = (cand, query)
    if len(found) != 1:
        return None
    (army,) = found.values()
    return army
