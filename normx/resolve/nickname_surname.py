"""A person's declared nickname with his surname: "Ghaniwa Al-Kikli" for the man the text
introduces as "Abdul-Ghani Al-Kakli, known as "Ghaniwa"".

News (a headline above all) names a man by the nickname the text declares for him
(:func:`normx.resolve.appositive.declared_aliases`) followed by his family name. No gazetteer
holds the pair, and coreference does not cover it: the nickname is no word of his names. The
text has said both words are his, so an unlinked name of two words or more whose words are
that nickname and words the document wrote for the same person (or his gazetteer names hold)
is he.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.match.candidate import Candidate
from normx.resolve.coref import spelled_alike
from normx.resolve.segment import Resolved

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime

METHOD = "coref"


def nickname_surnames(linker: SpanLinker, rt: Runtime, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* with each unlinked nickname-and-surname name linked to the person the
    document declared the nickname for (see the module docstring)."""
    nicknames: dict[str, tuple[Candidate, int]] = {}  # folded nickname -> person, its start
    spans: dict[str, tuple[int, int]] = {}  # person -> tokens of the nickname
    for seg, cand, evidence in resolved:
        if cand is not None and cand.type == "PER" and "alias_of" in evidence:
            said = linker.core_words(seg.first, seg.last)
            if len(said) == 1:
                nicknames.setdefault(said[0].form, (cand, linker.tokens[seg.first].start))
                spans.setdefault(cand.id, (seg.first, seg.last))
    if not nicknames:
        return resolved
    out = list(resolved)
    for k, (seg, cand, evidence) in enumerate(resolved):
        if cand is not None or seg.phrase or seg.generic:
            continue
        said = linker.core_words(seg.first, seg.last)
        if len(said) < 2:
            continue
        found = [nicknames[w.form] for w in said if w.form in nicknames]
        if len(found) != 1:
            continue
        person, start = found[0]
        words = [w for w, cross in rt.name_words(person.id) if not cross]
        for s, c, _ in resolved:
            if c is not None and c.id == person.id:
                words.extend(linker.core_words(s.first, s.last))
        rest = [w for w in said if w.form not in nicknames]
        if not all(spelled_alike(w, words) for w in rest):
            continue
        p = person
        linked = Candidate(p.id, p.name, p.type, p.score, p.matched, METHOD, {})
        nickname = {"text": linker.surface(*spans[p.id]), "start": start}
        out[k] = (seg, linked, {**evidence, "nickname": nickname, "matched": p.matched})
    return out
