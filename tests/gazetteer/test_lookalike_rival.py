"""A rival that only looks like an attested name in Latin letters, and whose Arabic name shares
no word with the shipped record's, does not keep the name from the user's record
(normx.gazetteer.lookalike_rival, used by normx.gazetteer.inherit)."""

from __future__ import annotations

from normx.gazetteer.inherit import Inheritance, plan_inheritance
from normx.gazetteer.lookalike_rival import arabic_words, written_otherwise
from normx.gazetteer.schema import Record
from normx.text.normalize import normalize_name

SHIPPED = Record(
    "org:sunrise-front", "ORG", "Sunrise Front", "جبهة الشروق", aliases_en=("Shurooq",)
)
USER = Record("my:front", "ORG", "Sunrise Front", "جبهة الشروق")


def _inherited(rival: Record) -> set[str]:
    def rivals(name: str) -> list[tuple[str, float, str]]:
        # the village a letter or two away answers the name better than the user's record
        return [(rival.id, 0.96, rival.canonical)] if name == "Shurooq" else []

    inh: Inheritance = plan_inheritance(
        [USER, rival], [SHIPPED], normalize_name, shipped_loaded=False, rivals=rivals
    )
    return {n.text for n in inh.names}


def test_a_lookalike_written_otherwise_in_arabic_keeps_nothing() -> None:
    village = Record("my:village", "LOC", "Sharouk", "شاروك")
    assert "Shurooq" in _inherited(village)


def test_a_rival_sharing_an_arabic_word_still_keeps_the_name() -> None:
    town = Record("my:town", "LOC", "Shurooqa", "الشروق")
    assert "Shurooq" not in _inherited(town)


def test_a_rival_without_arabic_still_keeps_the_name() -> None:
    bare = Record("my:bare", "LOC", "Sharouk")
    assert "Shurooq" not in _inherited(bare)


def test_words_are_compared_with_and_without_the_article() -> None:
    assert "شروق" in arabic_words(["جبهة الشروق"])
    town = Record("my:town", "LOC", "Shurooq Town", "شروق")
    assert not written_otherwise(town, SHIPPED, "Shurooq Town")


def test_a_rival_read_through_its_arabic_name_is_the_cross_script_rules() -> None:
    village = Record("my:village", "LOC", "Sharouk", "شاروك")
    assert not written_otherwise(village, SHIPPED, "شاروك")


def test_a_villages_alternative_spelling_is_no_attestation() -> None:
    village = Record(
        "loc:kharba-village",
        "LOC",
        "Kharba",
        "خربة",
        aliases_en=("Shurooq",),
        note="OSM place=village",
    )
    rival = Record("my:village", "LOC", "Sharouk", "شاروك")
    assert not written_otherwise(rival, village, "Sharouk")
    assert written_otherwise(rival, SHIPPED, "Sharouk")
