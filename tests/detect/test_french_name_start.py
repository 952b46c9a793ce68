"""A French body's name whose complement holds another body's capitalised name starts at its
own head: "Haut-Commissariat des Nations unies pour les réfugiés" is one name (UNHCR), not a
"Haut-Commissariat" and the United Nations. An English "of" before a French name still starts
the name after it."""

from link_pairs import pairs_for

from normx.detect.french_names import french_name
from normx.detect.tokens import tokenize
from normx.gazetteer.schema import Record

RECORDS = [
    Record(
        "org:unhcr",
        "ORG",
        "United Nations High Commissioner for Refugees",
        "المفوضية السامية للأمم المتحدة لشؤون اللاجئين",
    ),
    Record("org:un", "ORG", "United Nations", "الأمم المتحدة"),
    Record(
        "org:ecfr",
        "ORG",
        "European Council on Foreign Relations",
        "المجلس الأوروبي للعلاقات الخارجية",
    ),
]

_links = pairs_for(RECORDS, linked_only=True)


def _french(text: str, last_of_run: str) -> str | None:
    tokens = tokenize(text)
    j = next(i for i, t in enumerate(tokens) if t.text == last_of_run)
    found = french_name(tokens, 0, j)
    return None if found is None else text[tokens[found[0]].start : tokens[found[1]].end]


def test_the_name_goes_back_over_a_french_connector_to_its_head():
    text = "Le Haut-Commissariat des Nations unies pour les réfugiés said"
    assert _french(text, "Nations") == "Haut-Commissariat des Nations unies pour les réfugiés"


def test_the_high_commissariat_links_whole():
    text = "The Haut-Commissariat des Nations unies pour les réfugiés said they were at risk."
    assert _links(text) == [("Haut-Commissariat des Nations unies pour les réfugiés", "org:unhcr")]


def test_an_english_of_still_ends_what_comes_before():
    text = "Tarek Megerisi of the Conseil européen pour les relations internationales said"
    assert _french(text, "Conseil") == "Conseil européen pour les relations internationales"
