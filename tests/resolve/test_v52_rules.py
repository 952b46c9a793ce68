"""Session 32 (h-v52fix) rules, each on a small hand-written gazetteer of its own.

* gloss words (``normx/mt/data/gloss.yaml``): environment, environmental, marine, programme,
  program, plan, action, heritage, development, knowledge, traditional
  industries, nature, conservation, wildlife, reserve, park; French environnement, patrimoine,
  tourisme, protection civile, Méditerranée, pêche(s); "environment" and "traditional industries" as
  portfolios; "apparatus" as a kind its body's name may leave unsaid (جهاز الدفاع المدني);
* :mod:`normx.resolve.field_cataphora`: a field's word alone ("the Culture") names no ministry
  the document names only after it;
* :mod:`normx.resolve.place_noun_of`: "the port of Al-X" is the town, not the firm "Company of
  the X for the Oil" said short.

The records carry canonical names only (several Arabic-only, as a gazetteer holds a body it
knows no English name for); the texts spell the names as MT and AFP do.
"""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record


def _links(records: list[Record], text: str) -> set[tuple[str, str | None]]:
    nz = Normalizer.from_records(records)
    return {(m.text, m.id) for m in nz.canonicalize(text).mentions}


# --- gloss words: environment, marine and heritage bodies -----------------------------------

BODIES = [
    # Arabic-only, or English names sharing no word with the calques: only the gloss reaches them
    Record("org:bia", "ORG", None, "الهيئة العامة للبيئة"),
    Record("org:bahriya", "ORG", None, "وزارة الثروة البحرية"),
    Record("org:unep", "ORG", "UNEP", "برنامج الأمم المتحدة للبيئة"),
    Record("org:medplan", "ORG", "MedPlan", "خطة عمل البحر المتوسط"),
    Record("org:turath", "ORG", "Turath Committee", "لجنة التراث العالمي"),
    Record("org:thaqafa", "ORG", "Thaqafa Ministry", "وزارة الثقافة والتنمية المعرفية"),
    Record("org:siyaha", "ORG", "Siyaha Ministry", "وزارة السياحة والصناعات التقليدية"),
    Record("org:difa", "ORG", "Difa Madani", "الدفاع المدني"),
    Record("loc:kouf", "LOC", "Kouf National Park", "حديقة الكوف الوطنية"),
    Record("loc:sea", "LOC", "Mediterranean Sea", "البحر الأبيض المتوسط"),
    Record("loc:zintan", "LOC", "Zintan", "الزنتان"),
]


def test_mt_calques_of_environment_and_heritage_bodies() -> None:
    text = (
        "The General Authority of the Environment banned the hunting in Zintan. The Ministry "
        "of the Marine Wealth said that it will work with the Program of the United Nations "
        "for the Environment and the Plan of the Action of the Mediterranean. The Committee "
        "of the World Heritage met, and the Ministry of the Culture and the Knowledge "
        "Development and the Ministry of the Tourism and the Traditional Industries welcomed "
        "it."
    )
    links = _links(BODIES, text)
    assert ("General Authority of the Environment", "org:bia") in links
    assert ("Ministry of the Marine Wealth", "org:bahriya") in links
    assert ("Program of the United Nations for the Environment", "org:unep") in links
    assert ("Committee of the World Heritage", "org:turath") in links
    assert ("Ministry of the Culture and the Knowledge Development", "org:thaqafa") in links
    assert ("Ministry of the Tourism and the Traditional Industries", "org:siyaha") in links


def test_a_reserve_is_the_park_and_the_apparatus_is_left_unsaid() -> None:
    text = (
        "The fires reached the edges of the Reserve of the Kouf in the mountain. On its "
        "part, the Apparatus of the Civil Defense said that its teams worked for three days, "
        "and its spokesman said that the Apparatus has only eleven fire trucks."
    )
    links = _links(BODIES, text)
    assert ("Reserve of the Kouf", "loc:kouf") in links
    assert ("Apparatus of the Civil Defense", "org:difa") in links
    assert ("Apparatus", "org:difa") in links


def test_french_names_of_environment_and_heritage_bodies() -> None:
    text = (
        "Selon l'Autorité générale de l'environnement, le massif a perdu 12.000 hectares. "
        "Le Comité du patrimoine mondial reconduit la décision chaque année. La Protection "
        "civile ne dispose que de onze camions."
    )
    links = _links(BODIES, text)
    assert ("Autorité générale de l'environnement", "org:bia") in links
    assert ("Comité du patrimoine mondial", "org:turath") in links
    assert ("Protection civile", "org:difa") in links


def test_a_french_fisheries_body_holds_the_sea_in_its_name() -> None:
    # without "pêches" the name stopped at "générale" and "Méditerranée", a gloss word now,
    # linked the sea inside the body's name (articles-v47's 4706)
    records = [
        *BODIES,
        Record("org:masayid", "ORG", "Masayid", "الهيئة العامة لمصايد أسماك البحر الأبيض المتوسط"),
    ]
    text = "Selon lui, la Commission générale des pêches pour la Méditerranée n'a pas de données."
    links = _links(records, text)
    assert ("Commission générale des pêches pour la Méditerranée", "org:masayid") in links
    assert ("Méditerranée", "loc:sea") not in links


def test_a_lower_case_environment_ministry_names_no_body() -> None:
    # "environment" is a portfolio: "its environment ministry" is a kind of body, as "its
    # health ministry" is, not the one ministry a gazetteer holds
    records = [*BODIES, Record("org:wizara", "ORG", "Wizara Bia", "وزارة البيئة")]
    text = "The government says its environment ministry has signed a tree-planting programme."
    assert not any(i == "org:wizara" for _, i in _links(records, text))


# --- a field's word before its ministry is named ------------------------------------------------


def test_a_field_word_before_the_ministry_is_the_field() -> None:
    text = (
        "A mission of the Organization of the United Nations for the Education and the "
        "Science and the Culture arrives next week.\n\nLater, the Ministry of the Culture "
        "and the Knowledge Development said that it will organize a conference."
    )
    links = _links(BODIES, text)
    assert ("Ministry of the Culture and the Knowledge Development", "org:thaqafa") in links
    assert ("Culture", "org:thaqafa") not in links


# --- "the port of Al-X": the town --------------------------------------------------------------

PORT = [
    Record("org:zuwetina-oil", "ORG", "Zuwetina Oil Company", "شركة الزويتينة للنفط"),
    Record("loc:zuwetina", "LOC", "Zuwetina", "الزويتينة"),
    Record("loc:ajdabiya", "LOC", "Ajdabiya", "اجدابيا"),
]


def test_the_port_of_a_town_is_the_town_not_its_firm_said_short() -> None:
    text = (
        "The Company of the Zuwaytina for the Oil said that it repaired a leak near the port "
        "of Al-Zuwaytina, south of Ajdabiya."
    )
    links = _links(PORT, text)
    assert ("Company of the Zuwaytina for the Oil", "org:zuwetina-oil") in links
    assert ("Al-Zuwaytina", "loc:zuwetina") in links


def test_the_firm_said_short_elsewhere_is_still_the_firm() -> None:
    text = (
        "The Company of the Zuwaytina for the Oil said that it repaired a leak. The "
        "spokesman of Al-Zuwaytina said the work took a week."
    )
    links = _links(PORT, text)
    assert ("Al-Zuwaytina", "loc:zuwetina") not in links
