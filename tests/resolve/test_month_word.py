"""A Hijri month named alone is the month, not the village of its name; a person stays."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.month_word import month_not_place, words_before

RECORDS = [
    Record("loc:rajab", "LOC", "Rajab", "رجب"),
    Record("per:rajab-ali", "PER", "Rajab Ali Hamed", "رجب علي حامد"),
    Record("loc:sabha", "LOC", "Sabha", "سبها"),
]


_links = pairs_for(RECORDS)


def test_month_not_place() -> None:
    village = Candidate("loc:v", "Shawwal", "LOC", 1.0, "Shawwal", "exact")
    person = Candidate("per:p", "Shawwal", "PER", 1.0, "Shawwal", "exact")
    assert month_not_place(["shawwal"], village, ["eve", "of"])
    assert month_not_place(["shawwal"], village, ["fighting", "during"])
    assert not month_not_place(["shawwal"], village, ["fighting", "reached"])  # a place
    assert not month_not_place(["shawwal"], person, ["eve", "of"])
    assert not month_not_place(["sabha"], village, ["eve", "of"])


def test_the_month_alone_links_to_no_village() -> None:
    found = _links("In Sabha, the markets stayed open on the eve of Rajab.")
    assert ("Sabha", "loc:sabha") in found
    assert ("Rajab", "loc:rajab") not in found


def test_the_village_reached_stays() -> None:
    assert ("Rajab", "loc:rajab") in _links("Fighting reached Rajab on Monday.")


def test_a_person_named_so_stays() -> None:
    found = _links("Rajab Ali Hamed arrived. Rajab said the talks failed.")
    assert found == [("Rajab Ali Hamed", "per:rajab-ali"), ("Rajab", "per:rajab-ali")]


def test_words_before() -> None:
    text = "Done. Markets opened on the eve of Shawwal, and Shawwal"
    assert words_before(text, text.index("Shawwal")) == ("eve", "of")
    assert words_before(text, text.rindex("Shawwal")) == ("shawwal", "and")
    assert words_before("Done. Shawwal", 6) == ()
