"""A capital named beside countries is its country: "the border between Libya and Tunis".

Arabic names some countries and their capitals alike: تونس is Tunisia and Tunis, الجزائر
Algeria and Algiers, الكويت Kuwait and Kuwait City. Gazetteers keep the country under the
bare word and qualify the city (مدينة تونس, "Tunis city"), and machine translation renders the
bare word by the city's English name whatever it meant: "the border between Libya and Tunis",
"smuggling fuel towards Tunis, Malta and the countries of the south", "import electricity
from Tunis and Egypt". The city then wins on its exact English name, and the country the
sentence speaks of is lost.

A text that puts the name in one coordination with a country ("Libya and Tunis", "Tunis,
Malta") lists countries, not a capital beside them ("Tunis and Tripoli", "Cairo, Tunis,
Rome" keep the cities). So a place linked to a city whose Arabic name holds the whole Arabic
name of a country the matcher also offers for the same words (by the spelling or its
likeness, above the no-match threshold), and written right beside a mention of a country
("and" or "or" between them, or a comma when the list goes on after the second: "Tunis, Malta
and ..."), is that country. The translation renders the word the same
way throughout a text, and the text meant one thing by it: once a list shows "Tunis" is the
country, its other "Tunis" ("smuggling the fuel to Tunis through Abu Kamash", "In Tunis, the
spokesman of the National Guard said") are the country too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from normx.gazetteer.countries import country_keys
from normx.gazetteer.shipped_keys import ShippedKeys
from normx.match.candidate import Candidate
from normx.match.score import NO_MATCH_THRESHOLD
from normx.resolve.document import Mention, linked_mention

_AND = re.compile(r"\s+(?:and|or)\s+")  # "Libya and Tunis", "Tunis or Egypt"
_COMMA = re.compile(r",\s*")  # "Tunis, Malta and ...": a list only if it goes on
_GOES_ON = re.compile(r"\s*,|\s+(?:and|or)\s")


def _country(m: Mention, is_country: Callable[[str], bool]) -> bool:
    return m.id is not None and m.type == "LOC" and is_country(m.canonical or "")


class ShippedCountries(ShippedKeys):
    """``normx.gazetteer.countries.is_country`` with the shipped countries' keys fetched once, at
    the first question: this step asks it of every place mention and its neighbours (~40 calls a
    document); the run state holds one (:class:`normx.gazetteer.shipped_keys.ShippedKeys`)."""

    __slots__ = ()

    def __init__(self) -> None:
        super().__init__(country_keys)


def _listed(text: str, left: Mention, right: Mention) -> bool:
    """*left* and *right* stand in one list: "and"/"or" between them, or a comma when the list
    goes on after *right* ("Tunis, Malta and the countries"); a comma and "and" start a clause
    as often as they end a list ("its transfer to Tunis, and Italy is ..."), and a comma alone
    may end a phrase ("in Tunis, Egypt said")."""
    between = text[left.end : right.start]
    if _AND.fullmatch(between) is not None:
        return True
    return _COMMA.fullmatch(between) is not None and _GOES_ON.match(text, right.end) is not None


def holds_words(words: Sequence[str], part: Sequence[str]) -> bool:
    """*words* hold all of *part*, in order and together (a name's words inside another's:
    مدينة تونس holds تونس); never an empty *part*."""
    n = len(part)
    return n > 0 and any(tuple(words[i : i + n]) == tuple(part) for i in range(len(words) - n + 1))


def countries_for_capitals(
    text: str,
    mentions: tuple[Mention, ...],
    match: Callable[[str], list[Candidate]],
    arabic_names: Callable[[str], tuple[tuple[str, ...], ...]],
    is_country: Callable[[str], bool] | None = None,
) -> tuple[Mention, ...]:
    """*mentions* with each capital listed beside a country linked to the country its Arabic
    name holds (see the module docstring). *is_country* answers as
    ``normx.gazetteer.countries.is_country`` (the run's :class:`ShippedCountries`; by default
    one made for this call)."""
    out = list(mentions)
    if is_country is None:
        is_country = ShippedCountries()
    country_of: dict[tuple[str, str], Candidate] = {}  # (city id, surface) -> the country
    for k, m in enumerate(mentions):
        if m.id is None or m.type != "LOC" or _country(m, is_country):
            continue
        before = (
            k > 0 and _country(mentions[k - 1], is_country) and _listed(text, mentions[k - 1], m)
        )
        after = k + 1 < len(mentions) and _country(mentions[k + 1], is_country)
        if not (before or (after and _listed(text, m, mentions[k + 1]))):
            continue
        city = arabic_names(m.id)
        for cand in match(m.text):
            if (
                cand.type == "LOC"
                and cand.id != m.id
                and cand.score >= NO_MATCH_THRESHOLD
                and is_country(cand.name)
                and any(holds_words(c, n) for c in city for n in arabic_names(cand.id))
            ):
                country_of[(m.id, m.text)] = cand
                break
    if not country_of:
        return mentions
    for k, m in enumerate(mentions):
        cand = country_of.get((m.id or "", m.text))
        if cand is not None:
            evidence = {"matched": cand.matched, "capital_of": m.canonical}
            out[k] = linked_mention(text, m.start, m.end, cand, evidence)
    return tuple(out)
