"""A shipped record answering the text only by an alias gives way to the user's own record or
a major place the name fits nearly as well; a facility matched without its head noun gives way
to the town it is named after (normx.resolve.standing)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from normx.api import Normalizer
from normx.gazetteer.paths import DEFAULTS_ENV
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.standing import (
    MAJOR,
    MINOR,
    USER,
    higher_standing_rival,
    lesser_dropped,
    record_standings,
    standing_of,
    town_of_facility,
)

FACILITY = frozenset({"airport", "airbase", "port", "base", "station"})


def _cand(rid: str, name: str, score: float, matched: str, method: str = "fuzzy") -> Candidate:
    return Candidate(rid, name, "LOC", score, matched, method, {})


def test_standing_of_notes() -> None:
    assert standing_of("OSM place=village", shipped=True) == MINOR
    assert standing_of("OSM place=hamlet", shipped=True) == MINOR
    assert standing_of("OSM place=city; English name as in Wikipedia", shipped=True) == MAJOR
    assert standing_of("OSM place=town", shipped=True) == MAJOR
    assert standing_of("district (shabiyah)", shipped=True) == MAJOR
    assert standing_of(None, shipped=True) == MAJOR
    # the user's own record stands highest whatever its note says
    assert standing_of("OSM place=village", shipped=False) == USER


STANDING = {"loc:village": MINOR, "loc:village-2": MINOR, "loc:district": MAJOR, "loc:u": USER}
ARABIC = {
    "loc:village": (("سدره",),),
    "loc:u": (("سدره",),),
    "loc:district": (("جفره",),),
}


def _standing(rid: str) -> int:
    return STANDING.get(rid, USER)


def _arabic(rid: str) -> tuple[tuple[str, ...], ...]:
    return ARABIC.get(rid, ())


def test_village_alias_gives_way_to_a_near_user_record() -> None:
    best = _cand("loc:village", "Azwaiya", 1.0, "Zawia", "exact")
    user = _cand("loc:u", "Zawiya", 0.964, "Zawiya")
    assert higher_standing_rival(best, [best, user], _standing, _arabic) == user


def test_a_loose_rival_needs_the_alias_arabic_name() -> None:
    best = _cand("loc:village", "Al Sidrah", 1.0, "As-Sidra", "exact")
    user = _cand("loc:u", "Es Sider", 0.894, "Es Sider", "phonetic")
    assert higher_standing_rival(best, [best, user], _standing, _arabic) == user
    # the same likeness without a shared Arabic name is no reason to leave the exact alias
    assert higher_standing_rival(best, [best, user], _standing, lambda rid: ()) is None
    # nor a likeness below the floor even with one
    weak = _cand("loc:u", "Es Sider", 0.8, "Es Sider", "phonetic")
    assert higher_standing_rival(best, [best, weak], _standing, _arabic) is None


def test_no_way_given_by_canonical_name_equal_standing_or_the_users_own() -> None:
    canonical = _cand("loc:village", "Zawia", 1.0, "Zawia", "exact")
    user = _cand("loc:u", "Zawiya", 0.964, "Zawiya")
    assert higher_standing_rival(canonical, [canonical, user], _standing, _arabic) is None
    alias = _cand("loc:village", "Azwaiya", 1.0, "Zawia", "exact")
    other_village = _cand("loc:village-2", "Zawiya", 0.97, "Zawiya")
    assert higher_standing_rival(alias, [alias, other_village], _standing, _arabic) is None
    own = _cand("loc:u", "Azwaiya", 1.0, "Zawia", "exact")
    district = _cand("loc:district", "Zawiya District", 0.97, "Zawiya")
    assert higher_standing_rival(own, [own, district], _standing, _arabic) is None
    person = Candidate("per:village", "Azwaiya", "PER", 1.0, "Zawia", "exact", {})
    assert higher_standing_rival(person, [person, user], _standing, _arabic) is None


def test_a_district_alias_gives_way_to_the_users_place() -> None:
    best = _cand("loc:district", "Jufra District", 1.0, "Jufra", "exact")
    user = _cand("loc:u", "Al Jufrah", 0.964, "Al Jufrah")
    village = _cand("loc:village", "Jufra", 0.97, "Jufra")
    assert higher_standing_rival(best, [best, village, user], _standing, _arabic) == user


def test_a_tie_with_a_lesser_look_alike_is_no_tie() -> None:
    alias = _cand("loc:village", "Al Sidrah", 0.94, "As-Sidra", "phonetic")
    user = _cand("loc:u", "Es Sider", 0.94, "Es Sider", "phonetic")
    namesake = _cand("loc:village-2", "Al Sidrah", 0.89, "Al Sidrah", "phonetic")
    arabic = dict(ARABIC, **{"loc:village-2": (("سدره",),)})

    def arabic_of(rid: str) -> tuple[tuple[str, ...], ...]:
        return arabic.get(rid, ())

    assert lesser_dropped([alias, user, namesake], _standing, arabic_of) == [user]
    # without a shared Arabic name, a loose rival below NEAR_SCORE stays a rival
    assert lesser_dropped([alias, user, namesake], _standing, None) == [alias, user, namesake]
    # a lesser place the word fits better than the user's record stays
    closer = _cand("loc:village-2", "Al Sidrah", 0.97, "Al Sidrah", "phonetic")
    assert lesser_dropped([closer, user], _standing, arabic_of) == [closer, user]
    # records of one standing are left to the other rules
    other = _cand("loc:village-2", "Sidra", 0.94, "Sidra", "phonetic")
    assert lesser_dropped([alias, other], _standing, arabic_of) == [alias, other]


def test_facility_without_its_head_is_the_town() -> None:
    base = _cand("loc:base", "Brak Air Base", 0.907, "Brak al-Shati Air Base", "phonetic")
    brak = _cand("loc:brak", "Brak", 1.0, "Brak", "exact")
    town = town_of_facility(base, "Brak Al-Shati", FACILITY, iter([[], [brak]]))
    assert town is not None and town.id == "loc:brak" and town.score == base.score
    # said with its head, it is the facility
    said = town_of_facility(base, "Brak Al-Shati Air Base", FACILITY, iter([[brak]]))
    assert said is None
    # two places so named: no decision here
    other = _cand("loc:brak-2", "Brak", 1.0, "Brak", "exact")
    assert town_of_facility(base, "Brak Al-Shati", FACILITY, iter([[brak, other]])) is None
    # a prefix that is not a word of the facility's name is no town of it
    elsewhere = _cand("loc:tripoli", "Tripoli", 1.0, "Tripoli", "exact")
    assert town_of_facility(base, "Tripoli Al-Shati", FACILITY, iter([[elsewhere]])) is None
    assert town_of_facility(base, "Brak Al-Shati", FACILITY, iter([])) is None


SHIPPED = [
    {
        "id": "loc:azwaiya-1",
        "type": "LOC",
        "name": {"en": "Azwaiya", "ar": "الزويه"},
        "aliases": {"en": ["Zawia"]},
        "xref": {"osm": "node/1"},
        "source": "OpenStreetMap (ODbL), node 1",
        "note": "OSM place=village",
    },
    {
        "id": "loc:jufra-district",
        "type": "LOC",
        "name": {"en": "Jufra District", "ar": "شعبية الجفرة"},
        "aliases": {"en": ["Jufra"], "ar": ["الجفرة"]},
        "note": "district (shabiyah)",
    },
    {
        "id": "loc:brak-air-base",
        "type": "LOC",
        "name": {"en": "Brak Air Base", "ar": "قاعدة براك الجوية"},
        "aliases": {"en": ["Brak al-Shati Air Base"]},
        "note": "air base",
    },
]
USER_GAZ = [
    {"id": "loc:my-zawiya", "type": "LOC", "name": {"en": "Zawiya", "ar": "الزاوية"}},
    {"id": "loc:my-jufrah", "type": "LOC", "name": {"en": "Al Jufrah", "ar": "الجفرة"}},
    {"id": "loc:my-brak", "type": "LOC", "name": {"en": "Brak", "ar": "براك"}},
]
TEXT = "Forces from Zawia moved to Jufra on Monday, and others left Brak Al-Shati."


@pytest.fixture()
def shipped_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    (shipped / "places.yaml").write_text(yaml.safe_dump(SHIPPED, allow_unicode=True), "utf-8")
    monkeypatch.setenv(DEFAULTS_ENV, str(shipped))
    return shipped


def _links(nz: Normalizer, text: str) -> dict[str, str | None]:
    return {m.text: m.id for m in nz.canonicalize(text).mentions}


def test_user_records_win_over_shipped_look_alikes(shipped_dir: Path, tmp_path: Path) -> None:
    own = tmp_path / "mine.yaml"
    own.write_text(yaml.safe_dump(USER_GAZ, allow_unicode=True), "utf-8")
    nz = Normalizer.load([own], defaults=True, use_cache=False)
    found = _links(nz, TEXT)
    assert found.get("Zawia") == "loc:my-zawiya"
    assert found.get("Jufra") == "loc:my-jufrah"
    assert found.get("Brak Al-Shati") == "loc:my-brak"


def test_shipped_alone_keep_their_aliases(shipped_dir: Path) -> None:
    nz = Normalizer.load([], defaults=True, use_cache=False)
    found = _links(nz, TEXT)
    assert found.get("Zawia") == "loc:azwaiya-1"
    assert found.get("Jufra") == "loc:jufra-district"
    assert found.get("Brak Al-Shati") == "loc:brak-air-base"


def test_standings_of_loaded_records(shipped_dir: Path, tmp_path: Path) -> None:
    own = tmp_path / "mine.yaml"
    own.write_text(yaml.safe_dump(USER_GAZ, allow_unicode=True), "utf-8")
    nz = Normalizer.load([own], defaults=True, use_cache=False)
    table = record_standings(nz.index.records)
    assert table["loc:azwaiya-1"] == MINOR
    assert table["loc:jufra-district"] == MAJOR
    assert table["loc:my-zawiya"] == USER
    bare = record_standings([Record("loc:x", "LOC", "X", None, note="OSM place=village")])
    assert bare == {"loc:x": USER}  # no origin: the caller's own


def test_shipped_alone_major_places_stand_highest(shipped_dir: Path) -> None:
    nz = Normalizer.load([], defaults=True, use_cache=False)
    table = record_standings(nz.index.records)
    assert table == {"loc:azwaiya-1": MINOR, "loc:jufra-district": USER, "loc:brak-air-base": USER}
