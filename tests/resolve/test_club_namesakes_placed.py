"""Namesake clubs held with a qualifier in both languages, told apart by the place the text
says however it spells it (session 23, h-v39fix23): "Alhilal" (glued article), "Al-Ittihad
Club" in a text that writes the city by another of its names, "Al-Nasr Club" and "Al-Hilal
Club" whose kind word is not the gazetteer's."""

from __future__ import annotations

from link_pairs import pairs_for

from normx.gazetteer.schema import Record


def _club(key: str, en: str, ar: str) -> Record:
    return Record(id=f"org:{key}", type="ORG", name_en=en, name_ar=ar)


RECORDS = [
    _club("ittihad-zliten", "Al-Ittihad Club (Zliten)", "نادي الاتحاد (زليتن)"),
    _club("ittihad-jeddah", "Al-Ittihad Club (Jeddah)", "نادي الاتحاد (جدة)"),
    _club("hilal-benghazi", "Al-Hilal SC (Benghazi)", "نادي الهلال (بنغازي)"),
    _club("hilal-omdurman", "Al-Hilal Club (Omdurman)", "نادي الهلال (أم درمان)"),
    _club("hilal-riyadh", "Al-Hilal SFC", "نادي الهلال (السعودية)"),
    _club("nasr-benghazi", "Al-Nasr SC (Benghazi)", "نادي النصر (بنغازي)"),
    _club("nassr-riyadh", "Al-Nassr FC (Riyadh)", "نادي النصر (الرياض)"),
    Record(id="loc:zliten", type="LOC", name_en="Zliten", name_ar="زليتن", aliases_en=("Zlitan",)),
    Record(id="loc:benghazi", type="LOC", name_en="Benghazi", name_ar="بنغازي"),
    Record(id="loc:omdurman", type="LOC", name_en="Omdurman", name_ar="أم درمان"),
]
_links = pairs_for(RECORDS, linked_only=True)


def test_a_glued_article_names_the_club_of_the_city_said() -> None:
    text = "The derby in Benghazi ended level, and Alhilal scored first."
    assert ("Alhilal", "org:hilal-benghazi") in _links(text)


def test_a_glued_article_with_no_city_said_stays_undecided() -> None:
    assert all(
        t != "Alhilal" for t, _ in _links("The derby ended level, and Alhilal scored first.")
    )


def test_the_city_said_in_its_own_spelling_places_the_club() -> None:
    text = "Fans gathered in Zlitan on Friday, and the Al-Ittihad Club won the final."
    assert ("Al-Ittihad Club", "org:ittihad-zliten") in _links(text)


def test_another_kind_word_names_the_club_of_the_city_said() -> None:
    text = (
        "The league resumed in Benghazi, where the Al-Nasr Club won. "
        "Fans of the Al-Hilal Club left."
    )
    links = _links(text)
    assert ("Al-Nasr Club", "org:nasr-benghazi") in links
    assert ("Al-Hilal Club", "org:hilal-benghazi") in links


def test_the_bare_title_stands_when_its_own_city_is_said() -> None:
    text = "The league resumed in Omdurman. Fans of the Al-Hilal Club left."
    assert ("Al-Hilal Club", "org:hilal-omdurman") in _links(text)
