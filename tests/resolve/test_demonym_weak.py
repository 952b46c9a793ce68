"""A people's body named without the weak adjective of its Arabic name ("national"), and a
body qualified by a country named in the text by an irregular adjective (Turkey: Turkish)."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record
from normx.resolve.foreign_frame import english_marks
from normx.resolve.qualifier_country import qualifier_words

BASE = [
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("loc:ankara", "LOC", "Ankara", "أنقرة"),
    Record("org:moe-libya", "ORG", "Ministry of Education (Libya)", "وزارة التربية والتعليم"),
]
EDUCATION = Record(
    "org:moe-turkey",
    "ORG",
    "Ministry of National Education (Turkey)",
    "وزارة التربية الوطنية التركية",
)
YOUTH = Record(
    "org:mys-turkey",
    "ORG",
    "Ministry of Youth and Sports (Turkey)",
    "وزارة الشباب والرياضة التركية",
)
INTERIOR = Record(
    "org:moi-turkey", "ORG", "Ministry of Interior (Turkey)", "وزارة الداخلية التركية"
)


def test_the_weak_adjective_of_the_name_left_unsaid_still_names_the_body():
    links = pairs_for([*BASE, EDUCATION])
    text = "On Monday in Ankara, the Turkish Ministry of Education announced schools in Tripoli."
    assert ("Turkish Ministry of Education", "org:moe-turkey") in links(text)


def test_a_content_word_of_the_name_left_unsaid_keeps_the_refusal():
    links = pairs_for([*BASE, YOUTH])
    text = "On Monday in Ankara, the Turkish Ministry of Youth announced new rules in Tripoli."
    assert all(i != "org:mys-turkey" for _, i in links(text))


def test_a_body_of_a_country_named_by_its_irregular_adjective_keeps_its_link():
    links = pairs_for([*BASE, INTERIOR])
    text = "On Monday in Ankara, the Turkish Ministry of Interior announced new rules in Tripoli."
    assert ("Turkish Ministry of Interior", "org:moi-turkey") in links(text)


def test_the_qualifier_is_marked_with_every_word_the_lexicon_glosses_alike():
    assert "turkish" in english_marks("Ministry of Interior (Turkey)")[0]
    assert qualifier_words("nowhereland", {"x": frozenset({"turkey", "turkish"})}) == frozenset()
