"""A body's owner said before its name is part of the mention; a title's portfolio after "for"
is not a body.

"UN Office for the Coordination of Humanitarian Affairs": the gazetteer's name lacks "UN",
which names another entity (the United Nations), but the whole span's match is the Office, so
"UN" is its owner, not a mention of its own. "Under-Secretary-General of the United Nations
for Humanitarian Affairs": the words after "for" are the office's domain, whatever body shares
them. The gazetteer holds canonical names only, none of the texts' spellings.
"""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:un", "ORG", "United Nations", "الأمم المتحدة"),
    Record(
        "org:ocha",
        "ORG",
        "Office for the Coordination of Humanitarian Affairs",
        "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية",
    ),
    Record("loc:libya", "LOC", "Libya", "ليبيا"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("per:griffiths", "PER", "Martin Griffiths", "مارتن غريفيث"),
]


_links = pairs_for(RECORDS)


def test_the_owner_before_a_body_name_is_part_of_the_mention():
    found = _links("The UN Office for the Coordination of Humanitarian Affairs counted them.")
    assert found == [("UN Office for the Coordination of Humanitarian Affairs", "org:ocha")]


def test_a_body_joined_by_and_is_a_mention_of_its_own():
    found = _links("The UN and the Office for the Coordination of Humanitarian Affairs met.")
    assert found == [
        ("UN", "org:un"),
        ("Office for the Coordination of Humanitarian Affairs", "org:ocha"),
    ]


def test_the_portfolio_after_for_in_a_title_is_no_body():
    found = _links(
        "The Under-Secretary-General of the United Nations for Humanitarian Affairs, "
        "Martin Griffiths, visited the city."
    )
    assert ("United Nations", "org:un") in found
    assert all(link != "org:ocha" for _, link in found)


def test_an_exact_name_after_for_is_still_a_mention():
    found = _links("The Special Envoy for Libya met the Under-Secretary-General for Libya.")
    assert [link for _, link in found] == ["loc:libya", "loc:libya"]
