"""Two-word compound name parts (Nasr Allah, Nour al-Din) as one token, from data.

French and Maghrebi spelling writes Noureddine and Fathallah as one word, English and the
sanctions lists often write Nour al-Din and Fath Allah, and Arabic writes two words (نور الدين,
فتح الله). If each side kept its own word count, a one-token spelling would face a two-token
one and lose to any name that happens to split the same way. ``compounds`` in
``normx/text/data/particles.yaml`` lists the second words; :mod:`normx.text.normalize` asks
here whether the words after a name part complete a compound and joins them.
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
    after_article: frozenset[str]
    latin_glued: frozenset[str]
    arabic: tuple[str, ...]
    short: bool = False
    """The first part alone also names the bearer (Salah al-Din is called Salah): it is kept as
    an alternative reading of the joined token."""


@cache
def compounds() -> tuple[Compound, ...]:
    """The compound kinds of ``particles.yaml`` (parsed once)."""
    raw = load_data("particles.yaml").get("compounds") or {}
    return tuple(
        Compound(
            joined=str(entry["joined"]),
            latin=frozenset(str(f) for f in entry.get("latin") or ()),
            after_article=frozenset(str(f) for f in entry.get("after_article") or ()),
            latin_glued=frozenset(str(f) for f in entry.get("latin_glued") or ()),
            arabic=tuple(str(f) for f in entry.get("arabic") or ()),
            short=bool(entry.get("short", False)),
        )
        for entry in raw.values()
    )


def latin_compound(second: str, *, after_article: bool) -> Compound | None:
    """The compound folded Latin *second* completes, else None.

    *after_article* says an article word stood between the two (Nour al-Din): only the
    ``after_article`` forms count then, since "al" before them is the compound's own article.
    """
    for kind in compounds():
        if after_article:
            if second in kind.after_article:
                return kind
        elif second in kind.latin or second in kind.latin_glued:
            return kind
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
