"""The shipped duplicate of a user's record does not vouch for its own names when the defaults
are loaded too: whether another user record answers a shipped alias better than the user's
record is judged as when the shipped files are not loaded (normx.gazetteer.inherit)."""

from __future__ import annotations

from normx.gazetteer.inherit import plan_inheritance
from normx.gazetteer.schema import Record
from normx.text.normalize import normalize_name

SHIPPED = Record(
    "loc:jufra-district",
    "LOC",
    "Jufra District",
    "شعبية الجفرة",
    aliases_en=("Jufra",),
)
USER_DISTRICT = Record("loc:u-jufra-district", "LOC", "Jufra District", "شعبية الجفرة")
USER_TOWN = Record("loc:u-al-jufrah", "LOC", "Al Jufrah", "الجفرة")


def _rivals(name: str) -> list[tuple[str, float]]:
    # what the matcher answers over the records as loaded (scores measured on the article sets)
    if name == "Jufra":
        return [
            ("loc:jufra-district", 1.0),
            ("loc:u-al-jufrah", 0.964),
            ("loc:u-jufra-district", 0.78),
        ]
    return []


def _inherited(shipped_loaded: bool) -> set[str]:
    loaded = [USER_DISTRICT, USER_TOWN] + ([SHIPPED] if shipped_loaded else [])
    loaded_ids = {r.id for r in loaded}

    def rivals(name: str) -> list[tuple[str, float]]:
        return [(rid, score) for rid, score in _rivals(name) if rid in loaded_ids]

    inh = plan_inheritance(
        loaded, [SHIPPED], normalize_name, shipped_loaded=shipped_loaded, rivals=rivals
    )
    assert [k.user_id for k in inh.links] == ["loc:u-jufra-district"]
    return {n.text for n in inh.names}


def test_alias_another_user_record_reads_better_is_not_inherited_with_defaults_loaded() -> None:
    assert "Jufra" not in _inherited(shipped_loaded=True)


def test_the_same_without_the_defaults_loaded() -> None:
    assert "Jufra" not in _inherited(shipped_loaded=False)


def test_alias_nobody_else_reads_is_inherited() -> None:
    def rivals(name: str) -> list[tuple[str, float]]:
        return [("loc:jufra-district", 1.0), ("loc:u-jufra-district", 0.78)]

    inh = plan_inheritance(
        [USER_DISTRICT, SHIPPED], [SHIPPED], normalize_name, shipped_loaded=True, rivals=rivals
    )
    assert "Jufra" in {n.text for n in inh.names}


CYRENAICA = Record("loc:cyrenaica", "LOC", "Cyrenaica", "برقة", aliases_en=("Barqa",))
MARJ = Record("loc:marj", "LOC", "Marj", "المرج", aliases_en=("Barka",))
USER_CYRENAICA = Record("loc:u-cyrenaica", "LOC", "Cyrenaica", "برقة")


def test_a_shipped_look_alike_does_not_outrank_the_shipped_name() -> None:
    # the shipped data itself says "Barqa" is Cyrenaica's (exact) before Marj's "Barka" (0.96)
    def rivals(name: str) -> list[tuple[str, float]]:
        if name == "Barqa":
            return [("loc:cyrenaica", 1.0), ("loc:marj", 0.964), ("loc:u-cyrenaica", 0.863)]
        return []

    inh = plan_inheritance(
        [USER_CYRENAICA, CYRENAICA, MARJ],
        [CYRENAICA, MARJ],
        normalize_name,
        shipped_loaded=True,
        rivals=rivals,
    )
    assert "Barqa" in {n.text for n in inh.names}
