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
from normx.resolve.segment import Seg
from normx.resolve.span_tokens import SpanTokens
from normx.text.latin import fold

METHOD = "army"  # the mention's method: linked by this rule, not by its own words
ARMY_OF = "_army_of"  # Seg.extra key: a demonym before a lower-case military head
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
    return army_of(demonym, match) or _army_of_a_later_demonym(words, first, last, match)


def _army_of_a_later_demonym(
    words: SpanTokens, first: int, last: int, match: Callable[[str, bool], list[Candidate]]
) -> tuple[Candidate, str] | None:
    """The army of another demonym of the range when the first names none: translation keeps
    the Arabic order of the adjectives ("Arab Libyan Army" for الجيش العربي الليبي, the
    people's adjective last), so the people may be the second demonym. Exactly one army
    among the later demonyms, or none."""
    demonyms = words.lex.demonyms
    found: dict[str, tuple[Candidate, str]] = {}
    for t in range(first + 1, last + 1):
        if words.forms[t] not in demonyms:
            continue
        army = army_of(words.tokens[t].text, match)
        if army is not None:
            found.setdefault(army[0].id, army)
    return next(iter(found.values())) if len(found) == 1 else None


def lower_case_army(words: SpanTokens, first: int, last: int) -> tuple[int, str] | None:
    """A range of demonyms right before a military head in lower case ("the Egyptian army",
    "the Sudanese armed forces": translation keeps the capital of the people only): the last
    token of the head and the demonym as the text spells it; None otherwise. The head is read
    from the tokens after the range, so this is asked of a document, not of a cached span."""
    forms = words.forms
    lead = forms[first : last + 1]
    demonyms = words.lex.demonyms
    if lead[0] not in demonyms or not all(f in demonyms or f in ARMY_ADJECTIVES for f in lead):
        return None
    tokens = words.tokens
    for head in MILITARY_HEADS:
        end = last + len(head)
        if end >= len(tokens) or tuple(forms[last + 1 : end + 1]) != head:
            continue
        if all(not t.cap and t.joined and not t.sent_start for t in tokens[last + 1 : end + 1]):
            return end, tokens[first].text
    return None


def army_of(
    demonym: str, match: Callable[[str, bool], list[Candidate]], *, bare: bool = False
) -> tuple[Candidate, str] | None:
    """The one organisation the gazetteers name as the army of the people *demonym* (as the
    text spells it), with the query that found it. *bare*: only a name that is the demonym
    and the head alone counts (see :func:`lower_case_army_segs`)."""
    form = fold(demonym)
    found: dict[str, tuple[Candidate, str]] = {}
    for query in army_queries(demonym):
        for cand in match(query, False):
            if cand.type != "ORG" or cand.score < NO_MATCH_THRESHOLD:
                continue
            if not is_army_name(cand.matched, form) or (bare and not _bare(cand.matched)):
                continue
            if cand.id not in found:
                found[cand.id] = (cand, query)
    if len(found) != 1:
        return None
    (army,) = found.values()
    return army


def _bare(name: str) -> bool:
    """The army's name is a demonym and a military head, no other word ("Egyptian Armed
    Forces", not "Libyan National Army")."""
    words = fold(name).replace("-", " ").split()
    return len(words) - _head_at_end(words) == 1


def lower_case_army_segs(words: SpanTokens, first: int, last: int) -> list[Seg]:
    """For a span that names nothing ("Egyptian", "The Sudanese"), the demonym and the
    lower-case military head after it as one segment still to link (extra :data:`ARMY_OF`:
    the demonym), marked generic so that it is no unknown name if no army is found;
    :mod:`normx.resolve.references` links it.

    Lower case, "the Sudanese army" is a description, not a name: it names the army whose own
    name is just that, the demonym and a military head (the Sudanese Armed Forces, the state's
    military). An army whose name adds a word ("Libyan National Army") is told apart by it
    from other armed sides of that people, and "the Libyan army" describes any of them."""
    first, last = words.trim(first, last)
    if first > last:
        return []
    found = lower_case_army(words, first, last)
    if found is None:
        return []
    end, demonym = found
    return [Seg(first, end, None, True, extra={ARMY_OF: demonym}, generic=True)]
