"""A body known by a numeric label: "5+5" for the Joint Military Commission.

Some bodies are called by the numbers of their make-up: the 5+5 Joint Military Commission
(five officers from each side), and the press writes the label alone, in brackets after the
translated name ("the Joint Military Committee (5+5)") or quoted ('known as "5+5"'). The
detector looks for capitalised words, and a label of digits has none: it is never a span.

So each label of digits joined by "+" that no mention covers is read as a body's: the one
body the document links elsewhere whose English name holds the label as a word (the
translated name before the brackets), else the body the matcher finds for the label with a
score that decides (its threshold), no rival close, and an English name holding the label. A
label no such name holds ("a 3+1 formula") stays text, and one opening a mention of the body
("5+5 Joint Military Commission", whose other words the detector took) is that mention's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from normx.match.candidate import Candidate, clear_best
from normx.match.score import NO_MATCH_THRESHOLD
from normx.resolve.document import Mention

MARGIN = 0.05  # no second candidate this close
COREF = "coref"  # the method of a name resolved to an entity the document names
_LABEL = re.compile(r"(?<![\w+])\d+(?:\+\d+)+(?![\w+])")


def number_labels(
    text: str,
    mentions: tuple[Mention, ...],
    match: Callable[[str], Sequence[Candidate]],
    english_names: Callable[[str], tuple[str, ...]],
) -> tuple[Mention, ...]:
    """*mentions* with a mention added for each numeric label a body's name holds (see the
    module), in text order; *english_names* gives a record's English names."""
    if "+" not in text:
        return mentions
    added: list[Mention] = []
    for found in _LABEL.finditer(text):
        start, end = found.span()
        if any(m.start < end and start < m.end for m in mentions):
            continue
        label = found.group()
        mention = _named_in_document(label, start, mentions, english_names)
        if mention is None:
            mention = _matched(label, start, match)
        if mention is None or any(
            m.id == mention.id and _beside(text, end, m.start) for m in mentions
        ):
            continue  # "5+5 Joint Military Commission": the name's own first word
        added.append(mention)
    if not added:
        return mentions
    return tuple(sorted((*mentions, *added), key=lambda m: (m.start, m.end)))


def _holds(names: tuple[str, ...], label: str) -> bool:
    return any(label in name.split() for name in names)


def _named_in_document(
    label: str,
    start: int,
    mentions: tuple[Mention, ...],
    english_names: Callable[[str], tuple[str, ...]],
) -> Mention | None:
    """The label as the one body the document links whose English name holds it."""
    bodies = {
        m.id: m
        for m in mentions
        if m.id is not None and m.type != "PER" and _holds(english_names(m.id), label)
    }
    if len(bodies) != 1:
        return None
    (body,) = bodies.values()
    assert body.id is not None
    evidence = {"number_label": label, "antecedent": {"text": body.text, "start": body.start}}
    end = start + len(label)
    return Mention(
        start, end, label, body.id, body.canonical, body.type, body.score, COREF, evidence
    )


def _matched(label: str, start: int, match: Callable[[str], Sequence[Candidate]]) -> Mention | None:
    """The label as the body the matcher finds for it, named with the label."""
    best = clear_best(match(label), NO_MATCH_THRESHOLD, MARGIN)
    if best is None or best.type == "PER" or label not in best.name.split():
        return None
    evidence = {"number_label": label, "matched": best.matched}
    end = start + len(label)
    return Mention(
        start, end, label, best.id, best.name, best.type, best.score, best.method, evidence
    )


def _beside(text: str, end: int, start: int) -> bool:
    """The label ending at *end* is the first word of the name starting at *start*."""
    return start > end and not text[end:start].strip(" \t")
