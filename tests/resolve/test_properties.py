"""Property tests: offsets, no overlaps, and rewriting changes nothing outside mention spans."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from normx.api import Normalizer
from normx.detect.lexicon import lexicon
from normx.render.text import replacements
from normx.resolve.acronyms import METHOD as ACRONYM
from normx.resolve.document import Document

FRAGMENTS = [
    "Khalifa Haftar", "Haftar’s", "Haftar", "Khaled Al-Mashri", "al-Mishri", "the Accord forces",
    "Government of National Accord", "Al-Wefaq government", "reconciliation government",
    "Tripoli", "Sirte and Jufrah Operations Room", "Supreme Council of State", "Akar",
    "Hulusi Akar", "Turkish", "Libyan", "retired Major General", "Amer Lavi", "The Chamber",
    "said", "met", "in", "and", "of", "the", ".", ",", "“", "”", "\n", "(", ")", "-", "'s",
    "é", "🙂", "<script>", "Al", "bin", "Abu", "UN", "5+5",
]  # fmt: skip


def _restore(doc: Document) -> str:
    """Put the original mention texts back into the rewritten text."""
    lex = lexicon()
    out: list[str] = []
    pos_rw = 0
    pos_in = 0
    rewritten = [m for m in doc.mentions if m.method != ACRONYM]  # as the pipeline passes them
    for m, rep in replacements(doc.text, rewritten, lex):
        gap = m.start - pos_in
        out.append(doc.rewritten[pos_rw : pos_rw + gap])
        assert doc.rewritten[pos_rw + gap : pos_rw + gap + len(rep)] == rep
        out.append(m.text)
        pos_rw += gap + len(rep)
        pos_in = m.end
    out.append(doc.rewritten[pos_rw:])
    return "".join(out)


texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=25).map(
    lambda parts: " ".join(parts)
)


@settings(max_examples=150, deadline=None)
@given(texts)
def test_rewrite_restores_input_and_offsets_hold(seed_nz: Normalizer, text: str) -> None:
    doc = seed_nz.canonicalize(text)
    prev_end = 0
    for m in doc.mentions:
        assert text[m.start : m.end] == m.text
        assert m.start >= prev_end  # sorted, never overlapping
        assert m.start < m.end
        prev_end = m.end
    assert _restore(doc) == text
