"""A people's short name spelled from its Arabic name ("Tabu": التبو) wins a tie with a place
a letter away (normx.resolve.people_spelled). Hand-written records."""

from __future__ import annotations

from link_pairs import pairs

from normx.gazetteer.schema import Record
from normx.gazetteer.titles import with_bare_titles
from normx.resolve.people_spelled import spelled_people

RECORDS = with_bare_titles(
    [
        Record("org:toubou-people", "ORG", "Toubou people", "التبو"),
        Record("org:tuareg-people", "ORG", "Tuareg people", "الطوارق"),
        # a town whose name is a letter from the people's: the look-alike that tied
        Record("loc:ad-dabbah", "LOC", "Ad Dabbah", "الدبة"),
        Record("loc:ubari", "LOC", "Ubari", "أوباري"),
    ]
)


def test_a_people_spelled_from_its_arabic_name_wins_the_tie() -> None:
    links = dict(pairs(RECORDS, "In 2019 hundreds of Tabu returned to Ubari after the war."))
    assert links["Tabu"] == "org:toubou-people"
    assert links["Ubari"] == "loc:ubari"


def test_two_consonants_do_not_pick_a_place() -> None:
    # the same two-consonant word ties between two places: no people, no tie-break
    places = [
        Record("loc:tabba", "LOC", "Tabba", "طبة"),
        Record("loc:dabbah", "LOC", "Ad Dabbah", "الدبة"),
    ]
    assert dict(pairs(places, "Fighting reached Tabu on Monday.")).get("Tabu") is None


def test_the_rule_wants_a_people_among_the_close_candidates() -> None:
    from normx.match.candidate import Candidate

    place = Candidate("loc:x", "Ad Dabbah", "LOC", 0.82, "Ad Dabbah", "fuzzy")
    names = {"loc:x": (("الدبة",),)}
    assert spelled_people("tabu", [place], names.__getitem__) is None
