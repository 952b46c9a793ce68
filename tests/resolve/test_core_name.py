"""A body or facility written by its own word alone, without the words of its kind
("Afriqiyah" for Afriqiyah Airways, "Mitiga" for Mitiga International Airport, "Al-Akhdar" for
Al-Akhdar SC), links to it when no place, person or other body is named by that word."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record
from normx.resolve.core_name import kind_forms

BASE = [
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("loc:benghazi", "LOC", "Benghazi", "بنغازي"),
    Record("org:libyan-airlines", "ORG", "Libyan Airlines", "الخطوط الجوية الليبية"),
]
WADDAN = Record("org:waddan-airways", "ORG", "Waddan Airways", "الخطوط الجوية الودانية")
AIRPORT = Record("loc:zelten-airport", "LOC", "Marada International Airport", "مطار مرادة الدولي")
CLUB = Record("org:nasr-sc", "ORG", "Al-Tahaddi SC", "نادي التحدي")


def test_an_airline_written_by_its_own_word_links_to_it():
    links = pairs_for([*BASE, WADDAN])
    text = "On Monday, flights of Waddan and Libyan Airlines left Tripoli for Benghazi."
    assert ("Waddan", "org:waddan-airways") in links(text)


def test_an_airport_written_by_the_place_it_is_named_after_links_to_it():
    links = pairs_for([*BASE, AIRPORT])
    text = "The plane from Tripoli landed at Maradeh on Tuesday evening."  # a vowel apart
    assert ("Maradeh", "loc:zelten-airport") in links(text)


def test_a_club_written_without_its_club_word_links_to_it():
    links = pairs_for([*BASE, CLUB])
    text = "The league in Benghazi included the teams of Tahaddy and two clubs of Tripoli."
    assert ("Tahaddy", "org:nasr-sc") in links(text)


def test_a_place_the_word_names_whole_keeps_the_word():
    town = Record("loc:marada", "LOC", "Marada", "مرادة")
    links = pairs_for([*BASE, AIRPORT, town])
    text = "The plane from Tripoli landed at Maradeh on Tuesday evening."
    assert ("Maradeh", "loc:zelten-airport") not in links(text)


def test_a_person_bearing_the_word_leaves_it_unlinked():
    man = Record("per:ali-waddan", "PER", "Ali Waddan", "علي ودان")
    links = pairs_for([*BASE, WADDAN, man])
    text = "On Monday, flights of Waddan and Libyan Airlines left Tripoli for Benghazi."
    assert ("Waddan", "org:waddan-airways") not in links(text)


def test_two_bodies_named_by_the_word_leave_it_unlinked():
    hotel = Record("org:waddan-group", "ORG", "Waddan Group", "مجموعة ودان")
    links = pairs_for([*BASE, WADDAN, hotel])
    text = "On Monday, flights of Waddan and Libyan Airlines left Tripoli for Benghazi."
    found = dict(links(text))
    assert found.get("Waddan") is None


def test_a_name_whose_other_words_are_no_kind_words_is_not_the_word():
    # "Waddan" is one word of "Waddan Oil Company": "Oil" was not said
    oil = Record("org:waddan-oil", "ORG", "Waddan Oil Company", "شركة ودان للنفط")
    links = pairs_for([*BASE, oil])
    text = "On Monday, flights of Waddan and Libyan Airlines left Tripoli for Benghazi."
    assert ("Waddan", "org:waddan-oil") not in links(text)


def test_a_settlement_noun_after_the_word_names_the_district():
    links = pairs_for([*BASE, AIRPORT])
    text = "Clashes broke out in Tripoli and in the Maradeh district on Tuesday evening."
    assert ("Maradeh", "loc:zelten-airport") not in links(text)


def test_kind_words_are_read_in_both_scripts():
    forms = kind_forms()
    assert {"airways", "airport", "international", "sc"} <= forms
    assert "mtar" in forms  # مطار as the matcher romanises an Arabic name's words


def test_a_settlement_noun_and_of_before_the_word_name_the_district():
    links = pairs_for([*BASE, AIRPORT])
    text = "Police guard the embassies in the areas of Maradeh and Tripoli on Tuesday."
    assert ("Maradeh", "loc:zelten-airport") not in links(text)


def test_a_head_of_another_facility_after_the_word_names_that_facility():
    links = pairs_for([*BASE, AIRPORT])
    text = "Ships from Tripoli reached the Maradeh port on Tuesday evening."
    assert ("Maradeh", "loc:zelten-airport") not in links(text)


def test_an_airline_named_with_a_company_word_after_links_to_it():
    # "the Turkish Pegasus company": a firm's word after an airline's own word is no other
    # kind of thing (normx.resolve.core_name.FIRM_WORDS)
    pegasus = Record("org:pegasus-airlines", "ORG", "Pegasus Airlines", "طيران بيغاسوس")
    links = pairs_for([*BASE, pegasus, Record("loc:turkey", "LOC", "Turkey", "تركيا")])
    text = "The airport of Benghazi received the first flight of the Turkish Pegasus company."
    assert ("Pegasus", "org:pegasus-airlines") in links(text)


MITIGA = Record("loc:mitiga-airport", "LOC", "Mitiga International Airport", "مطار معيتيقة الدولي")


def test_a_sentence_opener_the_document_linked_before_links_too():
    # a sentence's capital says nothing, but the text wrote "Maitiga" inside a sentence in a
    # mention of the same airport (normx.resolve.core_name._linked_words)
    links = pairs_for([*BASE, MITIGA])
    text = (
        "The staff move gradually from Maitiga airport, which bears no more travellers. "
        "Maitiga, which is in origin a military base, remained the only airport of Tripoli."
    )
    assert [p for p in links(text) if p == ("Maitiga", "loc:mitiga-airport")]


def test_a_sentence_opener_never_linked_before_stays_unlinked():
    links = pairs_for([*BASE, MITIGA])
    text = (
        "The staff move gradually from the old airport, which bears no more travellers. "
        "Maitiga, which is in origin a military base, remained the only airport of Tripoli."
    )
    assert ("Maitiga", "loc:mitiga-airport") not in links(text)
