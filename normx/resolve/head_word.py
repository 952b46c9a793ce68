"""A lone noun goes to the entity whose name it heads, not one it only qualifies.

A document names the Great Man-Made River (the water project) and the authority that runs it
("the Authority for the Implementation and Management of the Man-Made River Project", "the
River Authority"), and then says "the River". Coreference by shared words picks the most
recent entity whose words hold "River", which is the authority: there the word only
qualifies the name's head (Project, Authority), as the Arabic النهر qualifies جهاز ... مشروع
النهر. A bare noun repeats a name's head: "the River" is the one entity the document wrote
with "River" as its last word. The rule changes coreference's choice only when the word
stands before the end of every name the document wrote for the chosen entity, and exactly
one other entity named before wrote it last. A name written "<Head> of <complement>" is
headed by the word before "of": "the Authority of the Man-Made River" qualifies its head with
"River", as "the River Authority" does.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from normx.resolve.run_head import head_index
from normx.text.latin import fold

if TYPE_CHECKING:
    from normx.resolve.coref import Antecedent, Antecedents


class _Heads:
    """One document's antecedents by the head word of their written names, and the first
    position at which each entity was written with each word: built once per document, so a
    look-up is a bisection, not a scan of every earlier mention (a long document, issue 4).

    Per head word: the positions written with it (sorted), the antecedent at each, how many
    distinct entities the positions up to each hold, and each entity's first such position.
    """

    __slots__ = ("distinct", "first_head", "first_said", "heads", "positions")

    def __init__(self, index: Antecedents) -> None:
        self.positions: dict[str, list[int]] = {}
        self.heads: dict[str, list[Antecedent]] = {}
        self.distinct: dict[str, list[int]] = {}
        self.first_head: dict[tuple[str, str], int] = {}  # (head word, entity) -> position
        self.first_said: dict[tuple[str, str], int] = {}  # (word, entity) -> position
        for p, ante in sorted(index.by_position.items()):
            eid = ante.cand.id
            words, head = _written(ante.surface)
            for w in words:
                self.first_said.setdefault((w, eid), p)
            if head is None:
                continue
            seen = self.positions.setdefault(head, [])
            counts = self.distinct.setdefault(head, [])
            new = (head, eid) not in self.first_head
            if new:
                self.first_head[(head, eid)] = p
            seen.append(p)
            self.heads.setdefault(head, []).append(ante)
            counts.append((counts[-1] if counts else 0) + new)


_HEADS: WeakKeyDictionary[Antecedents, _Heads] = WeakKeyDictionary()
_NEVER = float("inf")


def headed_by_word(
    index: Antecedents, position: int, forms: Sequence[str], chosen: Antecedent | None
) -> Antecedent | None:
    """*chosen*, or the one entity named before *position* whose written name ends in the
    lone word *forms* when *chosen*'s names hold that word only inside (module docstring)."""
    if chosen is None or len(forms) != 1:
        return chosen
    word = forms[0]
    heads = _HEADS.get(index)
    if heads is None:
        heads = _HEADS[index] = _Heads(index)
    positions = heads.positions.get(word)
    if positions is None:
        return chosen  # no entity named before ends in the word
    i = bisect_left(positions, position)  # the mentions ending in the word before position
    eid = chosen.cand.id
    if i == 0 or heads.first_head.get((word, eid), _NEVER) < position:
        return chosen  # none, or the chosen entity is one of them
    if heads.distinct[word][i - 1] != 1:
        return chosen  # more than one entity ends in the word
    if heads.first_said.get((word, eid), _NEVER) >= position:
        return chosen  # the chosen entity's names before never hold the word
    return heads.heads[word][i - 1]  # the one entity's latest mention ending in the word


@lru_cache(maxsize=16384)
def _written(surface: str) -> tuple[tuple[str, ...], str | None]:
    """The folded words of a written name and its head word (None: no words); remembered
    per spelling, as news writes the same names in every document."""
    words = fold(surface).replace("-", " ").split()
    return tuple(words), (words[head_index(words)] if words else None)
