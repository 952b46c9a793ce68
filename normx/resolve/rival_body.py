"""A short body name that two bodies of the document answer to: the one the matcher chooses.

Coreference (:mod:`normx.resolve.coref`) gives a partial name the nearest entity named before
whose words cover it. For persons the nearest is the right guess (a report moves from one man
to the next); for bodies a short name is often a head and a rank word that several bodies of
one document share: "the Supreme Council" after both the Amazigh Supreme Council and the
Supreme Council of State (المجلس الأعلى, the head both Arabic names open with). The nearest
of the two is then chance. What does tell them apart is the gazetteer: the matcher, asked
about the words alone, ranks the body whose own name spells them first (the *Amazigh Supreme
Council* holds "Supreme Council"; the High Council of State holds only "Council"). So:

* another organisation named earlier in the document whose own names (not the words the
  document wrote for it, which may run into a neighbouring name) also cover the words is a
  rival;
* with rivals, the body the matcher chose for the words alone wins if it is one of them;
* otherwise coreference's nearest stands: when the matcher cannot tell the bodies apart either
  ("the Crescent" ~ four Red Crescent societies), the one the document just named is the best
  guess (measured: leaving such names unlinked lost "the Crescent" after the Libyan Red
  Crescent, and "Accord" after the Government of National Accord, to bodies whose longer
  names also hold the word).

Persons and places are not judged so, nor a partial name only one body covers.
"""

from __future__ import annotations

from normx.match.candidate import Candidate
from normx.resolve.coref import Antecedent, Antecedents, covers
from normx.text.normalize import NameToken


def rival_bodies(
    index: Antecedents, position: int, query: tuple[NameToken, ...], chosen: Antecedent
) -> list[str]:
    """The other organisations named before *position* whose names' words cover *query*."""
    if chosen.cand.type != "ORG" or not query:
        return []
    out = []
    for eid, first in index.first.items():
        if eid == chosen.cand.id or first.cand.type != "ORG":
            continue
        if index.positions[eid][0] >= position:
            continue
        if covers(query, first.words):  # its names' words, not those the text wrote for it
            out.append(eid)
    return out


def settle_body(
    index: Antecedents,
    position: int,
    query: tuple[NameToken, ...],
    chosen: Antecedent | None,
    matched: Candidate | None,
) -> Antecedent | None:
    """*chosen* (coreference's nearest antecedent), unless the body the matcher chose for the
    words (*matched*) is another organisation of the document that covers them too: then that
    body's latest mention before *position* (see the module docstring)."""
    if chosen is None or matched is None or matched.id == chosen.cand.id:
        return chosen
    if matched.id not in rival_bodies(index, position, query, chosen):
        return chosen
    before = [p for p in index.positions[matched.id] if p < position]
    return index.by_position[before[-1]] if before else chosen
