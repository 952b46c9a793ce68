"""Place and body designators: a bare place name, lower-case and shared designators,
adjectives without a body's head, distinctive words of bodies, descent groups."""

from __future__ import annotations

import pytest

from normx.api import Normalizer
from normx.detect.lexicon import lexicon
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.decision import body_without_head, named_with_feature


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(
        [
            Record(id="loc:jufra-district", type="LOC", name_en="Jufra District"),
            Record(id="loc:jufra-base", type="LOC", name_en="Al Jufra Air Base"),
            Record(id="org:jufra-room", type="ORG", name_en="Sirte-Jufra Operations Room"),
            Record(id="loc:sirte", type="LOC", name_en="Sirte"),
            Record(id="loc:med-sea", type="LOC", name_en="Mediterranean Sea"),
            Record(id="loc:med-basin", type="LOC", name_en="Mediterranean Basin"),
            Record(id="loc:khadim-base", type="LOC", name_en="Al-Khadim Air Base"),
            Record(id="loc:kufra", type="LOC", name_en="Kufra", name_ar="الكفرة"),
            Record(
                id="org:ntc",
                type="ORG",
                name_en="National Transitional Council",
                name_ar="المجلس الوطني الانتقالي",
            ),
            Record(
                id="org:pfg",
                type="ORG",
                name_en="Petroleum Facilities Guard",
                name_ar="حرس المنشآت النفطية",
            ),
            Record(id="org:wagner", type="ORG", name_en="Wagner Group"),
            Record(id="loc:wafa-field", type="LOC", name_en="Wafa oil field"),
            Record(id="loc:nafoora-field", type="LOC", name_en="Nafoora oil field"),
            Record(id="org:arab-league", type="ORG", name_en="Arab League"),
        ]
    )


def _links(nz: Normalizer, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.id) for m in nz.canonicalize(text).mentions]


def test_a_bare_place_name_is_the_administrative_unit_not_the_facility(nz: Normalizer) -> None:
    links = _links(nz, "Egypt drew a line from Sirte to Al-Jufra. Troops moved to Jufra.")
    assert ("Al-Jufra", "loc:jufra-district") in links
    assert ("Jufra", "loc:jufra-district") in links


def test_a_dropped_feature_word_prefers_the_feature_listed_first(nz: Normalizer) -> None:
    assert ("Mediterranean", "loc:med-sea") in _links(nz, "Boats crossed the Mediterranean.")


def test_named_with_feature_needs_a_designator_and_one_winner() -> None:
    def cand(rid: str, name: str) -> Candidate:
        return Candidate(rid, name, "LOC", 0.78, name, "phonetic", {})

    district = cand("a", "District of Jufra")
    base = cand("b", "Al Jufra Air Base")
    assert named_with_feature("Al-Jufra", [base, district]) is district
    assert named_with_feature("Jufra", [base]) is None
    two = [cand("c", "Jufra District"), cand("d", "Jufra Governorate")]
    assert named_with_feature("Jufra", two) is None  # two units: no decision


def test_a_lower_case_two_word_designator_joins_the_facility(nz: Normalizer) -> None:
    links = _links(nz, "Drones struck the Al-Khadem air base on Sunday.")
    assert ("Al-Khadem air base", "loc:khadim-base") in links


def test_a_demonym_without_the_head_is_not_the_body() -> None:
    lex = lexicon()
    pairs = [{"query": "egyptian", "name": "egyptian", "sim": 1.0}]
    explain = {
        "pairs": pairs,
        "query_tokens": [{"form": "egyptian"}],
        "matched_tokens": [{"form": "egyptian"}, {"form": "government"}],
    }
    cand = Candidate(
        "org:eg", "Egyptian Government", "ORG", 0.78, "Egyptian Government", "phonetic", explain
    )
    assert body_without_head(cand, "Egyptian", lex)
    wagner = {
        "pairs": [{"query": "wagner", "name": "wagner", "sim": 1.0}],
        "query_tokens": [{"form": "wagner"}],
        "matched_tokens": [{"form": "wagner"}, {"form": "group"}],
    }
    named = Candidate("org:w", "Wagner Group", "ORG", 0.78, "Wagner Group", "phonetic", wagner)
    assert not body_without_head(named, "Wagner", lex)  # a distinctive word names the body


def test_a_body_name_short_of_its_head_still_links(nz: Normalizer) -> None:
    assert ("Wagner", "org:wagner") in _links(nz, "They met fighters of the Wagner company.")


def test_distinctive_words_of_a_body_must_agree(nz: Normalizer) -> None:
    # "Defense" renders دفاع, no word of the council's Arabic name: another council
    links = _links(nz, "Cairo's National Defense Council approved the plan.")
    assert ("National Defense Council", None) in links
    # "Installations" is one more rendering of منشآت: the same guard
    links = _links(nz, "The Petroleum Installations Guard closed the port.")
    assert ("Petroleum Installations Guard", "org:pfg") in links


def test_a_name_before_tribe_is_the_people_not_the_place(nz: Normalizer) -> None:
    links = _links(nz, "Clashes broke out between the Kufra tribe and its rivals in Kufra.")
    assert [link for link in links if link[0] == "Kufra"] == [
        ("Kufra", None),
        ("Kufra", "loc:kufra"),
    ]


def test_coordinated_names_share_a_designator(nz: Normalizer) -> None:
    links = _links(nz, "Guards shut the southern Wafa and Al-Nafoora fields last week.")
    assert ("Wafa", "loc:wafa-field") in links
    assert ("Al-Nafoora", "loc:nafoora-field") in links
    # without the designator, a word borrowed from a field's name is no mention of it
    links = _links(nz, "Guards from Wafa and Nafoora Tribes Council met.")
    assert ("Wafa", "loc:wafa-field") not in links


def test_generic_words_after_a_body_name_leave_the_name_linked(nz: Normalizer) -> None:
    links = _links(nz, "They met Arab League Commission chairman Ali Omar.")
    assert ("Arab League", "org:arab-league") in links
