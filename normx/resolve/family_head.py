"""A bare family name shared by a father and his sons: the father, whose name theirs carry.

Gazetteers hold a prominent man and, beside him, the sons who made news ("Khalifa Haftar";
"Saddam Haftar", "Khalid Haftar"). A text that says only the family name ("the forces of
Haftar") matches them all alike, and the linker, rightly, names no winner on spelling. The
names themselves tell the family apart, though: an Arabic full name is a chain, the given
name, then the father's given name, then the family's (DOMAIN.md: "bin", نسب), so the sons'
full names carry the father's given name just before the family name ("Saddam Khalifa
Haftar", صدام خليفة حفتر). Said alone, a family name whose bearers are a father and the sons
his name heads means the father: news names a son with his given name (which coreference, run
before this, links to him) and the head of the family by his family name.

The test is strict: every other close candidate must be a son by that chain in one of its
names (a namesake without the chain, or of another family, leaves the word unlinked as
before), the father's own names must not make him a son of one of them (a grandson named
after his grandfather is no father: "Khalifa Belqasim Haftar" and a "Belqasim Haftar"), and
the one word must be spelled in every candidate's English names.

The lists also give some men their family name alone as an alias (UN and OFAC: "Al-Qadhafi"
for Khamis Gaddafi), which would make every bare "Gaddafi" his, by a one-word exact match
the father and the brothers cannot answer as well. :func:`family_aliases` reads such a match
as what it is, the family's name: when other persons hold the word inside their full names
too (the matcher answers them), the one-word alias decides nothing, and the word goes to the
head of the family by :func:`family_head` or stays unlinked.
"""

from __future__ import annotations

from functools import lru_cache

from normx.detect.lexicon import function_words
from normx.match.candidate import Candidate
from normx.resolve.generic import arabic_words
from normx.resolve.linker import SpanLinker
from normx.resolve.lone_ties import settle_lone_ties
from normx.resolve.runtime import Runtime
from normx.resolve.segment import Resolved
from normx.text.latin import fold

_MATCHED = frozenset({"exact", "normalised", "phonetic", "fuzzy", "cross-script"})
_ARTICLES = function_words("family_article")  # connectors.yaml, function_word_sets
MIN_CHAIN = 3  # a son's chained name: given name, father's given name, family name


def _names(rt: Runtime, record_id: str) -> tuple[tuple[str, ...], ...]:
    """The record's names as words, English folded and Arabic normalised."""
    rec = rt.normalizer.by_id.get(record_id)
    if rec is None:
        return ()
    english = tuple(tuple(fold(n).replace("-", " ").split()) for n in rec.names("en"))
    return english + tuple(arabic_words(n) for n in rec.names("ar"))


def _son_of(son: tuple[tuple[str, ...], ...], father: tuple[tuple[str, ...], ...]) -> bool:
    """One of *son*'s names is "X <father's given name> <father's family name>" for one of
    *father*'s two-word-or-longer names (the same script: the words are compared as written)."""
    for f in father:
        if len(f) < 2:
            continue
        for s in son:
            if len(s) >= MIN_CHAIN and s[-1] == f[-1] and s[-2] == f[0] and s[0] != f[0]:
                return True
    return False


def family_head(rt: Runtime, form: str, close: tuple[Candidate, ...]) -> Candidate | None:
    """The one close candidate whose name the others' chains carry (see the module), or None."""
    if len(close) < 2 or len({c.id for c in close}) != len(close):
        return None
    if any(c.type != "PER" or form not in rt.english_words(c.id) for c in close):
        return None
    names = {c.id: _names(rt, c.id) for c in close}
    heads = [
        h
        for h in close
        if all(
            _son_of(names[c.id], names[h.id]) and not _son_of(names[h.id], names[c.id])
            for c in close
            if c.id != h.id
        )
    ]
    return heads[0] if len(heads) == 1 else None


def family_heads(linker: SpanLinker, rt: Runtime, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* with each lone family name left unlinked between a father and his sons
    linked to the father (:func:`family_head`)."""
    return settle_lone_ties(
        linker, resolved, lambda unit, tied: family_head(rt, unit.forms[-1], tied), "family_head_of"
    )


@lru_cache(maxsize=16_384)  # a pure function of a candidate's name, asked at every mention
def _words(name: str) -> tuple[str, ...]:
    words = tuple(fold(name).replace("-", " ").split())
    return words[1:] if len(words) > 1 and words[0] in _ARTICLES else words


def family_aliases(linker: SpanLinker, rt: Runtime, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* with a lone word linked to a person by a one-word alias that other persons
    hold inside their full names re-decided among them all (see the module docstring)."""
    out: list[Resolved] = []
    for seg, cand, evidence in resolved:
        if (
            cand is not None
            and cand.type == "PER"
            and cand.method in _MATCHED
            and "antecedent" not in evidence
            and not (seg.phrase or seg.generic)
            and len(_words(cand.matched)) == 1
            and len(units := linker.name_units(seg.first, seg.last)) == 1
        ):
            query = linker.query_for(seg.first, seg.last)
            others = [
                c
                for c in (rt.match(query) if query else ())
                if c.type == "PER" and c.id != cand.id and len(_words(c.matched)) > 1
            ]
            if others:
                close = (cand, *others)
                head = family_head(rt, units[0].forms[-1], close)
                evidence = {**evidence, "family_alias_of": [c.id for c in close]}
                if head is None:
                    evidence.pop("matched", None)
                    evidence["candidates"] = [c.id for c in close]
                else:
                    evidence["matched"] = head.matched
                cand = head
        out.append((seg, cand, evidence))
    return out
