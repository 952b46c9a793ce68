"""A person's name word read by likeness in a way the person's own Arabic name rules out.

The phonetic key reads some Latin letters two ways, because European spellings of Arabic
names disagree: "ch" is kh in German (al-Chums) and sh in French (Bachagha), "c" is s or k,
"j" is j or y. So "Kanna" finds "Al-Chenna" as a spelling of the same name (read the German
way, Khenna), and among tens of thousands of names some man's family name is that close to
any unknown man's: "Ali Kanna" (علي كنة, an officer no list holds) links to Ali Al-Chenna.
But the gazetteer says how its own spelling is read: Ali Al-Chenna's Arabic name is علي الشنا,
sh, the French reading. A text that writes k (ك or ق) spells another Arabic letter, so another
name: a translation writes the consonants of the Arabic name, whatever vowels it guesses.

So, for a loose match to a person (phonetic or fuzzy, words paired by likeness) whose record
has Arabic names: a word of the gazetteer's name that the Arabic confirms (one of its readings
has the consonants of a word of the Arabic name, or of two adjacent words: عبد الحميد) and
that the text pairs by likeness (not spelled alike) must be read by the text's word the same
way; a text word none of whose readings has those consonants names someone else. The
consonants are compared coarsely, as translations of one Arabic letter vary: h is left out
(ح and ه are often unwritten: Fatallah for فتح الله), d, dh, th and z are one (ذ ض ظ: Nadouri
for الناظوري), j and g are one (Egyptian g for ج: Gamal). A word the Arabic does not confirm
(a nickname, a Western name whose Arabic spelling follows sound, not letters: Williams,
ويليامز) gives no evidence, nor does a record without an Arabic name, nor a match across
scripts (already read against the Arabic), nor a word spelled exactly as the gazetteer spells
it (the English name says it is the same).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise

from normx.match.candidate import LATIN_LIKENESS_METHODS, Candidate
from normx.text.normalize import analyse_name, core_tokens

ArabicNames = Callable[[str], tuple[tuple[str, ...], ...]]

LOOSE_LATIN = LATIN_LIKENESS_METHODS
_COARSE = str.maketrans({"Z": "T", "J": "K", "H": None})


def coarse(key: str) -> str:
    """A phonetic key with the classes translations of one Arabic letter confuse merged
    (see the module docstring), runs collapsed again."""
    out: list[str] = []
    for ch in key.translate(_COARSE):
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=65_536)
def latin_readings(form: str) -> frozenset[str]:
    """The coarse keys of every reading of a folded Latin word ("chenna": SN and KN)."""
    out: set[str] = set()
    for tok in core_tokens(analyse_name(form)):
        out |= {coarse(k) for k in (tok.key, *(k for _, k in tok.alts)) if k}
    return frozenset(out)


@lru_cache(maxsize=65_536)
def _arabic_keys(words: tuple[str, ...]) -> frozenset[str]:
    """The coarse keys of an Arabic name's words, and of each two adjacent words together."""
    tokens = core_tokens(analyse_name(" ".join(words)))
    keys: list[set[str]] = [
        {coarse(k) for k in (t.key, *(k for _, k in t.alts)) if k} for t in tokens
    ]
    out: set[str] = set().union(*keys) if keys else set()
    for a, b in pairwise(keys):
        out |= {coarse(x + y) for x in a for y in b}
    return frozenset(out)


def reading_ruled_out(cand: Candidate, arabic_names: ArabicNames | None) -> bool:
    """Whether a word of the text paired by likeness with a word of *cand*'s English name
    spells other consonants than the reading *cand*'s Arabic name confirms for that word
    (see the module docstring). Persons matched loosely in Latin only; False otherwise."""
    if cand.type != "PER" or cand.method not in LOOSE_LATIN or arabic_names is None:
        return False
    pairs = cand.explain.get("pairs") or ()
    loose = [p for p in pairs if float(p.get("sim", 0.0)) < 1.0]  # type: ignore[arg-type]
    if not loose:
        return False
    names = arabic_names(cand.id)
    if not names:
        return False
    arabic = frozenset().union(*(_arabic_keys(tuple(n)) for n in names))
    for p in loose:
        confirmed = latin_readings(str(p.get("name") or "")) & arabic
        if confirmed and not latin_readings(str(p.get("query") or "")) & confirmed:
            return True
    return False
