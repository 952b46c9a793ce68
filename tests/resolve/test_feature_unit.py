"""A natural feature the text names ("the Western Mountain") is not the district named after it
(Jabal al Gharbi District, whose Arabic alias الجبل الغربي the gloss of the words reaches); the
district's own short name still links to it. (Names as Wikipedia's titles give them, as the
shipped curated districts hold them.)"""

from __future__ import annotations

import pytest
from link_pairs import linked_pairs as _links

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.feature_unit import feature_not_unit

RECORDS = [
    Record(
        "loc:jabal-gharbi-district",
        "LOC",
        "Jabal al Gharbi District",
        "شعبية الجبل الغربي",
        aliases_en=("Jabal al Gharbi",),
        aliases_ar=("الجبل الغربي",),
    ),
    Record("loc:gharyan", "LOC", "Gharyan", "غريان"),
    # a name with the word "Western": the word is then no mere context word before a name
    Record("loc:western-sahara", "LOC", "Western Sahara", "الصحراء الغربية"),
]


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(RECORDS)


def test_feature_not_unit() -> None:
    cand = Candidate("loc:x", "X", "LOC", 1.0, "x", "gloss")
    assert feature_not_unit(["green", "mountain"], cand, "Jabal al Akhdar District")
    assert not feature_not_unit(["jabal", "akhdar"], cand, "Jabal al Akhdar District")
    assert not feature_not_unit(["nafusa", "mountain"], cand, "Nafusa Mountains")
    assert not feature_not_unit(["green", "mountain"], cand, "Green Mountain Governorate")
    body = Candidate("org:x", "X", "ORG", 1.0, "x", "gloss")
    assert not feature_not_unit(["green", "mountain"], body, "Jabal al Akhdar District")


def test_the_range_is_not_the_district(nz: Normalizer) -> None:
    found = _links(nz, "Snow fell in Gharyan and the Western Mountain on Monday.")
    assert ("Western Mountain", "loc:jabal-gharbi-district") not in found
    assert ("Gharyan", "loc:gharyan") in found


def test_the_district_by_its_short_name_stays(nz: Normalizer) -> None:
    found = _links(nz, "Snow fell across Jabal al Gharbi on Monday.")
    assert [eid for _, eid in found] == ["loc:jabal-gharbi-district"]
