"""A bare family name shared by a father and his sons, whose chained names carry the father's
given name, goes to the father; a one-word family alias of one son decides nothing."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

FATHER = Record(
    "per:khalifa-haftar",
    "PER",
    "Khalifa Haftar",
    "خليفة حفتر",
    aliases_en=("Khalifa Belqasim Haftar",),
)
SADDAM = Record(
    "per:saddam-haftar", "PER", "Saddam Haftar", "صدام حفتر", aliases_en=("Saddam Khalifa Haftar",)
)
KHALID = Record(
    "per:khalid-haftar", "PER", "Khalid Haftar", "خالد حفتر", aliases_en=("Khalid Khalifa Haftar",)
)
TEXT = "The forces of Haftar advanced on the capital on Monday."


def _bare(records: list[Record], text: str = TEXT) -> tuple[str | None, dict]:
    doc = Normalizer.from_records(records).canonicalize(text)
    (m,) = [m for m in doc.mentions if m.text in ("Haftar", "Gaddafi")]
    return m.id, m.evidence


def test_the_father_whose_name_the_sons_chains_carry_wins():
    found, evidence = _bare([FATHER, SADDAM, KHALID])
    assert found == "per:khalifa-haftar"
    assert sorted(evidence["family_head_of"]) == ["per:khalid-haftar", "per:saddam-haftar"]


def test_an_arabic_chain_is_evidence_too():
    saddam = Record(
        "per:saddam-haftar", "PER", "Saddam Haftar", "صدام حفتر", aliases_ar=("صدام خليفة حفتر",)
    )
    assert _bare([FATHER, saddam])[0] == "per:khalifa-haftar"


def test_a_namesake_without_the_chain_leaves_the_tie():
    other = Record("per:belgasem-haftar", "PER", "Belgasem Haftar", "بلقاسم حفتر")
    found, evidence = _bare([FATHER, SADDAM, other])
    assert "family_head_of" not in evidence
    # the tie this rule leaves goes to the man the family bearers' list names (family_bearer.py)
    assert (found, evidence.get("family_bearer")) == ("per:khalifa-haftar", "Khalifa Haftar")


def test_a_grandson_named_after_his_grandfather_makes_no_father():
    # Khalifa's own chain makes Belqasim his father, and Belqasim's makes Khalifa his: no head
    belqasim = Record(
        "per:belqasim-haftar",
        "PER",
        "Belqasim Haftar",
        aliases_en=("Belqasim Khalifa Haftar",),
    )
    found, evidence = _bare([FATHER, belqasim])
    assert "family_head_of" not in evidence
    # the word then goes to the man the family bearers' list names (family_bearer.py)
    assert (found, evidence.get("family_bearer")) == ("per:khalifa-haftar", "Khalifa Haftar")


def test_a_son_named_in_the_document_keeps_the_bare_name():
    text = "Saddam Haftar arrived in Rome. Haftar met the defence minister."
    doc = Normalizer.from_records([FATHER, SADDAM, KHALID]).canonicalize(text)
    found = [(m.text, m.id) for m in doc.mentions if "Haftar" in m.text]
    assert found == [("Saddam Haftar", "per:saddam-haftar"), ("Haftar", "per:saddam-haftar")]


MUAMMAR = Record("per:muammar-gaddafi", "PER", "Muammar Gaddafi", "معمر القذافي")
KHAMIS = Record(
    "per:khamis-gaddafi",
    "PER",
    "Khamis Gaddafi",
    "خميس القذافي",
    aliases_en=("Khamis Muammar Qadhafi", "Al-Qadhafi"),
)
HANNIBAL = Record("per:hannibal-gaddafi", "PER", "Hannibal Gaddafi", "هانيبال القذافي")
GADDAFI = "Supporters of Gaddafi gathered in the square."


def test_a_one_word_family_alias_of_a_son_decides_nothing():
    found, evidence = _bare([MUAMMAR, KHAMIS, HANNIBAL], GADDAFI)
    assert found != "per:khamis-gaddafi" and "family_head_of" not in evidence
    # the word then goes to the man the family bearers' list names (family_bearer.py)
    assert (found, evidence.get("family_bearer")) == ("per:muammar-gaddafi", "Muammar Gaddafi")


def test_a_one_word_alias_nobody_else_holds_still_links():
    assert _bare([KHAMIS], GADDAFI)[0] == "per:khamis-gaddafi"
