"""More one-capital French names of bodies (session 19, h-french19): the lower-case words after
the head are French gloss words, the nationality adjective French writes after its noun among
them ("Conseil norvégien pour les réfugiés", "garde-côtes libyens"), and the French spelling of
a word English spells alike ("l'immigration") carries the name on to its last word."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:nrc", "ORG", "Norwegian Refugee Council", "المجلس النرويجي للاجئين"),
    Record("org:unsc", "ORG", "United Nations Security Council", "مجلس الأمن الدولي"),
    Record("org:coastguard", "ORG", "Libyan Coast Guard", "خفر السواحل الليبي"),
    Record("org:anti-migration", "ORG", None, "جهاز مكافحة الهجرة غير الشرعية"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
]


def test_a_council_named_with_a_lower_case_nationality_links_by_gloss():
    links = pairs_for(RECORDS)
    text = (
        "The United Nations Security Council met on Monday. Aid groups such as the Conseil "
        "norvégien pour les réfugiés have left Tripoli."
    )
    found = links(text)
    assert ("Conseil norvégien pour les réfugiés", "org:nrc") in found
    assert all(t != "Conseil" for t, _ in found)  # not the Security Council by coreference


def test_the_coast_guard_in_french_with_its_demonym_links_by_gloss():
    links = pairs_for(RECORDS)
    text = "Migrants were brought back to Tripoli by the garde-côtes libyens on Monday."
    assert ("garde-côtes libyens", "org:coastguard") in links(text)


def test_a_french_word_english_spells_alike_carries_the_name_on():
    links = pairs_for(RECORDS)
    text = (
        "The centres of the Direction de lutte contre l'immigration illégale in Tripoli are full."
    )
    assert ("Direction de lutte contre l'immigration illégale", "org:anti-migration") in links(text)


def test_an_english_word_after_a_french_nationality_is_not_taken():
    links = pairs_for(RECORDS)
    text = "The Conseil norvégien said refugees in Tripoli need help."
    assert all("said" not in t for t, _ in links(text))


def test_a_state_department_named_in_french_links_by_gloss():
    links = pairs_for([*RECORDS, Record("org:antiquities", "ORG", None, "مصلحة الآثار")])
    text = "The Département des antiquités says a third of the houses in Tripoli need works."
    assert ("Département des antiquités", "org:antiquities") in links(text)


def test_a_lone_french_department_names_no_body():
    links = pairs_for([*RECORDS, Record("org:antiquities", "ORG", None, "مصلحة الآثار")])
    text = "The Département said on Monday that Tripoli was calm."
    assert all(i != "org:antiquities" for _, i in links(text))


def test_another_nationality_after_the_head_links_its_council():
    records = [
        *RECORDS,
        Record("org:drc", "ORG", "Danish Refugee Council", "المجلس الدنماركي للاجئين"),
    ]
    text = "The Conseil danois pour les réfugiés works in Tripoli."
    assert ("Conseil danois pour les réfugiés", "org:drc") in pairs_for(records)(text)
