"""A shipped place or body the user's gazetteer lacks is not linked on a likeness.

With the shipped gazetteers loaded beside the user's (``normx canonicalize --gazetteer
theirs.yaml``), a name the user's gazetteer does not hold still finds the shipped records it
resembles: thousands of OpenStreetMap villages, curated places and bodies. Session 15 kept such
links when the text's consonants spell the shipped record's Arabic name
(:mod:`normx.resolve.shipped_spelled`: "Qanfouda" is the OSM "Ghanfouda Village", "Tajarhi"
the village "Tajerhi"), and they are often the real place. But the user's gazetteer says which
entities the user wants linked: one the user left out is to be taken on strong evidence only,
and a likeness is the weakest there is. On the open sets (``benchmarks.eval.articles
--as-user``, session 17) every such link was a nil of the user's gold, none right: Al-Furnaj ~
Al Firnaj, Tajarhi ~ Tajerhi, Hariga ~ Harqa, Al-Harsha ~ Al Hurshah, Al-Washka ~ Al Wachkah,
Qanfouda ~ Ghanfouda Village x2, Al-Hawari ~ Al Huwwari, Al-Mabani ~ Al Mabni, Shiha ~ Al
Siyahiya x2, Al-Ajaylat ~ Al Ajyaylat, "Sino" ~ China; and an evaluation scoring the user's
ids counts a link to an id the user never gave as wrong.

So, with user records loaded, a final link to a shipped non-person record made by likeness
(phonetic, fuzzy or across scripts) or by a gloss (the text's words translated to Arabic and
matched there), below an exact match, is undone, and so are the document's other links to
that record made only through it (coreference), unless the document also names the record as
it is held. A gloss reading a shipped body's Arabic name exactly (1.0) still links: "African
Federation" is الاتحاد الأفريقي, the African Union's name (v16's football confederation).

Read on the final mentions, after every rule: a shipped facility matched loosely may still
lead the resolver to the user's town it is named after
(:func:`normx.resolve.standing.town_of_facility`), and a shipped record spelled exactly links
as before ("Ankara", "Libya Al-Ahrar"). Persons are left to the namesake rules (a sanctions
list's man the user's gazetteer also holds under another id is the same person), and with no
user record loaded (every record stands as the user's) nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable

from normx.match.candidate import LIKENESS_METHODS
from normx.resolve.document import Mention
from normx.resolve.standing import USER

__all__ = ["shipped_likeness_unlinked"]

EXACT = 1.0
GLOSS = "gloss"
_THROUGH = frozenset({"coref"})  # links that follow another mention of the document


def _by_likeness(m: Mention, standing: Callable[[str], int]) -> bool:
    return (
        m.id is not None
        and m.type != "PER"
        and (m.method in LIKENESS_METHODS or m.method == GLOSS)
        and m.score < EXACT
        and standing(m.id) < USER
    )


def shipped_likeness_unlinked(
    mentions: tuple[Mention, ...], standing: Callable[[str], int]
) -> tuple[Mention, ...]:
    """*mentions* with the likeness links to shipped places and bodies undone (module doc)."""
    dropped = {m.id for m in mentions if _by_likeness(m, standing)}
    if not dropped:
        return mentions
    named = {
        m.id
        for m in mentions
        if m.id in dropped and not _by_likeness(m, standing) and m.method not in _THROUGH
    }
    dropped -= named
    if not dropped:
        return mentions
    return tuple(
        Mention(
            m.start,
            m.end,
            m.text,
            None,
            None,
            m.type,
            0.0,
            "none",
            {**m.evidence, "shipped_likeness": m.id},
        )
        if m.id in dropped
        else m
        for m in mentions
    )
