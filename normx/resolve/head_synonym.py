"""A body's head noun translated by another English word for the same Arabic word.

Arabic has one word where English has several: لجنة is a committee or a commission, هيئة an
authority, a commission or a body, مجلس a council or a board. Two translations of one name
differ in just that word ("Central Commission for Municipal Council Elections" for the Central
Committee for Municipal Council Elections, اللجنة المركزية لانتخابات المجالس البلدية), and the
spelling matcher, which pairs words by their letters, leaves both heads unpaired: the match
scores well (0.90) but explains five of six words, short of a clean match
(:data:`~normx.resolve.segment.CLEAN_QUERY_COVERAGE`), and the linker cuts the name into
pieces that link to nothing.

So a match whose only unpaired words are body head nouns (``body`` of ``heads.yaml``), as
many on each side, each of the text's sharing an Arabic rendering in the gloss lexicon
(:mod:`normx.mt.lexicon`) with one of the name's, counts as clean: the two names are one
Arabic name translated twice. Connectors and stop words left over ("for", "the") do not
count; persons are never judged.
"""

from __future__ import annotations

from normx.detect.lexicon import Lexicon
from normx.match.candidate import Candidate
from normx.mt.lexicon import default_lexicon
from normx.resolve.segment import match_pairs


def _renderings(form: str) -> set[tuple[str, ...]]:
    entry = default_lexicon().entries.get((form,))
    return set(entry.renderings) if entry is not None else set()


def heads_translated(cand: Candidate | None, lex: Lexicon) -> bool:
    """*cand* leaves unpaired only body heads that translate one another (see the module)."""
    if cand is None or cand.type == "PER":
        return False
    paired = match_pairs(cand)
    if paired is None:
        return False
    pairs, q_tokens, n_tokens = paired
    skip = lex.connectors | lex.stopwords
    said = {p.get("query") for p in pairs}
    named = {p.get("name") for p in pairs}
    left_q = [f for t in q_tokens if (f := str(t.get("form"))) not in said and f not in skip]
    left_n = [f for t in n_tokens if (f := str(t.get("form"))) not in named and f not in skip]
    if not left_q or len(left_q) != len(left_n):
        return False
    heads = lex.body_heads
    if not all(f in heads for f in left_q + left_n):
        return False
    return all(any(_renderings(q) & _renderings(n) for n in left_n) for q in left_q)
