"""A name that only common parts of the query reach is still scored.

Candidate generation visits the query's parts rarest first; once PREFILTER names are found, a
part held by more than COMMON_POSTINGS names only lifts names already found. "Abdalla As'ad
Thini" reaches Abdallah Asad Tahini only through Abdallah and Asad (Thini and Tahini have other
phonetic keys), while Thini reaches hundreds of other names: with COMMON_POSTINGS at 1000,
Abdallah (1,245 names of the 40,000-person evaluation gazetteer) and Asad (3,659) could not
bring the name in, and it was never scored.
"""

import itertools

import pytest

from normx.gazetteer.schema import Record
from normx.match import matcher as matcher_module
from normx.match.index import NameIndex
from normx.match.matcher import COMMON_POSTINGS, Matcher

SYLLABLES = ["ba", "ku", "ri", "do", "me", "sa", "lu", "ne", "fo", "gi", "pe", "tu"]


def _fillers(n: int) -> list[str]:
    words = ("".join(p) for k in (3, 4) for p in itertools.product(SYLLABLES, repeat=k))
    return [w.title() for w, _ in zip(words, range(n), strict=False)]


@pytest.fixture
def index(monkeypatch):
    # a small PREFILTER stands for the 200 of a 40,000-name gazetteer: Thini's names fill it
    monkeypatch.setattr(matcher_module, "PREFILTER", 5)
    common = 1200  # more than the old cut (1000), within COMMON_POSTINGS
    assert common <= COMMON_POSTINGS
    thini = 60  # at least FEW_POSTINGS: Thini's key-deletion neighbours (Tahini) are not read
    fill = _fillers(2 * common + thini)
    records = [Record("per:gold", "PER", "Abdallah Asad Tahini", None)]
    records += [Record(f"per:a{i}", "PER", f"Abdallah {fill[i]}", None) for i in range(common)]
    records += [Record(f"per:s{i}", "PER", f"Asad {fill[common + i]}", None) for i in range(common)]
    records += [Record(f"per:t{i}", "PER", f"{fill[-i - 1]} Thini", None) for i in range(thini)]
    return NameIndex.build(records)


def test_a_name_reached_only_through_common_parts_is_found(index):
    found = Matcher(index).match("Abdalla As'ad Thini", top=3, min_score=0.0)
    assert found[0].id == "per:gold", [(c.id, c.name, c.score) for c in found]


def test_the_old_cut_lost_it(index, monkeypatch):
    monkeypatch.setattr(matcher_module, "COMMON_POSTINGS", 1000)
    # the first pass alone (joins=False: no later pass); the last pass, which compares Thini
    # with Tahini's key one deletion away, finds the name either way (test_widened_pass.py)
    found = Matcher(index).match("Abdalla As'ad Thini", top=3, min_score=0.0, joins=False)
    assert "per:gold" not in [c.id for c in found]
