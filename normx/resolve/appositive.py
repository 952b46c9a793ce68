"""Nicknames a document declares for a person it has just named in full.

Arab public figures, militia commanders above all, are widely known by a nickname (laqab) or
a kunya that no list of names holds: "Abdul Ghani Al-Kakli, known as "Ghaniwa"", "Abdul
Rahman Al-Milad, better known as Al-Bija". The text gives the nickname once, right after the
full name, and may use it alone afterwards. No matcher can link it (the words of the nickname
are no words of the name), but the text says whom it names, so the nickname is an alias of
that person's entity for the whole document: its own mention, and every other mention that
says the same words (article aside: "Al-Bija", "Bija").

The cue phrases ("known as", "nicknamed", "alias", a nickname in brackets) are data
(``data/alias_cues.yaml``). Only the segment right before the cue counts, and only a person:
after a place or body the same phrases more often name something else that happens to follow
("the offensive on Tripoli, known as ..." names the offensive, not Tripoli). The nickname takes
the person only where the matcher linked nothing, or linked only loosely (a look-alike village
is chance; one sense per document holds better); a name spelled exactly stays.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from normx.match.candidate import Candidate
from normx.resolve.alias_spelling import declared_hit
from normx.resolve.decision import acronym_shaped
from normx.resolve.segment import Resolved, Seg, linked_evidence
from normx.text.resources import package_data

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime

METHOD = "alias"  # the method of a mention linked through a declared nickname
ALIAS_TYPES = frozenset({"PER"})  # entity types whose nicknames a cue declares (see above)
FIRM_METHODS = frozenset({"exact", "normalised", "coref", METHOD})  # links a nickname leaves be


_OPEN_QUOTE = "\"“‘'«"
_CLOSE_QUOTE = "\"”’'»"


@lru_cache(maxsize=1)
def _cue_patterns() -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """(text between the name and the nickname after a cue phrase, the same for brackets)."""
    data = package_data("normx.resolve", "alias_cues.yaml")
    phrases = sorted({str(c).strip().lower() for c in data.get("cues") or ()}, key=len)
    words = [r"\s+".join(re.escape(w) for w in p.split()) for p in reversed(phrases)]
    quote = f"[{re.escape(_OPEN_QUOTE)}]?"
    cue = re.compile(rf"\s*[,(]\s*(?:{'|'.join(words)})\s*{quote}\s*", re.IGNORECASE)
    bracket = re.compile(rf"\s*\(\s*{quote}\s*") if data.get("brackets") else None
    return cue, bracket


def cue_between(between: str, after: str) -> str | None:
    """How *between* (the text from the end of a name to the start of the next) declares the
    next name an alias, given the text *after* it: "cue" (", known as "), "brackets" ("("), or
    None. A quote opened before the nickname must close right after it, and a bracket opened
    before it must close after it (an optional closing quote between), so the nickname is
    the whole quoted or bracketed name, not its first words."""
    cue, bracket = _cue_patterns()
    if cue.fullmatch(between):
        how = "cue"
    elif bracket is not None and bracket.fullmatch(between):
        how = "brackets"
    else:
        return None
    rest = after.lstrip()
    if between.rstrip()[-1:] in _OPEN_QUOTE:
        if not rest or rest[0] not in _CLOSE_QUOTE:
            return None
        rest = rest[1:].lstrip()
    if "(" in between and not rest.startswith(")"):
        return None
    return how


def _open(seg: Seg, cand: Candidate | None) -> bool:
    """A segment a declared nickname may link: a name, unlinked or linked only loosely."""
    if seg.phrase or seg.generic:
        return False
    return cand is None or cand.method not in FIRM_METHODS


def _key(rt: Runtime, surface: str) -> tuple[str, ...]:
    """What two mentions of a nickname share: its core words, article aside."""
    return tuple(t.form for t in rt.core_words(surface))


def declared_aliases(linker: SpanLinker, rt: Runtime, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* (segments in document order, with candidate and evidence) with every nickname
    the document declares for a person (and each other mention of it) linked to that person."""
    tokens, text = linker.tokens, linker.text
    declared: dict[tuple[str, ...], tuple[Candidate, dict[str, Any]]] = {}
    for k in range(1, len(resolved)):
        seg, cand, _ = resolved[k]
        named, person, _ = resolved[k - 1]
        if person is None or person.type not in ALIAS_TYPES or not _open(seg, cand):
            continue
        between = text[tokens[named.last].end : tokens[seg.first].start]
        end = tokens[seg.last].end
        how = cue_between(between, text[end : end + 4])
        if how is None or (
            how == "brackets" and acronym_shaped(linker.surface(seg.first, seg.last))
        ):
            continue  # "(LNA)" after a name is its body's acronym: acronyms.py reads it
        key = _key(rt, linker.surface(seg.first, seg.last))
        if not key or key in declared:
            continue
        start = tokens[named.first].start
        said = {"text": linker.surface(named.first, named.last), "start": start, "cue": how}
        declared[key] = (person, said)
    if not declared:
        return resolved
    out: list[Resolved] = []
    for seg, cand, evidence in resolved:
        hit = (
            declared_hit(declared, _key(rt, linker.surface(seg.first, seg.last)))  # spelled alike
            if _open(seg, cand)
            else None
        )
        if hit is not None:
            p, said = hit
            cand = Candidate(p.id, p.name, p.type, p.score, p.matched, METHOD, {})
            evidence = linked_evidence(evidence, {"alias_of": said, "matched": p.matched})
        out.append((seg, cand, evidence))
    return out
