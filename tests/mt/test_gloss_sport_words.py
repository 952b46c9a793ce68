"""Sports bodies and grounds known only by their Arabic names are reached through the gloss
lexicon: "federation", "football", "club", "stadium", "republic", and "shuhada" (martyrs) that
MT leaves in Latin script."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:tunisian-ff", "ORG", None, "الجامعة التونسية لكرة القدم"),
    Record("org:egyptian-ff", "ORG", None, "الاتحاد المصري لكرة القدم"),
    Record("org:egyptian-hf", "ORG", None, "الاتحاد المصري لكرة اليد"),
    Record("loc:february-stadium", "LOC", None, "ملعب شهداء فبراير"),
    Record("org:arab-republic-bank", "ORG", None, "مصرف الجمهورية العربية"),
    Record("loc:cairo", "LOC", "Cairo", "القاهرة"),
]


_links = pairs_for(RECORDS, linked_only=True)


def _ids(text: str, ending: str) -> list[str | None]:
    return [i for t, i in _links(text) if t.endswith(ending)]


def test_football_federation_glosses_its_arabic_name() -> None:
    text = "The Egyptian Football Federation fined the club in Cairo."
    assert _ids(text, "Football Federation") == ["org:egyptian-ff"]


def test_the_sport_tells_two_federations_apart() -> None:
    assert _ids("The Egyptian Handball Federation met.", "Handball Federation") == [
        "org:egyptian-hf"
    ]


def test_shuhada_and_stadium_gloss_a_ground() -> None:
    assert _ids("Fans filled the Shuhada February Stadium.", "Stadium") == ["loc:february-stadium"]


def test_republic_bank_glosses_its_arabic_name() -> None:
    assert _ids("The Arab Republic Bank raised its rate.", "Republic Bank") == [
        "org:arab-republic-bank"
    ]


def test_a_bare_federation_names_no_body() -> None:
    # "federation" is a kind of body: alone it is any federation, not the one the gazetteer holds
    assert _links("The federation said nothing.") == []
