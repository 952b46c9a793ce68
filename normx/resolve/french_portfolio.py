"""A portfolio after a French minister's title is the title's, not the ministry.

French copy writes the minister's title in lower case before the capitalised portfolio: "la
ministre des Affaires sociales Wafa al-Kilani" (AFP, articles-v53's 5306). Detection finds
"Affaires sociales", whose gloss (الشؤون الاجتماعية) is the whole of the ministry's name but its
head, and the matcher linked it to the Ministry of Social Affairs. The ministry itself is written
"ministère des Affaires sociales", with its head in the span; after "ministre des", "secrétaire
d'Etat aux" the words only say what the person is minister of. So a mention linked to a body
right after one of those titles (``french_portfolio_titles`` of ``titles.yaml``) and a French
"de" (de, des, du, de la, de l', aux) that holds no body head noun of its own is unlinked.
Session 34 (h-v53).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import cache

from normx.resolve.document import Mention
from normx.text.latin import fold
from normx.text.resources import word_list

_WINDOW = 40  # characters read before the mention


@cache
def _title_before() -> re.Pattern[str]:
    titles = word_list("normx.detect", "titles.yaml", "french_portfolio_titles")
    words = "|".join(sorted((re.escape(t) for t in titles), key=len, reverse=True))
    return re.compile(
        rf"\b(?:{words})[ \t]+(?:d['’]Etat[ \t]+|d['’]État[ \t]+)?"
        r"(?:des|du|de[ \t]+la|de[ \t]+l['’]|d['’]|de|aux|à[ \t]+la|au)[ \t]*$",
        re.IGNORECASE,
    )


def portfolios_unlinked(
    text: str, mentions: Sequence[Mention], heads: Collection[str]
) -> tuple[Mention, ...]:
    """*mentions* without the body links of a portfolio written after a French minister's
    title (see the module docstring); *heads* are the folded body head nouns."""
    pattern = _title_before()
    out: list[Mention] | None = None
    for k, m in enumerate(mentions):
        if m.id is None or m.type != "ORG":
            continue
        if any(fold(w) in heads for w in m.text.split()):
            continue
        if pattern.search(text[max(0, m.start - _WINDOW) : m.start]) is None:
            continue
        if out is None:
            out = list(mentions)
        evidence = {key: v for key, v in m.evidence.items() if key != "matched"}
        out[k] = Mention(m.start, m.end, m.text, None, None, m.type, 0.0, "none", evidence)
    return tuple(mentions) if out is None else tuple(out)
