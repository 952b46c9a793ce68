"""A body's full name with a list in it ("Arab Maritime, Scientific and Desert Organization"),
cut by detection at the comma and "and", is read whole against the gazetteer's acronym
(normx.resolve.spelled_list)."""

from pathlib import Path

import pytest
from link_pairs import link_map

from normx.api import Normalizer

GAZETTEER = Path(__file__).with_name("spelled_list.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


@pytest.mark.parametrize(
    "name",
    [
        "Arab Maritime, Scientific and Desert Organization",
        "Arab Maritime, Scientific, and Desert Organization",
        "Arab Maritime and Scientific and Desert Organization",
    ],
)
def test_listed_name_spells_the_acronym(nz: Normalizer, name: str) -> None:
    text = f"The Northland Heritage Committee of the {name} met in Qasr Tamim."
    links = link_map(nz, text)
    assert links[name] == "org:amsdo"
    assert links["Northland Heritage Committee"] == "org:northland-heritage-committee"
    assert links["Qasr Tamim"] == "loc:qasr-tamim"


def test_a_list_of_places_stays_a_list(nz: Normalizer) -> None:
    text = "Aid reached Qasr Tamim, Wadi Amar and Desert Organization camps."
    links = link_map(nz, text)
    assert links["Qasr Tamim"] == "loc:qasr-tamim"
    assert links["Wadi Amar"] == "loc:wadi-amar"
    assert "org:amsdo" not in links.values()


def test_pieces_that_spell_nothing_stay_unlinked(nz: Normalizer) -> None:
    text = "The Arab Maritime, Scientific and Forest Organization met in Qasr Tamim."
    assert "org:amsdo" not in link_map(nz, text).values()


def test_a_sentence_opening_the_stays_out_of_the_name(nz: Normalizer) -> None:
    # the initials skip "The", so a start before it spelled AMSDO too: the mention took it
    text = "The Arab Maritime, Scientific and Desert Organization met in Qasr Tamim."
    links = link_map(nz, text)
    assert links["Arab Maritime, Scientific and Desert Organization"] == "org:amsdo"
    assert not any(k.startswith("The ") for k in links)


def test_the_joined_name_does_not_overlap_the_mention_before() -> None:
    from normx.resolve.document import Mention
    from normx.resolve.spelled_list import listed_spelled_out

    text = "Delegates of Arab Maritime, Scientific and Desert Organization met."

    def mention(surface: str, rid: str | None = None) -> Mention:
        at = text.index(surface)
        return Mention(at, at + len(surface), surface, rid, rid, "ORG", 0.0, "none", {})

    linked = mention("Arab", "loc:arab")  # a word linked on its own, kept out of the name
    pieces = (mention("Maritime"), mention("Scientific"), mention("Desert Organization"))
    body = ("org:amsdo", "AMSDO", "ORG", "AMSDO")
    out = listed_spelled_out(
        text,
        (linked, *pieces),
        lambda acronym: body if acronym == "AMSDO" else None,
        frozenset({"organization"}),
    )
    assert [(m.text, m.id) for m in out] == [
        ("Arab", "loc:arab"),
        *[(m.text, None) for m in pieces],
    ]


def test_a_linked_parent_body_opens_the_listed_name(nz: Normalizer) -> None:
    # "Northland Union" is linked on its own; the agency's initials (NUMSDO) need its words
    name = "Northland Union Maritime, Scientific and Desert Organization"
    links = link_map(nz, f"Experts of the {name} met in Qasr Tamim.")
    assert links[name] == "org:numsdo"
    assert "Northland Union" not in links
    links = link_map(nz, "The Northland Union and Qasr Tamim signed.")
    assert links["Northland Union"] == "org:northland-union"
