"""A body's full name with a list inside it, written out where the gazetteer holds its acronym.

Some bodies name their fields in a list: "United Nations Educational, Scientific and Cultural
Organization" (UNESCO), "Arab League Educational, Cultural and Scientific Organization"
(ALECSO). Detection ends a name at a comma and at "and", so the name reaches the resolver as
pieces ("United Nations Educational", "Scientific", "Cultural Organization"), none of which
spells the acronym that :mod:`normx.resolve.spelled_out` reads. Here consecutive unlinked
pieces joined only by a comma, "and" or ", and" are read together: when the whole, ending in
the last piece, spells the one body a gazetteer holds by that acronym (the same test as
:mod:`normx.resolve.spelled_out`: a body head, every content word capitalised), the pieces
become one mention of that body. Pieces that spell nothing together stay as they were.

Session 36 (h-v58): the word-for-word translation of an Arabic name writes "the" after each
"and" ("the Organization of the United Nations for the Education and the Science and the
Culture", UNESCO, articles-v52, v55, v58), and the pieces may be joined by "for the" too, or
already linked: the first to a body ("Organization of the United Nations", glossed to the UN),
a lone field word by coreference ("Culture", to the Ministry of Culture named before). Such a
run is joined only when the whole is a name listed in full (:mod:`normx.detect.acronym_names`).
"""

from __future__ import annotations

import re
from itertools import pairwise

from normx.detect.acronym_names import acronym_of
from normx.resolve.acronyms import FUNCTION_WORDS
from normx.resolve.document import Mention
from normx.resolve.spelled_out import METHOD, SCORE, AcronymNamed, _spelled_body

# what may stand between two list items; "the" after it is the MT's article ("for the
# Education and the Science and the Culture", articles-v52, v55, v58)
_JOIN = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
# what joins a body's name to its field ("Organization of the United Nations" + "for the" +
# "Education"): a run joined so must be a name listed in full
_FOR_THE = re.compile(r"\s+(?:for|of)(?:\s+the)?\s+")
MAX_PIECES = 6  # a name's list is short; longer runs are a sentence's list of names
MAX_BEFORE = 2  # capitalised words kept out of the first piece as context ("Arab")
LOOK_BACK = 40  # characters: enough for one word and its space
_WORD_BEFORE = re.compile(r"([^\W\d_]+) $")  # the word just before a position, one space apart


def _gap(between: str) -> bool:
    """Whether *between* may stand between two pieces of one name."""
    return bool(_JOIN.fullmatch(between) or _FOR_THE.fullmatch(between))


def _piece(m: Mention) -> bool:
    """Whether *m* may be a later piece of a listed name: unlinked, or one word linked by
    coreference alone ("the Culture" taken for the Ministry of Culture named before, inside
    "... for the Education and the Science and the Culture", articles-v58). A linked piece
    joins only a name listed in full (:mod:`normx.detect.acronym_names`), and so does a
    first piece linked to a body ("Organization of the United Nations", glossed to the UN
    when the shipped gazetteers are loaded)."""
    return m.id is None or (m.method == "coref" and " " not in m.text.strip())


def _joined(text: str, start: int, last: Mention) -> Mention:
    """An unlinked mention from *start* to *last*'s end, typed as *last*."""
    span = text[start : last.end]
    return Mention(start, last.end, span, None, None, last.type, 0.0, "none", {})


def _starts(text: str, first: Mention, floor: int) -> list[int]:
    """Where the joined name may start: before the capitalised words that detection kept out
    of *first* as context ("Arab" before "Maritime, ...": a demonym), farthest first, and at
    *first* itself. Not before *floor* (the end of the mention before: the joined name must
    not overlap it), nor before a function word ("The" opening the sentence): the initials
    skip it, so it would spell the acronym too and only widen the mention."""
    out = [first.start]
    at = first.start
    for _ in range(MAX_BEFORE):
        lo = max(floor, at - LOOK_BACK)
        word = _WORD_BEFORE.search(text[lo:at])
        if word is None or not word.group(1)[0].isupper():
            break
        if word.group(1).lower() in FUNCTION_WORDS:
            break
        at = lo + word.start(1)
        out.insert(0, at)
    return out


def _parent_before(text: str, out: list[Mention], first: Mention) -> Mention | None:
    """The linked body mention just before *first* (one space apart), which may open the
    listed name: "United Nations" is linked on its own when detection cuts "United Nations
    Educational, Scientific and Cultural Organization" after it, and the agency's initials
    (UNESCO) need its words. Only a body (ORG): a place or a person linked on its own before
    the pieces stays out, as :func:`_starts` keeps it, and so does a single word ("Arab"
    linked on its own): a parent body's name has two words or more."""
    if not out:
        return None
    before = out[-1]
    if before.id is None or before.type != "ORG" or " " not in before.text.strip():
        return None
    if text[before.end : first.start] != " ":
        return None
    return before


def listed_spelled_out(
    text: str, mentions: tuple[Mention, ...], named: AcronymNamed, heads: frozenset[str]
) -> tuple[Mention, ...]:
    """*mentions* with each run of pieces of one listed body name joined and linked to the
    body whose acronym it spells (see the module docstring)."""
    out: list[Mention] = []
    i, n = 0, len(mentions)
    changed = False
    while i < n:
        m = mentions[i]
        run = [m]
        while (
            (m.id is None or m.type == "ORG")
            and len(run) < MAX_PIECES
            and i + len(run) < n
            and _piece(mentions[i + len(run)])
            and _gap(text[run[-1].end : mentions[i + len(run)].start])
        ):
            run.append(mentions[i + len(run)])
        hit = None
        parent = _parent_before(text, out, run[0]) if len(run) > 1 else None
        for k in range(len(run) - 1, 0, -1):  # the longest run first
            starts = _starts(text, run[0], out[-1].end if out else 0)
            if parent is not None:
                starts.insert(0, parent.start)
            for start in starts:
                whole = _joined(text, start, run[k])
                if (found := _spelled_body(whole, named, heads)) is not None:
                    if run[0].id is not None and start + found[0] >= run[0].end:
                        continue  # the name starts past a linked first piece: not its own
                    loose = any(p.id is not None for p in run[: k + 1]) or any(
                        not _JOIN.fullmatch(text[a.end : b.start])
                        for a, b in pairwise(run[: k + 1])
                    )
                    if loose and (k < 2 or acronym_of(text[start + found[0] : whole.end]) is None):
                        # a linked piece, or "for the", joins a listed name only, and of three
                        # pieces or more: two are listed_fields_joined's (spelled_out.py), which
                        # moves the coreferences of a linked first part with it
                        continue
                    hit = (k, whole, found)
                    break
            if hit is not None:
                break
        if hit is None:
            out.append(m)
            i += 1
            continue
        k, whole, (offset, (rid, canonical, type_, name)) = hit
        start = whole.start + offset
        if parent is not None and start < parent.end:
            out.pop()  # the parent body's name opens the agency's: one mention
        evidence = {"acronym": name}
        out.append(
            Mention(
                start,
                whole.end,
                text[start : whole.end],
                rid,
                canonical,
                type_,
                SCORE,
                METHOD,
                evidence,
            )
        )
        changed = True
        i += k + 1
    return tuple(out) if changed else mentions
