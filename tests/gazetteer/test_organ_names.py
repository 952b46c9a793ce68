"""A body's official name with its organ before its own name is inherited though it holds a name
already held (normx.gazetteer.organ_names); other longer forms still are not."""

from __future__ import annotations

from normx.gazetteer.inherit import plan_inheritance
from normx.gazetteer.organ_names import is_organ_name
from normx.gazetteer.schema import Record
from normx.text.normalize import normalize_name

ARMY = Record(
    "org:army",
    "ORG",
    "Northland National Army",
    "الجيش الوطني الشمالي",
    aliases_en=("Northland Armed Forces", "General Command of the Northland Armed Forces"),
    source="curated: hand-written",
)
UNION = Record(
    "org:union",
    "ORG",
    "Southland Union",
    aliases_en=("Commission of the Southland Union", "Southland Union Congress"),
    source="curated: hand-written",
)


def inherited(users: list[Record], shipped: list[Record]) -> set[tuple[str, str]]:
    inh = plan_inheritance(users, shipped, normalize_name, shipped_loaded=False)
    return {(n.record_id, n.text) for n in inh.names}


def test_the_organ_before_the_bodys_own_name_is_inherited():
    user = Record("org:army", "ORG", "Northland National Army")
    got = inherited([user], [ARMY])
    assert ("org:army", "General Command of the Northland Armed Forces") in got
    assert ("org:army", "Northland Armed Forces") in got


def test_a_one_word_head_or_a_longer_form_without_of_is_still_refused():
    user = Record("org:union", "ORG", "Southland Union")
    assert inherited([user], [UNION]) == set()


def test_an_organ_head_that_is_another_records_name_is_refused():
    user = Record("org:army", "ORG", "Northland National Army")
    rival = Record("org:gc", "ORG", "General Command")
    got = inherited([user, rival], [ARMY])
    assert ("org:army", "General Command of the Northland Armed Forces") not in got


def test_is_organ_name_reads_the_shape():
    own = {"northland armed forces"}
    never: set[str] = set()
    assert is_organ_name("general command of the northland armed forces", own, never.__contains__)
    assert not is_organ_name("command of the northland armed forces", own, never.__contains__)
    assert not is_organ_name("general command of the southland", own, never.__contains__)
    assert not is_organ_name("general command northland armed forces", own, never.__contains__)
