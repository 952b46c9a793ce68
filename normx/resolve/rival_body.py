"""A short body name that two bodies of the document both answer to: the matcher's choice, or none.

Coreference (:mod:`normx.resolve.coref`) gives a partial name the nearest entity named before
whose words cover it. For persons the nearest is the right guess (a report moves from one man
to the next); for bodies a short name is often a head and a rank word that several bodies of
one document share: "the Supreme Council" after both the Amazigh Supreme Council and the
Supreme Council of State (المجلس الأعلى, the head both Arabic names open with). The nearest
of the two is then chance. What does tell them apart is the gazetteer: the matcher, asked
about the words alone, ranks the body whose own name spells them first (the *Amazigh Supreme
Council* holds "Supreme Council"; the High Council of State holds only "Council"). So:

* another organisation named earlier in the document that also covers the words is a rival;
* with rivals, the body the matcher chose for the words wins if it is one of them (or the
  nearest itself);
* otherwise nothing the text says decides, and the partial name stays unlinked.

Persons and places are not judged so, nor a partial name only one body covers.
"""

from __future__ import annotations

from collections.abc import Sequence

from normx.match.candidate import Candidate
from normx.resolve.coref import Antecedent, Antecedents, covers
from normx.text.normalize import NameToken


def rival_bodies(
    index: Antecedents, position: int, query: tuple[NameToken, ...], chosen: Antecedent
) -> list[str]:
    """The other organisations named before *position* whose words cover *query*."""
    if chosen.cand.type != "ORG" or not query:
        return []
    out = []
    for eid, first in index.first.items():
        if eid == chosen.cand.id or first.cand.type != "ORG":
            continue
        if index.positions[eid][0] >= position:
            continue
        if covers(query, index.words[eid]):
            out.append(eid)
    return out


def settle_body(
    index: Antecedents,
    position: int,
    query: tuple[NameToken, ...],
    chosen: Antecedent | None,
    matched: Candidate | None,
) -> Antecedent | None:
    """*chosen* (coreference's nearest antecedent) unless another body of the document covers
    the words too: then the latest earlier mention of the body the matcher chose (*matched*),
    if it is one of them, or None (see the module docstring)."""
    if chosen is None:
        return None
    rivals = rival_bodies(index, position, query, chosen)
    if not rivals:
        return chosen
    if matched is None or matched.id not in (chosen.cand.id, *rivals):
        return None
    if matched.id == chosen.cand.id:
        return chosen
    return _latest_before(index, matched.id, position)


def _latest_before(index: Antecedents, eid: str, position: int) -> Antecedent | None:
    before: Sequence[int] = [p for p in index.positions[eid] if p < position]
    return index.by_position[before[-1]] if before else None
