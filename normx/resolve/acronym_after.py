"""A body's name translated word by word, then its acronym in brackets: the acronym's body.

A writer who gives a body's acronym after its name ("the Gouvernement d'union nationale
(GNA)") says which body the name means. A name the matcher reached only by translating its
words (``gloss``) may fit two bodies alike, because translations of one Arabic name differ and
two bodies' names translate alike: French press wrote "Gouvernement d'union nationale" for
the Government of National Accord (حكومة الوفاق الوطني, 2016-2021, GNA) and English glosses
"union nationale" as national unity, the name of its successor, the Government of National
Unity (حكومة الوحدة الوطنية, GNU). The acronym is no translation: written in capitals right
after the name, it is the writer's own key to the body.

So a name linked by ``gloss`` followed by "(ACRONYM)" whose acronym links to another body of
the same type takes the acronym's body. A name linked by its spelling (exact, phonetic ...)
keeps its link, and an acronym the text itself declared for the name links to the name's body
anyway (:mod:`normx.resolve.acronyms`), so only an acronym the gazetteers know decides.
"""

from __future__ import annotations

import re

from normx.resolve.document import Mention

GLOSS = "gloss"
ACRONYM = "acronym"
_OPEN = re.compile(r"[ \t]*\([ \t]*")  # between the name and its acronym: " ("
_CLOSE = re.compile(r"[ \t]*\)")


def acronyms_after(text: str, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """*mentions* with each glossed name right before its bracketed acronym linked to the
    acronym's body when the two differ (see the module)."""
    out: list[Mention] | None = None
    for k in range(len(mentions) - 1):
        name, acronym = mentions[k], mentions[k + 1]
        if (
            name.method != GLOSS
            or acronym.method != ACRONYM
            or name.id is None
            or acronym.id is None
            or acronym.id == name.id
            or acronym.type != name.type
            or _OPEN.fullmatch(text, name.end, acronym.start) is None
            or _CLOSE.match(text, acronym.end) is None
        ):
            continue
        if out is None:
            out = list(mentions)
        # the matched name was the other body's: the acronym's body is the evidence now
        evidence = {k: v for k, v in name.evidence.items() if k != "matched"}
        evidence["acronym_after"] = acronym.text
        out[k] = Mention(
            name.start,
            name.end,
            name.text,
            acronym.id,
            acronym.canonical,
            acronym.type,
            name.score,
            name.method,
            evidence,
        )
    return mentions if out is None else tuple(out)
