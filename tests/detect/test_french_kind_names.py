"""French names of bodies and facilities in English copy are found whole, their adjectives and
de/des/en complements (which may hold a capitalised name) included, and linked by glossing;
the country or city inside such a name is not linked on its own."""

import pytest
from link_pairs import pairs_for

from normx.detect.french_names import french_name, lower_head_before
from normx.detect.lexicon import lexicon
from normx.detect.tokens import tokenize
from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:caf", "ORG", "Confederation of African Football", "الاتحاد الأفريقي لكرة القدم"),
    Record("org:lff", "ORG", None, "الاتحاد الليبي لكرة القدم"),
    Record("org:cas", "ORG", "Court of Arbitration for Sport", "محكمة التحكيم الرياضي"),
    Record("org:gecol", "ORG", "General Electricity Company of Libya", "الشركة العامة للكهرباء"),
    Record(
        "org:hnec",
        "ORG",
        "High National Elections Commission",
        "المفوضية الوطنية العليا للانتخابات",
    ),
    Record("org:customs", "ORG", "Libyan Customs Authority", "مصلحة الجمارك الليبية"),
    Record("org:world-bank", "ORG", "World Bank", "البنك الدولي"),
    Record(
        "org:unsmil",
        "ORG",
        "United Nations Support Mission in Libya",
        "بعثة الأمم المتحدة للدعم في ليبيا",
    ),
    Record("org:un", "ORG", "United Nations", "الأمم المتحدة"),
    Record("loc:stadium", "LOC", "Martyrs of Benina Stadium", "ملعب شهداء بنينا"),
    Record("loc:benina", "LOC", "Benina", "بنينا"),
    Record("loc:libya", "LOC", "Libya", "ليبيا"),
]

_links = pairs_for(RECORDS, linked_only=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "a row the Confédération africaine de football said it would investigate.",
            ("Confédération africaine de football", "org:caf"),
        ),
        (
            "It fined the Fédération libyenne de football 50,000 dollars.",
            ("Fédération libyenne de football", "org:lff"),
        ),
        (
            "The LFF said it would appeal to the Tribunal arbitral du sport in Lausanne.",
            ("Tribunal arbitral du sport", "org:cas"),
        ),
        (
            "Polls organised by the Haute commission électorale nationale went ahead.",
            ("Haute commission électorale nationale", "org:hnec"),
        ),
        (
            "The customs authority, the Administration des douanes libyennes, has imposed it.",
            ("Administration des douanes libyennes", "org:customs"),
        ),
        ("According to the Banque mondiale, trade grew.", ("Banque mondiale", "org:world-bank")),
    ],
)
def test_french_names_of_bodies_link_whole(text, expected):
    assert expected in _links(text)


def test_the_country_inside_a_french_name_is_not_linked_alone():
    text = (
        "Cuts lasted hours as the Compagnie générale d'électricité de Libye struggled. "
        "The Mission d'appui des Nations unies en Libye welcomed the vote."
    )
    assert _links(text) == [
        ("Compagnie générale d'électricité de Libye", "org:gecol"),
        ("Mission d'appui des Nations unies en Libye", "org:unsmil"),
    ]


def test_a_lower_case_french_facility_head_takes_the_name_after_it():
    text = "The team waited at the stade de Benina, not at the stade des Martyrs de Benina."
    assert _links(text) == [
        ("stade de Benina", "loc:stadium"),
        ("stade des Martyrs de Benina", "loc:stadium"),
    ]


def test_an_acronym_in_english_order_after_a_french_name_is_defined_there():
    text = (
        "The Fédération libyenne de football (LFF) denied any bad faith. "
        "Later the LFF said it would appeal."
    )
    assert _links(text) == [
        ("Fédération libyenne de football", "org:lff"),
        ("LFF", "org:lff"),
        ("LFF", "org:lff"),
    ]


def _french(text: str, head: str) -> str | None:
    tokens = tokenize(text, lexicon().keep_words)
    k = next(i for i, t in enumerate(tokens) if t.text == head)
    found = french_name(tokens, k, k)
    return None if found is None else text[tokens[found[0]].start : tokens[found[1]].end]


@pytest.mark.parametrize(
    ("text", "head", "expected"),
    [
        (
            "the Mission d'appui des Nations unies en Libye (MANUL)",
            "Mission",
            "Mission d'appui des Nations unies en Libye",
        ),
        ("the Banque centrale de Ras Lanouf said", "Banque", "Banque centrale de Ras Lanouf"),
        # "en" names a seat only after a kind of body
        ("the Nations unies en Libye", "Nations", "Nations unies"),
        # a capital after a plain French word, not after de/des/en, is another name
        ("the Conseil présidentiel Mohamed el-Manfi", "Conseil", "Conseil présidentiel"),
        # a lexicon word ends a complement: the capital after it is another name
        (
            "the Banque centrale de Libye Sadiq al-Kabir",
            "Banque",
            "Banque centrale de Libye",
        ),
        # English prose after the name is not taken in
        ("the Fédération libyenne had sent buses", "Fédération", "Fédération libyenne"),
    ],
)
def test_french_name_bounds_with_complements(text, head, expected):
    assert _french(text, head) == expected


@pytest.mark.parametrize(
    ("text", "first", "expected"),
    [
        ("waited at the stade de Benina", "Benina", "stade"),
        ("the stade des Martyrs de Benina", "Martyrs", "stade"),
        # an English word before "de" is no French facility head
        ("the house de Benina", "Benina", "Benina"),
        # no connector: the capital starts its own name
        ("the stade Benina", "Benina", "Benina"),
    ],
)
def test_lower_case_facility_head_before_a_name(text, first, expected):
    tokens = tokenize(text, lexicon().keep_words)
    i = next(k for k, t in enumerate(tokens) if t.text == first)
    assert tokens[lower_head_before(tokens, i, 0)].text == expected
