"""AFP's French names of the oil sector's bodies and places, and of the agencies, guards and
offices it names in French, reach the records a gazetteer holds under English and Arabic names
only: the French gloss words render the Arabic (حرس المنشآت النفطية, الهلال النفطي, خفر السواحل,
جهاز مكافحة الهجرة غير الشرعية, مكتب النائب العام, ساحة الشهداء), and French acronyms stand for
the body a gazetteer holds (GIP, EI, DGSE). The same words in English prose link nothing new."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:pfg", "ORG", "Petroleum Facilities Guard", "حرس المنشآت النفطية"),
    Record("loc:oil-crescent", "LOC", "Oil Crescent", "الهلال النفطي"),
    Record("org:islamic-state", "ORG", "Islamic State", "تنظيم الدولة الإسلامية"),
    Record("org:coast-guard", "ORG", "Libyan Coast Guard", "خفر السواحل الليبي"),
    Record("org:dcim", "ORG", None, "جهاز مكافحة الهجرة غير الشرعية"),
    Record("org:ago", "ORG", "Office of the Attorney General (Libya)", "مكتب النائب العام"),
    Record("loc:martyrs-square", "LOC", "Martyrs' Square, Tripoli", "ساحة الشهداء (طرابلس)"),
    Record(
        "org:dgse",
        "ORG",
        "Directorate-General for External Security",
        "المديرية العامة للأمن الخارجي",
    ),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("loc:sirte", "LOC", "Sirte", "سرت"),
]

_links = pairs_for(RECORDS, linked_only=True)


def test_the_guard_of_the_oil_installations_and_its_acronym():
    text = "The terminals are guarded by the Garde des installations pétrolières (GIP) in Sirte."
    links = _links(text)
    assert ("Garde des installations pétrolières", "org:pfg") in links
    assert ("GIP", "org:pfg") in links


def test_the_oil_crescent_in_french():
    text = 'The closures of the terminals of the "Croissant pétrolier" cost billions.'
    assert ("Croissant pétrolier", "loc:oil-crescent") in _links(text)


def test_the_islamic_state_in_french_and_its_acronym():
    text = "The attacks of the Etat islamique (EI) on Sirte failed. The EI then left the city."
    assert _links(text) == [
        ("Etat islamique", "org:islamic-state"),
        ("EI", "org:islamic-state"),
        ("Sirte", "loc:sirte"),
        ("EI", "org:islamic-state"),
    ]


def test_the_coast_guard_opened_by_a_lower_case_head():
    text = "Migrants intercepted by the garde côtière libyenne were taken to Tripoli."
    assert ("garde côtière libyenne", "org:coast-guard") in _links(text)


def test_a_directorate_named_against_what_it_fights():
    # "contre" joins the name's words ("lutte contre la migration"), as de and des do
    text = "They were held by the Direction de lutte contre la migration illégale in Tripoli."
    assert ("Direction de lutte contre la migration illégale", "org:dcim") in _links(text)


def test_the_prosecutor_general_names_his_office():
    assert ("Procureur général", "org:ago") in _links("The Procureur général opened an inquiry.")


def test_a_square_french_names_head_first():
    text = "Crowds gathered on the place des Martyrs in Tripoli."
    assert _links(text) == [("place des Martyrs", "loc:martyrs-square"), ("Tripoli", "loc:tripoli")]


def test_a_french_acronym_english_also_writes():
    assert _links("The French spy agency DGSE denied the report.") == [("DGSE", "org:dgse")]


def test_the_words_in_english_prose_link_nothing_new():
    # English spells installations, place, direction and martyrs alike (``also_english`` or
    # English words of the lexicon): no French name is read into them
    assert _links("Guards protected the Sirte oil installations on Monday.") == [
        ("Sirte", "loc:sirte")
    ]
    assert _links("The Tripoli migration centre took the place of the old one.") == [
        ("Tripoli", "loc:tripoli")
    ]
    assert _links("He ate a croissant in Tripoli, where the garde stood.") == [
        ("Tripoli", "loc:tripoli")
    ]
