"""An acronym and a lower-case descriptor the gazetteer holds as a body's alias ("the U.N.
refugee agency": UN Refugee Agency) is that body; beside the body's own name in apposition
the acronym stays the parent."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

UN = Record("org:united-nations", "ORG", "United Nations", "الأمم المتحدة", aliases_en=("UN",))
UNHCR = Record(
    "org:unhcr",
    "ORG",
    "United Nations High Commissioner for Refugees",
    "المفوضية السامية للأمم المتحدة لشؤون اللاجئين",
    aliases_en=("UNHCR", "UN Refugee Agency"),
)


def _links(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records([UN, UNHCR]).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_the_descriptor_names_the_agency():
    text = "The U.N. refugee agency says some 2,000 people died on the route last year."
    assert _links(text) == [("U.N. refugee agency", "org:unhcr")]


def test_beside_the_agency_name_the_acronym_is_the_parent():
    text = "UNHCR, the U.N. refugee agency, has flown migrants out of the country."
    assert ("U.N.", "org:united-nations") in _links(text)
