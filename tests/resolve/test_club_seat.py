"""A namesake club's short name said with its town (session 24, h-v39c24): "the club of
Al-Ahly in Tarabulus" after "Al-Ahly Benghazi" is Tripoli's club, and "Al-Ahly Tarabulus",
the town in a spelling of its own, is too."""

from __future__ import annotations

from link_pairs import pairs_for

from normx.gazetteer.schema import Record


def _club(key: str, en: str, ar: str) -> Record:
    return Record(id=f"org:{key}", type="ORG", name_en=en, name_ar=ar)


RECORDS = [
    _club("ahly-benghazi", "Al-Ahly SC (Benghazi)", "النادي الأهلي (بنغازي)"),
    _club("ahli-tripoli", "Al-Ahli SC (Tripoli)", "النادي الأهلي (طرابلس)"),
    Record(id="loc:benghazi", type="LOC", name_en="Benghazi", name_ar="بنغازي"),
    Record(
        id="loc:tripoli",
        type="LOC",
        name_en="Tripoli",
        name_ar="طرابلس",
        aliases_en=("Tarabulus",),
    ),
]
_links = pairs_for(RECORDS, linked_only=True)


def test_the_town_said_after_the_short_name_places_the_club() -> None:
    text = (
        "The second group was topped by Al-Ahly Benghazi.\n\n"
        "The president of the club of Al-Ahly in Tarabulus criticized the decision."
    )
    links = _links(text)
    assert ("Al-Ahly", "org:ahli-tripoli") in links
    assert ("Tarabulus", "loc:tripoli") in links  # the place keeps its own link


def test_the_club_of_its_own_town_stays() -> None:
    text = "Al-Ahly Benghazi won. The coach of Al-Ahly in Benghazi spoke."
    links = _links(text)
    assert ("Al-Ahly", "org:ahly-benghazi") in links
    assert ("Al-Ahly", "org:ahli-tripoli") not in links


def test_a_short_name_and_its_town_in_one_name() -> None:
    text = "The first group was topped by Al-Ahly Tarabulus with thirty-eight points."
    assert ("Al-Ahly Tarabulus", "org:ahli-tripoli") in _links(text)
