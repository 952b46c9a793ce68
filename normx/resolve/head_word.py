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

from collections.abc import Sequence
from typing import TYPE_CHECKING

from normx.resolve.run_head import head_index
from normx.text.latin import fold

if TYPE_CHECKING:
    from normx.resolve.coref import Antecedent, Antecedents


def headed_by_word(
    index: Antecedents, position: int, forms: Sequence[str], chosen: Antecedent | None
) -> Antecedent | None:
    """*chosen*, or the one entity named before *position* whose written name ends in the
    lone word *forms* when *chosen*'s names hold that word only inside (module docstring)."""
    if chosen is None or len(forms) != 1:
        return chosen
    word = forms[0]
    before = [a for p, a in sorted(index.by_position.items()) if p < position]
    ends: dict[str, Antecedent] = {}  # entity -> its latest mention written ending in the word
    for ante in before:
        words = _words(ante.surface)
        if words and words[head_index(words)] == word:
            ends[ante.cand.id] = ante
    if chosen.cand.id in ends or len(ends) != 1:
        return chosen
    if not any(word in _words(a.surface) for a in before if a.cand.id == chosen.cand.id):
        return chosen
    return next(iter(ends.values()))


def _words(surface: str) -> list[str]:
    return fold(surface).replace("-", " ").split()
