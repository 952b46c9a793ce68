"""A unit named with the body it sits in is one name: "the Constitutional Circuit in the
Supreme Court".

Arabic names a court's chamber or a ministry's office with its body behind the preposition
"in" (ب): الدائرة الدستورية بالمحكمة العليا, "the Constitutional Circuit in the Supreme Court";
مكتب الإعلام بوزارة الصحة, "the Media Office in the Ministry of Health". Translation keeps the
whole, and the detector cuts it at the lower-case "in the": the unit, and the body linked apart.
The body inside the unit's name is no mention of its own (as "Tripoli" is none inside "Tripoli
Court of Appeal"): a reader reads one name. So a linked body right after a linked unit, joined
by "in (the)" only, whose Arabic name the unit's Arabic name holds behind ب (its first words:
المحكمة العليا of المحكمة العليا الليبية), is joined to the unit's mention.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from normx.resolve.document import Mention, stretched_mention
from normx.text.clitics import IN_BODY

_IN = re.compile(r"\s+in\s+(?:the\s+)?", re.IGNORECASE)
MIN_WORDS = 2  # the body's name said in the unit's, at least its head and one word

ArabicNames = Callable[[str], tuple[tuple[str, ...], ...]]


def names_body(units: tuple[tuple[str, ...], ...], bodies: tuple[tuple[str, ...], ...]) -> bool:
    """An Arabic name of the unit holds, behind ب, the first words of one of the body's."""
    for unit in units:
        for k in range(1, len(unit)):
            for p in IN_BODY:
                if not unit[k].startswith(p):
                    continue
                said = (unit[k][len(p) :], *unit[k + 1 :])
                if len(said) >= MIN_WORDS and any(b[: len(said)] == said for b in bodies):
                    return True
    return False


def units_in_bodies(
    text: str, mentions: tuple[Mention, ...], arabic_names: ArabicNames
) -> tuple[Mention, ...]:
    """*mentions* with each body named inside its unit's name joined to the unit's mention
    (see the module)."""
    out: list[Mention] = []
    k = 0
    while k < len(mentions):
        unit = mentions[k]
        body = mentions[k + 1] if k + 1 < len(mentions) else None
        if (
            body is not None
            and unit.id is not None
            and body.id is not None
            and unit.id != body.id
            and unit.type == body.type == "ORG"
            and unit.end <= body.start
            and _IN.fullmatch(text, unit.end, body.start) is not None
            and names_body(arabic_names(unit.id), arabic_names(body.id))
        ):
            out.append(stretched_mention(text, unit, body.end, {"unit_in": body.text}))
            k += 2
            continue
        out.append(unit)
        k += 1
    return tuple(out)
