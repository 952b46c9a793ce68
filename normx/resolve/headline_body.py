"""A bare head noun means the document's own body of that kind, not one named once in passing.

A report about one ministry names it in the headline and the lead ("The Ministry of Justice
receives the prison...", "The Ministry of Justice in the Government of National Unity
announced..."), and then calls it "the Ministry"; another ministry named once near the end
("the Ministry of Interior announced patrols") does not take the word over: "It is noteworthy
that the Ministry had announced a plan to build a central prison" is still the document's
subject. Coreference of a bare head (:func:`~normx.resolve.generic.find_body`) picks the body
most recently named with a matching head, and :mod:`normx.resolve.bare_head` keeps a head the
bare noun already settled on; neither knows the subject when it is a body no gazetteer holds
(a kind-of-body phrase such as "Ministry of Justice" is no segment, so no antecedent at all).

Here: when the headline names a body with the bare noun as its head ("Ministry of Justice",
"Justice Ministry"), written the same way at least :data:`SUBJECT_MENTIONS` times before the
mention, and the body found is another one, named in full only once and not in the mention's
sentence, the bare noun is the headline's body: its latest mention when one is linked, else
the unknown body (no link).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from normx.detect.lexicon import function_words
from normx.resolve.antecedent_positions import named_before
from normx.resolve.coref import Antecedent
from normx.resolve.segment import Seg

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker

SUBJECT_MENTIONS = 2  # full mentions that make the headline's body the document's subject
_NAME = r"[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’-]*)*"

GLUE = function_words("headline_glue")  # connectors.yaml, function_word_sets: headline_glue

Found = tuple[Antecedent, tuple[str, ...]]


def _headline_names(headline: str, noun: str) -> set[str]:
    """The names in *headline* headed by *noun* as written ("Ministry of Justice")."""
    head = re.escape(noun)
    pattern = rf"\b{head}\s+of\s+(?:the\s+)?{_NAME}|\b[A-Z][\w'’-]*\s+{head}\b"
    return {m.group(0) for m in re.finditer(pattern, headline)}


def _shares_words(name: str, surface: str, noun: str) -> bool:
    """Whether the headline's *name* and the body found (*surface*) share a word besides the
    head *noun* and function words: then they may be one body written two ways."""

    def words(text: str) -> set[str]:
        return {w.lower() for w in re.findall(r"[\w'’-]+", text)} - {noun.lower(), *GLUE}

    return bool(words(name) & words(surface))


def headline_body(
    linker: SpanLinker,
    segs: Sequence[Seg],
    pos: int,
    found: Found | None,
    antecedents: Sequence[Antecedent],
) -> Found | None:
    """*found*, or the headline's body the bare noun of ``segs[pos]`` means (see the module
    docstring): its latest antecedent when linked, None when it is an unknown body."""
    if found is None:
        return found
    text, tokens = linker.text, linker.tokens
    end = text.find("\n")
    seg = segs[pos]
    start = tokens[seg.first].start
    if end < 0 or start <= end:
        return found
    noun = text[start : tokens[seg.last].end].capitalize()
    names = _headline_names(text[:end], noun)
    if len(names) != 1:
        return found
    name = next(iter(names))
    if text[:start].count(name) < SUBJECT_MENTIONS:
        return found
    ante = found[0]
    full = named_before(antecedents, ante.cand.id, pos)  # antecedent_positions.py
    if len(full) > 1 or any(_shares_words(name, a.surface, noun) for a in (ante, *full)):
        return found  # "Fact-Finding Mission" of "Independent Fact-Finding Mission on Libya"
    last = segs[ante.position].last
    if not any(t.sent_start for t in tokens[last + 1 : seg.first + 1]):
        return found  # named in the mention's own sentence: that one
    subject = [a for a in antecedents if a.position < pos and a.surface == name]
    return (subject[-1], found[1]) if subject else None
