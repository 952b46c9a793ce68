"""One country -> demonyms table (normx/gazetteer/data/country_demonyms.yaml) feeds detection's
demonym words and seat_country's countries; the gloss lexicon keeps its own entries (it needs
Arabic renderings) and must agree with the table where they meet."""

from __future__ import annotations

import re

import yaml

from normx.api import Normalizer
from normx.detect.lexicon import detect_data, lexicon
from normx.gazetteer.countries import country_capitals
from normx.gazetteer.demonyms import country_demonyms, demonym_table, demonym_words
from normx.gazetteer.schema import Record
from normx.mt.lexicon import read_lexicon_data
from normx.text.latin import fold


def _gloss_words(section: str = "") -> dict[str, dict[str, object]]:
    """The gloss lexicon's English words, or those of its *section* ("french")."""
    data = read_lexicon_data()
    words = (data[section] if section else data)["words"]
    return {str(k): v for k, v in words.items() if isinstance(v, dict)}


def test_detection_reads_every_one_word_demonym_of_the_table() -> None:
    assert demonym_words() <= lexicon().demonyms
    assert {"libyan", "egyptian", "chadian", "saudi"} <= lexicon().demonyms


def test_a_longer_demonym_adds_no_name_word() -> None:
    # "Saudi Arabian": "Arabian" also spells names (Arabian Gulf Oil Company)
    assert "Saudi Arabian" in country_demonyms()["Saudi Arabia"]
    assert "arabian" not in lexicon().demonyms


def test_the_detect_list_does_not_repeat_the_table() -> None:
    """A country's demonym is written once, in the table: a second copy drifts."""
    repeated = {fold(str(w)) for w in detect_data("demonyms.yaml")["words"]} & demonym_words()
    assert not repeated


def test_a_demonym_names_one_country() -> None:
    seen: dict[str, str] = {}
    for country, langs in demonym_table().items():
        for words in langs.values():
            for word in words:
                assert seen.setdefault(fold(word), country) == country, word


def test_no_demonym_is_a_country_name() -> None:
    """A demonym is context and a span made only of them no mention, so a word that is also a
    country's whole name ("Suisse" is Switzerland in French) must not be one. The one shared
    word is German: the Libya record holds the German exonym "Libyen", the French masculine
    demonym; the sets' texts are English and French, where "un Libyen" is a man."""
    names = {fold(name) for country in country_capitals() for name in country.names}
    assert (demonym_words() | demonym_words("fr")) & names == {"libyen"}


def test_the_shipped_countries_of_the_detect_list_moved_to_the_table() -> None:
    """Session 26: the demonyms of shipped countries the detect file wrote (American, British,
    Russian ...) are in the table, so seat_country reads them too."""
    assert country_demonyms()["United States"] == ("American",)
    assert "Briton" in country_demonyms()["United Kingdom"]
    assert {"american", "russian", "somali", "ukrainian"} <= lexicon().demonyms


def test_french_demonyms_are_people_nouns_not_adjectives() -> None:
    """French writes the adjective after its noun in lower case, a word of a French name
    ("Fédération libyenne"): the French forms are nouns of people only."""
    assert country_demonyms("fr")["Libya"] == ("libyen", "libyenne", "libyens", "libyennes")
    assert country_demonyms("fr")["Switzerland"] == ()
    assert {"libyens", "libyenne", "egyptienne", "americain"} <= lexicon().people_nouns
    assert not {"libyens", "libyenne", "egyptienne", "americain"} & lexicon().demonyms


FEDERATIONS = [
    Record("org:nff", "ORG", "Nigeria Football Federation", "الاتحاد النيجيري لكرة القدم"),
    Record("org:lff", "ORG", "Libyan Football Federation", "الاتحاد الليبي لكرة القدم"),
    Record("org:lcfp", "ORG", None, "المركز الليبي لحرية الصحافة"),
]


def test_a_lower_case_french_demonym_stays_in_its_name() -> None:
    """Read as detection's demonyms, the French forms cut "Fédération libyenne" to
    "Fédération" (which then took the Nigerian federation named before it) and left
    "libyen pour" a span of its own."""
    doc = Normalizer.from_records(FEDERATIONS).canonicalize(
        "The Nigeria Football Federation protested. It said that the Fédération libyenne had "
        "sent buses. The Centre libyen pour la liberté de la presse, an NGO based in Tripoli, "
        "agreed."
    )
    got = [(m.text, m.id) for m in doc.mentions]
    assert ("Centre libyen pour la liberté de la presse", "org:lcfp") in got
    assert ("Fédération libyenne", "org:lff") in got


def test_a_french_demonym_alone_is_no_mention_of_its_country() -> None:
    """ "la majorité des Libyens" names the people, not Libya (session 25 linked it to Libya
    through the gloss lexicon's French "libyens", whose renderings hold ليبيا); the country
    said by its French name still is a mention."""
    libya = Record("loc:libya", "LOC", "Libya", "ليبيا")
    norm = Normalizer.from_records([libya])
    doc = norm.canonicalize("Sur les réseaux, où s'informe la majorité des Libyens, en Libye.")
    assert [(m.text, m.id) for m in doc.mentions if m.id] == [("Libye", "loc:libya")]


def test_a_table_demonym_before_a_name_is_context() -> None:
    """ "Chadian" is written only in the table now, and detection still reads it as context."""
    rebel = Record("per:timan", "PER", "Timan Erdimi")
    doc = Normalizer.from_records([rebel]).canonicalize("The Chadian Timan Erdimi spoke.")
    assert [(m.text, m.id) for m in doc.mentions] == [("Timan Erdimi", "per:timan")]


def test_the_gloss_marks_every_table_demonym_and_country_it_holds_a_place() -> None:
    gloss = _gloss_words()
    table = {fold(w) for words in country_demonyms().values() for w in words}
    table |= {fold(country) for country in country_demonyms()}
    assert not [w for w in table if w in gloss and not gloss[w].get("place")]


def test_the_french_gloss_marks_every_table_demonym_it_holds_a_place() -> None:
    gloss = _gloss_words("french")
    table = {w for words in country_demonyms("fr").values() for w in words}
    held = [w for w in table if w in gloss]
    assert "libyens" in held
    assert not [w for w in held if not gloss[w].get("place")]


def test_every_gloss_place_word_is_a_demonym_or_a_country_word() -> None:
    """A gloss `place: true` word is a demonym detection knows or a word of a shipped
    country's names. Known gaps (benchmarks/README.md, Session 25 h-demonyms25): Africa is a
    continent; Malaysia is no shipped country and "Malaysian" no detect demonym yet."""
    country_words: set[str] = set()
    for country in country_capitals():
        for name in country.names:
            country_words |= set(re.findall(r"[^\W\d_]+", fold(name)))
    place = {w for w, entry in _gloss_words().items() if entry.get("place")}
    rest = place - lexicon().demonyms - country_words
    assert rest <= {"africa", "malaysia", "malaysian"}


def test_the_table_file_states_its_source() -> None:
    from normx.gazetteer.demonyms import DATA

    text = DATA.read_text(encoding="utf-8")
    assert re.search(r"^# Source:", text, re.MULTILINE)
    table = {
        c: {lang: list(w) for lang, w in langs.items()} for c, langs in demonym_table().items()
    }
    assert yaml.safe_load(text) == table
