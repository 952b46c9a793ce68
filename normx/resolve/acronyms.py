"""Acronyms of names linked in the same document: "Government of National Accord (GNA)".

News names a body in full once and by its acronym afterwards (GNA, LNA, HoR, NOC, UNSMIL).
An acronym is linked to an entity the document itself names:

1. a definition: a linked mention followed by the acronym in parentheses, "... (GNA)", whose
   letters are the initials of the mention's words (function words may be skipped);
2. otherwise, initials: the acronym spells the initials of exactly one linked entity's
   mention or canonical name in the document (House of Representatives -> HoR).

An acronym no mention of the document accounts for stays as it was (it may be unlinked, or an
acronym the gazetteers list themselves, which the matcher links like any name). Acronym
mentions keep their spelling in the rewritten text: the acronym is already consistent, and
"(GNA)" after the full name must not become the full name twice.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise

from normx.resolve.document import Mention

METHOD = "acronym"
FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "to", "de", "du", "des", "la"})
# The words that may be acronyms, found by the regex engine alone: a whole word of 2-8 ASCII
# letters (checked ahead) starting with a capital, whose rest is capitals with at most one
# lower-case letter before the last capital; exactly the 2-8 letter capitalised words that
# is_acronym accepts. The text is scanned once per document, and a capitalised word that is no
# acronym (most of them) costs no Python call. The pattern opens with the capital (the word
# boundary before it is checked behind it), so the engine skips to capitals at C speed.
_ACRONYM_RE = re.compile(r"[A-Z](?<!\w.)(?=[A-Za-z]{1,7}\b)(?:[A-Z]+|[A-Z]*[a-z][A-Z]+)\b")
_DEFINITION_RE = re.compile(r"\s*\(\s*([A-Z][A-Za-z]{1,7})\s*\)")
DEFINITION_WINDOW = 14  # characters after a mention where "(GNA)" may stand
_WORD_RE = re.compile(r"[^\W\d_]+")


def is_acronym(word: str) -> bool:
    """Two or more capitals, at most one lower-case letter between them (GNA, HoR, UNSMIL)."""
    upper = sum(c.isupper() for c in word)
    return upper >= 2 and len(word) - upper <= 1 and word[-1].isupper()


def initials(name: str) -> set[str]:
    """The acronyms a name's words can make: with and without its function words."""
    return set(_initials(name))


@lru_cache(maxsize=65_536)
def _initials(name: str) -> frozenset[str]:
    """:func:`initials`, cached: a document repeats its mentions and news its names."""
    words = _WORD_RE.findall(name.replace("-", " "))
    words = [w for w in words if w.lower() not in ("al", "el")]  # the article is no initial
    full = "".join(w[0] for w in words).upper()
    content = "".join(w[0] for w in words if w.lower() not in FUNCTION_WORDS).upper()
    return frozenset(a for a in (full, content) if len(a) >= 2)


def _definitions(text: str, mentions: Iterable[Mention]) -> dict[str, Mention]:
    """Acronyms defined right after a linked mention: "Libyan National Army (LNA)"."""
    out: dict[str, Mention] = {}
    for m in mentions:
        if m.id is None:
            continue
        window = m.end + DEFINITION_WINDOW
        if text.find("(", m.end, window) < 0:  # the usual case: no bracket, no definition
            continue
        after = _DEFINITION_RE.match(text, m.end, window)
        if after and is_acronym(after.group(1)):
            acronym = after.group(1)
            if acronym.upper() in _initials(m.text) | _initials(m.canonical or ""):
                out.setdefault(acronym.upper(), m)
    return out


def _by_initials(mentions: Iterable[Mention]) -> dict[str, Mention]:
    """Acronyms that spell the initials of exactly one linked entity of the document."""
    found: dict[str, dict[str, Mention]] = {}
    for m in mentions:
        if m.id is None or m.method == METHOD or m.type not in ("ORG", "LOC"):
            continue
        for acronym in _initials(m.text) | _initials(m.canonical or ""):
            found.setdefault(acronym, {}).setdefault(m.id, m)
    return {a: next(iter(ents.values())) for a, ents in found.items() if len(ents) == 1}


class _Intervals:
    """``(start, end)`` spans, asked which of them overlap a range.

    A document's mentions are sorted and never overlap, so their ends are sorted too: the
    spans overlapping ``[start, end)`` are a run found by one bisection, not a scan of all
    the mentions for every acronym in the text (spans given in another shape are scanned).
    """

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.ends = [e for _, e in spans]
        self.ordered = all(a[1] <= b[0] and a[0] < a[1] for a, b in pairwise(spans))

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        spans = self.spans
        if not self.ordered:
            return [(s, e) for s, e in spans if s < end and start < e]
        i = bisect_right(self.ends, start)  # the first span ending after start
        out: list[tuple[int, int]] = []
        while i < len(spans) and spans[i][0] < end:
            out.append(spans[i])
            i += 1
        return out


def link_acronyms(text: str, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """*mentions* with the document's acronyms linked (see the module docstring)."""
    defined = _definitions(text, mentions)
    derived = _by_initials(mentions)
    if not defined and not derived:
        return mentions
    taken = _Intervals([(m.start, m.end) for m in mentions if m.id is not None])
    unlinked = {(m.start, m.end): m for m in mentions if m.id is None}
    unlinked_spans = _Intervals(list(unlinked))
    added: list[Mention] = []
    replaced: set[tuple[int, int]] = set()
    for match in _ACRONYM_RE.finditer(text):
        word = match.group(0)
        start, end = match.span()
        if taken.overlapping(start, end):
            continue
        how = "definition" if word.upper() in defined else "initials"
        source = defined.get(word.upper()) or derived.get(word.upper())
        if source is None:
            continue
        other = unlinked_spans.overlapping(start, end)
        if any(k != (start, end) for k in other):
            continue  # part of a longer unlinked name: not this acronym
        replaced.update(other)
        evidence = {
            "antecedent": {"text": source.text, "start": source.start},
            "acronym": how,
        }
        added.append(
            Mention(
                start,
                end,
                word,
                source.id,
                source.canonical,
                source.type,
                source.score,
                METHOD,
                evidence,
            )
        )
    if not added:
        return mentions
    kept = [m for m in mentions if (m.start, m.end) not in replaced]
    return tuple(sorted([*kept, *added], key=lambda m: m.start))
