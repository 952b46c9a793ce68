"""A demonym the text writes rules out a place or body whose names hold another one.

"Libyan Arab Armed Forces" shares "Armed Forces" with the Sudanese Armed Forces (and the gloss
matcher pairs them), but a Libyan army is not a Sudanese one: with no Libyan army under that
name in the gazetteer, the name stays unlinked rather than wrong.
"""

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:saf", "ORG", "Sudanese Armed Forces", "القوات المسلحة السودانية"),
    Record("org:lna", "ORG", "Libyan National Army", "الجيش الوطني الليبي"),
    Record("loc:sabha", "LOC", "Sabha", "سبها"),
]


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(RECORDS)


@pytest.mark.parametrize(
    "text",
    [
        "Sabha - The General Command of the Libyan Arab Armed Forces announced an operation.",
        "The Libyan Arab Armed Forces announced an operation in Sabha.",
    ],
)
def test_another_peoples_body_is_no_link(nz: Normalizer, text: str) -> None:
    ids = {m.id for m in nz.canonicalize(text).mentions}
    assert "org:saf" not in ids
    assert "loc:sabha" in ids


def test_the_body_of_the_people_named_still_links(nz: Normalizer) -> None:
    ids = {m.id for m in nz.canonicalize("The Sudanese Armed Forces shelled the town.").mentions}
    assert ids == {"org:saf"}
