"""A capitalised "The" inside a sentence is a word of the name: "in The Hague".

Without it the bare "Hague" is as close to William Hague as to the city, and stays unlinked.
"""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:the-hague", "LOC", "The Hague", "لاهاي"),
    Record("per:william-hague", "PER", "William Hague", "ويليام هيغ"),
    Record("org:national-council", "ORG", "National Council", "المجلس الوطني"),
]


_links = pairs_for(RECORDS)


def test_the_article_of_a_name_inside_a_sentence_is_kept() -> None:
    found = _links("The court in The Hague issued arrest warrants on Monday.")
    assert ("The Hague", "loc:the-hague") in found


def test_after_a_comma_too() -> None:
    found = _links("The warrants were issued in June, The Hague court said.")
    assert ("The Hague", "loc:the-hague") in found


def test_a_dateline_the_opens_the_sentence() -> None:
    found = _links("Tripoli - The National Council met on Tuesday.")
    assert ("National Council", "org:national-council") in found


def test_a_lower_case_the_stays_out() -> None:
    found = _links("He met the National Council on Tuesday.")
    assert ("National Council", "org:national-council") in found
