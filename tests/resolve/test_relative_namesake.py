"""A bare surname after a relative the document brought in by a kin noun is the principal
namesake, not the nearer relative (normx.resolve.relative_namesake)."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record
from normx.resolve.relative_namesake import introduced_as_relative

RECORDS = [
    Record("per:tarek-mghairbi", "PER", "Tarek Mghairbi", "طارق المغيربي"),
    Record("per:yousef-mghairbi", "PER", "Yousef Mghairbi", "يوسف المغيربي"),
    Record("per:salem-mghairbi", "PER", "Salem Mghairbi", "سالم المغيربي"),
]
TITLES = frozenset({"president", "prime", "minister", "former", "governor"})


_links = pairs_for(RECORDS)


def _last(text: str, surface: str) -> str | None:
    return [i for t, i in _links(text) if t == surface][-1]


def test_surname_in_a_later_paragraph_is_the_principal_not_the_nephew() -> None:
    text = (
        "The Prime Minister Tarek Al-Mghairbi dismissed the governor on Monday.\n\n"
        "Reports said the deal was brokered by Yousef Al-Mghairbi, the nephew of the Prime "
        "Minister, in Cairo.\n\n"
        "Critics accused Al-Mghairbi of trading posts for loyalty."
    )
    assert _last(text, "Al-Mghairbi") == "per:tarek-mghairbi"


def test_surname_after_his_father_in_the_principals_paragraph_is_the_principal() -> None:
    text = (
        "The new president, Tarek Al-Mghairbi, received the envoy two years after the death "
        "of his father, President Salem Al-Mghairbi, in the war. Al-Mghairbi said that the "
        "border would stay closed."
    )
    assert _last(text, "Al-Mghairbi") == "per:tarek-mghairbi"


def test_the_paragraph_that_brings_the_relative_in_alone_is_about_him() -> None:
    text = (
        "The vote comes years after the fall of the ruler Salem Al-Mghairbi.\n\n"
        "The candidates include Yousef Al-Mghairbi, the ruler's son, who is wanted abroad. "
        "Al-Mghairbi has appeared in public only once."
    )
    assert _last(text, "Al-Mghairbi") == "per:yousef-mghairbi"


def test_a_namesake_named_plainly_keeps_the_nearest_rule() -> None:
    text = (
        "The Prime Minister Tarek Al-Mghairbi dismissed the governor on Monday.\n\n"
        "Yousef Al-Mghairbi met the envoy in Cairo.\n\n"
        "Critics accused Al-Mghairbi of trading posts for loyalty."
    )
    assert _last(text, "Al-Mghairbi") == "per:yousef-mghairbi"


def _relative(before: str, after: str) -> bool:
    text = before + "NAME" + after
    return introduced_as_relative(text, len(before), len(before) + 4, TITLES)


def test_kin_noun_beside_a_name_marks_a_relative() -> None:
    assert _relative("after the death of his father, President ", ", in the war")
    assert _relative("talks between ", ", the nephew of the Prime Minister, and")
    assert _relative("talks with the nephew of the Prime Minister, ", " on Monday")
    assert _relative("in Cairo, his eldest son ", " said")
    assert _relative("They include ", ", the ruler's son, who")


def test_the_anchor_of_a_kin_phrase_and_other_nouns_are_no_relatives() -> None:
    assert not _relative("the son of ", ", Yousef, said")  # NAME is the anchor
    assert not _relative("the nephew of the Prime Minister ", " said")  # no comma: the PM
    assert not _relative("He met ", ", who met his son")
    assert not _relative("the governor ", ", the head of the bank")


def test_one_of_the_sons_is_a_relative() -> None:
    text = (
        "The fund is headed by Yousef Al-Mghairbi, one of the sons of the commander Tarek "
        "Al-Mghairbi, whose forces hold the city.\n\n"
        "The fund has built roads and bridges.\n\n"
        "Residents fled to the former front line between the forces of Al-Mghairbi and the "
        "west."
    )
    assert _last(text, "Al-Mghairbi") == "per:tarek-mghairbi"
    assert introduced_as_relative(text, 22, 40, TITLES)
