"""A father's name inside his son's chain: the father, not the son.

An Arabic full name is a chain: the given name, then the father's given name, then the
family's (DOMAIN.md: نسب). A son's full name therefore carries his father's whole name after
his own given name: "Mahamat Idriss Déby Itno" is Mahamat, son of Idriss Déby Itno; "Saddam
Khalifa Haftar" is Saddam, son of Khalifa Haftar. Two readings follow, one on each side of
the chain.

* :func:`fathers_by_chain`: a name written as a son's gazetteer name *without its first
  word* ("Idriss Deby Itno" against the alias "Mahamat Idriss Déby Itno") is the father's
  name, spelled out in full, not the son's name short of his given name. The matcher scores
  the son higher (three of his four words against two of the father's two and the text's
  three), so when another person candidate's name starts with the text's first word and every
  word of it is in the text ("Idriss Déby"), that person is meant.
* :func:`father_named_later`: a bare family name whose antecedent is a son the document
  introduced by such a chain ("Saddam Khalifa Haftar ... the forces of Haftar") means the
  father when the document also names the father in full, later ("... with Khalifa Haftar"),
  and the bare name is not in a paragraph that named the son: news names a son with his given
  name and the head of a family by his family name. :mod:`normx.resolve.name_chain` covers
  the father named *before* the bare name; this covers the father named after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.match.candidate import LATIN_LIKENESS_METHODS, Candidate
from normx.resolve.coref import Antecedent, Antecedents, spelled_alike
from normx.resolve.segment import Resolved, linked_evidence
from normx.resolve.spelled_article import SPELLED_METHODS
from normx.text.normalize import NAME, NameToken

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.relative_namesake import Relatives
    from normx.resolve.runtime import Runtime

MIN_CHAIN = 3  # the son's given name, the father's given name, the family name
# linked by the Latin spelling of the words (not a gloss, not an antecedent): the chain is read
# from the spelling
_MATCHED = SPELLED_METHODS | LATIN_LIKENESS_METHODS


def _names(words: tuple[NameToken, ...]) -> list[NameToken]:
    """The name words of an analysed name (particles and articles left out): the chain is
    counted in given names."""
    return [w for w in words if w.kind == NAME]


def _alike(a: NameToken, b: NameToken) -> bool:
    """Two name words spelled alike, as coreference compares them (the chain is matched
    across the transliterations of one name)."""
    return spelled_alike(a, (b,))


def _is_father_name(said: list[NameToken], son: list[NameToken]) -> bool:
    """*said* is *son*'s name without its first word (and *son*'s first word is not *said*'s)."""
    return (
        len(son) >= MIN_CHAIN
        and len(said) == len(son) - 1
        and all(_alike(w, s) for w, s in zip(said, son[1:], strict=True))
        and not _alike(said[0], son[0])
    )


def _names_father(said: list[NameToken], other: list[NameToken], son: list[NameToken]) -> bool:
    """*other* (a candidate's name) starts with *said*'s first word, has every word in *said*,
    and is not a name starting with the son's given name."""
    return (
        len(other) >= 2
        and _alike(other[0], said[0])
        and not _alike(other[0], son[0])
        and all(spelled_alike(o, said) for o in other)
    )


def fathers_by_chain(linker: SpanLinker, rt: Runtime, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* with each person linked by a son's name short of its given name relinked to
    the father that the candidates hold (see the module docstring)."""
    out: list[Resolved] = []
    for seg, cand, evidence in resolved:
        if (
            cand is not None
            and cand.type == "PER"
            and cand.method in _MATCHED
            and "antecedent" not in evidence
            and not (seg.phrase or seg.generic)
        ):
            father = _father(linker, rt, seg.first, seg.last, cand)
            if father is not None:
                evidence = linked_evidence(
                    evidence, {"father_in_chain_of": cand.id, "matched": father.matched}
                )
                cand = father
        out.append((seg, cand, evidence))
    return out


def _father(
    linker: SpanLinker, rt: Runtime, first: int, last: int, cand: Candidate
) -> Candidate | None:
    """The one other person the text's words ``first``..``last`` name in full when *cand*,
    the matcher's choice, holds them as its name short of the first word (the son's given
    name): the father. None when the words are not such a chain or two fathers answer."""
    said = _names(linker.core_words(first, last))
    son = _names(rt.core_words(cand.matched))
    if len(said) < 2 or not _is_father_name(said, son):
        return None
    query = linker.query_for(first, last)
    found = [
        c
        for c in (rt.match(query) if query else ())
        if c.type == "PER"
        and c.id != cand.id
        and _names_father(said, _names(rt.core_words(c.matched)), son)
    ]
    return found[0] if len({c.id for c in found}) == 1 else None


def father_named_later(
    index: Antecedents,
    position: int,
    query: tuple[NameToken, ...],
    found: Antecedent | None,
    doc: Relatives,
) -> Antecedent | None:
    """*found* (the antecedent chosen for a one-word *query* at *position*), or the father the
    document names in full after *position* when *found* was introduced by a chain naming
    him (see the module docstring)."""
    if found is None or len(query) != 1 or found.cand.type != "PER" or found.position > position:
        return found
    positions = index.positions[found.cand.id]
    chain = _names(index.by_position[positions[0]].surface_words)
    if len(chain) < MIN_CHAIN or not _alike(query[0], chain[-1]):
        return found
    here = doc.paragraph(position)
    if any(p < position and doc.paragraph(p) == here for p in positions):
        return found  # the paragraph is about the son
    fathers = []
    for eid, where in index.positions.items():
        if eid == found.cand.id or where[0] <= position:
            continue
        father = index.by_position[where[0]]
        words = _names(father.surface_words)
        if (
            father.cand.type == "PER"
            and len(words) >= 2
            and _alike(chain[-2], words[0])
            and _alike(chain[-1], words[-1])
            and not _alike(chain[0], words[0])
        ):
            fathers.append(father)
    return fathers[0] if len(fathers) == 1 else found
