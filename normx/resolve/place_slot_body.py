"""A lone word in a place's slot is no loose likeness of a body's name.

"the transfer of Seif al-Islam to La Haye": after a preposition of place ("to", "in", "from",
:data:`~normx.detect.lexicon.Lexicon.locative`), with at most an article between ("La", "Le",
"Al", "the"), the text names a place. A lone word there that reaches an organisation only by a
fuzzy likeness of spelling ("Haye" ~ Huawei) has two things against it at once: the evidence is
the weakest the matcher gives (not a spelling variant, a shared run of letters), and the type is
the wrong one for the slot. Either alone may be borne (a company "in Huawei" is odd, but "Haye"
could be a misspelt body after "to" in "appealed to ..."); together they are chance, and the
word is left an unknown name (a French exonym, here, of The Hague).

Only one-word segments linked by the ``fuzzy`` method to an ORG are judged; exact, normalised,
phonetic and gloss links, persons and places keep theirs. Nor is a word a body's head noun
follows ("to the Saeqa forces": the text says it is a body), nor the repeat of a body the
document links elsewhere ("Al-Saeqa" before): the text has then told the reader which body it
means, and the word is its short form. Nor is a people's record ("belongs to the Tawariq of
Awbari", the Arabic plural of Tuareg): a people is named after "to" and "from" as a place is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from normx.detect.tokens import lower_word_after
from normx.gazetteer.peoples import is_people_name
from normx.resolve.segment import Resolved

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime

FUZZY = "fuzzy"
_BEFORE = re.compile(r"\b([a-z]+)[ \t]+(?:(?:La|Le|Les|Al|El|al|el|the|The)[ \t]+)?$")


def in_place_slot(text: str, start: int, locative: frozenset[str]) -> bool:
    """The word before *start* (an article aside) is a preposition of place."""
    m = _BEFORE.search(text, max(0, start - 30), start)
    return m is not None and m.group(1) in locative


def place_slot_bodies_unlinked(
    linker: SpanLinker, rt: Runtime, resolved: list[Resolved]
) -> list[Resolved]:
    """*resolved* with each lone word in a place slot that reached a body only fuzzily
    unlinked (see the module docstring)."""
    out = resolved
    tokens = linker.tokens
    heads = rt.lex.body_heads | rt.lex.unit_heads
    for k, (seg, cand, evidence) in enumerate(resolved):
        if cand is None or cand.type != "ORG" or cand.method != FUZZY or seg.first != seg.last:
            continue
        if is_people_name(cand.name):
            continue  # "belongs to the Tawariq": a people is what such a slot names too
        if not in_place_slot(linker.text, tokens[seg.first].start, rt.lex.locative):
            continue
        if lower_word_after(linker.text, tokens[seg.last].end) in heads:
            continue  # "the Saeqa forces": a body, by its head
        if any(
            j != k and c is not None and c.id == cand.id for j, (_, c, _) in enumerate(resolved)
        ):
            continue  # the document links the body elsewhere: this is its short form
        if out is resolved:
            out = list(resolved)
        out[k] = (seg, None, {**evidence, "place_slot_of": cand.id})
    return out
