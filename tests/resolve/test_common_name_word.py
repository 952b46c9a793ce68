"""A lone word that many gazetteer persons hold in their names ("Eid", "Ahmed") links to no
place spelled the same way; in a gazetteer where few persons hold it, the place still links."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.common_name_word import (
    MANY_PERSONS,
    person_word_counts,
    person_word_counts_as_written,
)
from normx.text.normalize import analyse_name

VILLAGE = Record("loc:eid", "LOC", "Eid", "عيد")
TOWN = Record("loc:sabha", "LOC", "Sabha", "سبها")
FATHERS = ["Salem", "Omar", "Khalifa", "Mabrouk", "Ramadan", "Faraj", "Masoud", "Hamza", "Jumaa"]
FAMILIES = [
    "Al-Warfalli",
    "Al-Zawi",
    "Al-Obeidi",
    "Al-Mismari",
    "Al-Fitouri",
    "Al-Hasi",
    "Al-Barghathi",
    "Al-Tarhouni",
    "Al-Magariaf",
    "Al-Mahdawi",
]
TEXT = "Families in Sabha celebrated Eid with prayers, and after Eid the markets reopened."


def _persons(n: int) -> list[Record]:
    names = [f"Eid {f} {fam}" for f in FATHERS for fam in FAMILIES][:n]
    return [Record(f"per:eid-{k}", "PER", name, "") for k, name in enumerate(names)]


def _links(records: list[Record]) -> dict[str, str | None]:
    doc = Normalizer.from_records(records).canonicalize(TEXT)
    return {m.text: m.id for m in doc.mentions}


def test_a_word_of_many_persons_links_no_place():
    links = _links([VILLAGE, TOWN, *_persons(MANY_PERSONS + 5)])
    assert links.get("Eid") != "loc:eid"
    assert links.get("Sabha") == "loc:sabha"  # a place word no person holds still links


def test_few_persons_leave_the_place_linked():
    assert _links([VILLAGE, TOWN, *_persons(3)]).get("Eid") == "loc:eid"


def test_a_person_with_several_names_counts_once():
    rows = [
        ("per:1", analyse_name("Eid Salem")),
        ("per:1", analyse_name("Eid Salim")),
        ("per:2", analyse_name("Ahmed Eid")),
    ]
    counts = person_word_counts(rows)
    assert counts["eid"] == 2
    assert counts["salem"] == 1


COUNTRY = Record("loc:mauritania", "LOC", "Mauritania", "موريتانيا")
GIVEN = ["Ahmed", "Salem", "Omar", "Khalifa", "Mabrouk", "Faraj", "Masoud", "Hamza", "Jumaa"]


def test_persons_bearing_the_word_after_the_article_leave_the_bare_word_a_place():
    # the persons hold the word only as a family name written with its article ("Al-..."):
    # a bare "Mauritania" is not how the text names one of them (fails on main 0d8bc47)
    names = [f"{g} {f} Al-Mauritania" for g in GIVEN for f in FATHERS][: MANY_PERSONS + 5]
    persons = [Record(f"per:m-{k}", "PER", n, "") for k, n in enumerate(names)]
    text = "The minister flew to Mauritania on Monday for talks in Nouakchott."
    doc = Normalizer.from_records([COUNTRY, TOWN, *persons]).canonicalize(text)
    assert {m.text: m.id for m in doc.mentions}.get("Mauritania") == "loc:mauritania"


def test_persons_bearing_the_bare_word_still_take_it():
    names = [f"{g} {f} Mauritania" for g in GIVEN for f in FATHERS][: MANY_PERSONS + 5]
    persons = [Record(f"per:m-{k}", "PER", n, "") for k, n in enumerate(names)]
    text = "The minister flew to Mauritania on Monday for talks in Nouakchott."
    doc = Normalizer.from_records([COUNTRY, TOWN, *persons]).canonicalize(text)
    assert {m.text: m.id for m in doc.mentions}.get("Mauritania") != "loc:mauritania"


def test_counts_as_written():
    rows = [
        ("per:1", analyse_name("Salem Al-Masri")),
        ("per:2", analyse_name("Masri Omar")),
        ("per:3", analyse_name("Ahmed El Masri")),
    ]
    counts = person_word_counts_as_written(rows)
    assert counts[("masri", True)] == 2
    assert counts[("masri", False)] == 1
