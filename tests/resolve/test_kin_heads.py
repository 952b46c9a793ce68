"""A facility said with a head English uses for the same kind of place ("the Labraq
airfield") is the facility the gazetteer holds under the other head (Al Abraq International
Airport), not the town it is named after; a head as written that finds the facility wins."""

from __future__ import annotations

from link_pairs import link_map

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.kin_heads import kin_heads, named_with_kin

RECORDS = [
    Record("loc:abraq", "LOC", "Al Abraq", "الأبرق"),
    Record("loc:abraq-airport", "LOC", "Al Abraq International Airport", "مطار الأبرق الدولي"),
    Record("loc:ghat", "LOC", "Ghat", "غات"),
    Record("loc:ghat-airfield", "LOC", "Ghat Airfield", "مهبط غات"),
    Record("loc:bayda", "LOC", "Bayda", "البيضاء"),
]


def test_kin_heads_data() -> None:
    assert "airport" in kin_heads()["airfield"]
    assert named_with_kin("airfield", {"al", "abraq", "international", "airport"})
    assert not named_with_kin("airfield", {"al", "abraq"})
    assert not named_with_kin("hotel", {"al", "abraq", "airport"})


def test_an_airfield_is_the_airport_not_the_town() -> None:
    nz = Normalizer.from_records(RECORDS)
    links = link_map(nz, "Flights resumed at the Al Abraq airfield near Bayda on Monday.")
    assert links.get("Al Abraq airfield") == "loc:abraq-airport"
    assert "Al Abraq" not in links


def test_the_head_as_written_comes_first() -> None:
    nz = Normalizer.from_records(RECORDS)
    links = link_map(nz, "A plane landed at the Ghat airfield on Monday.")
    assert links.get("Ghat airfield") == "loc:ghat-airfield"


def test_the_town_alone_stays_the_town() -> None:
    nz = Normalizer.from_records(RECORDS)
    assert link_map(nz, "Residents of Al Abraq protested.").get("Al Abraq") == "loc:abraq"


def test_a_name_the_written_head_finds_nowhere_is_matched_with_the_kin() -> None:
    """ "Mitiga airstrip" finds nothing as written (the airport's names hold no "airstrip"):
    the match is asked again as "Mitiga airport" (match_with_kin), not left to the town."""
    records = [
        Record("loc:mitiga", "LOC", "Mitiga", "معيتيقة"),
        Record("loc:mitiga-airport", "LOC", "Mitiga International Airport", "مطار معيتيقة الدولي"),
    ]
    nz = Normalizer.from_records(records)
    assert not nz.match("Mitiga airstrip")
    links = link_map(nz, "The Mitiga airstrip was shelled on Monday.")
    assert links.get("Mitiga airstrip") == "loc:mitiga-airport"
