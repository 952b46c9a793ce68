"""A body named after its town is not named by its kind alone: "Court of Appeal" is any town's
(normx.mt.gloss_seat); "appeal" glosses استئناف."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

COURT = Record("org:sabha-court-of-appeal", "ORG", None, "محكمة استئناف سبها")
SABHA = Record("loc:sabha", "LOC", "Sabha", "سبها")
TRIPOLI = Record("loc:tripoli", "LOC", "Tripoli", "طرابلس")
ARMY = Record("org:lna", "ORG", "Libyan National Army", "القوات المسلحة العربية الليبية")
RECORDS = [COURT, SABHA, TRIPOLI, ARMY]


def links(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_the_court_with_its_town() -> None:
    assert ("Court of Appeal of Sebha", "org:sabha-court-of-appeal") in links(
        "The Court of Appeal of Sebha ruled on Thursday."
    )
    assert ("Sabha Court of Appeal", "org:sabha-court-of-appeal") in links(
        "The Sabha Court of Appeal ruled on Thursday."
    )


def test_the_kind_alone_is_no_court_in_particular() -> None:
    got = links("He appealed to the Court of Appeal on Monday.")
    assert not any(i == "org:sabha-court-of-appeal" for _, i in got)


def test_another_town_s_court() -> None:
    got = links("He appealed to the Court of Appeal of Tripoli on Monday.")
    assert not any(i == "org:sabha-court-of-appeal" for _, i in got)


def test_a_country_word_is_no_seat() -> None:
    """القوات المسلحة العربية الليبية is "the Armed Forces" of its country: the national
    adjectives English drops are no town."""
    normalizer = Normalizer.from_records(RECORDS)
    best = normalizer.match("Armed Forces", top=1, explain=True)
    assert best and best[0].id == "org:lna"
    costs = best[0].explain["score components"]["costs"]
    assert "the body's seat not in phrase" not in costs
