"""Libya's state agencies each government runs under one name; an authority named in Arabic
construct; a repeat of the eastern body; a coreference chain that falls whole (session 26,
h-eastern26).

Hand-written gazetteer: a Libyan agency and bureau, a foreign agency, the Tripoli education
ministry and Awqaf authority, the eastern government by its own name, the cities by their
English and Arabic names.
"""

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.rival_government import other_government

STANDARDS = Record("org:lsa", "ORG", "Libyan Standards Agency", "وكالة المواصفات الليبية")
FOREIGN = Record("org:anadolu", "ORG", "Anadolu Agency", "وكالة الأناضول")
AWQAF = Record("org:awqaf-ly", "ORG", None, "الهيئة العامة للأوقاف والشؤون الإسلامية")
EDUCATION = Record("org:moe-ly", "ORG", "Ministry of Education (Libya)", "وزارة التربية والتعليم")
GNS = Record("org:gns", "ORG", "Government of National Stability", "حكومة الاستقرار الوطني")
CITIES = [
    Record("loc:benghazi", "LOC", "Benghazi", "بنغازي"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("loc:misrata", "LOC", "Misrata", "مصراتة"),
]


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records([STANDARDS, FOREIGN, AWQAF, EDUCATION, GNS, *CITIES])


def links(nz: Normalizer, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.id) for m in nz.canonicalize(text).mentions]


def ids_of(nz: Normalizer, text: str, word: str) -> list[str | None]:
    return [i for t, i in links(nz, text) if word in t]


EASTERN = "The Government of National Stability met on Sunday. "


def test_a_libyan_agency_in_a_seat_city_where_the_document_speaks_of_the_east(
    nz: Normalizer,
) -> None:
    text = EASTERN + "The Libyan Standards Agency in Benghazi banned the imports."
    assert ids_of(nz, text, "Standards") == [None]
    # the sentence opens on the east: no need for the other government's name
    text = "In the east, the Libyan Standards Agency in Benghazi banned the imports."
    assert ids_of(nz, text, "Standards") == [None]


def test_a_seat_city_alone_is_a_place_the_agency_acts_in(nz: Normalizer) -> None:
    # a document that never speaks of the other government: the agency and the city
    text = "The Libyan Standards Agency in Benghazi banned the imports."
    assert ids_of(nz, text, "Standards") == ["org:lsa"]
    # a foreign agency has no Libyan twin; a city that seats no eastern body says nothing
    text = EASTERN + "The Anadolu Agency in Benghazi reported the meeting."
    assert ids_of(nz, text, "Anadolu") == ["org:anadolu"]
    text = EASTERN + "The Libyan Standards Agency in Misrata banned the imports."
    assert ids_of(nz, text, "Standards") == ["org:lsa"]


def test_a_city_after_a_dash_labels_the_branch(nz: Normalizer) -> None:
    text = EASTERN + "The Libyan Standards Agency - Benghazi banned the imports."
    found = links(nz, text)
    assert ("Benghazi", "loc:benghazi") not in found
    assert ids_of(nz, text, "Standards") == [None]
    # the seat city after a twin agency names its branch too
    text = EASTERN + "The Libyan Standards Agency in Benghazi banned the imports."
    assert ("Benghazi", "loc:benghazi") not in links(nz, text)
    # an authority sits in its city: the city stays a place of its own
    text = "The General Authority of Awqaf in Benghazi announced the feast."
    assert ("Benghazi", "loc:benghazi") in links(nz, text)
    assert ids_of(nz, text, "Awqaf") == [None]


# bodies whose English names say neither "Authority" nor Libya: what makes them an authority or
# Libya's is in their Arabic names (a Libyan bureau) or a tail of the English name (an agency)
MEDIA = Record("org:media", "ORG", "Media Commission", "هيئة الإعلام")  # construct, no article
ENDOWMENTS = Record("org:endow", "ORG", "Endowments Commission", "الهيئة العامة للأوقاف")
SECURITY = Record("org:isa", "ORG", "Internal Security Agency (Libya)", "جهاز الأمن الداخلي")
AUDIT = Record("org:audit", "ORG", "Audit Bureau", "ديوان المحاسبة الليبي")


@pytest.fixture(scope="module")
def nz_arabic() -> Normalizer:
    return Normalizer.from_records([MEDIA, ENDOWMENTS, SECURITY, AUDIT, GNS, *CITIES])


@pytest.mark.parametrize(
    ("said", "rid"),
    [("The Media Authority", "org:media"), ("The General Authority of Endowments", "org:endow")],
)
def test_an_authority_by_its_arabic_name(nz_arabic: Normalizer, said: str, rid: str) -> None:
    # هيئة opens the Arabic name, with the article (الهيئة) or in construct (هيئة الإعلام)
    assert ids_of(nz_arabic, f"{said} suspended two channels.", "Authority") == [rid]
    text = f"{said} of the eastern government suspended two channels."
    assert ids_of(nz_arabic, text, "Authority") == [None]


@pytest.mark.parametrize(
    ("said", "rid"), [("Internal Security Agency", "org:isa"), ("Audit Bureau", "org:audit")]
)
def test_a_twin_body_is_libyan_by_an_english_or_an_arabic_name(
    nz_arabic: Normalizer, said: str, rid: str
) -> None:
    # twin_country_en: "Internal Security Agency (Libya)"; twin_country_ar: ديوان المحاسبة الليبي
    text = f"The {said} in Benghazi published its report."
    assert ids_of(nz_arabic, text, said) == [rid]
    assert ids_of(nz_arabic, EASTERN + text, said) == [None]


def test_a_conjunct_with_the_before_the_owner() -> None:
    text = (
        "the General Authority of the Press and the Archives affiliated to the government"
        " of Osama Hammad said"
    )
    start, end = 4, text.index(" and the Archives")
    assert other_government(text, start, end)


def test_a_chain_of_repeats_falls_with_the_eastern_body(nz: Normalizer) -> None:
    text = (
        "The General Authority of Awqaf of the eastern government closed two shrines. "
        "The head of the Authority said the shrines were unsafe. "
        "Worshippers protested, and the Authority promised a review."
    )
    assert org_links(links(nz, text)) == []


def test_a_repeat_goes_to_the_record_named_as_itself_before_the_eastern_body(
    nz: Normalizer,
) -> None:
    text = (
        "The Ministry of Education in Tripoli published the exam dates. "
        "In Benghazi, the Ministry of Education of the eastern government rejected them. "
        "Teachers said the Ministry had not consulted them."
    )
    found = [i for t, i in links(nz, text) if t.startswith("Ministry")]
    assert found[0] == "org:moe-ly" and found[1] is None
    assert found[-1] == "org:moe-ly"


def org_links(found: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    return [(t, i) for t, i in found if i is not None and i.startswith("org:")]
