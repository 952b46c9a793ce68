"""A lone word cut from a span at "and" that links only as one word of a longer body's name is
no mention of that body, unless other words of the span are words of that name too.

The gazetteer holds canonical names only; none of the texts' spellings ("Centre of Emergency
Medicine and Support", "Front for Alternation and Concord in Chad", "Change and Concord Front")
is a name or alias in it.
"""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record(
        "org:unsmil",
        "ORG",
        "United Nations Support Mission in Libya",
        "بعثة الأمم المتحدة للدعم في ليبيا",
    ),
    Record(
        "org:fact",
        "ORG",
        "Front for Change and Concord in Chad",
        "جبهة الوفاق من أجل التغيير في تشاد",
    ),
    Record("loc:chad", "LOC", "Chad", "تشاد"),
    Record("loc:libya", "LOC", "Libya", "ليبيا"),
    Record("per:haftar", "PER", "Khalifa Haftar", "خليفة حفتر"),
    Record("per:serraj", "PER", "Fayez al-Sarraj", "فائز السراج"),
]


_links = pairs_for(RECORDS)


def test_a_common_word_of_an_unknown_name_is_not_the_body_it_shares_with():
    found = _links("Medicines went through the Centre of Emergency Medicine and Support yesterday.")
    assert all(link is None for _, link in found)


def test_the_same_word_among_other_words_of_the_name_still_links():
    found = _links(
        "Its aircraft struck the Front for Alternation and Concord in Chad near the border."
    )
    assert "org:fact" in {link for _, link in found}
    found = _links("The fighters of the Change and Concord Front came from Libya.")
    assert [link for text, link in found if "Change" in text] == ["org:fact"]


def test_a_surname_beside_another_name_still_links():
    found = _links("Talks between Haftar and Sarraj resumed in Abu Dhabi.")
    assert ("Haftar", "per:haftar") in found
    assert ("Sarraj", "per:serraj") in found
