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


BODY_RECORDS = [
    Record(
        "org:missing",
        "ORG",
        "General Authority for Search and Identification of Missing Persons",
        "الهيئة العامة للبحث والتعرف على المفقودين",
    ),
    Record("org:gnu", "ORG", "Government of National Unity", "حكومة الوحدة الوطنية"),
]

_body_links = pairs_for(BODY_RECORDS, linked_only=True)


def test_the_body_is_the_authority_mt_named_body() -> None:
    # هيئة written "Body" by MT, named in full and then by its head alone
    found = _body_links(
        "The General Body for the Search and the Identification of the Missing announced the "
        "recovery of eleven bodies. And the head of the Body said the teams worked for nine days."
    )
    assert ("Body", "org:missing") in found
