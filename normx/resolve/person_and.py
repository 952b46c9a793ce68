"""A lone family name coordinated with a person is a person, not the place it also spells.

"... the memorandum signed by the President Erdogan and Al-Sarraj": translated news names a
well-known man by his family name alone, even in an article that never writes him out
(:mod:`normx.resolve.lone_surname`). Libyan places are often named after families (the village
Assarraj, السراج, is the Sarraj family's name), so the word can spell a place exactly while it
spells the man's family name as exactly, and the exact whole name wins. But a name joined by
"and" to a person the text has just named stands where a person stands: two men signed, met,
or were received, and the place is no answer to it.

So a one-word mention linked to a place, right before or after "and" and a mention linked to
a person, links to the person whose name's last word the word spells (the article aside)
when one person in the candidates the matcher gives for it does so and the document names the
place under another spelling nowhere else. A word no person bears keeps its place ("Erdogan
and Ankara").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from normx.match.candidate import Candidate
from normx.resolve.segment import Resolved, linked_evidence
from normx.text.latin import fold

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime

_AND = re.compile(r",?[ \t]+and[ \t]+")
_ARTICLES = ("al-", "el-", "al ", "el ")


def persons_coordinated(
    linker: SpanLinker, rt: Runtime, resolved: list[Resolved]
) -> list[Resolved]:
    """*resolved* with each family name coordinated with a person and linked to a place linked
    to the person bearing it (see the module)."""
    out = list(resolved)
    text = linker.text
    tokens = linker.tokens
    for k, (seg, cand, evidence) in enumerate(resolved):
        if (
            cand is None
            or cand.type != "LOC"
            or seg.phrase
            or seg.generic
            or "antecedent" in evidence
            or len(linker.name_units(seg.first, seg.last)) != 1
        ):
            continue
        before = (
            k > 0 and _is_person(resolved[k - 1]) and _person_beside(linker, resolved, k - 1, k)
        )
        after = (
            k + 1 < len(resolved)
            and _is_person(resolved[k + 1])
            and _person_beside(linker, resolved, k, k + 1)
        )
        if not (before or after):
            continue
        start, end = tokens[seg.first].start, tokens[seg.last].end
        word = _family(text[start:end])
        if _named_otherwise(linker, resolved, cand.id, word):
            continue  # "the village of Assarraj" elsewhere: the document means the place
        bearers = [
            c
            for c in rt.match(text[start:end])
            if c.type == "PER" and _family(c.matched.split()[-1]) == word
        ]
        if len({c.id for c in bearers}) == 1:
            person: Candidate = bearers[0]
            said = {"coordinated_with_person": True, "matched": person.matched}
            out[k] = (seg, person, linked_evidence(evidence, said))
    return out


def _person_beside(linker: SpanLinker, resolved: list[Resolved], left: int, right: int) -> bool:
    """Mentions *left* and *right* are joined by "and", and the one that is not the name being
    decided (the other of *left*, *right* than the caller's) is linked to a person."""
    if left < 0 or right >= len(resolved):
        return False
    tokens = linker.tokens
    between = (tokens[resolved[left][0].last].end, tokens[resolved[right][0].first].start)
    return _AND.fullmatch(linker.text, *between) is not None


def _named_otherwise(linker: SpanLinker, resolved: list[Resolved], place: str, word: str) -> bool:
    """The document links *place* from a mention spelled otherwise than *word*."""
    tokens = linker.tokens
    return any(
        c is not None
        and c.id == place
        and _family(linker.text[tokens[seg.first].start : tokens[seg.last].end]) != word
        for seg, c, _ in resolved
    )


def _is_person(item: Resolved) -> bool:
    return item[1] is not None and item[1].type == "PER"


def _family(word: str) -> str:
    """*word* folded with a leading article taken off ("Al-Sarraj" -> "sarraj")."""
    folded = fold(word)
    for article in _ARTICLES:
        if folded.startswith(article):
            return folded[len(article) :]
    return folded
