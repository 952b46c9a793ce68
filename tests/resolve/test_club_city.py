"""A club's name goes on with its city ("Wydad Casablanca", "Ittihad de Tripoli", "Espérance
sportive de Tunis"): one mention of the club, not the club and the city
(normx/resolve/club_city.py; articles-v39)."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:wydad", "ORG", "Wydad AC", "نادي الوداد الرياضي"),
    Record("org:ittihad-tripoli", "ORG", "Al-Ittihad Club (Tripoli)", "نادي الاتحاد (طرابلس)"),
    Record("org:esperance", "ORG", "Espérance Sportive de Tunis", "الترجي الرياضي التونسي"),
    Record("loc:casablanca", "LOC", "Casablanca", "الدار البيضاء"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("loc:tunis", "LOC", "Tunis", "تونس"),
    Record("loc:benghazi", "LOC", "Benghazi", "بنغازي"),
]

_links = pairs_for(RECORDS, linked_only=True)


def test_a_club_and_its_city_are_one_mention() -> None:
    found = _links("The winner will face Wydad Casablanca in the semi-finals.")
    assert found == [("Wydad Casablanca", "org:wydad")]


def test_french_de_joins_the_city() -> None:
    found = _links("Supporters of Ittihad de Tripoli packed the stands on Saturday.")
    assert found == [("Ittihad de Tripoli", "org:ittihad-tripoli")]


def test_words_of_the_clubs_own_name_between() -> None:
    found = _links("They beat the Espérance sportive de Tunis, one of the great names.")
    assert found == [("Espérance sportive de Tunis", "org:esperance")]


def test_a_city_apart_from_the_club_stays_a_place() -> None:
    found = _links("Wydad played in Casablanca on Sunday.")
    assert ("Casablanca", "loc:casablanca") in found


def test_another_city_than_the_clubs_own_is_not_taken_in() -> None:
    found = _links("Supporters of Al-Ittihad Club Benghazi waited outside.")
    assert ("Benghazi", "loc:benghazi") in found


def test_english_of_keeps_the_city_a_place() -> None:
    found = _links("Supporters of Ittihad of Tripoli packed the stands on Saturday.")
    assert ("Tripoli", "loc:tripoli") in found
