"""A place the text's word spells letter for letter, vowels aside, outranks a place that only
shares its sound key.

"Zlitan" is Zliten (زليتن) with one vowel written otherwise: the matcher aligns the two words
letter by letter, sound class by sound class (its ``vowels`` pairing, 0.954). Zulten (زلطن, a
town on the Tunisian border) shares the word's phonetic key ZLTN and nothing finer: a vowel
inserted after the first letter, another dropped after the second (its ``key`` pairing,
0.925). The two scores fall inside the decision's margin, and among 40,000 places the word was
left unlinked as a tie of two towns of note (six right links in five sets: v6, v9, v16, v26,
v38 twice). A key is what two spellings of one name share and also what two names share; an
alignment of the letters themselves is the finer evidence, and a reader who sees "Zlitan"
reads Zliten, not a town whose vowels sit elsewhere.

So for a lone word, when the best candidate is a place matched by likeness in Latin letters
whose one word pair is aligned letter for letter (``vowels``), the rival places matched only by
the sound key (every pair ``key``) and scored lower are no rivals. Rivals aligned as finely,
rivals across scripts, persons and bodies stay rivals; several words are not judged.
"""

from __future__ import annotations

from normx.match.candidate import LATIN_LIKENESS_METHODS, Candidate

__all__ = ["key_rivals_dropped"]


def _hows(cand: Candidate) -> list[str]:
    return [str(p.get("how")) for p in cand.explain.get("pairs") or ()]


def key_rivals_dropped(best: Candidate, close: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """*close* without the places that share only the sound key of the lone word *best*
    aligns letter for letter (see the module docstring)."""
    if best.type != "LOC" or best.method not in LATIN_LIKENESS_METHODS or _hows(best) != ["vowels"]:
        return close
    return tuple(
        c
        for c in close
        if not (
            c.type == "LOC"
            and c.method in LATIN_LIKENESS_METHODS
            and c.score < best.score
            and (hows := _hows(c))
            and all(h == "key" for h in hows)
        )
    )
