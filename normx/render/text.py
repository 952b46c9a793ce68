"""The rewritten text: each linked mention replaced by its entity's canonical English name.

Nothing outside mention spans changes: a possessive stays ("Haftar’s" -> "Khalifa Haftar’s"
because the span never includes "’s"). When a mention ends with a unit head noun the canonical
name lacks ("Accord forces", "Al-Wefaq Forces"), the head is kept after the canonical name
("Government of National Accord forces"): the text speaks of the body's forces, not the body.

Gazetteers written elsewhere often end a canonical name with a qualifier: an acronym in
parentheses ("Government of National Accord (GNA)") or a country after a comma ("Tripoli,
Libya"). When the text goes on with its own parenthesis or with the same qualifier
("... Accord (GNA) said", "Tripoli, Libya"), the canonical name's qualifier is left out, so the
rewrite never says it twice ("(GNA) (GNA)", "Libya, Libya").

Sanction lists and library catalogues write persons surname first: "QADHAFI, Muammar". A
gazetteer built from them keeps that form as its canonical name (the JSON output reports it
unchanged), but running text reads given names first, so the rewrite puts a person's name
written "Surname, Given names" back in reading order ("Muammar QADHAFI"); a generational
suffix after the comma ("King, Jr.") is no given name and stays where it is.

An abbreviation stays as written ("the GNA said", "the U.N. envoy", "NOC"), even when the
gazetteer lists it as an alias and the matcher found it exactly: it is already consistent,
and after a definition ("the Government of National Accord (GNA)") the full name would be said
twice. A word merely written in capitals ("LIBYA" in a headline) is rewritten like any other.

A mention of a record that has only an Arabic name (a gazetteer written in Arabic, matched
across scripts) stays as written: its canonical name is Arabic script, and putting it into
English text would not be the English name the rewrite promises.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from normx.detect.lexicon import Lexicon
from normx.text.arabic import has_arabic
from normx.text.latin import fold, split_words
from normx.text.qualifier import trailing_qualifier

if TYPE_CHECKING:
    from normx.resolve.document import Mention


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def reading_order(name: str) -> str:
    """A person's name written "Surname, Given names" in reading order; others unchanged."""
    surname, comma, given = name.partition(",")
    given = given.strip()
    if (
        not comma
        or "," in given
        or not surname.strip()
        or not given[:1].isupper()
        or given.rstrip(".").casefold() in _SUFFIXES
    ):
        return name
    return f"{given} {surname.strip()}"


def replacement(mention: Mention, lex: Lexicon) -> str:
    """What a linked mention is rewritten to."""
    canonical = mention.canonical or mention.text
    if mention.type == "PER":
        canonical = reading_order(canonical)
    return _replacement(mention.text, canonical, lex.unit_heads)


@lru_cache(maxsize=65_536)
def _replacement(text: str, canonical: str, unit_heads: frozenset[str]) -> str:
    """Cached: a document repeats its mentions, and news its names."""
    words = text.split()
    if len(words) > 1:
        head = words[-1]
        folded = fold(head)
        canon_words = {p for w in split_words(fold(canonical)) for p in w}
        if folded in unit_heads and folded not in canon_words:
            return f"{canonical} {head}"
    return canonical


def without_repeated_tail(name: str, after: str) -> str:
    """*name* without its closing qualifier when the text *after* it opens the same one."""
    qualifier = trailing_qualifier(name)
    if qualifier is None or qualifier.start == 0:
        return name
    if qualifier.parenthetical:
        return name[: qualifier.start] if after.lstrip(" ").startswith("(") else name
    tail = " ".join(name[qualifier.start :].split()).casefold()
    said = " ".join(after.split()).casefold()
    if said.startswith(tail) and not said[len(tail) : len(tail) + 1].isalnum():
        return name[: qualifier.start]
    return name


_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")


@lru_cache(maxsize=65_536)
def abbreviation(written: str, canonical: str) -> bool:
    """Whether *written* abbreviates *canonical*: two or more capitals with at most one
    lower-case letter (GNA, HoR) or capitals with dots (U.N.), and not the canonical name
    itself in capitals. Remembered per pair: every linked mention of every document asks,
    and news writes the same names again."""
    if _DOTTED.fullmatch(written):
        return True
    letters = [c for c in written if not c.isspace()]
    upper = sum(c.isupper() for c in letters)
    return (
        upper >= 2
        and len(letters) - upper <= 1
        and written[-1].isupper()
        and fold(written) != fold(canonical)
    )


def replacements(
    text: str, mentions: Sequence[Mention], lex: Lexicon
) -> Iterator[tuple[Mention, str]]:
    """Each mention the rewrite replaces, with what it writes instead, in text order."""
    for m in mentions:
        if m.id is None or abbreviation(m.text, m.canonical or m.text):
            continue
        if m.canonical is not None and has_arabic(m.canonical):
            continue  # a record with only an Arabic name has no English one to write
        new = replacement(m, lex)
        if "(" in new or "," in new:
            new = without_repeated_tail(new, text[m.end : m.end + 80])
        yield m, new


def rewrite(text: str, mentions: Sequence[Mention], lex: Lexicon) -> str:
    """*text* with every linked mention replaced (mentions sorted, never overlapping)."""
    out: list[str] = []
    pos = 0
    for m, new in replacements(text, mentions, lex):
        out.append(text[pos : m.start])
        out.append(new)
        pos = m.end
    out.append(text[pos:])
    return "".join(out)
