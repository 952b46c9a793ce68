"""French names of armed movements in English copy: "Forces de soutien rapide (FSR)", "Front
pour l'alternance et la concorde au Tchad (FACT)": the French words glossed into Arabic, "au"
read as a connector before the country (normx.mt.french, normx.detect.french_names), and the
French acronym spelled from the French name's content words (normx.resolve.acronyms).
Hand-written records (Arabic names as the bodies write them)."""

from __future__ import annotations

import pytest
from link_pairs import pairs

from normx.gazetteer.schema import Record
from normx.resolve.acronyms import initials

RECORDS = [
    Record("org:rsf", "ORG", "Rapid Support Forces", "قوات الدعم السريع"),
    Record(
        "org:fact", "ORG", "Front for Change and Concord in Chad", "جبهة التناوب والوفاق في تشاد"
    ),
    Record("org:african-union", "ORG", "African Union", "الاتحاد الأفريقي", aliases_en=("AU",)),
    Record("loc:chad", "LOC", "Chad", "تشاد", aliases_en=("Tchad",)),
    Record("loc:sudan", "LOC", "Sudan", "السودان"),
]


def test_a_french_acronym_spells_the_content_words() -> None:
    assert "FACT" in initials("Front pour l'alternance et la concorde au Tchad")
    assert "FSR" in initials("Forces de soutien rapide")


def test_the_rapid_support_forces_in_french_and_their_french_acronym() -> None:
    text = "In Sudan, the Forces de soutien rapide (FSR) took the town. The FSR denied any looting."
    links = pairs(RECORDS, text)
    assert ("Forces de soutien rapide", "org:rsf") in links
    assert [i for t, i in links if t == "FSR"] == ["org:rsf", "org:rsf"]


def test_a_french_name_runs_on_over_au_and_its_country() -> None:
    text = (
        "The rebels of the Front pour l'alternance et la concorde au Tchad (FACT) crossed "
        "the border. The FACT said so."
    )
    links = pairs(RECORDS, text)
    assert ("Front pour l'alternance et la concorde au Tchad", "org:fact") in links
    assert ("Tchad", "loc:chad") not in links
    assert [i for t, i in links if t == "FACT"] == ["org:fact", "org:fact"]


def test_english_au_is_still_the_african_union() -> None:
    # "au" is a connector to the French name detector only, not a gloss function word
    links = pairs(RECORDS, "The AU sent envoys to Chad.")
    assert ("AU", "org:african-union") in links


def test_a_french_acronym_may_spell_pour_too() -> None:
    # "pour" skipped (FACT) is one form; spelled (RPR, UpM) is another, kept beside it
    assert "RPR" in initials("Rassemblement pour la République")
    assert "UPM" in initials("Union pour la Méditerranée")
    assert "UM" in initials("Union pour la Méditerranée")


def test_a_french_acronym_spelling_pour_links_its_definition() -> None:
    union = Record(
        "org:upm",
        "ORG",
        "Union for the Mediterranean",
        "الاتحاد من أجل المتوسط",
        aliases_en=("Union pour la Méditerranée",),
    )
    text = "Ministers of the Union pour la Méditerranée (UpM) met in Tunis. The UpM said so."
    links = pairs([*RECORDS, union], text)
    assert [i for t, i in links if t == "UpM"] == ["org:upm", "org:upm"]


@pytest.mark.parametrize(
    "text",
    ["The Forces au Tchad withdrew.", "The Mission des Nations unies au Tchad said so."],
)
def test_lower_case_au_is_never_the_african_union(text: str) -> None:
    # a French name the gazetteer lacks, its country after "au": the country, not the AU
    links = pairs(RECORDS, text)
    assert not [t for t, i in links if i == "org:african-union"]
    assert ("Tchad", "loc:chad") in links
    assert not [t for t, _ in links if t.startswith("au ") or t.endswith(" au")]


def test_lower_contractions_leave_capitals() -> None:
    from normx.mt.french import lower_contractions

    assert lower_contractions("Forces au Mali") == "Forces Mali"
    assert lower_contractions("AU summit") == "AU summit"
    assert lower_contractions("Beau Rivage") == "Beau Rivage"
