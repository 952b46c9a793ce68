"""A body the gazetteer holds under the very words of "the University of <X>" when a look-alike
place took the span X: the phrase links the body instead of being left an unknown body's name
(normx.resolve.seat_body_named, hooked in normx.resolve.unknown_body_seat)."""

from __future__ import annotations

from pathlib import Path

from normx.api import Normalizer
from normx.match.candidate import Candidate
from normx.resolve.seat_body_named import body_named_by_phrase

# the university under its English name only, and a village whose name holds the
# university's two words, spelled a little nearer to the text's "Omar Al-Mukhtar"
UNIVERSITY = """- id: org:my-university
  type: ORG
  name: {en: "Omar Al-Mukhtar University"}
"""
VILLAGE = """- id: loc:my-village
  type: LOC
  name: {en: "Qaryat Omar al Mukhtar"}
"""
TEXT = "A team from the University of Omar Al-Mukhtar is documenting the damage."


def _mentions(tmp_path: Path, body: str, text: str) -> list[tuple[str, str | None]]:
    path = tmp_path / "mine.yaml"
    path.write_text(body, encoding="utf-8")
    nz = Normalizer.load([path], defaults=False, use_cache=False)
    return [(m.text, m.id) for m in nz.canonicalize(text).mentions]


def test_the_village_takes_the_span_but_the_phrase_names_the_university(tmp_path: Path) -> None:
    found = _mentions(tmp_path, UNIVERSITY + VILLAGE, TEXT)
    assert found == [("University of Omar Al-Mukhtar", "org:my-university")]


def test_without_the_village_the_university_links_as_before(tmp_path: Path) -> None:
    found = _mentions(tmp_path, UNIVERSITY, TEXT)
    assert [i for _, i in found] == ["org:my-university"]


def test_a_body_of_other_words_leaves_the_unknown_body_unlinked(tmp_path: Path) -> None:
    # the gazetteer's council is Zawiya's; the text's is Zuwara's, a town it holds: the
    # phrase is an unknown body named by its seat, as before
    body = """- id: org:my-council
  type: ORG
  name: {en: "Military Council of Zawiya"}
- id: loc:my-zuwara
  type: LOC
  name: {en: "Zuwara"}
"""
    found = _mentions(tmp_path, body, "He met the Military Council of Zuwara on Sunday.")
    assert found == [("Military Council of Zuwara", None)]


def _cand(name: str, type_: str = "ORG", score: float = 0.85) -> Candidate:
    return Candidate(id="x:1", name=name, type=type_, score=score, matched=name, method="fuzzy")


def _named(phrase: str, cand: Candidate) -> Candidate | None:
    return body_named_by_phrase(phrase, lambda q: [cand], lambda i: ())


def test_only_a_body_of_the_very_words_said() -> None:
    phrase = "University of Omar Al-Mukhtar"
    assert _named(phrase, _cand("Omar Al-Mukhtar University")) is not None
    # more words than the text says, a place, a score under the threshold: no
    assert _named(phrase, _cand("Omar Al-Mukhtar University of Bayda")) is None
    assert _named(phrase, _cand("Omar Al-Mukhtar University", "LOC")) is None
    assert _named(phrase, _cand("Omar Al-Mukhtar University", score=0.6)) is None


FUSED = (
    "The engineer Ahmed Bouzaid of the University of Omar Al-Mukhtar said the dams need a study."
)


def test_a_person_fused_with_the_phrase_is_cut_from_the_body(tmp_path: Path) -> None:
    found = _mentions(tmp_path, UNIVERSITY + VILLAGE, FUSED)
    assert ("University of Omar Al-Mukhtar", "org:my-university") in found
    assert ("Ahmed Bouzaid", None) in found


def test_without_the_body_the_fused_name_stays_whole(tmp_path: Path) -> None:
    found = _mentions(tmp_path, VILLAGE, FUSED)
    assert ("Ahmed Bouzaid of the University of Omar Al-Mukhtar", None) in found
