"""One country -> demonyms table (normx/gazetteer/data/country_demonyms.yaml) feeds detection's
demonym words and seat_country's countries; the gloss lexicon keeps its own entries (it needs
Arabic renderings) and must agree with the table where they meet."""

from __future__ import annotations

import re

import yaml

from normx.api import Normalizer
from normx.detect.lexicon import detect_data, lexicon
from normx.gazetteer.countries import country_capitals
from normx.gazetteer.demonyms import country_demonyms, demonym_words
from normx.gazetteer.schema import Record
from normx.mt.lexicon import read_lexicon_data
from normx.text.latin import fold


def _gloss_words() -> dict[str, dict[str, object]]:
    return {str(k): v for k, v in read_lexicon_data()["words"].items() if isinstance(v, dict)}


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
    for country, words in country_demonyms().items():
        for word in words:
            assert seen.setdefault(fold(word), country) == country, word


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
    assert yaml.safe_load(text) == {c: list(w) for c, w in country_demonyms().items()}
