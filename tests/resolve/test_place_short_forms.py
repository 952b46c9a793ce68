"""Places the text writes differently from the gazetteer: "the base of X" (the facility's head
before its name, normx.resolve.facility_of), a lone word that opens an unknown name the
document writes (normx.resolve.unknown_short), two words the gazetteer joins into one
(normx.resolve.joined_place)."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

BASE = Record("loc:tamanhint-air-base", "LOC", "Tamanhint Air Base", "قاعدة تمنهنت الجوية")
KOREA = Record("loc:korea", "LOC", "Korea", "كوريا")
DEBDEB = Record("loc:debdeb", "LOC", "Debdeb", "الدبداب")
GHADAMES = Record("loc:ghadames", "LOC", "Ghadames", "غدامس")


def _links(records: list[Record], text: str) -> dict[str, list[str | None]]:
    doc = Normalizer.from_records(records).canonicalize(text)
    out: dict[str, list[str | None]] = {}
    for m in doc.mentions:
        out.setdefault(m.text, []).append(m.id)
    return out


def test_a_name_after_the_base_of_is_the_base():
    text = "The units moved from the base of Tamanhent toward the border on Tuesday."
    assert _links([BASE], text).get("Tamanhent") == ["loc:tamanhint-air-base"]


def test_a_name_after_another_word_of_stays_unlinked():
    text = "The units moved from the edge of Tamanhent toward the border on Tuesday."
    assert _links([BASE], text).get("Tamanhent") in (None, [None])


def test_a_short_form_of_an_unknown_place_is_no_lookalike():
    text = (
        "The miners gathered in Kouri Bougoudi near the border.\n\n"
        "The forces found in Kouri hundreds of wells dug at random."
    )
    assert _links([KOREA], text).get("Kouri") == [None]


def test_without_the_unknown_longer_name_the_rule_does_not_fire():
    text = "The forces found in Kouri hundreds of wells dug at random."
    doc = Normalizer.from_records([KOREA]).canonicalize(text)
    assert all("short_of" not in m.evidence for m in doc.mentions)


def test_two_words_the_gazetteer_joins_are_the_place():
    text = "The crossing between the two towns and Deb Deb reopened on Tuesday."
    assert _links([DEBDEB], text).get("Deb Deb") == ["loc:debdeb"]


def test_a_hyphenated_pair_with_a_split_end_is_two_places():
    text = "The trucks crossed at the Ghadames-Deb Deb post on Tuesday."
    links = _links([DEBDEB, GHADAMES], text)
    assert links.get("Ghadames") == ["loc:ghadames"]
    assert links.get("Deb Deb") == ["loc:debdeb"]


def test_the_place_a_facility_is_named_after_is_no_short_form_of_it():
    # the stadium is unknown; its first word alone is the town it is named after
    ghadames = Record("loc:ghadames", "LOC", "Ghadames", "غدامس")
    text = (
        "The match was played at the Ghadamis International Stadium on Friday.\n\n"
        "The supporters of the team in Ghadamis celebrated until the morning."
    )
    found = _links([ghadames], text)
    assert found.get("Ghadamis") == ["loc:ghadames"]
    # an unknown name of no facility is still shortened so
    text = (
        "The match was played at Ghadamis Bougoudi on Friday.\n\n"
        "The supporters of the team in Ghadamis celebrated until the morning."
    )
    assert _links([ghadames], text).get("Ghadamis") == [None]
