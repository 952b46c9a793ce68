"""Identification when the user's gazetteer holds a namesake (normx.gazetteer.identify_titles,
through normx.gazetteer.inherit.identify)."""

from __future__ import annotations

from normx.gazetteer.inherit import identify
from normx.gazetteer.schema import Record
from normx.text.normalize import normalize_name


def rec(rid: str, type: str, en: str | None = None, ar: str | None = None, **kw) -> Record:
    return Record(rid, type, en, ar, **kw)


def links(users: list[Record], shipped: list[Record]) -> dict[tuple[str, str], str]:
    return {(k.user_id, k.shipped_id): k.rule for k in identify(users, shipped, normalize_name)}


OASIS = rec("loc:kufrah", "LOC", "Kufrah", "الكفرة")


def test_a_namesake_of_another_script_name_leaves_the_plain_record_identified() -> None:
    # "Al Kufrah" normalises to "Kufrah" too, but only one of the two is الكفرة
    users = [
        rec("my:kufrah", "LOC", "Kufrah", "الكفرة"),
        rec("my:other", "LOC", "Al Kufrah", "القفره"),
    ]
    assert links(users, [OASIS]) == {("my:kufrah", "loc:kufrah"): "name and Arabic"}
    # both (or neither) with the shipped Arabic name: no identification
    twins = [rec("my:a", "LOC", "Kufrah", "الكفرة"), rec("my:b", "LOC", "Al Kufrah", "الكفرة")]
    assert links(twins, [OASIS]) == {}
    # an English-only namesake could be the shipped record's entity as well
    bare = [rec("my:a", "LOC", "Kufrah", "الكفرة"), rec("my:b", "LOC", "Al Kufrah")]
    assert links(bare, [OASIS]) == {}
