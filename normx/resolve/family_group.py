"""A family name before a lower-case noun of a family is the family, none of its members.

"In the shadow of the Haftar clan", "the Gaddafi family", "the Assad dynasty": the surname
modifies a noun of a kin group, and the phrase names the group, whose members the article may
name one by one ("Belkacem Haftar", "Saddam Haftar"). Coreference would give the bare surname
to one of them, the nearest or, in a headline, the first the article goes on to name
(:mod:`normx.resolve.coref`); no one of them is meant. So a one-word link to a person, followed
in lower case by a word of ``groups`` in ``data/family_words.yaml`` ("clan", "family"), is no
link. The possessive ("Haftar's family") stays the person: the family there is his.
(Places before a descent group's noun are judged apart:
:func:`~normx.resolve.references._of_a_kin_group`.)
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from normx.detect.tokens import lower_word_after
from normx.match.candidate import Candidate
from normx.text.latin import fold
from normx.text.resources import package_data

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.segment import Seg


@cache
def group_words() -> frozenset[str]:
    """The nouns of a family or kin group (``groups`` of ``data/family_words.yaml``)."""
    data = package_data("normx.resolve", "family_words.yaml")
    return frozenset(fold(str(w)) for w in data.get("groups") or ())


def names_a_family(linker: SpanLinker, seg: Seg, cand: Candidate | None, forms: list[str]) -> bool:
    """*cand* is a person linked from one word (*forms*, the segment's name words) that a
    lower-case family noun follows ("the Haftar clan")."""
    if cand is None or cand.type != "PER" or len(forms) != 1 or seg.phrase:
        return False
    last = linker.tokens[seg.last]
    if last.possessive:
        return False
    return lower_word_after(linker.text, last.end) in group_words()
