"""A name written with the head of an oil site ("the basin of X", "the fields of X and Y",
"the X basin") is the site a record holds under the name and the head, over a town's exact
name; a head no record pairs with the name, or another head ("port of X"), leaves the word's
own reading (normx.resolve.site_of)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

# a town and the basin named after it; two fields named by one word; a port city
TOWN = Record("loc:kabdur", "LOC", "Kabdur", "كبدور")
BASIN = Record("loc:kabdur-basin", "LOC", "Kabdur Basin", "حوض كبدور")
OTHER_TOWN = Record("loc:wazzan", "LOC", "Wazzan", "وزان")
OTHER_BASIN = Record("loc:wazzan-basin", "LOC", "Wazzan Basin", "حوض وزان")
FIELD = Record("loc:tamrit-oil-field", "LOC", "Tamrit oil field", "حقل تمريت")
FIELD2 = Record("loc:ghazul-oil-field", "LOC", "Ghazul oil field", "حقل غزول")
PORT_CITY = Record("loc:marsat", "LOC", "Marsat", "مرسات")
PORT = Record("loc:port-of-marsat", "LOC", "Port of Marsat", "ميناء مرسات")
PIPELINE = Record("loc:greenstream-pipeline", "LOC", "Greenstream pipeline", "خط أنابيب غرين ستريم")
RECORDS = [TOWN, BASIN, OTHER_TOWN, OTHER_BASIN, FIELD, FIELD2, PORT_CITY, PORT, PIPELINE]


def _ids(text: str, word: str, records: list[Record] = RECORDS) -> list[str | None]:
    doc = Normalizer.from_records(records).canonicalize(text)
    return [m.id for m in doc.mentions if m.text.startswith(word)]


def test_the_basin_of_a_town_name_is_the_basin() -> None:
    text = "The corporation offered blocks in the basin of Kabdur to foreign companies on Monday."
    assert _ids(text, "Kabdur") == ["loc:kabdur-basin"]


def test_a_plural_head_reaches_each_name_of_its_list() -> None:
    text = "The round offers areas in the basins of Kabdur and Wazzan and in the sea."
    assert _ids(text, "Kabdur") == ["loc:kabdur-basin"]
    assert _ids(text, "Wazzan") == ["loc:wazzan-basin"]


def test_the_fields_of_two_names_are_the_two_fields() -> None:
    text = "The spokesman said that the fields of Al-Tamrit and Ghazoul produce little oil."
    assert _ids(text, "Al-Tamrit") == ["loc:tamrit-oil-field"]
    assert _ids(text, "Ghazoul") == ["loc:ghazul-oil-field"]


def test_a_head_after_the_name() -> None:
    text = "The attacks on the oil installations of the Kabdur basin stopped the exports."
    assert _ids(text, "Kabdur") == ["loc:kabdur-basin"]


def test_a_line_is_the_pipeline() -> None:
    # translation writes "line" for the pipeline (خط أنابيب)
    text = "The complex continues to export the gas to Italy through the Green Stream line."
    assert _ids(text, "Green Stream") == ["loc:greenstream-pipeline"]


def test_the_same_spelling_left_unlinked_elsewhere_is_the_field() -> None:
    text = (
        "The company warns of reducing the production of Al-Tamrit.\n\n"
        "The spokesman said that the field of Al-Tamrit produces little oil."
    )
    assert _ids(text, "Al-Tamrit") == ["loc:tamrit-oil-field", "loc:tamrit-oil-field"]


def test_without_a_head_the_town_stays_the_town() -> None:
    text = "The delegation arrived in Kabdur on Monday, near the borders with Algeria."
    assert _ids(text, "Kabdur") == ["loc:kabdur"]


def test_a_singular_head_does_not_reach_a_list() -> None:
    # "the basin of X, Wazzan and ...": a singular head names one place; the rest are towns
    text = "The engineers went from the basin of Kabdur, Wazzan and the coast to the capital."
    assert _ids(text, "Wazzan") == ["loc:wazzan"]


def test_the_port_of_a_city_stays_the_city() -> None:
    # the sets' gold: "the port of X" is the city even where a record "Port of X" exists
    text = "The ship unloaded its cargo in the port of Marsat on Monday."
    assert _ids(text, "Marsat") == ["loc:marsat"]


def test_no_record_for_the_headed_name_leaves_the_town() -> None:
    text = "The company resumed drilling in the field of Kabdur last year."
    assert _ids(text, "Kabdur", [TOWN, FIELD]) == ["loc:kabdur"]
