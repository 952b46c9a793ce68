"""A French body name closed by its parent organisation: "Conseil de sécurité de l'ONU".

AFP copy names an organ of the United Nations with the parent as a complement ("le Conseil de
sécurité de l'ONU", "le Haut-Commissariat de l'ONU aux droits de l'Homme"); the French name is
one name, as "des Nations unies" is inside "Mission d'appui des Nations unies en Libye". The
gazetteers' Arabic for an organ often leaves the parent out (مجلس الأمن الدولي, "the
international Security Council"), so the whole phrase matches less well than the phrase
without its complement, and the linker cut it in two: the organ, and "ONU" linked apart as the
United Nations. The two are one mention of the organ when the parent is joined to it by a
French "de l'", "de la", "du" or "des" and the organ's canonical English name already holds the
parent's ("United Nations Security Council" holds "United Nations"): the complement repeats
what the organ's name says. English "X of the United Nations" is not joined: English copy
writes both ways, and the held-out sets mark "Human Rights Council of the United Nations" as
two names.
"""

from __future__ import annotations

import re

from normx.resolve.document import Mention
from normx.text.latin import fold

# the connector before the parent; the organ's span may already hold its start ("... de l"
# before "'ONU": the tokenizer keeps the elided article as a word)
_JOIN = re.compile(r" (?:de l['’]|de la |du |des )\Z")


def _holds(longer: str, shorter: str) -> bool:
    """The words of *shorter* appear, in order and together, among the words of *longer*."""
    a, b = fold(longer).split(), fold(shorter).split()
    return bool(b) and any(a[k : k + len(b)] == b for k in range(len(a) - len(b) + 1))


def _joined(text: str, organ: Mention, parent: Mention) -> bool:
    """Only a French connector stands between *organ*'s words and *parent*."""
    m = _JOIN.search(text, organ.start, parent.start)
    return m is not None and organ.start < m.start() <= organ.end <= parent.start


def parents_joined(text: str, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """*mentions* (in text order) with each linked organ followed by "de l'<its parent>"
    grown over the parent (see the module docstring)."""
    out: list[Mention] | None = None
    k = 0
    ms = list(mentions)
    while k + 1 < len(ms):
        organ, parent = ms[k], ms[k + 1]
        if (
            organ.id is not None
            and parent.id is not None
            and organ.id != parent.id
            and organ.type == "ORG"
            and parent.type == "ORG"
            and organ.canonical
            and parent.canonical
            and _joined(text, organ, parent)
            and _holds(organ.canonical, parent.canonical)
        ):
            evidence = {**organ.evidence, "parent": parent.text}
            ms[k] = Mention(
                organ.start,
                parent.end,
                text[organ.start : parent.end],
                organ.id,
                organ.canonical,
                organ.type,
                organ.score,
                organ.method,
                evidence,
            )
            del ms[k + 1]
            out = ms
            continue
        k += 1
    return mentions if out is None else tuple(out)
