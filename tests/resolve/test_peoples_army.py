"""A people's army named by another military head than the gazetteer's (normx.resolve.armies).

The Libyan National Army calls itself the Libyan Arab Armed Forces; Egypt's army is the
Egyptian Armed Forces. The gazetteer below holds each army under one name only.
"""

import pytest
from link_pairs import link_map as _links

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:lna", "ORG", "Libyan National Army", "الجيش الوطني الليبي"),
    Record("org:eaf", "ORG", "Egyptian Armed Forces", "القوات المسلحة المصرية"),
    Record("org:saf", "ORG", "Sudanese Armed Forces", "القوات المسلحة السودانية"),
    Record("org:slm", "ORG", "Sudan Liberation Movement/Army", "حركة تحرير السودان"),
    Record("org:cta", "ORG", "Chadian National Army", "الجيش الوطني التشادي"),
    Record("org:ctaf", "ORG", "Chadian Armed Forces", "القوات المسلحة التشادية"),
    Record("loc:sabha", "LOC", "Sabha", "سبها"),
]


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(RECORDS)


@pytest.mark.parametrize(
    ("text", "name", "rid"),
    [
        ("The Libyan Arab Armed Forces entered Sabha.", "Libyan Arab Armed Forces", "org:lna"),
        (
            "The General Command of the Libyan Arab Armed Forces announced a truce.",
            "Libyan Arab Armed Forces",
            "org:lna",
        ),
        ("Units of the Libyan Armed Forces entered Sabha.", "Libyan Armed Forces", "org:lna"),
        ("The Egyptian Army sent troops to the border.", "Egyptian Army", "org:eaf"),
        # the matcher's own answer (Sudan Liberation Movement/Army) is no army of Sudanese
        ("The Sudanese Army shelled the camp.", "Sudanese Army", "org:saf"),
    ],
)
def test_another_military_head_names_the_peoples_army(
    nz: Normalizer, text: str, name: str, rid: str
) -> None:
    doc = nz.canonicalize(text)
    (mention,) = [m for m in doc.mentions if m.text == name]
    assert mention.id == rid
    assert mention.method in {"army", "exact", "phonetic", "normalised", "fuzzy"}


def test_the_rule_is_said_in_the_evidence(nz: Normalizer) -> None:
    (m,) = [m for m in nz.canonicalize("The Egyptian Army moved.").mentions]
    assert m.method == "army"
    assert m.evidence.get("linked_as") == "Egyptian Armed Forces"


def test_two_armies_of_one_people_are_no_decision(nz: Normalizer) -> None:
    links = _links(nz, "The Chadian Arab Army crossed into Sabha.")
    assert not {"org:cta", "org:ctaf"} & set(links.values())


def test_no_army_of_that_people_is_no_link(nz: Normalizer) -> None:
    links = _links(nz, "The Tunisian Army closed the border.")
    assert set(links.values()) <= {None}


def test_not_a_military_head_is_no_link(nz: Normalizer) -> None:
    links = _links(nz, "The Libyan Arab Airlines resumed flights to Sabha.")
    assert "org:lna" not in links.values()


@pytest.mark.parametrize(
    ("text", "name", "rid"),
    [
        (
            "Parliament approved sending the Egyptian armed forces abroad.",
            "Egyptian armed forces",
            "org:eaf",
        ),
        ("Talks with the Sudanese army went on in Sabha.", "Sudanese army", "org:saf"),
        # lower case, "the Libyan army" describes any Libyan side: the Libyan National Army's
        # name says more than the demonym and the head
        ("Talks with the Libyan army went on in Sabha.", "Libyan army", None),
    ],
)
def test_a_lower_case_military_head_after_a_demonym(
    nz: Normalizer, text: str, name: str, rid: str | None
) -> None:
    assert _links(nz, text).get(name) == rid


def test_a_demonym_without_a_military_head_stays_no_mention(nz: Normalizer) -> None:
    assert _links(nz, "Egyptian officials and the Sudanese delegation met in Sabha.") == {
        "Sabha": "loc:sabha"
    }
