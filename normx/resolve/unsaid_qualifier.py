"""A place the gazetteer names with a qualifier in both languages, in a text that never says it.

A gazetteer keeps namesakes apart by a qualifier: "Martyrs' Square, Beirut" (Arabic ساحة
الشهداء (بيروت)), "Paris, Texas" (باريس (تكساس)), "Naples, Florida". When the Arabic name is
qualified as well, the curator says the name alone is not this place's: a reader of "thousands
poured into Martyrs' Square" in a Libyan article thinks of Tripoli's square, not Beirut's. So
the link holds only when the document says the qualifier somewhere ("Beirut"); otherwise the
name is some other place of that name, which the gazetteer does not hold, and stays unlinked.
A place whose Arabic name is bare ("Washington, D.C.", واشنطن) is the one the bare name means,
and keeps its links (:mod:`normx.resolve.bare_namesake` reads the same signal).

The same qualifier decides between namesakes the matcher cannot tell apart: "Martyrs' Square"
matches Beirut's and Tripoli's squares equally, and a text that says "Tripoli" but never
"Beirut" means Tripoli's (:func:`said_namesake`).

A body is judged so when its qualifier is a kind of body, a noun of
:mod:`normx.resolve.body_noun_place` ("Al-Naba (newspaper)", النبأ (صحيفة)): the curator says
the bare name is not this paper's, and a text that speaks of "the channel of Al-Naba" and never
of a newspaper means another Al-Naba (the channel النبأ), not the paper. A body qualified by a
place ("Al-Ahly SC (Benghazi)") is left to the rules that read places.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.body_noun_place import body_nouns
from normx.text.qualifier import trailing_qualifier


@lru_cache(maxsize=4096)
def _qualifier_pattern(qualifier: str) -> re.Pattern[str]:
    return re.compile(r"\b" + re.escape(qualifier) + r"\b", re.IGNORECASE)


def said_in(text: str, words: str) -> bool:
    """Whether *text* says *words* as whole words, in any case.

    The answers for the last text asked about are remembered (a document asks about the same
    words at many mentions, and each search reads the whole text); the text and its answers
    are swapped in as one pair, so concurrent documents never read each other's."""
    global _SAID
    memo = _SAID
    if memo[0] is not text:
        # the text in lower case, when lower-casing it keeps every ASCII letter the
        # case-insensitive search would match (no dotted or dotless i, long s)
        lower = None if any(c in text for c in _ODD_CASES) else text.lower()
        memo = _SAID = (text, {}, lower)
    said = memo[1].get(words)
    if said is None:
        lower = memo[2]
        if lower is not None and words.isascii() and words.lower() not in lower:
            said = False  # absent in any case: the search cannot match
        else:
            said = _qualifier_pattern(words).search(text) is not None
        memo[1][words] = said
    return said


_ODD_CASES = "\u0130\u0131\u017f"  # İ ı ſ: matched as i, i, s by re.IGNORECASE
_SAID: tuple[str, dict[str, bool], str | None] = ("", {}, "")


def qualifier_of(name: str) -> str | None:
    """The qualifier an English name ends with, after a comma or in parentheses ("Beirut" of
    "Martyrs' Square, Beirut", "Benghazi" of "Al-Ahly SC (Benghazi)"); None when it has none."""
    qualifier = trailing_qualifier(name)
    return (qualifier.words or None) if qualifier else None


def _parenthesised(name: str) -> bool:
    qualifier = trailing_qualifier(name)
    return qualifier is not None and qualifier.parenthetical and bool(qualifier.words)


def english_qualifier(record: Record) -> str | None:
    """The qualifier of the record's English name ("Beirut" of "Martyrs' Square, Beirut")
    when its Arabic names are all qualified too; None otherwise."""
    arabic = record.names("ar")
    if not record.name_en or not arabic or not all(_parenthesised(n) for n in arabic):
        return None
    return qualifier_of(record.name_en)


def unsaid_qualifier(text: str, record: Record | None, cand: Candidate) -> bool:
    """True when *cand* is a place (or a body qualified by its kind) the gazetteer qualifies in
    both languages and the document *text* nowhere says its qualifier (see the module
    docstring)."""
    if record is None or cand.type not in ("LOC", "ORG"):
        return False
    qualifier = english_qualifier(record)
    if qualifier is None:
        return False
    if cand.type == "ORG" and not body_nouns().intersection(qualifier.lower().split()):
        return False
    return not said_in(text, qualifier)


def said_namesake(
    text: str, records: Mapping[str, Record], ambiguous: Sequence[Candidate]
) -> Candidate | None:
    """The one of the tied *ambiguous* candidates whose qualifier the document *text* says,
    when every other one is a place whose qualifier it never says; None otherwise."""
    said: Candidate | None = None
    for cand in ambiguous:
        record = records.get(cand.id)
        if unsaid_qualifier(text, record, cand):
            continue  # "Martyrs' Square, Beirut" in a text that never says Beirut
        if said is not None or record is None or cand.type != "LOC":
            return None  # two namesakes stay, or one the qualifier cannot vouch for
        if english_qualifier(record) is None:
            return None
        said = cand
    return said
