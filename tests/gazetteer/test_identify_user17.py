"""Identification read past a village's alias and an Arabic "city of" (session 17:
normx.gazetteer.village_aliases.VillageAliases.aside, normx.gazetteer.arabic_core)."""

from __future__ import annotations

from normx.gazetteer.arabic_core import arabic_agree
from normx.gazetteer.inherit import identify
from normx.gazetteer.schema import Record
from normx.gazetteer.village_aliases import VillageAliases
from normx.text.normalize import normalize_name

TOWN = Record(
    "loc:janzour", "LOC", "Janzour", "جنزور", aliases_en=("Janzur",), note="OSM place=town"
)
VILLAGE = Record(
    "loc:zawia-janzour",
    "LOC",
    "Zawia Janzour",
    "زاوية جنزرو",
    aliases_en=("Janzour",),
    note="OSM place=village",
)
MINE = Record("my:janzour", "LOC", "Janzour", "جنزور")


def links(users: list[Record], shipped: list[Record]) -> dict[tuple[str, str], str]:
    villages = VillageAliases(shipped, normalize_name)
    found = identify(users, shipped, normalize_name, villages)
    return {(k.user_id, k.shipped_id): k.rule for k in found}


def test_a_village_holding_the_name_as_an_alias_does_not_block_the_town() -> None:
    assert links([MINE], [TOWN, VILLAGE]) == {("my:janzour", "loc:janzour"): "name"}
    # without the village reading, two shipped holders identify nothing (as before)
    assert identify([MINE], [TOWN, VILLAGE], normalize_name) == ()


def test_a_village_holding_it_as_its_own_name_or_two_towns_still_block() -> None:
    named = Record("loc:janzour-v", "LOC", "Janzour", "جنزور", note="OSM place=village")
    assert links([MINE], [TOWN, named]) == {}
    other_town = Record("loc:j2", "LOC", "Old J", "جنزور", aliases_en=("Janzour",), note="town")
    assert links([MINE], [TOWN, other_town]) == {}


def test_an_arabic_city_word_does_not_veto_identification() -> None:
    shipped = Record("loc:tunis", "LOC", "Tunis", "مدينة تونس", aliases_ar=("تونس العاصمة",))
    mine = Record("my:tunis", "LOC", "Tunis", "تونس")
    assert arabic_agree(mine, shipped, normalize_name)
    assert links([mine], [shipped]) == {("my:tunis", "loc:tunis"): "name"}
    # another Arabic name is still another place
    elsewhere = Record("my:tunis", "LOC", "Tunis", "تونسة")
    assert not arabic_agree(elsewhere, shipped, normalize_name)
    assert links([elsewhere], [shipped]) == {}
