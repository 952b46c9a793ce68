"""A definite generic noun whose Arabic gloss is one body's whole name: "the Parliament".

A capitalised generic noun after "the" refers to the body just named whose Arabic name its
gloss heads (:mod:`normx.resolve.generic`); when the document names no such body it links to
nothing. A few generic nouns, though, translate a body's *whole* Arabic name, not its head:
"parliament" glosses مجلس النواب (the gloss lexicon, ``normx/mt/data/gloss.yaml``), which is
the full Arabic name of the House of Representatives; "navy" glosses القوات البحرية. A reader
of Arabic news takes "the Parliament" for that body even when the report never spells it out
(it was designated "by the Parliament"), and so may the resolver when the loaded gazetteers
hold exactly one organisation with that whole Arabic name.

Only a gloss of two words or more counts (one word, مجلس, is a head any council opens with),
only when no other body was found for the noun, and never when the document links another
organisation that the noun could mean: one whose Arabic name a gloss of two words or more of
the noun heads, or whose English names hold the noun (the Egyptian House of Representatives,
مجلس النواب المصري, named in the document leaves "the Parliament" undecided). A one-word gloss
does not stand in the way: "house" glosses مجلس too, but English calls no council "the
House", so the Presidential Council (المجلس الرئاسي) a Libyan report names beside it leaves
"the government designated by the House" the House of Representatives'. The link's method is
``gloss``: the noun's gloss is the body's name.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from normx.match.candidate import Candidate
from normx.resolve.generic import arabic_words, starts_with_gloss

if TYPE_CHECKING:
    from normx.api import Normalizer
    from normx.resolve.runtime import Runtime

METHOD = "gloss"
SCORE = 0.9  # a whole-name gloss of a generic noun: sure of the name, not of the referent
MIN_GLOSS_WORDS = 2

# keyed by the normalizer, not the runtime: a document's dry runs (normx.resolve.bt_prefetch)
# each resolve on a fresh copy of the runtime, which would build the index anew every time
_INDEX: weakref.WeakKeyDictionary[Normalizer, dict[tuple[str, ...], list[str]]] = (
    weakref.WeakKeyDictionary()
)


def _whole_names(rt: Runtime) -> dict[tuple[str, ...], list[str]]:
    """Arabic names of two words or more (as arabic_words gives them) -> organisation ids
    (built once per normalizer: its records are all it reads)."""
    hit = _INDEX.get(rt.normalizer)
    if hit is None:
        hit = {}
        for rec in rt.normalizer.index.records:
            if rec.type != "ORG":
                continue
            for name in {arabic_words(n) for n in rec.names("ar")}:
                if len(name) >= MIN_GLOSS_WORDS:
                    hit.setdefault(name, []).append(rec.id)
        _INDEX[rt.normalizer] = hit
    return hit


def gloss_named_body(
    rt: Runtime, noun: str, glosses: Sequence[tuple[str, ...]], linked: Iterable[str]
) -> Candidate | None:
    """The one organisation whose whole Arabic name is a gloss (of 2+ words) of the generic
    *noun*, if the document's other linked organisations (*linked*, ids) leave it the only
    body the noun can mean (see the module docstring)."""
    long = [g for g in glosses if len(g) >= MIN_GLOSS_WORDS]
    if not long:
        return None
    index = _whole_names(rt)
    ids = {rid for g in long for rid in index.get(g, ())}
    if len(ids) != 1:
        return None
    (rid,) = ids
    for other in set(linked) - ids:
        rec = rt.normalizer.by_id.get(other)
        if rec is None or rec.type != "ORG":
            continue
        if noun in rt.english_words(other) or starts_with_gloss(rt.arabic_names(other), long):
            return None  # another body the document names may be the one meant
    rec = rt.normalizer.by_id[rid]
    return Candidate(rid, rec.canonical, rec.type, SCORE, rec.canonical, METHOD, {})
