"""A person's name read only by likeness beside a common given name stands when the document
spells his distinctive word as the gazetteer does elsewhere.

In a gazetteer of tens of thousands of Arab names, "Mohamed Koshlaf" ~ Mohammed al-Hadi
al-Arabi Kashlaf (Mohamed ~ Mohammed 0.97, Koshlaf ~ Kashlaf 0.94) is refused: no word is
spelled as the gazetteer spells it, and one of them is as common as Muhammad, so likenesses are
all the evidence (:func:`~normx.resolve.word_agreement.person_words_agree`,
:mod:`normx.resolve.common_beside`). A small gazetteer has no common names and links him. But
the text may spell the other word exactly as the gazetteer does, somewhere else: "... working
in coordination with Kashlaf, who controlled the refinery". A translation writes one man's name
a little differently from paragraph to paragraph; that the document writes the gazetteer's own
spelling of the uncommon word of his name is the spelling evidence the rule asked for. So,
before coreference, a span the linker left unlinked with one person as its only candidate,
refused only for its common names (the same match judged without them agrees), is linked to
him when a word of the document is a word of his gazetteer name that the span only resembles
and that is not itself a common name. Read on the segments the linker decided (span
resolution reads the span alone and is cached across documents; this reads the document).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from normx.match.candidate import LATIN_LIKENESS_METHODS, Candidate
from normx.resolve.common_beside import likeness_beside_common
from normx.resolve.repeated_word import repeated_word_split
from normx.resolve.segment import Seg, relinked
from normx.resolve.word_agreement import person_words_agree

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker

ARTICLE_PREFIXES = ("al-", "el-")


def _refused_for_common_names(
    cand: Candidate, query: str, common_key: Callable[[str], bool]
) -> bool:
    """The decision refused *cand* for its common names, and would take it without them."""
    if not person_words_agree(cand, query, None) or repeated_word_split(cand):
        return False
    return not person_words_agree(cand, query, common_key) or likeness_beside_common(
        cand, common_key
    )


def spelled_in(cand: Candidate, forms: set[str], common_key: Callable[[str], bool]) -> bool:
    """A word of *cand*'s gazetteer name that the span only resembled, and that is no common
    name, is among the document's word *forms* (folded, article or not)."""
    ex = cand.explain
    keys = {t.get("form"): str(t.get("key") or "") for t in ex.get("matched_tokens") or ()}
    for p in ex.get("pairs") or ():
        name = str(p.get("name") or "")
        if float(p.get("sim", 0.0)) >= 1.0 or not name or common_key(keys.get(name, "")):
            continue
        if name in forms:
            return True
    return False


def _forms(words: Sequence[str]) -> set[str]:
    out = set(words)
    out.update(w[len(a) :] for w in words for a in ARTICLE_PREFIXES if w.startswith(a))
    return out


def persons_spelled_elsewhere(linker: SpanLinker, segs: list[Seg]) -> list[Seg]:
    """*segs* with the persons the document's spelling vouches for linked (see the module
    docstring)."""
    common_key = linker.common_key
    if common_key is None:
        return segs
    forms: set[str] | None = None
    out = segs
    for k, seg in enumerate(segs):
        if seg.cand is not None or seg.phrase or len(seg.ambiguous) != 1:
            continue
        (cand,) = seg.ambiguous
        if cand.type != "PER" or cand.method not in LATIN_LIKENESS_METHODS:
            continue
        query = linker.query(seg.first, seg.last)
        if not _refused_for_common_names(cand, query, common_key):
            continue
        if forms is None:
            forms = _forms(linker.forms)
        if spelled_in(cand, forms, common_key):
            if out is segs:
                out = list(segs)
            out[k] = relinked(seg, cand, ())
    return out
