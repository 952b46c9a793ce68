"""A French exonym written with its article: "La Haye" is The Hague.

French-agency copy keeps the French names of cities with their article ("in La Haye", "to Le
Caire", "La Valette"), and the exonym tables (:mod:`normx.gazetteer.exonyms`) hold them so,
article first: the name trie finds them as exact spellings of the loaded city's English name
(:mod:`normx.detect.trie`). The detector's span holds the word after a capitalised article
only ("Haye"), though, and the trie walk starts past an article, so the path ``la haye`` was
never walked, and the word alone was read by likeness (Huawei; among 40,000 places the village
Hawi: :mod:`normx.resolve.french_article_word` leaves such look-alikes unlinked). So a one-word
segment right after a capitalised French article ("La", "Le", "Les"), unlinked or linked by
likeness only, takes the one record the trie holds for the article and the word together: the
name the writer wrote, spelled as the table spells it. Nothing is read loosely here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.detect.tokens import word_before
from normx.match.candidate import LIKENESS_METHODS, Candidate
from normx.resolve.french_article_word import ARTICLES
from normx.resolve.segment import linked_evidence
from normx.text.latin import fold

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime
    from normx.resolve.segment import Resolved

METHOD = "exact"


def french_exonyms(linker: SpanLinker, rt: Runtime, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* with each word after a capitalised French article linked to the record the
    trie holds for the two together (see the module docstring)."""
    out = resolved
    for k, (seg, cand, evidence) in enumerate(resolved):
        if seg.first != seg.last or seg.phrase or seg.generic:
            continue
        if cand is not None and cand.method not in LIKENESS_METHODS:
            continue
        article = word_before(linker.text, linker.tokens[seg.first].start, 8)
        if article not in ARTICLES:
            continue
        found = _exonym(rt, fold(article), linker.forms[seg.first])
        if found is None or (cand is not None and cand.id == found.id):
            continue
        if out is resolved:
            out = list(resolved)
        # the tie coreference listed for the word alone ("candidates") is settled by the link
        added = {"matched": found.matched, "french_article": article}
        out[k] = (seg, found, linked_evidence(evidence, added))
    return out


def _exonym(rt: Runtime, article: str, form: str) -> Candidate | None:
    """The one record whose name the trie spells as *article* then *form*."""
    ends = rt.trie.names_spelled((article, form))
    if not ends:
        return None
    index = rt.normalizer.index
    entities = {index.names[ni].entity for ni in ends}
    if len(entities) != 1:
        return None
    rec = index.records[entities.pop()]
    name = index.names[ends[0]].text
    return Candidate(rec.id, rec.canonical, rec.type, 1.0, name, METHOD, {})
