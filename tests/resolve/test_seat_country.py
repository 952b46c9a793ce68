"""Namesake clubs told apart by the country the text says before the name, read against the
seat each one's gazetteer name holds (session 24, h-v39c24): "Egypt's Al Ahly" and "the
Egyptian Al-Ahly Club" are the club seated in Cairo (its seat in Arabic only), and a bare
"Al-Ahly" after the document's own "Al-Ahly Tarablus" is that club."""

from __future__ import annotations

from link_pairs import pairs_for

from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.seat_country import seated_in_country


def _club(key: str, en: str, ar: str) -> Record:
    return Record(id=f"org:{key}", type="ORG", name_en=en, name_ar=ar)


RECORDS = [
    _club("ahly-cairo", "Al Ahly SC", "النادي الأهلي (القاهرة)"),
    _club("ahly-benghazi", "Al-Ahly SC (Benghazi)", "النادي الأهلي (بنغازي)"),
    _club("ahli-tripoli", "Al-Ahli SC (Tripoli)", "النادي الأهلي (طرابلس)"),
    _club("ahli-saudi", "Al-Ahli Saudi FC", "النادي الأهلي السعودي"),
    Record(id="loc:egypt", type="LOC", name_en="Egypt", name_ar="مصر"),
    Record(id="loc:benghazi", type="LOC", name_en="Benghazi", name_ar="بنغازي"),
    Record(id="loc:tripoli", type="LOC", name_en="Tripoli", name_ar="طرابلس"),
]
_links = pairs_for(RECORDS, linked_only=True)


def test_a_possessive_country_names_the_club_seated_in_its_capital() -> None:
    text = (
        "Al-Ahly Benghazi lost on Friday. On Saturday Egypt's Al Ahly played in Tripoli, "
        "and Al Ahly's coach praised the crowd."
    )
    links = _links(text)
    assert ("Al Ahly", "org:ahly-cairo") in links
    assert ("Al Ahly", "org:ahly-benghazi") not in links


def test_a_demonym_names_the_club_seated_in_its_capital() -> None:
    text = (
        "Al-Ahly Benghazi won at home. Al-Nasr lost against the Egyptian Al-Ahly Club "
        "by three goals."
    )
    assert ("Al-Ahly Club", "org:ahly-cairo") in _links(text)


def test_the_home_country_says_nothing_of_its_clubs() -> None:
    # Libya's clubs sit in many towns: "Libya's" does not pick the Tripoli club
    text = "Al-Ahly Benghazi won at home, and Libya's Al Ahly lost away."
    assert ("Al Ahly", "org:ahli-tripoli") not in _links(text)


def _cand(record: Record) -> Candidate:
    return Candidate(record.id, record.name_en or "", record.type, 0.9, record.name_en, "exact", {})


def test_no_country_or_an_unplaced_namesake_leaves_the_tie() -> None:
    by_id = {r.id: r for r in RECORDS}
    tied = [_cand(by_id["org:ahly-cairo"]), _cand(by_id["org:ahly-benghazi"])]
    text = "Later Al Ahly played a friendly."
    assert seated_in_country(text, 6, "Al Ahly", (), by_id, tied) is None
    text = "Later Tunisia's Al Ahly played a friendly."  # no namesake seated in Tunis
    assert seated_in_country(text, 16, "Al Ahly", (), by_id, tied) is None
    text = "Later Egypt's Al Ahly played a friendly."
    assert seated_in_country(text, 14, "Al Ahly", (), by_id, tied) == tied[0]
    bare = Record(id="org:ahly-x", type="ORG", name_en="Al-Ahly Club", name_ar="النادي الأهلي")
    placed_nowhere = [*tied, _cand(bare)]  # may be Egypt's own
    with_bare = {**by_id, bare.id: bare}
    assert seated_in_country(text, 14, "Al Ahly", (), with_bare, placed_nowhere) is None


def test_a_short_name_is_the_club_the_document_spelled_so_before() -> None:
    # the Tripoli club is gazetteered "Al-Ahli", reached across scripts; the document writes
    # it "Al-Ahly" and names Benghazi's club only later
    text = (
        "Al-Ahly Tarablus receives Al-Zamalek on Sunday.\n\n"
        "Dbeiba attended the match of Al-Ahly last season.\n\n"
        "Al-Ahly Binghazi had left the cup in the preliminary round."
    )
    links = _links(text)
    assert ("Al-Ahly", "org:ahli-tripoli") in links


def test_a_countrys_initials_in_a_name_place_it_nowhere() -> None:
    # "US" is an alias of the United States' record and Union Sportive's initials in a
    # Maghreb club's name: only a country's English name or demonym among a name's words
    # places the body elsewhere ("Al-Ahli Saudi FC"); "US Monastir" stays placed nowhere
    by_id = {r.id: r for r in RECORDS}
    us = Record(id="org:us-x", type="ORG", name_en="US Monastir", name_ar="الاتحاد المنستيري")
    text = "Later Egypt's Al Ahly played a friendly."
    tied = [_cand(by_id["org:ahly-cairo"]), _cand(us)]
    assert seated_in_country(text, 14, "Al Ahly", (), {**by_id, us.id: us}, tied) is None
    saudi = [_cand(by_id["org:ahly-cairo"]), _cand(by_id["org:ahli-saudi"])]
    assert seated_in_country(text, 14, "Al Ahly", (), by_id, saudi) == saudi[0]


def test_a_moved_demonym_in_a_name_places_the_body_elsewhere() -> None:
    # session 26: "American" moved from the detect list to the country table, so a namesake
    # named with it is placed in the United States, no longer nowhere ("the Lebanese
    # University" is not the American one in Beirut, seated by its qualifier)
    lebanese = Record(
        id="org:lu-beirut", type="ORG", name_en="University (Beirut)", name_ar="الجامعة (بيروت)"
    )
    american = Record(
        id="org:aub", type="ORG", name_en="American University", name_ar="الجامعة الأمريكية"
    )
    by_id = {lebanese.id: lebanese, american.id: american}
    tied = [_cand(lebanese), _cand(american)]
    text = "Later the Lebanese University opened."
    assert seated_in_country(text, 19, "University", ("Lebanese",), by_id, tied) == tied[0]
