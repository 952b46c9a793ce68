"""A lone word between close candidates that spells one candidate's Arabic name letter for letter.

"Barqa" is برقة (Cyrenaica) read letter by letter: b, r, q. Its phonetic key (BRK) is also the
key of "Brak" (براك), and the matcher's likeness to the two is close enough that the linker
would call no winner. But a Latin q is written for ق, and the Arabic names tell the two
apart: the word's consonants are exactly those of one candidate's Arabic name, romanised
(:func:`~normx.text.romanize.romanize`), and not of the other's. Translation from Arabic
writes a name by its Arabic letters, so the candidate whose Arabic name the word spells is
the one meant.

The test is strict: consonants only (vowels and glides left out, and ع but at a word's start,
since English writes them at will), three at least (two say little), the article aside, a
generic place word of the Arabic name aside too (مرسى البريقة, "Marsa al-Brega", is spelled
by "Al-Burayqa"), and exactly one of the close candidates spelled so: a rival with a name word
the word spells, in English ("Barq") or in a longer Arabic name (أبو سليم, Abu Salim, for
"Salim"), leaves the tie. Persons are judged by their own rules.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from normx.match.candidate import Candidate
from normx.resolve.designators import name_words
from normx.text.generic import generic_words
from normx.text.romanize import romanize

MIN_CONSONANTS = 3
_SOFT = frozenset("aeiouwy")
_AIN = "'"  # how romanize writes ع (and ء)


def skeleton(latin: str) -> str:
    """The consonants of a Latin word, lower case, a doubled letter written once. A word's
    first y is a consonant, ي, not a vowel: English writes an opening ي as "Y" ("Yafran" =
    يفرن) and an opening alif as a vowel ("Ifrane" = إفران), so the two stay apart."""
    out: list[str] = []
    low = latin.lower()
    if low.startswith("y"):
        out.append("y")
    for ch in low:
        if "a" <= ch <= "z" and ch not in _SOFT and (not out or out[-1] != ch):
            out.append(ch)
    return "".join(out)


def latin_skeletons(form: str) -> frozenset[str]:
    """:func:`skeleton` of a Latin word; a word opening with a vowel may open with ع as well
    ("Omar" = عمر), which the Arabic skeleton writes as an apostrophe."""
    said = skeleton(form)
    return frozenset({said, _AIN + said}) if form[:1].lower() in _SOFT else frozenset({said})


@lru_cache(maxsize=65536)
def arabic_skeletons(word: str) -> frozenset[str]:
    """:func:`skeleton` of a normalised Arabic word (article dropped) romanised, with and
    without a final h (normalisation writes the feminine ending ة as ه). A word opening with
    ع keeps it, as an apostrophe: English writes a vowel for it (عكرمة is "Ikrima", not
    "Karama"); inside a word English writes it as a vowel or not at all, and it is left out."""
    latin = romanize(word)
    head = _AIN if latin.startswith(_AIN) else ""
    out = {head + skeleton(latin)}
    if word.endswith("ه"):
        out.add(head + skeleton(latin[:-1]))
    return frozenset(out)


def spelled_in_arabic(
    form: str,
    close: Sequence[Candidate],
    arabic_names: Callable[[str], tuple[tuple[str, ...], ...]] | None,
    min_consonants: int = MIN_CONSONANTS,
) -> Candidate | None:
    """The one non-person candidate among *close* with a one-word Arabic name whose
    consonants the folded word *form* spells, when no other close candidate has a name word
    the word spells, in either script (see the module docstring), or None."""
    if arabic_names is None:
        return None
    said = latin_skeletons(form)
    if len(skeleton(form)) < min_consonants:
        return None
    spelled: dict[str, bool] = {}  # candidate id -> spelled by its whole Arabic name
    for c in close:
        if c.id in spelled:
            continue
        whole = False
        part = False
        for core in map(_without_designators, arabic_names(c.id)):
            hits = [not said.isdisjoint(arabic_skeletons(w)) for w in core]
            whole = whole or (len(core) == 1 and hits[0])
            part = part or any(hits)
        if _english_skeleton(c.matched) in said and not whole:
            spelled[c.id] = False  # a rival the word spells in English only: no tie-break
        elif whole or part:  # a word of a longer name spelled (أبو سليم): a rival, no winner
            spelled[c.id] = whole
    if len(spelled) != 1:
        return None
    ((rid, whole),) = spelled.items()
    winner = next(c for c in close if c.id == rid)
    return winner if whole and winner.type != "PER" else None


def arabic_spelled_rivals(
    form: str,
    best: Candidate,
    rivals: Sequence[Candidate],
    floor: float,
    arabic_names: Callable[[str], tuple[tuple[str, ...], ...]] | None,
) -> tuple[Candidate, ...]:
    """The rivals scored at least *floor* whose one-word Arabic name the lone folded word
    *form* spells letter for letter (:func:`spelled_in_arabic`'s test), when *best* is a place
    or body that only resembles the word in English ("Yafran" ~ Ifrane, 0.90, over يفرن read
    by sound, 0.83). A translation writes the Arabic letters; a Latin look-alike a little closer
    is no better evidence than the word spelled out in the other script, so the two are held
    tied and :func:`spelled_in_arabic` decides. The converse of a likeness across scripts
    standing against a spelled name (``decision.unspelled_rivals_dropped``)."""
    if arabic_names is None or best.type == "PER" or best.method not in ("fuzzy", "phonetic"):
        return ()
    said = latin_skeletons(form)
    if len(skeleton(form)) < MIN_CONSONANTS or any(
        skeleton(w) in said for w in name_words(best.matched)
    ):
        return ()  # a word of best's name spelled alike ("Es Sider" for "Al-Sidra"): it stands
    out: list[Candidate] = []
    for c in rivals:
        if c.type == "PER" or c.score < floor or c.id == best.id or c in out:
            continue
        if any(
            len(core) == 1 and not said.isdisjoint(arabic_skeletons(core[0]))
            for core in map(_without_designators, arabic_names(c.id))
        ):
            out.append(c)
    return tuple(out)


@lru_cache(maxsize=1)
def _designator_skeletons() -> frozenset[str]:
    """:func:`skeleton` of the generic place words (``generic_words.yaml``: "marsa", "qaryat",
    and the romanised Arabic ones), as a word of an Arabic name romanises them."""
    return frozenset(skeleton(w) for w in generic_words())


def _without_designators(words: tuple[str, ...]) -> tuple[str, ...]:
    """An Arabic name's words without the generic place words (مرسى البريقة: البريقة)."""
    if len(words) < 2:
        return words
    generic = _designator_skeletons()
    return tuple(w for w in words if skeleton(romanize(w)) not in generic)


def _english_skeleton(name: str) -> str:
    """:func:`skeleton` of a one-word Latin name, the article aside ("" otherwise)."""
    words = name_words(name)
    return skeleton(words[0]) if len(words) == 1 and words[0].isascii() else ""
