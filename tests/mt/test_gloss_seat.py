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


COUNCIL = Record("org:derna-council", "ORG", None, "مجلس شورى مجاهدي درنة")
DERNA = Record("loc:derna", "LOC", "Derna", "درنة")


def test_a_name_kept_in_arabic_is_no_kind() -> None:
    """ "Mujahideen Shura Council" keeps the council's own words as written (مجاهدي, شورى):
    the body's name with its town dropped, not a kind of council every town has."""
    normalizer = Normalizer.from_records([*RECORDS, COUNCIL, DERNA])
    best = normalizer.match("Mujahideen Shura Council", top=1, explain=True)
    assert best and best[0].id == "org:derna-council"
    assert "the body's seat not in phrase" not in best[0].explain["score components"]["costs"]
    doc = normalizer.canonicalize("The Mujahideen Shura Council said on Monday it held the port.")
    assert [(m.text, m.id) for m in doc.mentions] == [
        ("Mujahideen Shura Council", "org:derna-council")
    ]


def test_translated_kind_words_still_say_no_seat() -> None:
    """A kind said in translated words keeps the note whatever else is loaded."""
    normalizer = Normalizer.from_records([*RECORDS, COUNCIL, DERNA])
    best = normalizer.match("Court of Appeal", top=1, explain=True)
    assert best and best[0].id == "org:sabha-court-of-appeal"
    assert "the body's seat not in phrase" in best[0].explain["score components"]["costs"]
