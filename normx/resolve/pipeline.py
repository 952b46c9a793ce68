"""Canonicalizing documents: detect, link, resolve partial names, build mentions, rewrite.

:func:`canonicalize_text` runs one document; :func:`canonicalize_stream` runs many, in input
order, optionally over worker processes that each hold the normalizer once (forked, so the
index is shared, not copied per document).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from normx.detect.spans import find_spans
from normx.detect.tokens import lowercase_words, tokenize
from normx.detect.units import name_units
from normx.errors import NormxError
from normx.match.candidate import Candidate
from normx.render.text import rewrite
from normx.resolve.coref import Antecedent, Antecedents, query_tokens
from normx.resolve.document import Document, Mention
from normx.resolve.linker import Seg, SpanLinker
from normx.resolve.runtime import Runtime, runtime_for

if TYPE_CHECKING:
    from normx.api import Normalizer


def canonicalize_text(normalizer: Normalizer, text: str, doc: str | None = None) -> Document:
    """Find, link and rewrite the names of one document."""
    if not isinstance(text, str):
        raise NormxError(f"a document must be a str, got {type(text).__name__}")
    if not text.strip():
        return Document.build(text, (), text, doc)
    rt = runtime_for(normalizer)
    tokens = tokenize(text, rt.lex.keep_words)
    units = name_units(tokens)
    linker = SpanLinker(
        text, tokens, units, rt.lex, rt.trie, rt.match, rt.entity_of_name, rt.in_names
    )
    segs: list[Seg] = []
    for span in find_spans(tokens, units, rt.lex, lowercase_words(text)):
        segs.extend(linker.resolve(span.first, span.last, phrase=span.phrase))
    mentions = tuple(_mentions(linker, rt, segs))
    return Document.build(text, mentions, rewrite(text, mentions, rt.lex), doc)


def _query_forms(linker: SpanLinker, rt: Runtime, seg: Seg) -> list[str]:
    lex = rt.lex
    out: list[str] = []
    for u in linker._core_units(seg.first, seg.last):
        form = u.forms[0]
        if form in lex.connectors or form in lex.unit_heads or lex.is_context(form):
            continue
        out.append(form)
    return out


def _resolved(linker: SpanLinker, rt: Runtime, segs: list[Seg]) -> list[tuple[Seg, Any, dict]]:
    """Each segment with its final candidate (coreference applied) and evidence."""
    antecedents: list[Antecedent] = []
    for pos, seg in enumerate(segs):
        if seg.cand is not None and (not seg.partial or len(_query_forms(linker, rt, seg)) > 1):
            cand = seg.cand
            surface_words = tuple((t, False) for t in query_tokens(_query_forms(linker, rt, seg)))
            words = rt.name_words(cand.id) + surface_words
            antecedents.append(Antecedent(pos, cand, linker.surface(seg.first, seg.last), words))
    index = Antecedents(antecedents)
    out: list[tuple[Seg, Any, dict]] = []
    for pos, seg in enumerate(segs):
        evidence: dict[str, Any] = {}
        cand = seg.cand
        if seg.context:
            evidence["context"] = list(seg.context)
        evidence.update(seg.extra)
        if cand is None or seg.partial:
            forms = _query_forms(linker, rt, seg)
            ante = None
            if forms:
                body = linker.tokens[seg.last].form in rt.lex.body_heads
                ante = index.find(pos, query_tokens(forms), only_type="ORG" if body else None)
            if ante is not None:
                tok = linker.tokens[segs[ante.position].first]
                evidence["antecedent"] = {"text": ante.surface, "start": tok.start}
                if cand is None or cand.id != ante.cand.id:
                    a = ante.cand
                    cand = Candidate(a.id, a.name, a.type, a.score, a.matched, "coref", {})
            elif seg.ambiguous and cand is None:
                evidence["candidates"] = [c.id for c in seg.ambiguous]
        if cand is not None and "matched" not in evidence:
            evidence["matched"] = cand.matched
        out.append((seg, cand, evidence))
    return out


def _mentions(linker: SpanLinker, rt: Runtime, segs: list[Seg]) -> Iterator[Mention]:
    tokens = linker.tokens
    text = linker.text
    taken_until = -1
    resolved = _resolved(linker, rt, segs)
    for k, (seg, cand, evidence) in enumerate(resolved):
        if cand is None and seg.phrase:
            continue
        last = seg.last
        if cand is not None and cand.type == "ORG":
            last = _extend_with_head(linker, rt, seg, resolved, k)
        start, end = tokens[seg.first].start, tokens[last].end
        if start < taken_until:
            continue
        taken_until = end
        if cand is None:
            yield Mention(
                start,
                end,
                text[start:end],
                None,
                None,
                _guess_type(linker, rt, seg),
                0.0,
                "none",
                evidence,
            )
        else:
            yield Mention(
                start,
                end,
                text[start:end],
                cand.id,
                cand.name,
                cand.type,
                cand.score,
                cand.method,
                evidence,
            )


def _extend_with_head(linker: SpanLinker, rt: Runtime, seg: Seg, resolved: list, k: int) -> int:
    """Include a following lower-case head noun when the name lacks one ("Accord forces")."""
    tokens = linker.tokens
    nxt = seg.last + 1
    if nxt >= len(tokens) or tokens[seg.last].possessive:
        return seg.last
    t = tokens[nxt]
    if t.cap or not t.joined or t.sent_start:
        return seg.last
    if t.form not in rt.lex.body_heads:
        return seg.last
    if any(tokens[i].form in rt.lex.body_heads for i in range(seg.first, seg.last + 1)):
        return seg.last
    if k + 1 < len(resolved) and resolved[k + 1][0].first <= nxt:
        return seg.last
    return nxt


def _guess_type(linker: SpanLinker, rt: Runtime, seg: Seg) -> str | None:
    tokens = linker.tokens
    if tokens[seg.last].form in rt.lex.body_heads:
        return "ORG"
    if seg.context and any(c.split()[-1].lower() in rt.lex.titles for c in seg.context):
        return "PER"
    return None


# -- many documents ----------------------------------------------------------------------------
_WORKER: Normalizer | None = None


def _work(item: tuple[str, str | None]) -> Document:
    assert _WORKER is not None
    return canonicalize_text(_WORKER, item[0], item[1])


def canonicalize_stream(
    normalizer: Normalizer,
    texts: Iterable[str] | Iterable[tuple[str, str | None]],
    jobs: int = 1,
) -> Iterator[Document]:
    """Canonicalize documents in input order; items are texts or ``(text, doc id)`` pairs."""
    items = ((t, None) if isinstance(t, str) else (t[0], t[1]) for t in texts)
    if jobs is None or jobs <= 1:
        for text, doc in items:
            yield canonicalize_text(normalizer, text, doc)
        return
    global _WORKER
    runtime_for(normalizer)  # built before forking, so workers inherit it
    _WORKER = normalizer
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(jobs) as pool:
        yield from pool.imap(_work, items, chunksize=4)
