"""An acronym in the French complement of an unknown phrase: "ministre des Finances du GUN".

French copy capitalises a minister's portfolio ("le ministre des Finances", "de l'Intérieur")
and follows it with the government's acronym ("du GUN"): detection reads "Finances du GUN" as
one French name (a gloss word, a connector, a capitalised complement), which names no body,
and acronym linking leaves an acronym inside a longer unlinked name alone. So "GUN", which
the document defines and links elsewhere ("Gouvernement d'union nationale (GUN)"), was not
linked there (session 33, h-v54: articles-v54's AFP copy).

An unlinked mention that ends in a French connector (du, des, de la, de l', d') and an
all-capitals acronym that the document links elsewhere, spelled alike, to one entity, is cut
in two: the words before the connector stay unlinked, and the acronym is linked as it is
elsewhere. English connectors are left alone ("Central Bank of the UAE" is a name of its own).
"""

from __future__ import annotations

import re

from normx.resolve.document import Mention

_TAIL = re.compile(r"^(?P<head>.*\S) (?:(?:du|des|de la) |de l['’]|d['’])(?P<acr>[A-Z]{2,8})$")


def acronym_complements_split(text: str, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """*mentions* with each unlinked "<words> du <ACRONYM>" cut so the acronym is linked as
    the document links it elsewhere (see the module docstring)."""
    if not mentions:
        return mentions
    linked: dict[str, set[str]] = {}
    for m in mentions:
        if m.id is not None and m.text.isupper():
            linked.setdefault(m.text, set()).add(m.id)
    if not linked:
        return mentions
    out: list[Mention] = []
    changed = False
    for m in mentions:
        found = _TAIL.match(m.text) if m.id is None else None
        if found is None or len(linked.get(found.group("acr"), ())) != 1:
            out.append(m)
            continue
        acr = found.group("acr")
        other = next(x for x in mentions if x.text == acr and x.id is not None)
        head = found.group("head")
        a_start = m.start + found.start("acr")
        out.append(Mention(m.start, m.start + len(head), head, None, None, m.type, 0.0, m.method))
        out.append(
            Mention(
                a_start,
                m.end,
                acr,
                other.id,
                other.canonical,
                other.type,
                other.score,
                other.method,
                {**other.evidence, "acronym_in": m.text},
            )
        )
        changed = True
    return tuple(out) if changed else mentions
