"""The indexed matcher finds what the brute-force reference finds (property test)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.matcher import BruteForceMatcher, Matcher
from normx.match.score import NO_MATCH_THRESHOLD

NAME_PARTS = [
    "ali",
    "aly",
    "aliyy",
    "alaa",
    "eissa",
    "issa",
    "isa",
    "zaidan",
    "majeed",
    "khaled",
    "khalid",
    "al-mashri",
    "mishri",
    "haftar",
    "hifter",
    "salah",
    "al-nimrush",
    "abu",
    "qirin",
    "grein",
    "sirte",
    "surt",
    "misratah",
    "fathi",
    "bachagha",
    "sarraj",
    "muammar",
    "qadhafi",
    "abdel",
    "hamid",
    "dbeibah",
    "adnan",
    "uzbal",
    "x",
    "ghadamis",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(NAME_PARTS), min_size=1, max_size=4))
def test_indexed_matcher_finds_what_brute_force_finds(nz, parts):
    query = " ".join(parts)
    brute = BruteForceMatcher(nz.index).match(query, top=3, min_score=NO_MATCH_THRESHOLD)
    fast = Matcher(nz.index).match(query, top=3, min_score=NO_MATCH_THRESHOLD)
    assert [(c.id, round(c.score, 6)) for c in fast] == [(c.id, round(c.score, 6)) for c in brute]


def test_reference_and_index_agree_on_every_gazetteer_name(nz, records):
    for rec in records:
        for name in rec.names("en") + rec.names("ar"):
            fast = Matcher(nz.index).match(name, top=1)
            brute = BruteForceMatcher(nz.index).match(name, top=1)
            assert fast and fast[0].id == brute[0].id == rec.id


SHORT_KEY_RECORDS = [  # English names only: no romanised Arabic form shares their keys
    Record("per:ali-zeidan", "PER", "Ali Zeidan"),
    Record("per:issa-majid", "PER", "Issa Majid"),
    Record("per:aliyu-bello", "PER", "Aliyu Bello"),
]


@pytest.mark.parametrize(
    "query",
    ["Aliyy Zaidan", "Aly Zeidan", "Eissa Majeed", "Isa Majid", "Alii Bello", "Ali", "Aaaliyyah"],
)
def test_short_keys_do_not_hide_candidates(query):
    # one-consonant keys (Ali, Issa) are filtered by length in the index: never too strictly
    index = Normalizer.from_records(SHORT_KEY_RECORDS).index
    brute = BruteForceMatcher(index).match(query, top=3, min_score=NO_MATCH_THRESHOLD)
    fast = Matcher(index).match(query, top=3, min_score=NO_MATCH_THRESHOLD)
    assert [(c.id, round(c.score, 6)) for c in fast] == [(c.id, round(c.score, 6)) for c in brute]
    assert brute or query in ("Ali", "Aaaliyyah")


GLUED_RECORDS = [  # a glued particle (Bu-, Abu-) and foreign-convention letters give readings
    Record("per:nouri-bousahmein", "PER", "Nouri Bousahmein"),
    Record("per:youcef-belkacem", "PER", "Youcef Belkacem"),
    Record("loc:zawija", "LOC", "Zawija"),
]


@pytest.mark.parametrize(
    "query",
    ["Abu Sahmein", "Nuri Abu Sahmain", "Nouri Bu Sahmein", "Yusuf Belqasim", "Zawiya"],
)
def test_alternative_readings_score_alike_in_index_and_reference(query):
    # the index compares a gazetteer token with its alternative readings, as the scorer does
    index = Normalizer.from_records(GLUED_RECORDS).index
    brute = BruteForceMatcher(index).match(query, top=3, min_score=0.3)
    fast = Matcher(index).match(query, top=3, min_score=0.3)
    assert brute
    assert [(c.id, round(c.score, 6)) for c in fast] == [(c.id, round(c.score, 6)) for c in brute]
