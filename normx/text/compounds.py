"""Two-word compound name parts (Nasr Allah, Nour al-Din) read alike however written, from data.

French and Maghrebi spelling writes Noureddine and Fathallah as one word, English and the
sanctions lists often write Nour al-Din and Fath Allah, and Arabic writes two words (نور الدين,
فتح الله). If each side kept its own word count, a one-token spelling would face a two-token
one and lose to any name that happens to split the same way. ``compounds`` in
``normx/text/data/particles.yaml`` lists the second words; :mod:`normx.text.normalize` asks
here whether the words after a name part complete a compound, and joins them (X Allah) or
splits the glued spelling (Noureddine -> nour, al, din).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from normx.text.resources import load_data


@dataclass(frozen=True, slots=True)
class Compound:
    """One kind of compound: its joined ending and the spellings of its second word."""

    joined: str
    latin: frozenset[str]
    latin_glued: frozenset[str]
    arabic: tuple[str, ...]
    split: str = ""
    """If set, the compound is read apart instead of joined: name part + article + this word
    (Noureddine = Nour al-Din = nour, al, din), as Arabic and English write it, so that the
    first part alone still matches (Salah al-Din al-Namroush is also Salah al-Namroush)."""


@cache
def compounds() -> tuple[Compound, ...]:
    """The compound kinds of ``particles.yaml`` (parsed once)."""
    raw = load_data("particles.yaml").get("compounds") or {}
    return tuple(
        Compound(
            joined=str(entry["joined"]),
            latin=frozenset(str(f) for f in entry.get("latin") or ()),
            latin_glued=frozenset(str(f) for f in entry.get("latin_glued") or ()),
            arabic=tuple(str(f) for f in entry.get("arabic") or ()),
            split=str(entry.get("split") or ""),
        )
        for entry in raw.values()
    )


def latin_compound(second: str) -> Compound | None:
    """The compound the free-standing folded Latin word *second* completes, else None."""
    for kind in compounds():
        if second in kind.latin or second in kind.latin_glued:
            return kind
    return None


@cache
def _glued_endings() -> tuple[tuple[str, ...], tuple[tuple[Compound, tuple[str, ...]], ...]]:
    """Every split compound's glued endings (for a first test in one call), and each split
    kind with its endings longest first, worked out once (every analysed word asks)."""
    kinds = tuple(
        (kind, tuple(sorted(kind.latin_glued, key=len, reverse=True)))
        for kind in compounds()
        if kind.split
    )
    return tuple(e for _, endings in kinds for e in endings), kinds


def latin_glued_compound(part: str, min_rest: int = 3) -> tuple[str, Compound] | None:
    """(the name part, the compound) of a folded Latin word that glues a split compound's
    second word to its first (Noureddine, Jamaluddin), else None."""
    every, kinds = _glued_endings()
    if not part.endswith(every):  # most words end in no compound's second word
        return None
    for kind, endings in kinds:
        for second in endings:
            if not part.endswith(second):
                continue
            # the longest ending decides: Aladdin's is -addin, which leaves too little
            # before it, not -ddin
            rest = part[: -len(second)]
            if len(rest) >= min_rest and rest.isalpha():
                return rest, kind
            break
    return None


def arabic_compound(second: str) -> Compound | None:
    """The compound the Arabic word *second* completes, else None."""
    for kind in compounds():
        if second in kind.arabic:
            return kind
    return None


def arabic_glued_compound(word: str, min_rest: int = 2) -> tuple[str, Compound] | None:
    """(the first part, the compound) of an Arabic word written with its compound's second
    word glued (نورالدين, نصرالله), else None."""
    for kind in compounds():
        for second in kind.arabic:
            rest = word[: -len(second)]
            if word.endswith(second) and len(rest) >= min_rest:
                return rest, kind
    return None
