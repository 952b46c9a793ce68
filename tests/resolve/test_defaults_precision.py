"""Wrong links found by running the shipped default gazetteers over the development
articles, each a general cause: a cabinet office's last word ("Secretary of State"), a lone
initial ("U" of "U.N.") resolved by coreference, a facility's name ("Mitiga airport") resolved
to a person named alike, an acronym ("ENI") or a month in a dateline ("Aug") that resembles a
village, a hotel named for a place ("Al-Waddan Hotel")."""

from __future__ import annotations

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:assadada", "LOC", None, "السدادة"),  # a village whose name sounds like "State"
    Record(
        "loc:united-states",
        "LOC",
        "United States",
        "الولايات المتحدة",
        aliases_en=("USA", "U.S."),  # "U.S.": a name whose words are lone letters
    ),
    Record("org:un", "ORG", "United Nations", "الأمم المتحدة"),
    Record("loc:tunisia", "LOC", "Tunisia", "تونس"),
    Record("per:ahmed-maiteeq", "PER", "Ahmed Maiteeq", "أحمد معيتيق"),
    Record("loc:mitiga-airport", "LOC", "Mitiga International Airport", "مطار معيتيقة الدولي"),
    Record("loc:benghazi", "LOC", "Benghazi", "بنغازي"),
    Record("loc:anai", "LOC", "Anai", "أناي"),
    Record("loc:al-wigh", "LOC", "Al Wigh", "الويغ"),
    Record("loc:waddan", "LOC", "Waddan", "ودان"),
    Record("loc:jaytal", "LOC", None, "حيطال"),  # a village whose name sounds like "Hotel"
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("per:aguila-saleh-issa", "PER", "Aguila Saleh Issa", "عقيلة صالح عيسى"),
]


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(RECORDS)


def _links(nz: Normalizer, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.id) for m in nz.canonicalize(text).mentions]


def test_secretary_of_state_is_a_title(nz: Normalizer) -> None:
    links = _links(nz, "The American Secretary of State, John Kerry, arrived in Tunisia.")
    assert all(i != "loc:assadada" for _, i in links)
    assert ("Tunisia", "loc:tunisia") in links


def test_a_lone_initial_is_not_resolved_by_coreference(nz: Normalizer) -> None:
    text = "The United States said the next step is a forum that the U.N. will convene in Tunisia."
    links = _links(nz, text)
    assert ("U", "loc:united-states") not in links
    assert [t for t, i in links if i == "loc:united-states"] == ["United States"]


def test_a_name_before_a_facility_head_is_no_person(nz: Normalizer) -> None:
    text = "Flights resumed between Mitiga airport and Benghazi. Ahmed Maiteeq welcomed them."
    links = _links(nz, text)
    assert ("Mitiga", "per:ahmed-maiteeq") not in links
    assert ("Mitiga airport", "loc:mitiga-airport") in links
    assert ("Ahmed Maiteeq", "per:ahmed-maiteeq") in links


def test_an_acronym_does_not_link_by_resemblance(nz: Normalizer) -> None:
    links = _links(nz, "The chief executive of the Italian company ENI met officials in Benghazi.")
    assert all(i != "loc:anai" for _, i in links)
    assert ("Benghazi", "loc:benghazi") in links


def test_a_month_in_a_dateline_is_no_name(nz: Normalizer) -> None:
    links = _links(nz, "TRIPOLI, Aug 28 - The prime minister suspended the minister.")
    assert all(i != "loc:al-wigh" for _, i in links)
    assert ("TRIPOLI", "loc:tripoli") in links


def test_a_hotel_named_for_a_place_is_not_the_place(nz: Normalizer) -> None:
    links = _links(nz, "Protesters gathered in front of the Al-Waddan Hotel in Tripoli.")
    assert all(i not in ("loc:waddan", "loc:jaytal") for _, i in links)
    assert ("Tripoli", "loc:tripoli") in links


def test_an_acronym_is_not_a_word_of_a_person_named_before(nz: Normalizer) -> None:
    text = (
        "Aguila Saleh Issa met officials in Benghazi. The Office for the Coordination of "
        "Humanitarian Affairs (OCHA) estimated the number of the displaced."
    )
    links = _links(nz, text)
    assert ("OCHA", "per:aguila-saleh-issa") not in links
    assert ("Aguila Saleh Issa", "per:aguila-saleh-issa") in links
