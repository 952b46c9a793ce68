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
