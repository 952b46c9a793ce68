"""Two name words a closing ة apart: "Aqila" is not "Aqil".

Arabic makes many given names in pairs that differ only by a closing ta marbuta (ة): عقيل
and عقيلة, جميل and جميلة, نبيل and نبيلة, كريم and كريمة. English writes the ة as a final
"a" or "ah" (Aqila, Jamilah) and the bare form with its last consonant (Aqil, Jamil); the
phonetic key, which drops vowels, makes the two one word. They are two names, and a
translation writes the letter it reads: between two close candidates, the one whose word ends
as the text's does is the name meant. Under a large gazetteer the other is always there:
"Aqila Saleh" (Aguila Saleh Issa, عقيلة صالح عيسى) finds Aqil Saleh Nalouti close enough to
leave the name unlinked. Only a tie-break (:func:`~normx.resolve.person_rivals.ending_apart`):
English now and then adds an "a" to a bare name (Osama Hamad, أسامة حماد, is "Osama Hamada" in
the press), so a lone candidate a closing ة apart still stands.

Left out on purpose: a final "e" (French and Turkish write the ة so, Halime, and a French
"e" is often silent, Amine = Amin), "t" and "h" (Turkish and Persian write ة as t in a name:
Hikmet, Rahmat; a final h is the ة or a ه), and a final "i", "u" or "o" (other endings).
"""

from __future__ import annotations

from normx.text.phonetic import phonetic_key

_CONSONANT_END = frozenset("bcdfgjklmnpqrsvxz")


def _feminine_stem(form: str) -> str | None:
    """The word without a closing "a" or "ah" after a consonant (None otherwise)."""
    for ending in ("ah", "a"):
        stem = form[: -len(ending)]
        if form.endswith(ending) and len(stem) >= 2 and stem[-1] in _CONSONANT_END:
            return stem
    return None


def ta_marbuta_apart(a: str, b: str) -> bool:
    """Whether folded words *a* and *b* differ by a closing ة: one ends in "a"/"ah" after a
    consonant, the other in a consonant (not t or h), and their consonants are the same."""
    for fem, bare in ((a, b), (b, a)):
        stem = _feminine_stem(fem)
        if stem is None or not bare or bare[-1] not in _CONSONANT_END:
            continue
        if _feminine_stem(bare) is None and phonetic_key(stem) == phonetic_key(bare):
            return True
    return False


def pairs_ta_marbuta_apart(pairs: list[dict[str, object]]) -> bool:
    """Whether a word pair of a match's explanation (not spelled alike) is
    :func:`ta_marbuta_apart`."""
    return any(
        float(p.get("sim", 0.0)) < 1.0  # type: ignore[arg-type]
        and ta_marbuta_apart(str(p.get("query") or ""), str(p.get("name") or ""))
        for p in pairs
    )
