"""A town said alone is the town, not a body named after it (normx.resolve.country_alone, session
35 h-towns): in a gazetteer without Zawiya, "Zawiya" is not the Zawiya Refinery, "Sabha" not
Sabha University (an airport, a place, is named by its town alone and is not judged). The town
the gazetteer lacks is a name it lacks: the mention stays, unlinked. A body said by its town
and its head keeps its link ("the Misrata council", "the refinery of Zawiya", "Zawiya's
refinery"), and so does a body held under the town's name alone.
test_a_town_the_gazetteer_lacks_is_a_name_it_lacks fails on lead35 8fa1dc1c (Zawiya, Al-Zawiya,
Benghazi: each linked its body); the others are guards and pass there."""

from __future__ import annotations

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.gazetteer.towns import is_town

BODIES = [
    Record("org:zawiya-refinery", "ORG", "Zawiya Refinery", "مصفاة الزاوية"),
    Record("org:sabha-university", "ORG", "Sabha University", "جامعة سبها"),
    Record("org:sabha-medical-centre", "ORG", "Sabha Medical Centre", "مركز سبها الطبي"),
    Record("org:benghazi-university", "ORG", "University of Benghazi", "جامعة بنغازي"),
    Record("org:misrata-council", "ORG", "Misrata Military Council", "المجلس العسكري مصراتة"),
    Record("org:misrata-free-zone", "ORG", "Misrata Free Zone", "المنطقة الحرة مصراتة"),
    Record("loc:ghat-airport", "LOC", "Ghat Airport", "مطار غات"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
]
TOWNS = [
    Record("loc:zawiya", "LOC", "Zawiya", "الزاوية"),
    Record("loc:sabha", "LOC", "Sabha", "سبها"),
    Record("loc:misrata", "LOC", "Misrata", "مصراتة"),
]


@pytest.fixture(scope="module")
def bodies_only() -> Normalizer:
    return Normalizer.from_records(BODIES)


@pytest.fixture(scope="module")
def with_towns() -> Normalizer:
    return Normalizer.from_records(BODIES + TOWNS)


def _links(nz: Normalizer, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.id) for m in nz.canonicalize(text).mentions]


def test_the_shipped_towns_are_known() -> None:
    assert is_town("Misrata") and is_town("Al-Zawiya") and is_town("Tunis")
    assert not is_town("Libya") and not is_town("Union")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Fighting reached Zawiya on Monday.", "Zawiya"),  # one body named after it
        ("Students in Sabha protested.", "Sabha"),  # two bodies named after it
        ("He flew to Benghazi.", "Benghazi"),  # the body's name ends with the town
        ("Fighting reached Al-Zawiya on Monday.", "Al-Zawiya"),  # a shipped spelling
    ],
)
def test_a_town_the_gazetteer_lacks_is_a_name_it_lacks(
    bodies_only: Normalizer, text: str, town: str
) -> None:
    """Fails on lead35: each town linked its body (phonetic)."""
    assert _links(bodies_only, text) == [(town, None)]


def test_the_held_town_is_the_town(with_towns: Normalizer) -> None:
    assert _links(with_towns, "Fighting reached Zawiya on Monday.") == [("Zawiya", "loc:zawiya")]
    assert _links(with_towns, "Students in Sabha protested.") == [("Sabha", "loc:sabha")]
    assert _links(with_towns, "He arrived in Misrata.") == [("Misrata", "loc:misrata")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Misrata Military Council met.",
            [("Misrata Military Council", "org:misrata-council")],
        ),
        ("The Misrata council met on Monday.", [("Misrata council", "org:misrata-council")]),
        ("The refinery of Zawiya was shut.", [("Zawiya", "org:zawiya-refinery")]),
        ("Zawiya's refinery was shut.", [("Zawiya", "org:zawiya-refinery")]),
    ],
)
def test_a_body_said_by_its_town_and_head_keeps_it(
    bodies_only: Normalizer, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _links(bodies_only, text) == expected


def test_a_french_lower_case_head_before_de_names_the_body() -> None:
    """ "zone franche de Misrata" (articles-v49 4906: the gold is the zone); "la ville de" is
    the town."""
    records = [Record("org:mfz", "ORG", "Misrata Free Zone", "المنطقة الحرة مصراتة")]
    nz = Normalizer.from_records(records)
    assert _links(nz, "La zone franche de Misrata a ouvert.") == [("Misrata", "org:mfz")]
    assert _links(nz, "Il est arrivé dans la ville de Misrata.") == [("Misrata", None)]


def test_an_airport_named_by_its_town_is_not_judged(bodies_only: Normalizer) -> None:
    """News names an airport by its town alone ("landed at Al-Abraq", articles-v16's gold)."""
    assert _links(bodies_only, "He arrived in Ghat on Monday.") == [("Ghat", "loc:ghat-airport")]


def test_a_body_held_under_the_town_name_keeps_it() -> None:
    records = [Record("org:misrata-club", "ORG", "Misrata", "نادي مصراتة")]
    doc = Normalizer.from_records(records).canonicalize("Misrata won on Monday.")
    assert [(m.text, m.id) for m in doc.mentions] == [("Misrata", "org:misrata-club")]
