"""A ministry named by the government it belongs to: "the Ministry of Foreign Affairs in the
National Unity Government".

Arabic names a ministry by its government (وزارة الخارجية بحكومة الوحدة الوطنية), and
translation writes "<Ministry of X> in|of the <government>". Detection ends the name at "in",
so the ministry is said alone, and every country's ministry of that name is as close as any
other ("Ministry of Foreign Affairs (Turkey)", "(Tunisia)", "(Libya)"...): a tie, left
unlinked. The government right after says whose ministry it is: the one ministry whose name,
its qualifier aside, the phrase spells (or opens: "... and International Cooperation"), and
whose qualifier is that government's name, or its country (``data/government_countries.yaml``;
a country linked there itself, "the Ministry of Health in Tunisia", names its own).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from normx.match.candidate import Candidate
from normx.resolve.document import Mention, in_longer, spliced
from normx.text.latin import fold
from normx.text.resources import package_data

METHOD = "ministry"
MIN_SCORE = 0.85  # a ministry of that name, spelled near letter for letter
TOP = 50  # every country's ministry of the name: a gazetteer holds dozens
_PHRASE = re.compile(
    r"(?<![\w’'-])(?P<body>Ministry (?:of|for) (?:the )?[A-Z][\w-]*(?: (?:and )?[A-Z][\w-]*){0,3})"
    r" (?:in|of) (?:the )?"
)
_QUALIFIED = re.compile(r"^(?P<name>.*?)\s*\((?P<q>[^)]*)\)\s*$")

Match = Callable[[str], list[Candidate]]


@cache
def government_countries() -> dict[str, str]:
    """Folded government name -> folded country name (``data/government_countries.yaml``)."""
    data = package_data("normx.resolve", "government_countries.yaml") or {}
    return {fold(str(k)): fold(str(v)) for k, v in data.items()}


def _owners(owner: Mention) -> frozenset[str]:
    """The qualifiers that name *owner*'s ministries: its name, and a government's country."""
    name = fold(owner.canonical or "")
    if owner.type == "LOC":
        return frozenset({name})
    country = government_countries().get(name)
    return frozenset({name, country} if country else {name})


def _ministry(body: str, owners: frozenset[str], match: Match) -> Candidate | None:
    """The one ministry named *body* (or a longer name it opens) qualified by an owner."""
    said = fold(body)
    found: dict[str, Candidate] = {}
    for cand in match(body):
        if cand.type != "ORG" or cand.score < MIN_SCORE:
            continue
        q = _QUALIFIED.match(cand.name)
        if q is None or fold(q.group("q")) not in owners:
            continue
        name = fold(q.group("name"))
        if name == said or name.startswith(said + " and "):
            found.setdefault(cand.id, cand)
    return next(iter(found.values())) if len(found) == 1 else None


def ministries_of_governments(
    text: str, mentions: tuple[Mention, ...], match: Match
) -> tuple[Mention, ...]:
    """*mentions* (in text order) with each unlinked "Ministry of X in the <government>"
    linked to that government's ministry (see the module docstring)."""
    if "Ministry " not in text:
        return mentions
    out = list(mentions)
    changed = False
    for m in _PHRASE.finditer(text):
        owner = next((x for x in out if x.start == m.end()), None)
        if owner is None or owner.id is None or owner.type not in ("ORG", "LOC"):
            continue
        start, end = m.span("body")
        if in_longer(out, start, end, linked=True):
            continue  # linked already, or part of a longer name
        cand = _ministry(m.group("body"), _owners(owner), match)
        if cand is None:
            continue
        evidence = {"matched": cand.matched, "ministry_of": owner.canonical}
        out = spliced(text, out, start, end, cand, METHOD, evidence)
        changed = True
    return tuple(out) if changed else mentions


def deep_match(match: Callable[..., list[Candidate]]) -> Match:
    """*match* (``Normalizer.match``) asked for organisations, deep enough for every country's
    ministry of one name."""
    return lambda query: match(query, top=TOP, type="ORG", min_score=MIN_SCORE)
