"""The shared pieces of the steps that read a phrase whole: the "longer mention" test and the
splice (:mod:`normx.resolve.document`), and the decisive re-match
(:mod:`normx.resolve.phrase_rematch`) of the embassy and mission steps."""

from __future__ import annotations

from normx.match.candidate import Candidate
from normx.match.score import NO_MATCH_THRESHOLD
from normx.resolve.document import Mention, in_longer, put_in
from normx.resolve.phrase_rematch import MARGIN, decisive, is_place

TEXT = "the Arab Council of Ministers of Libya met"


def _m(start: int, end: int, linked: bool = False) -> Mention:
    return Mention(start, end, TEXT[start:end], "e1" if linked else None, None, "ORG", 0.9, "exact")


def _c(id_: str, score: float, type_: str = "ORG") -> Candidate:
    return Candidate(id_, id_, type_, score, id_, "exact")


def test_in_longer_a_mention_running_past_the_phrase() -> None:
    phrase = (9, 29)  # "Council of Ministers"
    assert in_longer([_m(4, 38)], *phrase)  # "Arab Council of Ministers of Libya"
    assert in_longer([_m(9, 38)], *phrase)  # runs past the end only
    assert not in_longer([_m(9, 16)], *phrase)  # "Council": inside, unlinked
    assert not in_longer([_m(0, 3), _m(33, 38)], *phrase)  # beside it, not over it


def test_in_longer_linked_counts_a_linked_name_inside_only_when_asked() -> None:
    inside = [_m(9, 16, linked=True)]
    assert not in_longer(inside, 9, 29)
    assert in_longer(inside, 9, 29, linked=True)
    assert not in_longer([_m(33, 38, linked=True)], 9, 29, linked=True)  # not over it


def test_put_in_replaces_every_overlapping_mention_in_text_order() -> None:
    joined = _m(9, 38, linked=True)
    out = put_in([_m(0, 3), _m(9, 16), _m(33, 38), _m(39, 42)], joined)
    assert [(x.start, x.end) for x in out] == [(0, 3), (9, 38), (39, 42)]


def test_decisive_wants_the_type_the_floor_and_no_close_rival() -> None:
    sure = NO_MATCH_THRESHOLD + 0.2
    assert decisive([_c("a", sure)], "ORG") == _c("a", sure)
    assert decisive([_c("a", sure)], "LOC") is None  # another type first
    assert decisive([_c("a", NO_MATCH_THRESHOLD - 0.01)], "ORG") is None  # under the floor
    assert decisive([], "ORG") is None
    close = sure - MARGIN / 2
    assert decisive([_c("a", sure), _c("b", close)], "ORG") is None  # a rival within MARGIN
    assert decisive([_c("a", sure), _c("a", close)], "ORG") is not None  # its own other name
    # a rival after the best entity's other name still counts (clear_best reads only the 2nd)
    assert decisive([_c("a", sure), _c("a", close), _c("b", close)], "ORG") is None
    assert decisive([_c("a", sure), _c("b", sure - 2 * MARGIN)], "ORG") is not None


def test_is_place_asks_the_matcher_for_the_words_alone() -> None:
    asked: list[str] = []

    def match(words: str) -> list[Candidate]:
        asked.append(words)
        return [_c("ly", 1.0, "LOC")] if words == "Libya" else [_c("x", 1.0)]

    assert is_place("Libya", match)
    assert not is_place("General", match)
    assert asked == ["Libya", "General"]
