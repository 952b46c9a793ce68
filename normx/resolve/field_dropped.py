"""A gloss link to a body whose Arabic name opens the name of a body the document names.

Arabic news names a body in full once and then drops the words of its field: الاتحاد الأفريقي
لكرة القدم (the Confederation of African Football) becomes الاتحاد الأفريقي in the next
paragraph of a football report, and translation renders that as "the African Federation". The
gloss reading is then the whole Arabic name of another body, the African Union (الاتحاد
الأفريقي), spelled exactly, and the link went to the Union in every such report. The document
says otherwise: it named the longer body, whose Arabic name opens with the very words the
mention glosses, and never named the shorter one by other words.

So a segment linked by gloss to a body, whose matched Arabic name is the opening (two words or
more) of the Arabic name of exactly one other body the document links by another segment, is
relinked to that body, unless some segment of other words links the first body too (a report
on the African Union that says "the African Union" and "the African Federation" keeps both).
Session 23 (h-v39fix23).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from normx.resolve.generic import arabic_words
from normx.text.arabic import is_mostly_arabic
from normx.text.latin import fold

if TYPE_CHECKING:
    from normx.match.candidate import Candidate
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime
    from normx.resolve.segment import Resolved

GLOSS = "gloss"
MIN_WORDS = 2  # one Arabic word (الاتحاد) opens too many names to say which


def field_words_dropped(
    linker: SpanLinker, rt: Runtime, resolved: list[Resolved]
) -> list[Resolved]:
    """*resolved* with each gloss link to a body whose Arabic name opens a body the document
    names relinked to that body (see the module docstring)."""
    glossed = [
        k
        for k, (_, cand, _) in enumerate(resolved)
        if cand is not None and cand.method == GLOSS and cand.type == "ORG"
    ]
    if not glossed:
        return resolved
    said: dict[str, set[str]] = {}  # entity -> the surfaces that link it
    firsts: dict[str, Candidate] = {}
    for seg, cand, _ in resolved:
        if cand is not None:
            said.setdefault(cand.id, set()).add(fold(linker.surface(seg.first, seg.last)))
            firsts.setdefault(cand.id, cand)
    out = list(resolved)
    for k in glossed:
        seg, cand, evidence = resolved[k]
        if cand is None or not is_mostly_arabic(cand.matched) or len(said.get(cand.id, ())) > 1:
            continue  # the document names the body by other words too
        opening = arabic_words(cand.matched)
        if len(opening) < MIN_WORDS:
            continue
        longer = [
            other
            for other in firsts.values()
            if other.id != cand.id
            and other.type == cand.type
            and any(
                len(name) > len(opening) and name[: len(opening)] == opening
                for name in rt.arabic_names(other.id)
            )
        ]
        if len(longer) == 1:
            (body,) = longer
            found = replace(body, score=cand.score, matched=body.matched, method=GLOSS)
            out[k] = (
                seg,
                found,
                {**evidence, "matched": found.matched, "field_dropped": cand.matched},
            )
    return out
