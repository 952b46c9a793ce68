"""Session 18's shortcuts in the cached pass (h-cspeed18): each answers as the code it spares.

The quotation marks around a span are found through an index of the text's deciding
characters instead of a walk over them; a window of ASCII text is its own unaccented form; the
run around a piece is read only when the piece's own words hold no body head; pure answers
about gazetteer names are remembered. The tests compare each with the code it replaced, on
hand-picked and generated texts. The "<designator> of" pattern is asked only after a text
that ends with "of" or "the" and blanks."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from normx.match.candidate import Candidate
from normx.render.text import abbreviation
from normx.resolve.decision import acronym_shaped
from normx.resolve.french_facility import _unaccented
from normx.resolve.minister_office import is_ministry
from normx.resolve.quote_marks import quoted_around, quoted_around_scanned
from normx.resolve.run_head import cut_from_other_body
from normx.resolve.unit_of import _UNIT_OF, _after_of

# texts made of the characters that decide a quote, letters and blanks
_QUOTE_TEXT = st.text(alphabet='"“”«»,.;:!?\n abcXY', max_size=40)


@settings(max_examples=600)
@given(text=_QUOTE_TEXT, a=st.integers(0, 40), b=st.integers(0, 40))
def test_quoted_around_answers_as_the_walk(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    assert quoted_around(text, start, end) == quoted_around_scanned(text, start, end)


def test_quoted_around_cases() -> None:
    text = 'The "Fund for the Reconstruction of Derna" said. «Libya Al-Ahrar» then, "Belle" x'
    for word in ("Derna", "Fund", "Libya", "Al-Ahrar", "said", "Belle", "x"):
        start = text.index(word)
        end = start + len(word)
        assert quoted_around(text, start, end) == quoted_around_scanned(text, start, end)
    start = text.index("Derna")
    assert quoted_around(text, start, start + 5) == "Fund for the Reconstruction of Derna"
    assert quoted_around(text, text.index("said"), text.index("said") + 4) is None
    # another text in between: the index is the new text's, not the last one's
    other = 'no quotes here, "Derna" here'
    at = other.index("Derna")
    assert quoted_around(other, at, at + 5) == "Derna"
    assert quoted_around(text, start, start + 5) == "Fund for the Reconstruction of Derna"


def _unaccented_by_nfkd(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@given(st.text(max_size=30))
def test_unaccented_as_nfkd(text: str) -> None:
    assert _unaccented(text) == _unaccented_by_nfkd(text)
    ascii_only = text.encode("ascii", "ignore").decode()
    assert _unaccented(ascii_only) == _unaccented_by_nfkd(ascii_only) == ascii_only


def test_unaccented_french() -> None:
    assert _unaccented("l'aéroport de") == "l'aeroport de"


def _org(method: str, name: str, matched: str | None = None) -> Candidate:
    return Candidate("o1", name, "ORG", 0.8, matched or name, method, {})


def test_piece_holding_a_head_is_not_judged() -> None:
    heads = frozenset({"council", "government", "authority", "organization"})
    text = "the Presidential Council of the Accord Government met"
    start = text.index("Accord")
    end = text.index(" met")
    cand = _org("gloss", "Government of National Accord")
    assert not cut_from_other_body(text, start, end, cand, (), heads)
    text = "the Libyan Civil Aviation Authority said"
    start = text.index("Civil")
    end = start + len("Civil Aviation")
    cand = _org("gloss", "International Civil Aviation Organization")
    assert cut_from_other_body(text, start, end, cand, (), heads)


def test_remembered_name_answers() -> None:
    assert is_ministry(_org("exact", "Ministry of Health"))
    assert is_ministry(_org("exact", "Health", "وزارة الصحة"))
    assert not is_ministry(_org("exact", "National Oil Corporation"))
    assert not is_ministry(Candidate("p", "Ministry", "PER", 1.0, "Ministry", "exact", {}))
    assert acronym_shaped("OCHA") and not acronym_shaped("Ocha") and not acronym_shaped("A")
    assert abbreviation("GNA", "Government of National Accord")
    assert not abbreviation("LIBYA", "Libya")


@settings(max_examples=600)
@given(
    text=st.lists(st.sampled_from(["of", "the", "branch", "xof", "B", " ", "\t", "\n", ","])).map(
        "".join
    ),
    at=st.integers(0, 60),
)
def test_unit_of_first_test_never_hides_a_match(text: str, at: int) -> None:
    start = min(at, len(text))
    found = _UNIT_OF.search(text, max(0, start - 40), start)
    if found is not None:
        assert _after_of(text, start)
    # and the rule's own answer is the pattern's
    gated = _UNIT_OF.search(text, max(0, start - 40), start) if _after_of(text, start) else None
    assert (gated is None) == (found is None)


def test_unit_of_first_test_cases() -> None:
    for text in ("the municipality of ", "the municipality of the ", "the branch of \n", "of\t"):
        assert _after_of(text, len(text))
    for text in ("the municipality", "in ", "of", "the office  x "):
        assert not _after_of(text, len(text))
