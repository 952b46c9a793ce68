""" "The Agency" is the body the document called an agency ("the Agency of Combating Illegal
Immigration"), not a more recent body whose gazetteer alias the text never used holds the word
("UN Refugee Agency" for the High Commissioner named since)."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

DCIM = Record("org:dcim", "ORG", None, "جهاز مكافحة الهجرة غير الشرعية")
UNHCR = Record(
    "org:unhcr",
    "ORG",
    "United Nations High Commissioner for Refugees",
    "المفوضية السامية للأمم المتحدة لشؤون اللاجئين",
    aliases_en=("UN Refugee Agency",),
)


def _agency(text: str) -> str | None:
    doc = Normalizer.from_records([DCIM, UNHCR]).canonicalize(text)
    (m,) = [m for m in doc.mentions if m.text == "Agency"]
    return m.id


def test_the_body_the_text_called_an_agency():
    text = (
        "The migrants were handed to the Agency of Combating Illegal Immigration. The United "
        "Nations High Commissioner for Refugees said it registered Sudanese among them. An "
        "official in the Agency said the centres were full."
    )
    assert _agency(text) == "org:dcim"


def test_without_a_written_agency_the_alias_still_says_it():
    text = (
        "The United Nations High Commissioner for Refugees said it registered Sudanese among "
        "them. An official in the Agency said the centres were full."
    )
    assert _agency(text) == "org:unhcr"
