"""A generic head after an unknown body named by the head's own word names that body.

nearer_unknown_body.py: "the Council" after "the Council of Elders of Zawiya" (no gazetteer
holds it) is the elders' council, not the Security Council named before it.
"""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:unsc", "ORG", "United Nations Security Council", "مجلس الأمن الدولي"),
    Record("org:grid", "ORG", "General Grid Company", "الشركة العامة للشبكة"),
    Record("loc:zawiya", "LOC", "Zawiya", "الزاوية"),
]

_links = pairs_for(RECORDS, linked_only=True)


def test_the_council_after_an_unknown_council_stays_unlinked() -> None:
    found = _links(
        "The Security Council called for calm in Zawiya on Monday.\n\n"
        "The head of the Council of Elders of Zawiya called on the two parties to withdraw, "
        "and the Council said that it formed a committee for mediation."
    )
    assert ("Security Council", "org:unsc") in found
    assert ("Council", "org:unsc") not in found


def test_the_council_after_the_known_council_links() -> None:
    found = _links(
        "The Security Council called for calm in Zawiya on Monday.\n\n"
        "The two parties were asked to withdraw, and the Council said that it would meet."
    )
    assert ("Council", "org:unsc") in found


def test_the_company_after_a_cut_company_name_stays_unlinked() -> None:
    found = _links(
        "The General Grid Company restored the lines in Zawiya.\n\n"
        "The chairman of the Company of the Fuel Marketing announced that the Company "
        "pumped two million liters to the stations of Zawiya."
    )
    assert ("General Grid Company", "org:grid") in found
    assert ("Company", "org:grid") not in found


def test_a_sentence_opening_word_names_no_body() -> None:
    found = _links(
        "The General Grid Company restored the lines in Zawiya.\n\n"
        "Company engineers worked all night, and the Company said the lines were safe."
    )
    assert ("Company", "org:grid") in found


def test_a_body_named_again_after_the_unknown_part_keeps_the_noun() -> None:
    river = Record(
        "org:river",
        "ORG",
        "River Works Authority",
        "جهاز الأعمال النهرية",
        aliases_en=("River Works Project",),
    )
    found = pairs_for([*RECORDS, river], linked_only=True)(
        "The River Works Authority cut the water to Zawiya.\n\n"
        "The Authority for the Implementation and Management of the River Works Project said "
        "that the wells were attacked, and the Authority added that its teams could not "
        "reach them."
    )
    assert ("Authority", "org:river") in found


def test_a_body_the_document_calls_by_the_noun_keeps_it() -> None:
    found = _links(
        "The Security Council called for calm in Zawiya on Monday. The Council also asked "
        "for an inquiry.\n\n"
        "The Council of Elders of Zawiya met the parties, and the Council said that it would "
        "meet again."
    )
    assert [i for t, i in found if t == "Council"] == ["org:unsc", "org:unsc"]


def test_an_unknown_body_of_an_earlier_sentence_leaves_the_noun() -> None:
    found = _links(
        "The Security Council called for calm in Zawiya on Monday.\n\n"
        "The mayor asked the Council of Elders of Zawiya to mediate. The two parties were "
        "asked to withdraw, and the Council said that it would meet."
    )
    assert ("Council", "org:unsc") in found
