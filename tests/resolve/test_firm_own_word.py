"""A business written by its own word and a firm's word that is not its name's kind word
("the X Company for Air Transport", "the X Company" for X Air Transport; "X Air" for X Airways)
links to it; an airport or a town of the same word is no company (session 23, h-first23)."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

BASE = [
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("loc:sinawen", "LOC", "Sinawen", "سيناون"),
    Record("loc:sinawen-airport", "LOC", "Sinawen Airport", "مطار سيناون"),
    Record("org:sirte-oil-company", "ORG", "Sirte Oil Company", "شركة سرت للنفط"),
]
AIRLINE = Record("org:sinawen-air-transport", "ORG", "Sinawen Air Transport", "سيناون للنقل الجوي")
WADDAN = Record("org:waddan-airways", "ORG", "Waddan Airways", "الخطوط الجوية الودانية")
WARDA = Record("org:warda-air", "ORG", "Warda Air", "طيران الوردة")


def test_own_word_company_for_kind_links_to_the_airline() -> None:
    links = pairs_for([*BASE, AIRLINE])
    text = "On Monday the Sinawen Company for Air Transport resumed its flights to Tripoli."
    found = [i for t, i in links(text) if t.startswith("Sinawen Company")]
    assert found == ["org:sinawen-air-transport"]


def test_own_word_company_links_to_the_airline_not_the_airport() -> None:
    links = pairs_for([*BASE, AIRLINE])
    text = "On Monday a plane of the Sinawen Company landed in Tripoli after a long delay."
    assert ("Sinawen Company", "org:sinawen-air-transport") in links(text)


def test_own_word_company_is_no_airport() -> None:
    links = pairs_for(BASE)
    text = "On Monday a plane of the Sinawen Company landed in Tripoli after a long delay."
    assert dict(links(text)).get("Sinawen Company") is None


def test_another_airlines_air_is_no_rival_reading_of_the_own_word() -> None:
    links = pairs_for([*BASE, WADDAN, WARDA])
    text = "On Monday a plane of Waddan Air landed in Tripoli after a long delay."
    assert ("Waddan Air", "org:waddan-airways") in links(text)


TUNISIA = [
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("loc:tunisia", "LOC", "Tunisia", "تونس"),
    Record("org:tunisian-airlines", "ORG", "Tunisian Airlines", "الخطوط الجوية التونسية"),
    Record("org:tunisian-air-force", "ORG", "Tunisian Air Force", "القوات الجوية التونسية"),
    Record(
        "org:tunisian-cotton-company", "ORG", "Tunisian Cotton Company", "الشركة التونسية للقطن"
    ),
    Record("org:tunisian-red-crescent", "ORG", "Tunisian Red Crescent", "الهلال الأحمر التونسي"),
    Record("org:tunisian-national-army", "ORG", "Tunisian National Army", "الجيش الوطني التونسي"),
    Record("org:tunisian-post", "ORG", "Tunisian Post Office", "البريد التونسي"),
    Record("org:tunisian-radio", "ORG", "Tunisian National Radio", "الإذاعة الوطنية التونسية"),
    Record("loc:tunisian-desert", "LOC", "Tunisian Desert", "الصحراء التونسية"),
    Record("org:kenya-airways", "ORG", "Kenya Airways", "الخطوط الجوية الكينية"),
    Record("org:qatar-airways", "ORG", "Qatar Airways", "الخطوط الجوية القطرية"),
    Record("org:kuwait-airways", "ORG", "Kuwait Airways", "الخطوط الجوية الكويتية"),
    Record("org:turkish-airlines", "ORG", "Turkish Airlines", "الخطوط الجوية التركية"),
]


def test_a_demonym_and_another_airline_word_is_the_peoples_airline() -> None:
    links = pairs_for(TUNISIA)
    text = "On Monday the flights of Tunisian Airways to Tripoli resumed after a long pause."
    assert ("Tunisian Airways", "org:tunisian-airlines") in links(text)


def test_a_demonym_and_a_company_word_is_no_airline() -> None:
    links = pairs_for(TUNISIA)
    text = "On Monday the Tunisian Company sent its trucks to Tripoli after a long pause."
    assert "org:tunisian-airlines" not in {i for _, i in links(text)}


LIBYA = [
    Record("loc:libya", "LOC", "Libya", "ليبيا"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("org:libyan-airlines", "ORG", "Libyan Airlines", "الخطوط الجوية الليبية"),
    Record("org:afriqiyah-airways", "ORG", "Afriqiyah Airways", "الخطوط الجوية الأفريقية"),
    Record("org:libyan-air-force", "ORG", "Libyan Air Force", "القوات الجوية الليبية"),
    Record("org:libyan-red-crescent", "ORG", "Libyan Red Crescent", "الهلال الأحمر الليبي"),
    Record("org:libyan-national-army", "ORG", "Libyan National Army", "الجيش الوطني الليبي"),
    Record("org:kenya-airways", "ORG", "Kenya Airways", "الخطوط الجوية الكينية"),
    Record("org:qatar-airways", "ORG", "Qatar Airways", "الخطوط الجوية القطرية"),
    Record("org:kuwait-airways", "ORG", "Kuwait Airways", "الخطوط الجوية الكويتية"),
    Record("org:iraqi-airways", "ORG", "Iraqi Airways", "الخطوط الجوية العراقية"),
]


def test_a_demonym_airline_in_a_coordination_is_the_peoples_airline() -> None:
    links = pairs_for(LIBYA)
    text = "Flights are served by the Libyan Airways and the Afriqiyah Airways on most days."
    assert ("Libyan Airways", "org:libyan-airlines") in links(text)


# --- session 23 (h-review23a) ------------------------------------------------------------------
def test_air_before_a_coordinated_head_is_no_airline() -> None:
    # "Air" shares the head written after "and": the forces, not Libyan Airlines
    links = pairs_for(LIBYA)
    text = "On Monday the Libyan Air and Naval Forces held a drill near Tripoli."
    assert "org:libyan-airlines" not in {i for _, i in links(text)}
    text = "On Monday the Libyan Air, Land and Naval Forces held a drill near Tripoli."
    assert "org:libyan-airlines" not in {i for _, i in links(text)}


def test_air_coordinated_with_another_airline_is_the_peoples_airline() -> None:
    links = pairs_for([r for r in LIBYA if r.id != "org:libyan-air-force"])
    text = "Flights are served by the Libyan Air and Afriqiyah Airways on most days."
    assert ("Libyan Air", "org:libyan-airlines") in links(text)


def test_own_word_group_is_no_airline() -> None:
    # a group is several firms (or none: "the Contact Group"), not the airline of the word
    links = pairs_for([*BASE, AIRLINE])
    text = "On Monday the Sinawen Group announced new investments in Tripoli after a long delay."
    assert "org:sinawen-air-transport" not in {i for _, i in links(text)}
    text = "On Monday the Sinawen Transport Company resumed its flights to Tripoli."
    assert ("Sinawen Transport Company", "org:sinawen-air-transport") in links(text)
