"""'The General Command': an army's high command, said for the army the document names.

Arabic news calls an army by its command: القيادة العامة للقوات المسلحة (the General Command
of the Armed Forces), and after one full mention simply القيادة العامة, rendered "the General
Command". No gazetteer holds that as a body's name (it names an organ of any army), and its
words are a person title ("General") and a generic head ("Command"), so the span links to
nothing and is no mention at all. A reader takes it for the army the document is about.

The rule: a capitalised "General Command" (or "High Command", "Supreme Command": القيادة
العليا), definite ("the General Command") and not followed by "of" (then its complement says
whose command it is, and is linked on its own), refers to the one army the document links
elsewhere, before or after it: an organisation whose English name ends in a military head
(:data:`~normx.resolve.armies.MILITARY_HEADS`, "Army", "Armed Forces") or whose Arabic name
opens with one (الجيش, القوات المسلحة). With no army linked, or two (the Algerian army named
beside the Libyan one), it stays unlinked, as before. The mention is a coreference (method
``coref``) with the army's mention as its antecedent.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from normx.resolve.armies import MILITARY_HEADS
from normx.resolve.document import Mention
from normx.resolve.generic import arabic_words
from normx.text.latin import fold

if TYPE_CHECKING:
    from normx.resolve.runtime import Runtime

# "the General Command", not "... of the Libyan Arab Armed Forces" (its complement says whose)
_COMMAND = re.compile(r"\b[Tt]he ((?:General|High|Supreme) Command)\b(?![-\w])(?!\s+of\b)")
# an army's Arabic heads, as arabic_words gives them (article dropped): الجيش, القوات المسلحة
ARABIC_MILITARY_HEADS: tuple[tuple[str, ...], ...] = tuple(
    arabic_words(h) for h in ("الجيش", "القوات المسلحة")
)


def is_army(english_names: Sequence[str], arabic_names: Sequence[tuple[str, ...]]) -> bool:
    """An organisation is an army: an English name ends in a military head ("Libyan National
    Army", "Egyptian Armed Forces") or an Arabic name opens with one (الجيش الوطني الليبي)."""
    for name in english_names:
        words = tuple(fold(name).replace("-", " ").split())
        if any(len(words) > len(h) and words[-len(h) :] == h for h in MILITARY_HEADS):
            return True
    return any(
        len(name) > len(h) and name[: len(h)] == h
        for name in arabic_names
        for h in ARABIC_MILITARY_HEADS
    )


def army_record(rt: Runtime) -> Callable[[str], bool]:
    """Whether a loaded record id is an army's (:func:`is_army` of its names)."""

    def army(record_id: str) -> bool:
        rec = rt.normalizer.by_id.get(record_id)
        return rec is not None and is_army(rec.names("en"), rt.arabic_names(record_id))

    return army


def army_commands(
    text: str,
    mentions: tuple[Mention, ...],
    army: Callable[[str], bool],
) -> tuple[Mention, ...]:
    """*mentions* with each free "the General Command" linked to the document's one army
    (see the module docstring); *army* says whether a record id is an army's."""
    hits = list(_COMMAND.finditer(text))
    if not hits:
        return mentions
    armies: dict[str, Mention] = {}
    for m in mentions:
        if m.id is not None and m.type == "ORG" and m.id not in armies and army(m.id):
            armies[m.id] = m
    if len(armies) != 1:
        return mentions
    ante = next(iter(armies.values()))
    added, replaced = [], set()
    for hit in hits:
        start, end = hit.span(1)
        over = [k for k, m in enumerate(mentions) if m.start < end and start < m.end]
        # only an unlinked name inside the phrase gives way ("High Command" read as a name)
        if any(
            mentions[k].id is not None or mentions[k].start < start or mentions[k].end > end
            for k in over
        ):
            continue
        replaced.update(over)
        evidence = {
            "antecedent": {"text": ante.text, "start": ante.start},
            "matched": ante.canonical,
            "command_of": ante.canonical,
        }
        added.append(
            Mention(
                start,
                end,
                text[start:end],
                ante.id,
                ante.canonical,
                ante.type,
                ante.score,
                "coref",
                evidence,
            )
        )
    if not added:
        return mentions
    kept = [m for k, m in enumerate(mentions) if k not in replaced]
    return tuple(sorted((*kept, *added), key=lambda m: (m.start, m.end)))
