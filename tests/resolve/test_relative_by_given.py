"""A relative the document brought in by his given name after a kin noun is a relative from
then on (normx.resolve.relative_by_given): the bare family name in a later paragraph is the
principal, though the son was spelled out in full since."""

from __future__ import annotations

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

# hand-written: a commander and two sons, one family name
RECORDS = [
    Record("per:salem-mghairbi", "PER", "Salem Mghairbi", "سالم المغيربي"),
    Record("per:tarek-mghairbi", "PER", "Tarek Mghairbi", "طارق المغيربي"),
    Record("per:yousef-mghairbi", "PER", "Yousef Mghairbi", "يوسف المغيربي"),
]

_links = pairs_for(RECORDS)


def _all(text: str, surface: str) -> list[str | None]:
    return [i for t, i in _links(text) if t == surface]


def test_sons_brought_in_by_given_name_leave_the_surname_to_the_father() -> None:
    text = (
        "A delegation met the commander Salem Mghairbi on Tuesday.\n\n"
        "Officials have courted Mghairbi's sons, Tarek and Yousef, both of whom hold senior "
        "posts. Tarek Mghairbi visited Rome this year.\n\n"
        "The elder Mghairbi himself flew to Moscow in September."
    )
    assert _all(text, "Mghairbi")[-1] == "per:salem-mghairbi"


def test_the_paragraph_about_the_son_keeps_him() -> None:
    text = (
        "A delegation met the commander Salem Mghairbi on Tuesday.\n\n"
        "Officials have courted Mghairbi's sons, Tarek and Yousef. Tarek Mghairbi visited "
        "Rome this year, and Mghairbi also traveled to Ankara."
    )
    assert _all(text, "Mghairbi")[-1] == "per:tarek-mghairbi"


def test_a_son_named_plainly_keeps_the_nearest_rule() -> None:
    text = (
        "A delegation met the commander Salem Mghairbi on Tuesday.\n\n"
        "Officials have courted Tarek, who holds a senior post. Tarek Mghairbi visited Rome "
        "this year.\n\n"
        "Mghairbi then flew to Moscow in September."
    )
    assert _all(text, "Mghairbi")[-1] == "per:tarek-mghairbi"
