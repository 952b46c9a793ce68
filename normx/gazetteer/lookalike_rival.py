"""A rival that only looks like an attested name, and is written otherwise in Arabic, keeps no
name from the user's record.

Alias inheritance (:mod:`normx.gazetteer.inherit`) refuses a shipped name when normx's matcher
answers it with another loaded record better than with the user's: "Jufra" is the user's
Al Jufrah (الجفرة, 0.96) before it is the shipped district's alias. In a gazetteer of tens of
thousands of places nearly every short name has such a neighbour a letter or two away, and
Latin likeness alone cannot tell a spelling of the same name from another name: the matcher
scores "Daesh" ~ the village Taess (طعيس) and "Al Maya" ~ the village Mayah (المياح) at 0.95-0.96,
as it scores "Jufra" ~ Al Jufrah. The shipped source attests the name for its entity (داعش is
the Islamic State; الماية is Al Maya); the rival's own Arabic name says what it is called, and
when not one word of it is a word of the shipped record's Arabic names, the rival is another
name that happens to look alike in Latin letters, not a second holder of this one. So such a
rival does not count against the name (Al Jufrah, الجفرة, shares its word with شعبية الجفرة,
and still counts).

Only a rival matched through a Latin name (an Arabic match is the cross-script rule's), with
Arabic names of its own, against a shipped record that has Arabic names: without both sides'
Arabic there is nothing to compare, and the rival counts as before. And only against a record
of note (a curated record, a town or city): a village's alternative spelling is one mapper's
romanisation, no attestation that outweighs a rival ("Zawia" for the village Azwaiya, ازويه,
is the city Zawiya's spelling first; :mod:`normx.resolve.standing`).
"""

from __future__ import annotations

from collections.abc import Iterable

from normx.gazetteer.schema import Record
from normx.text.arabic import has_arabic, normalize_arabic

__all__ = ["arabic_words", "written_otherwise"]

_ARTICLE = "ال"


def arabic_words(names: Iterable[str]) -> frozenset[str]:
    """The normalised words of Arabic *names*, each also without its article (الجفرة, جفرة)."""
    out: set[str] = set()
    for name in names:
        for word in normalize_arabic(name).split():
            out.add(word)
            if word.startswith(_ARTICLE) and len(word) > len(_ARTICLE) + 1:
                out.add(word[len(_ARTICLE) :])
    return frozenset(out)


def written_otherwise(rival: Record | None, source: Record, matched: str | None) -> bool:
    """The *rival* reads the shipped *source*'s name only through a Latin name of its own, and
    its Arabic names share no word with the source's (see the module)."""
    from normx.resolve.standing import MINOR, standing_of  # resolve imports the gazetteer

    if rival is None or (matched is not None and has_arabic(matched)):
        return False
    if standing_of(source.note, True) == MINOR:
        return False
    theirs, ours = rival.names("ar"), source.names("ar")
    if not theirs or not ours:
        return False
    return not (arabic_words(theirs) & arabic_words(ours))
