"""A lone word is the body whose name is that word and a kind word: "the Ifriqi".

Arabic names a club by one word and the kind word نادي (النادي الأفريقي, Club Africain;
النادي الأهلي, Al-Ahly), and sports pages say the club by that word alone, romanised: "the
history of the Ifriqi" (الإفريقي). The same word stands, as an adjective, in the names of
other bodies the report names (الاتحاد الأفريقي لكرة القدم, the African football
confederation; كأس الكونفدرالية الأفريقية), and coreference, reading the word across scripts,
may take any of them. A reader takes the word for the body it is the whole name of, as
:mod:`normx.resolve.core_name` reads "Afriqiyah" for Afriqiyah Airways.

So a one-word mention linked by coreference to a body whose names are not that word (kind
words and a bracketed seat aside) goes to the one other body the document links whose name,
in either script, is that word and kind words only (``data/kind_words.yaml``), compared by the
phonetic key. Nothing changes when the link already is such a body, or when several are, or
when the word is itself a kind of body or a generic word ("Bank", "Union": البنك الدولي is
"Bank" and the kind word "International", but "Bank" is no one bank's own word; articles-v5,
v34).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.resolve.body_corefs import bodies_named, coref_moved, one_word_body_corefs
from normx.resolve.core_name import kind_forms
from normx.resolve.said_words import generic_words
from normx.text.normalize import analyse_name, core_tokens
from normx.text.qualifier import head_of, trailing_qualifier

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime
    from normx.resolve.segment import Resolved


def _own_keys(rt: Runtime, record_id: str) -> frozenset[str]:
    """The phonetic keys of the record's names that are one word and kind words only."""
    record = rt.normalizer.by_id.get(record_id)
    if record is None:
        return frozenset()
    kinds = kind_forms()
    out = set()
    for _, name, _ in record.all_names():
        q = trailing_qualifier(name)
        head = head_of(name, q) if q is not None and q.parenthetical else name
        words = [t for t in core_tokens(analyse_name(head)) if t.form not in kinds]
        if len(words) == 1:
            out.add(words[0].key)
    return frozenset(out)


def own_word_bodies(linker: SpanLinker, rt: Runtime, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* with each one-word coreference link moved to the one linked body whose
    name is that word (see the module docstring)."""
    judged = one_word_body_corefs(resolved)
    if not judged:
        return resolved
    linked = bodies_named(resolved)
    own: dict[str, frozenset[str]] = {}
    generic = generic_words(rt.lex)
    out = list(resolved)
    for k in judged:
        seg, cand, evidence = resolved[k]
        assert cand is not None
        said = core_tokens(analyse_name(linker.surface(seg.first, seg.last)))
        if len(said) != 1 or linker.forms[seg.first] in generic or said[0].form in generic:
            continue  # "Bank", "Union": a kind of body, no body's own word
        key = said[0].key
        for i in {cand.id, *linked}:
            if i not in own:
                own[i] = _own_keys(rt, i)
        if key in own[cand.id]:
            continue
        bodies = [c for i, c in linked.items() if key in own[i]]
        if len(bodies) != 1:
            continue
        to = bodies[0]
        out[k] = coref_moved(seg, cand, evidence, to, {"own_word": True})
    return out
