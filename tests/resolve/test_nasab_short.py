"""A bin/ben short form ("Ben Khalifa") repeats a name written with that particle, not a
person whose given name is the word after it (Khalifa Haftar)."""

from __future__ import annotations

from link_pairs import link_map

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("per:khalifa-haftar", "PER", "Khalifa Haftar", "خليفة حفتر"),
    Record("per:ali-ben-khalifa", "PER", "Ali Ben Khalifa", "علي بن خليفة"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
]


def test_ben_khalifa_is_not_khalifa_haftar() -> None:
    nz = Normalizer.from_records(RECORDS[::2])
    text = (
        "Forces loyal to Khalifa Haftar shelled the district. The photographer Mohamed Ben "
        "Khalifa was killed in Tripoli. Ben Khalifa had covered the fighting since 2014."
    )
    links = link_map(nz, text)
    assert links.get("Khalifa Haftar") == "per:khalifa-haftar"
    assert links.get("Ben Khalifa") is None


def test_a_name_with_the_particle_keeps_its_short_form() -> None:
    nz = Normalizer.from_records(RECORDS)
    text = (
        "Khalifa Haftar met the minister Ali Ben Khalifa in Tripoli. Ben Khalifa said the "
        "talks went well."
    )
    links = link_map(nz, text)
    assert links.get("Ben Khalifa") == "per:ali-ben-khalifa"


def test_a_surname_repeat_still_links() -> None:
    nz = Normalizer.from_records(RECORDS[::2])
    links = link_map(nz, "Khalifa Haftar spoke in Tripoli. Haftar said he would return.")
    assert links.get("Haftar") == "per:khalifa-haftar"


def test_a_drifted_spelling_after_the_particle_keeps_a_glued_name() -> None:
    records = [Record("per:farhat-bengdara", "PER", "Farhat Bengdara", "فرحات بن قدارة")]
    nz = Normalizer.from_records(records)
    text = "Farhat Ben Qadara said the closure was costly. Bin Gdara added that talks went on."
    assert link_map(nz, text).get("Bin Gdara") == "per:farhat-bengdara"
