"""A relative named by given name only after a kin noun: "his son Muatassim".

News names a family's principal in full and the relatives by their given names after a kin
noun: "his son Muatassim", "Gadhafi's son Saadi", "her brother Ahmed". The lists hold the
relatives with the family name ("Mutassim Gaddafi", "Al-Saadi Gaddafi"), and one given name
alone links to no one (a lone given name is held to a stricter standard: thousands share it).
The text says which family: the person just named, whom the possessive before the kin noun
refers to. So an unlinked given name after "<possessive> [adjective] <kin noun>" is matched
again with the family name of the most recent person named before it (the last word of that
mention: "Gadhafi"), and links when that full name matches one person closely, and not the
person named before it (no one is his own son). A word after the kin noun is a person's given
name even where a large gazetteer holds a place or body spelled like it ("his son Saadi" ~ the
village Saddi): no place is anyone's son, so such a link is undone first. Kin nouns and
adjectives are data (``data/family_words.yaml``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from normx.detect.tokens import line_before
from normx.match.candidate import Candidate
from normx.resolve.segment import Resolved, Seg, is_clean
from normx.text.resources import package_data

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime

METHOD = "family"  # the method of a relative linked through the family name
MIN_SCORE = 0.9  # the full name's match: close, as a spelled-out name would be
MARGIN = 0.05  # no second person this close
MAX_GIVEN_UNITS = 2  # "Seif al-Islam": a compound given name


@cache
def _family_words() -> dict:
    return dict(package_data("normx.resolve", "family_words.yaml"))


@cache
def _cue() -> re.Pattern[str]:
    """The text before a relative's given name: a possessive, adjectives, a kin noun."""
    data = _family_words()
    kin = "|".join(re.escape(str(w)) for w in sorted(data["kin"], key=len, reverse=True))
    adj = "|".join(re.escape(str(w)) for w in data.get("adjectives") or ())
    owner = r"(?:(?i:his|her|their|whose|another)|[A-Z][\w'’-]*['’]s?)"
    # "whose sons Saddam and Belgacem": a second relative after the first and "and"
    second = r"(?:[A-Z][\w'’-]*\s*(?:,|\band)\s*)?"
    return re.compile(rf"\b{owner}\s+(?i:(?:(?:{adj})\s+)*(?:{kin}))\s*,?\s*{second}$")


def family_members(linker: SpanLinker, rt: Runtime, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* with each relative named by given name after a kin noun linked to the
    person of that given name and the family name of the person named before (see the
    module docstring)."""
    tokens, text = linker.tokens, linker.text
    out = list(resolved)
    last_person: tuple[Seg, Candidate] | None = None
    family_of_relative: tuple[Seg, str] | None = None  # the family a relative was linked by
    for k, (seg, cand, evidence) in enumerate(resolved):
        if cand is not None and cand.type == "PER":
            last_person = (seg, cand)
            continue
        if seg.phrase or seg.generic:
            continue
        if not 1 <= len(linker.name_units(seg.first, seg.last)) <= MAX_GIVEN_UNITS:
            continue
        if not after_kin_noun(text, tokens[seg.first].start):
            continue
        if cand is not None:  # a place or body named like the given name: no one's son
            evidence = {key: v for key, v in evidence.items() if key != "matched"}
            out[k] = (seg, None, evidence)
        if last_person is None:
            continue
        owner_seg, owner = last_person
        family = rt.core_words(linker.surface(owner_seg.first, owner_seg.last))
        if not family:
            continue
        surname = family[-1].form
        if family_of_relative is not None and family_of_relative[0] is owner_seg:
            surname = family_of_relative[1]  # "sons Saddam and Belgacem": the same family
        query = f"{linker.surface(seg.first, seg.last)} {surname}"
        found = [c for c in rt.match(query) if c.type == "PER"]
        if not found or found[0].id == owner.id:
            continue
        best = found[0]
        if best.score < MIN_SCORE or not is_clean(best):
            continue
        if any(c.id != best.id and c.score >= best.score - MARGIN for c in found[1:]):
            continue
        said = {
            "text": linker.surface(owner_seg.first, owner_seg.last),
            "start": tokens[owner_seg.first].start,
        }
        linked = Candidate(best.id, best.name, best.type, best.score, best.matched, METHOD, {})
        out[k] = (seg, linked, {**evidence, "family_of": said, "matched": best.matched})
        last_person = (seg, linked)
        family_of_relative = (seg, surname)
    return out


def after_kin_noun(text: str, start: int) -> bool:
    """The text before offset *start* (on its line) ends with a possessive and a kin noun
    ("his son", "Gadhafi's eldest daughter"): the word at *start* is a relative's name."""
    before = line_before(text, start, 40)
    # the cue ends with a kin noun, then blanks and a comma at most, or a first relative's name
    # and a comma or "and" ("whose sons Saddam, Belgacem"): in ASCII text, where case-insensitive
    # matching is lower-casing, a window ending in neither way cannot match. A comma may end
    # either, so only the regex decides then.
    tail = before.rstrip()
    if not tail.endswith(","):
        tail = tail[-_KIN_TAIL:]
        if tail.isascii() and not tail.lower().endswith((*_kin_nouns(), " and")):
            return False
    return _cue().search(before) is not None


_KIN_TAIL = 16  # characters enough for the longest kin noun (brother-in-law)


@cache
def _kin_nouns() -> tuple[str, ...]:
    """The kin nouns of the data, in lower case (what :func:`_cue` ends with)."""
    return tuple(str(w).lower() for w in _family_words()["kin"])
