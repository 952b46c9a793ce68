"""A place after "the governorate of" is the governorate the gazetteer holds under the seat's
name and the designator ("Kafr El Sheikh Governorate"), not the town of the bare name."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

UNIT = Record(
    "loc:kafr-el-sheikh-governorate", "LOC", "Kafr El Sheikh Governorate", "محافظة كفر الشيخ"
)
TOWN = Record("loc:kafr-el-sheikh", "LOC", "Kafr El Sheikh", "كفر الشيخ")


def _kafr(text: str) -> str | None:
    doc = Normalizer.from_records([UNIT, TOWN]).canonicalize(text)
    (m,) = [m for m in doc.mentions if m.text == "Kafr Al-Sheikh"]
    return m.id


def test_the_designator_before_names_the_unit():
    text = "The fishermen are from the governorate of Kafr Al-Sheikh, the ministry said."
    assert _kafr(text) == "loc:kafr-el-sheikh-governorate"


def test_the_bare_name_is_the_town():
    assert _kafr("The fishermen are from Kafr Al-Sheikh, the ministry said.") == (
        "loc:kafr-el-sheikh"
    )


def test_a_unit_named_for_another_form_of_the_name_is_left_alone():
    city = Record("loc:mersa-matruh", "LOC", "Mersa Matruh", "مرسى مطروح")
    unit = Record("loc:matrouh-governorate", "LOC", "Matrouh Governorate", "محافظة مطروح")
    text = "He inspected the air base in the governorate of Marsa Matrouh on Saturday."
    doc = Normalizer.from_records([city, unit]).canonicalize(text)
    assert "loc:matrouh-governorate" not in {m.id for m in doc.mentions}


MEDENINE = Record("loc:medenine", "LOC", "Medenine", "مدنين")
MEDENINE_GOV = Record("loc:medenine-governorate", "LOC", "Medenine Governorate", "ولاية مدنين")
ILLIZI = Record("loc:illizi", "LOC", "Illizi", "إليزي")
ILLIZI_PROVINCE = Record("loc:illizi-province", "LOC", "Illizi Province", "ولاية إليزي")


def _ids(records: list[Record], text: str, surface: str) -> list[str | None]:
    doc = Normalizer.from_records(records).canonicalize(text)
    return [m.id for m in doc.mentions if m.text == surface]


def test_a_likeness_of_the_town_reaches_the_unit_named_for_it():
    # MT's "Madanin" is Medenine by likeness; "the governorate of" says the unit
    text = "Thousands of families in the governorate of Madanin live from this trade."
    assert _ids([MEDENINE, MEDENINE_GOV], text, "Madanin") == ["loc:medenine-governorate"]


def test_the_governor_of_a_place_heads_its_unit():
    text = "On the Tunisian side, the governor of Madanin met the protesters on Tuesday."
    assert _ids([MEDENINE, MEDENINE_GOV], text, "Madanin") == ["loc:medenine-governorate"]


def test_the_bare_likeness_stays_the_town():
    text = "The smugglers transport the fuel to Madanin and sell it on the road."
    assert _ids([MEDENINE, MEDENINE_GOV], text, "Madanin") == ["loc:medenine"]


def test_the_state_of_a_place_is_its_province():
    # ولاية rendered "state": Algeria's wilaya is a province
    text = "The Algerian town lies in the state of Ilizi, near the border."
    assert _ids([ILLIZI, ILLIZI_PROVINCE], text, "Ilizi") == ["loc:illizi-province"]


def test_the_french_gouvernorat_de_is_the_governorate():
    text = "Dans le gouvernorat de Médenine, the trade with Libya is the main income."
    assert _ids([MEDENINE, MEDENINE_GOV], text, "Médenine") == ["loc:medenine-governorate"]


def test_a_cue_without_a_unit_in_the_gazetteer_keeps_the_town():
    text = "On the Tunisian side, the governor of Madanin met the protesters on Tuesday."
    assert _ids([MEDENINE], text, "Madanin") == ["loc:medenine"]
