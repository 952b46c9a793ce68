"""An acronym and the lower-case words naming one of its bodies: "the U.N. refugee agency".

Wire copy names a body by its parent's acronym and a lower-case description ending in a body
head noun: "the U.N. refugee agency" (UNHCR), "the U.N. migration agency" (IOM), "the EU
border agency" (Frontex). The tokenizer keeps only the acronym, which links to the parent,
and the body meant is missed. Gazetteers hold such phrases as aliases, spelled with the bare
acronym ("UN Refugee Agency"). So when a linked acronym is followed by one to three lower-case
words the last of which is a body head noun (``body_heads``), the acronym without its dots
and the words are asked of the matcher; a sure, clear winner that is another organisation is
the mention of the whole phrase. Otherwise the acronym's own link stands, and so it does when
the body's name stands beside the phrase in apposition ("the U.N. refugee agency, UNHCR,
said", "UNHCR, the U.N. refugee agency, has flown"): the name is the body's mention there,
and the acronym the parent's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from normx.match.candidate import Candidate, clear_best
from normx.resolve.document import Mention, joined_mention

SURE = 0.95  # the phrase must be a name the gazetteer spells (an alias), nearly exactly
MARGIN = 0.05  # ... and this far ahead of the next body
_WORDS = re.compile(r"[ \t]+[a-z]+(?:[ \t]+[a-z]+){0,2}")
_WORD = re.compile(r"[a-z]+")
_APPOSITIVE = re.compile(r",[ \t]*[A-Z]")
_AFTER_NAME = re.compile(r"[A-Z]\w*,[ \t]+(?:the[ \t]+)?$")


def descriptors_joined(
    text: str,
    mentions: Sequence[Mention],
    match: Callable[[str], list[Candidate]],
    heads: Collection[str],
) -> tuple[Mention, ...]:
    """*mentions* with each linked acronym and its lower-case descriptor read as the body the
    gazetteer names so (see the module docstring)."""
    out: list[Mention] | None = None
    for k, m in enumerate(mentions):
        joined = _joined(text, m, match, heads)
        if joined is not None and (k + 1 >= len(mentions) or mentions[k + 1].start >= joined.end):
            if out is None:
                out = list(mentions[:k])
            out.append(joined)
        elif out is not None:
            out.append(m)
    return tuple(mentions) if out is None else tuple(out)


def _joined(
    text: str, m: Mention, match: Callable[[str], list[Candidate]], heads: Collection[str]
) -> Mention | None:
    """The mention of acronym *m* and the lower-case words after it up to a body head, when
    the gazetteer surely and clearly names another body so and no name in apposition says
    which body is meant; None otherwise."""
    if m.id is None or m.type != "ORG" or m.method != "acronym":
        return None
    found = _WORDS.match(text, m.end)
    if found is None:
        return None
    words = list(_WORD.finditer(text, m.end, found.end()))
    last = next((w for w in words if w.group() in heads), None)
    if last is None:
        return None
    if _APPOSITIVE.match(text, last.end()) or _AFTER_NAME.search(
        text, max(0, m.start - 40), m.start
    ):
        return None  # "the U.N. refugee agency, UNHCR,", "UNHCR, the U.N. refugee agency,"
    phrase = text[words[0].start() : last.end()]
    acronym = m.text.replace(".", "")
    hits = [c for c in match(f"{acronym} {phrase}") if c.type == "ORG"]
    best = clear_best(hits, SURE, MARGIN)
    if best is None or best.id == m.id:
        return None
    return joined_mention(text, m.start, last.end(), best, "descriptor_of", m.id)
