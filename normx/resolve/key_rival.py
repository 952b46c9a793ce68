"""A place the text's lone word spells letter for letter, vowels aside, outranks places that
only share its sound key: the last word on a tie nothing else settled.

"Zlitan" is Zliten (زليتن) with one vowel written otherwise: the matcher aligns the two words
letter by letter, sound class by sound class (its ``vowels`` pairing, 0.945). Zulten (زلطن, a
town on the Tunisian border) shares the word's phonetic key ZLTN and nothing finer: a vowel
inserted after the first letter, another dropped after the second (its ``key`` pairing,
0.911). The two scores fall inside the decision's margin, and among 40,000 places the word was
left unlinked as a tie of two towns of note (six right links in five sets: v6, v9, v16, v26,
v38 twice). A key is what two spellings of one name share and also what two names share; an
alignment of the letters themselves is the finer evidence, and a reader who sees "Zlitan"
reads Zliten, not a town whose vowels sit elsewhere.

The rule is weaker evidence than any other that settles a tie, so it has the last word. The
decision marks a lone word's tie that its own rules (a feature, a spelled name, a town of note:
:func:`~normx.resolve.twin_standing.note_of_the_town`) left standing, and
``references.resolve_references`` links it by this rule only when the document's evidence
found nothing either (an antecedent the text named, a namesake linked or said elsewhere, a
seat): the user's Idri, identified with a shipped town of note, keeps "Idrie" although the word
spells the user's Edrie out, and "Darnah" after "Derna" is the town the text named. And it
decides only when it settles the whole tie: the winner is a place matched by likeness in Latin
letters whose one word pair is ``vowels``, and every other tied candidate is a place matched by
likeness in Latin letters, scored lower, whose every pair is ``key``. A rival aligned as
finely stays a rival, so two records of one name and one kind (duplicates such as two Tunisia
records, both ``vowels`` to "Tunisie") keep their tie, and a key-only rival beside them
("Tunis") does not break it; rivals across scripts, persons and bodies are left to their own
rules, and several words are not judged.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from normx.match.candidate import LATIN_LIKENESS_METHODS, Candidate

if TYPE_CHECKING:
    from normx.resolve.segment import Seg

__all__ = ["KEY_RIVAL", "key_rival_choice", "key_rival_of"]

KEY_RIVAL = "_key_rival"  # Seg.extra (private: "_"): a lone word's tie the decision left standing


def _hows(cand: Candidate) -> list[str]:
    return [str(p.get("how")) for p in cand.explain.get("pairs") or ()]


def _key_only(cand: Candidate, best: Candidate) -> bool:
    hows = _hows(cand)
    return (
        cand.type == "LOC"
        and cand.method in LATIN_LIKENESS_METHODS
        and cand.score < best.score
        and bool(hows)
        and all(h == "key" for h in hows)
    )


def key_rival_choice(best: Candidate, close: Sequence[Candidate]) -> Candidate | None:
    """*best*, when the lone word aligns with it letter for letter and every rival in *close*
    shares only its sound key; otherwise None, the tie stands (see the module docstring)."""
    if best.type != "LOC" or best.method not in LATIN_LIKENESS_METHODS or _hows(best) != ["vowels"]:
        return None
    rivals = [c for c in close if c.id != best.id]
    if not rivals or not all(_key_only(c, best) for c in rivals):
        return None
    return best


def key_rival_of(seg: Seg) -> Candidate | None:
    """The candidate the rule links an unlinked segment's tie to, or None: only a tie the
    decision marked (:data:`KEY_RIVAL`), read as it stands now (see the module docstring)."""
    if not seg.extra.get(KEY_RIVAL) or seg.phrase or seg.generic or len(seg.ambiguous) < 2:
        return None
    return key_rival_choice(seg.ambiguous[0], seg.ambiguous[1:])
