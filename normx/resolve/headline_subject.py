"""The bodies a report's headline names: its subject, what a bare head noun means when the text
alone cannot tell two bodies of that head apart.

Arabic news names its subject in the headline ("The Presidential Council dismisses
Al-Siddiq Al-Kabeer ...", "... and the Centre of Disease Control announces the arrival of the
doses") and then calls it by its head noun alone ("the Council", "the Centre"), while other
bodies with that head come and go in the body of the text. :mod:`normx.resolve.bare_head`
keeps the body a bare noun has settled on (two uses) against a newcomer named once; one use is
enough when that body is the headline's: "the Ministry" after "The Ministry of Education
announces ..." goes on meaning it though the Ministry of Higher Education is named once in
passing since (articles-v23; the rule agreed with the gold in every open set where it acted).
The body named in the noun's own sentence still comes first (:func:`subject_of`).

The headline is the text's first line when more lines follow; a text of one line has none.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from normx.resolve.coref import Antecedent

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.segment import Seg


def headline_ids(
    text: str, antecedents: Iterable[Antecedent], start_of: Callable[[Antecedent], int]
) -> frozenset[str]:
    """Ids of the organisations the antecedents name on the headline of *text*."""
    end = text.find("\n")
    if end < 0 or not text[end:].strip():
        return frozenset()
    return frozenset(a.cand.id for a in antecedents if a.cand.type == "ORG" and start_of(a) < end)


def subject_of(
    linker: SpanLinker,
    segs: Sequence[Seg],
    pos: int,
    found: tuple[Antecedent, tuple[str, ...]] | None,
    subject: frozenset[str],
) -> frozenset[str]:
    """The headline's bodies that may outrank *found* for the bare noun of ``segs[pos]``: none
    when *found* is named in the noun's own sentence ("The head of the Presidency Council
    ... called ..., and the Council said": that Council, whatever the headline names)."""
    if found is None or not subject:
        return subject
    tokens = linker.tokens
    last = segs[found[0].position].last
    if not any(t.sent_start for t in tokens[last + 1 : segs[pos].first + 1]):
        return frozenset()
    return subject
