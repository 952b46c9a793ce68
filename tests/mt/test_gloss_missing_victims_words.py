"""Missing-persons and victims' bodies known by their Arabic names are reached through the gloss
lexicon: "missing persons" is المفقودين (English and MT add "persons"), "association" is رابطة or
جمعية and "victims" ضحايا (articles-v56, h-v56)."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record(
        "org:icmp",
        "ORG",
        "International Commission on Missing Persons",
        "اللجنة الدولية المعنية بالمفقودين",
    ),
    Record("org:victims", "ORG", None, "رابطة ضحايا بني وليد"),
    Record("loc:bani-walid", "LOC", "Bani Walid", "بني وليد"),
]

_links = pairs_for(RECORDS, linked_only=True)


def test_missing_persons_glosses_the_committee() -> None:
    found = _links("The International Committee for the Missing Persons sent experts.")
    assert ("International Committee for the Missing Persons", "org:icmp") in found


def test_the_victims_association_glosses_its_arabic_name() -> None:
    found = _links("The Association of the Victims of Bani Walid demanded the truth.")
    assert ("Association of the Victims of Bani Walid", "org:victims") in found
