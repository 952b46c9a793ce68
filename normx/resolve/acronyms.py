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
from collections.abc import Iterable

from normx.resolve.document import Mention

METHOD = "acronym"
FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "to", "de", "du", "des", "la"})
_ACRONYM_RE = re.compile(r"\b[A-Z][A-Za-z]{1,7}\b")
_WORD_RE = re.compile(r"[^\W\d_]+")


def is_acronym(word: str) -> bool:
    """Two or more capitals, at most one lower-case letter between them (GNA, HoR, UNSMIL)."""
    upper = sum(c.isupper() for c in word)
    return upper >= 2 and len(word) - upper <= 1 and word[-1].isupper()


def initials(name: str) -> set[str]:
    """The acronyms a name's words can make: with and without its function words."""
    words = _WORD_RE.findall(name.replace("-", " "))
    words = [w for w in words if w.lower() not in ("al", "el")]  # the article is no initial
    full = "".join(w[0] for w in words).upper()
    content = "".join(w[0] for w in words if w.lower() not in FUNCTION_WORDS).upper()
    return {a for a in (full, content) if len(a) >= 2}


def _definitions(text: str, mentions: Iterable[Mention]) -> dict[str, Mention]:
    """Acronyms defined right after a linked mention: "Libyan National Army (LNA)"."""
    out: dict[str, Mention] = {}
    for m in mentions:
        if m.id is None:
            continue
        after = re.match(r"\s*\(\s*([A-Z][A-Za-z]{1,7})\s*\)", text[m.end : m.end + 14])
        if after and is_acronym(after.group(1)):
            acronym = after.group(1)
            if acronym.upper() in initials(m.text) | initials(m.canonical or ""):
                out.setdefault(acronym.upper(), m)
    return out


def _by_initials(mentions: Iterable[Mention]) -> dict[str, Mention]:
    """Acronyms that spell the initials of exactly one linked entity of the document."""
    found: dict[str, dict[str, Mention]] = {}
    for m in mentions:
        if m.id is None or m.method == METHOD or m.type not in ("ORG", "LOC"):
            continue
        for acronym in initials(m.text) | initials(m.canonical or ""):
            found.setdefault(acronym, {}).setdefault(m.id, m)
    return {a: next(iter(ents.values())) for a, ents in found.items() if len(ents) == 1}


def link_acronyms(text: str, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """*mentions* with the document's acronyms linked (see the module docstring)."""
    defined = _definitions(text, mentions)
    derived = _by_initials(mentions)
    if not defined and not derived:
        return mentions
    taken = [(m.start, m.end) for m in mentions if m.id is not None]
    unlinked = {(m.start, m.end): m for m in mentions if m.id is None}
    added: list[Mention] = []
    replaced: set[tuple[int, int]] = set()
    for match in _ACRONYM_RE.finditer(text):
        word = match.group(0)
        if not is_acronym(word):
            continue
        start, end = match.span()
        if any(s < end and start < e for s, e in taken):
            continue
        how = "definition" if word.upper() in defined else "initials"
        source = defined.get(word.upper()) or derived.get(word.upper())
        if source is None:
            continue
        other = [k for k in unlinked if k[0] < end and start < k[1]]
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
