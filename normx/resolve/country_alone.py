"""A country said alone is no body named after it: "The United States said." is not USAID.

A body's name often opens with its country: "United States Agency for International
Development", "United Kingdom Border Agency", "Saudi Arabian Airlines", "South Sudan Red
Cross", "Qatar Airways". In a gazetteer that lacks the country (a user's list of bodies, a
test set's hold-out gazetteer), the country's name said alone reaches such a body as the first
words of its name: the matcher scores the partial name by likeness ("United States" ~ USAID,
0.90) or a rule reads it as the body's core name ("Le Qatar" -> Qatar Airways). A reader never
takes a country said alone for one of its bodies (session 34, h-v55: articles-v55 "the Embassy
of the United States", before the mission rule; h-country).

So (:func:`countries_alone_unlinked`), run on the final mentions: a mention linked to an
organisation whose text, without a leading article ("the", "le", "la", "les", "l'"), is a
shipped country's name (:func:`normx.gazetteer.countries.is_country`) is unlinked, unless it
spells one of the body's own names (the matched name, as normalised: a body the gazetteer
holds under the country's name alone keeps it). The country links only when the gazetteer
holds it, and then the matcher found it first.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from normx.resolve.document import Mention
from normx.text.normalize import normalize_name

__all__ = ["countries_alone_unlinked"]

_ARTICLE = re.compile(r"^(?:the|les|le|la)\s+|^l['’]\s*", re.IGNORECASE)
_BODIES = frozenset({"ORG"})


def _own_name(m: Mention) -> bool:
    """*m*'s text spells the name its body was matched under (the body's own evidence)."""
    ev = m.evidence or {}
    said = normalize_name(_ARTICLE.sub("", m.text))
    names = (ev.get("matched"), ev.get("core_name"))
    return any(isinstance(n, str) and normalize_name(_ARTICLE.sub("", n)) == said for n in names)


def _country_alone(m: Mention, is_country: Callable[[str], bool]) -> bool:
    if m.id is None or m.type not in _BODIES:
        return False
    bare = _ARTICLE.sub("", m.text.strip())
    return bool(bare) and is_country(bare) and not _own_name(m)


def countries_alone_unlinked(
    mentions: tuple[Mention, ...], is_country: Callable[[str], bool]
) -> tuple[Mention, ...]:
    """*mentions* with a body's link undone where a country was said alone (module doc)."""
    if not any(_country_alone(m, is_country) for m in mentions):
        return mentions
    return tuple(
        Mention(
            m.start,
            m.end,
            m.text,
            None,
            None,
            "LOC",
            0.0,
            "none",
            {**m.evidence, "country_alone": m.id},
        )
        if _country_alone(m, is_country)
        else m
        for m in mentions
    )
