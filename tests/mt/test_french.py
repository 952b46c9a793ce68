"""The French section of the gloss lexicon: French names and acronyms of bodies reach the
bodies a gazetteer holds under their English and Arabic names only."""

from pathlib import Path

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.mt.french import (
    french_acronym_lookup,
    french_problems,
    with_french,
    with_french_acronyms,
    without_elision,
)
from normx.mt.lexicon import build, default_lexicon, read_lexicon_data, validate

GAZETTEER = Path(__file__).parent / "data" / "french_bodies.yaml"


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return Normalizer.load(GAZETTEER, defaults=False, use_cache=False)


def _best(normalizer: Normalizer, phrase: str) -> str | None:
    found = normalizer.match(phrase, top=1)
    return found[0].id if found else None


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Gouvernement d'entente nationale", "org:gna"),
        ("Gouvernement d’union nationale", "org:gnu"),  # typographic apostrophe
        ("Chambre des représentants", "org:hor"),
        ("Chambre des representants", "org:hor"),  # accents folded
        ("Haut Conseil d'État", "org:hcs"),
        ("Nations unies", "org:un"),
        ("Union européenne", "org:eu"),
        ("Commission européenne", "org:ec"),
        ("Organisation internationale pour les migrations", "org:iom"),
        ("Conseil européen pour les relations internationales", "org:ecfr"),
    ],
)
def test_french_names_reach_the_bodies_by_their_arabic_names(normalizer, phrase, expected):
    assert _best(normalizer, phrase) == expected


def test_union_nationale_is_unity_not_accord(normalizer):
    found = normalizer.match("Gouvernement d'union nationale", top=2)
    assert found[0].id == "org:gnu"
    assert all(c.id != "org:gna" or c.score < found[0].score for c in found)


def test_french_generic_words_alone_name_no_body(normalizer):
    assert _best(normalizer, "Gouvernement") is None
    assert _best(normalizer, "Conseil") is None


def test_english_glossing_is_unchanged_by_the_french_words(normalizer):
    assert _best(normalizer, "Government of National Accord") == "org:gna"
    assert _best(normalizer, "European Union") == "org:eu"


def test_elisions_are_taken_off_before_glossing():
    assert without_elision("Haut Conseil d'Etat") == "Haut Conseil Etat"
    assert without_elision("Gouvernement d’union nationale") == "Gouvernement union nationale"
    assert without_elision("Ministère de l'Intérieur") == "Ministère de Intérieur"
    # only a lone d/l before the apostrophe: Arabic names keep theirs
    assert without_elision("Ma'itiqa") == "Ma'itiqa"
    assert without_elision("Abd'l Hamid") == "Abd'l Hamid"


def test_shared_words_keep_their_english_renderings_first():
    data = {
        "words": {"union": {"ar": ["اتحاد"], "source": "curated"}},
        "function_words": ["of"],
        "french": {
            "function_words": ["de"],
            "words": {
                "union": {"ar": ["الوحدة"], "source": "wikipedia:fr X / ar Y"},
                "unies": {"ar": ["المتحدة"], "source": "wikipedia:fr X / ar Y"},
            },
        },
    }
    merged = with_french(data)
    assert merged["words"]["union"]["ar"] == ["اتحاد", "الوحدة"]
    assert merged["words"]["unies"]["ar"] == ["المتحدة"]
    assert merged["function_words"] == ["of", "de"]
    assert with_french({"words": {}, "function_words": []}) == {"words": {}, "function_words": []}


def test_the_shipped_french_section_is_valid_and_built():
    data = read_lexicon_data()
    assert french_problems(data) == []
    assert validate(data) == []
    lex = default_lexicon()
    assert ("representants",) in lex.entries
    assert "des" in lex.function_words


def test_french_entries_need_a_wikipedia_source_and_arabic_renderings():
    data = read_lexicon_data()
    bad = {
        **data,
        "french": {
            "function_words": ["de"],
            "words": {
                "chambre": {"ar": ["مجلس"], "source": "curated"},
                "unies": {"ar": ["unies"], "source": "wikipedia:fr X / ar Y"},
            },
            "acronyms": {"onu": {"en": "United Nations", "ar": "الأمم المتحدة"}},
        },
    }
    problems = french_problems(bad)
    assert any("chambre: source" in p for p in problems)
    assert any("unies: ar" in p for p in problems)
    assert any("acronyms.onu: key" in p for p in problems)
    assert any("acronyms.onu: source" in p for p in problems)
    assert validate(bad) != []
    assert build(data).entries  # the shipped data builds


RECORDS = [
    Record("org:un", "ORG", "United Nations", "الأمم المتحدة"),
    Record("org:iom", "ORG", None, "المنظمة الدولية للهجرة"),  # Arabic name only
]


def test_french_acronyms_stand_for_bodies_the_gazetteer_holds():
    lookup = french_acronym_lookup(RECORDS)
    assert lookup("ONU") is not None and lookup("ONU")[0] == "org:un"
    assert lookup("OIM") is not None and lookup("OIM")[0] == "org:iom"
    assert lookup("OTAN") is None  # NATO is not in this gazetteer
    assert lookup("XYZ") is None


def test_a_french_acronym_two_bodies_explain_is_not_guessed():
    twice = [*RECORDS, Record("org:un-2", "ORG", "United Nations", None)]
    assert french_acronym_lookup(twice)("ONU") is None


def test_gazetteer_acronyms_come_first_and_dotted_ones_stay_theirs():
    own = {"ONU": ("org:other", "Other", "ORG", "Other")}

    def known(acronym, dotted):
        return own.get(acronym)

    lookup = with_french_acronyms(known, RECORDS)
    assert lookup("ONU", False)[0] == "org:other"
    assert lookup("OIM", False)[0] == "org:iom"
    assert lookup("OIM", True) is None
