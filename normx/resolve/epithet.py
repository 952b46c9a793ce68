"""A transliterated name with a translated epithet after it: "Labda the Great" (لبدة الكبرى).

Arabic names some places by a name and an adjective after it (لبدة الكبرى, Leptis Magna; لبدة
الصغرى, Leptis Minor). Machine translation leaves the name in Latin letters and translates the
adjective: "Labda the Great". The cross-script reading needs every word in Latin letters and the
gloss every word in English, so the mention went unlinked (articles-v52, v58). An unlinked
mention ending in "the <epithet>" of ``data/epithets.yaml``, whose words before it are
capitalised, is matched again with the epithet written back as its romanised Arabic ("Labda
al-Kubra"); it is linked when the best candidate is read across scripts, is confident
(:data:`MIN_SCORE`) and stands clear of the next (:data:`MARGIN`). Session 36 (h-v58).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from normx.match.candidate import Candidate
from normx.resolve.document import Mention
from normx.text.resources import package_data

METHOD = "epithet"
MIN_SCORE = 0.8  # a cross-script reading this close spells the Arabic name word for word
MARGIN = 0.15  # the next candidate this far behind: the reading names one entity


@cache
def _epithets() -> dict[str, tuple[str, ...]]:
    table = package_data("normx.resolve", "epithets.yaml")["epithets"]
    return {str(k).lower(): tuple(str(v) for v in vs) for k, vs in table.items()}


@cache
def _tail() -> re.Pattern[str]:
    alt = "|".join(re.escape(w) for w in sorted(_epithets(), key=len, reverse=True))
    return re.compile(rf"^(?P<name>(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)\s+the\s+(?P<e>{alt})$", re.I)


def _reading(name: str, epithet: str, match: Callable[[str], list[Candidate]]) -> Candidate | None:
    """The one confident cross-script candidate of *name* with *epithet* written in Arabic."""
    best: Candidate | None = None
    for romanised in _epithets()[epithet.lower()]:
        cands = sorted(match(f"{name} {romanised}"), key=lambda c: -c.score)
        if not cands:
            continue
        top = cands[0]
        if top.method != "cross-script" or top.score < MIN_SCORE:
            continue
        if len(cands) > 1 and cands[1].id != top.id and cands[1].score > top.score - MARGIN:
            continue
        if best is None or top.score > best.score:
            best = top
    return best


def epithets_linked(
    mentions: tuple[Mention, ...], match: Callable[[str], list[Candidate]]
) -> tuple[Mention, ...]:
    """*mentions* with each unlinked "<transliterated name> the <epithet>" linked to the entity
    its Arabic reading names (see the module docstring)."""
    out: list[Mention] | None = None
    for i, m in enumerate(mentions):
        if m.id is not None or " the " not in m.text:
            continue
        found = _tail().match(m.text)
        if found is None or not all(w[0].isupper() for w in found.group("name").split()):
            continue
        cand = _reading(found.group("name"), found.group("e"), match)
        if cand is None:
            continue
        evidence = {**m.evidence, "matched": cand.matched, "epithet": found.group("e")}
        linked = Mention(
            m.start, m.end, m.text, cand.id, cand.name, cand.type, cand.score, METHOD, evidence
        )
        if out is None:
            out = list(mentions)
        out[i] = linked
    return mentions if out is None else tuple(out)
