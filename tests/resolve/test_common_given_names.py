"""A person record named only by common given names ("Ahmed Ali": a given name and a
father's, no family) does not take the first words of a longer unknown name: in a large
gazetteer thousands of men are so named, and the word after them is the man's family name.
The document's records are in ``common_given_names.yaml`` beside this file; the crowd that
makes Ahmed and Ali common is built here (2,000 names, the size from which the matcher counts
name parts' frequency)."""

from __future__ import annotations

from itertools import product
from pathlib import Path

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.runtime import Runtime

GAZETTEER = Path(__file__).with_name("common_given_names.yaml")
TEXT = "The head of the delegation, Ahmed Ali Abushahma, said the talks had ended."


def _own() -> list[Record]:
    return list(Normalizer.load([GAZETTEER], defaults=False, use_cache=False).records)


def _crowd() -> list[Record]:
    """2,000 persons named Ahmed or Ali with invented family names of plain syllables."""
    syllables = ["bar", "dun", "fel", "gor", "kim", "lut", "mor", "nip", "pel", "rud"]
    families = ["".join(p).capitalize() for p in product(syllables, repeat=3)][:1000]
    return [
        Record(f"per:crowd-{given.lower()}-{i}", "PER", f"{given} {family}")
        for given in ("Ahmed", "Ali")
        for i, family in enumerate(families)
    ]


@pytest.fixture(scope="module")
def crowded() -> Normalizer:
    return Normalizer.from_records(_own() + _crowd())


def test_common_given_names_only_in_a_large_gazetteer(crowded):
    rt = Runtime(crowded._normalizer if hasattr(crowded, "_normalizer") else crowded)
    assert rt.common_parts_only("per:ahmed-ali")
    assert not rt.common_parts_only("per:idriss-deby")


def test_small_gazetteer_gives_no_evidence_of_commonness():
    nz = Normalizer.from_records(_own())
    rt = Runtime(nz._normalizer if hasattr(nz, "_normalizer") else nz)
    assert not rt.common_parts_only("per:ahmed-ali")


def test_common_given_names_do_not_take_the_start_of_a_longer_name(crowded):
    found = {m.text: m.id for m in crowded.canonicalize(TEXT).mentions}
    assert "per:ahmed-ali" not in found.values()


def test_the_common_name_alone_is_still_the_man(crowded):
    found = {m.text: m.id for m in crowded.canonicalize("Ahmed Ali said the talks ended.").mentions}
    assert found["Ahmed Ali"] == "per:ahmed-ali"


def test_a_rare_family_name_followed_by_another_name_keeps_its_man(crowded):
    text = "President Idriss Deby Itno arrived in the capital."
    found = {m.text: m.id for m in crowded.canonicalize(text).mentions}
    assert "per:idriss-deby" in found.values()
