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

A *town* said alone is no body named after it either (session 35, h-towns): "Misrata" is the
city, not the Misrata Free Zone, "Zawiya" not the Zawiya Refinery, "Sabha" not Sabha
University. A gazetteer that lacks the town let the name reach such a body by likeness, as it
did for countries; a gazetteer holding the town links the town, spelled as written, first. So
the same rule reads a shipped town's or city's name (:func:`normx.gazetteer.towns.is_town`:
the shipped place files' cities, towns and capitals) said alone. The town the gazetteer lacks
is a name it lacks: the mention stays, unlinked (nil). A body said by its town and a head ("the
Misrata council", "the Zawiya refinery") is a longer mention and keeps its link; and so does
the town's name alone when a word of the body's name it leaves out is written right beside it
("Zawiya's refinery" for Zawiya Refinery, "the university of Sabha", :func:`_head_said`): the
text named the body. A built place (type LOC) named after its town is not judged: news names
an airport by its town alone ("flights landed at Al-Abraq", "from Benina"; articles-v16's gold
links the airport where the gazetteer lacks the town).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from normx.resolve.document import Mention
from normx.text.latin import fold
from normx.text.normalize import normalize_name

__all__ = ["countries_alone_unlinked", "places_alone_unlinked"]

_ARTICLE = re.compile(r"^(?:the|les|le|la)\s+|^l['’]\s*", re.IGNORECASE)
_BODIES = frozenset({"ORG"})


def _own_name(m: Mention) -> bool:
    """*m*'s text spells the name its body was matched under (the body's own evidence)."""
    ev = m.evidence or {}
    said = normalize_name(_ARTICLE.sub("", m.text))
    names = (ev.get("matched"), ev.get("core_name"))
    return any(isinstance(n, str) and normalize_name(_ARTICLE.sub("", n)) == said for n in names)


# the word written right before a name and "of"/"de" ("the airport of Ghat", "la raffinerie de
# Zawiya"), or right after it, possessive or not ("Zawiya's refinery", "the Zawiya refinery")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+(?:of[ \t]+(?:the[ \t]+)?|de[ \t]+|d['’][ \t]*)$")
_WORD_AFTER = re.compile(r"(?:['’]s)?[ \t]+([^\W\d_]+)")
# French writes a body's head in lower case before "de" ("zone franche de Misrata", articles-v49;
# "université de Tripoli"): such a head beside the town names the body, unless it is a place noun
_FRENCH_HEAD_DE = re.compile(r"([a-zàâçéèêëîïôûùüÿœ-]+)[ \t]+(?:de[ \t]+|d['’][ \t]*)$")
_FRENCH_PLACE = frozenset(
    {"ville", "région", "village", "commune", "quartier", "localité", "oasis"}
)
_NO_HEAD = frozenset({"of", "the", "de", "la", "le", "les", "al", "el"})


def _head_said(text: str, m: Mention) -> bool:
    """A word of the linked record's name that the mention leaves out is written right beside it
    ("the airport of Ghat" for Ghat Airport, "Zawiya's refinery" for Zawiya Refinery): the text
    names the body by its town and its head, and the link stands."""
    french = _FRENCH_HEAD_DE.search(text, max(0, m.start - 40), m.start)
    if french is not None and french.group(1) not in _FRENCH_PLACE:
        return True
    ev = m.evidence or {}
    names = [n for n in (m.canonical, ev.get("matched")) if isinstance(n, str)]
    own = set(fold(" ".join(names)).replace("-", " ").split())
    own -= set(fold(m.text).replace("-", " ").split()) | _NO_HEAD
    if not own:
        return False
    before = _WORD_BEFORE.search(text, max(0, m.start - 40), m.start)
    after = _WORD_AFTER.match(text, m.end)
    said = [w.group(1) for w in (before, after) if w is not None]
    return any(fold(w) in own or fold(w).rstrip("s") in own for w in said)


def _place_alone(
    text: str,
    m: Mention,
    is_country: Callable[[str], bool],
    is_town: Callable[[str], bool],
) -> bool:
    if m.id is None or m.type not in _BODIES:
        return False
    bare = _ARTICLE.sub("", m.text.strip())
    if not bare or _own_name(m):
        return False
    if is_country(bare):
        return True
    # a body read by its core name ("flights of Waddan": Waddan Airways, core_name.py) keeps it
    return m.method != "kind-named" and is_town(bare) and not _head_said(text, m)


def _never(_text: str) -> bool:
    return False


def countries_alone_unlinked(
    mentions: tuple[Mention, ...], is_country: Callable[[str], bool]
) -> tuple[Mention, ...]:
    """*mentions* with a body's link undone where a country was said alone (module doc)."""
    return places_alone_unlinked("", mentions, is_country, _never)


def places_alone_unlinked(
    text: str,
    mentions: tuple[Mention, ...],
    is_country: Callable[[str], bool],
    is_town: Callable[[str], bool],
) -> tuple[Mention, ...]:
    """*mentions* with a body's link undone where a country or a town was said alone (module
    doc). *text* is the document's, for the words beside a town."""
    alone = [_place_alone(text, m, is_country, is_town) for m in mentions]
    if not any(alone):
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
        if gone
        else m
        for m, gone in zip(mentions, alone, strict=True)
    )
