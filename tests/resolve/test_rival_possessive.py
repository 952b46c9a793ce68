"""The other government's ministry said by a possessive or by its bare head (session 36,
h-wrong): "the Government of the Stability announced ..., and its Ministry of the Labour said"
is that government's ministry (articles-v51; v42's "the Libyan Government in the east said that
its Ministry of the Higher Education"), and "the Ministry of the Education in the Government of
the Stability did not comment, and a source in the Ministry said" is the same ministry again
(v55, v56), not the Tripoli namesake the document named before. Hand-written gazetteer: the
Tripoli ministries under their Arabic names, the two governments. All fail on main 75cc5cd0."""

from __future__ import annotations

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.rival_government import its_owner_other

RECORDS = [
    Record("org:mol-ly", "ORG", "Ministry of Labour (Libya)", "وزارة العمل والتأهيل"),
    Record("org:moe-ly", "ORG", "Ministry of Education (Libya)", "وزارة التربية والتعليم"),
    Record("org:gns", "ORG", "Government of National Stability", "حكومة الاستقرار الوطني"),
    Record("org:gnu", "ORG", "Government of National Unity", "حكومة الوحدة الوطنية"),
    Record("loc:benghazi", "LOC", "Benghazi", "بنغازي"),
    Record("loc:tobruk", "LOC", "Tobruk", "طبرق"),
]


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(RECORDS)


def _links(nz: Normalizer, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.id) for m in nz.canonicalize(text).mentions]


def test_its_ministry_after_the_other_government_is_not_the_tripoli_one(nz: Normalizer) -> None:
    text = (
        "In the east, the Government of National Stability opened a campaign in Benghazi and "
        "Tobruk, and its Ministry of Labour said that the workers must register."
    )
    got = _links(nz, text)
    assert ("Government of National Stability", "org:gns") in got
    assert not any(i == "org:mol-ly" for _, i in got)


def test_its_ministry_after_the_tripoli_government_stays_linked(nz: Normalizer) -> None:
    text = (
        "The Government of National Unity opened a campaign in Tripoli, and its Ministry of "
        "Labour said that the workers must register."
    )
    assert ("Ministry of Labour", "org:mol-ly") in _links(nz, text)


def test_its_owner_is_the_government_named_last_in_the_sentence() -> None:
    text = "The eastern government met the Government of National Unity, and its Ministry"
    assert not its_owner_other(text, text.index("Ministry"))
    text = "The Government of National Unity met the eastern government, and its Ministry"
    assert its_owner_other(text, text.index("Ministry"))
    text = "The eastern government met. The Government of National Unity said its Ministry"
    assert not its_owner_other(text, text.index("Ministry"))


def test_the_bare_ministry_after_the_other_governments_one_is_that_one(nz: Normalizer) -> None:
    text = (
        "The Ministry of Education of Libya changed the curricula in Tripoli.\n\n"
        "In return, the Ministry of Education in the Government of National Stability in "
        "Benghazi did not comment, and a source in the Ministry said the curricula are old."
    )
    got = _links(nz, text)
    assert got[0] == ("Ministry of Education", "org:moe-ly")
    assert [i for _, i in got].count("org:moe-ly") == 1


def test_the_bare_ministry_in_another_sentence_keeps_its_antecedent(nz: Normalizer) -> None:
    text = (
        "The Ministry of Education of Libya changed the curricula in Tripoli. "
        "The Ministry of Education in the Government of National Stability did not comment.\n\n"
        "Later the Ministry said the new books are printed."
    )
    got = _links(nz, text)
    assert got[-1] == ("Ministry", "org:moe-ly")


def test_the_bare_head_placed_in_tripoli_keeps_its_link() -> None:
    records = [
        Record("org:caa-ly", "ORG", "Civil Aviation Authority (Libya)", "مصلحة الطيران المدني"),
        Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    ]
    nz = Normalizer.from_records(records)
    text = (
        "The Civil Aviation Authority of Libya met the Europeans in Tripoli.\n\n"
        "And in the east, the Civil Aviation Authority of the eastern government said that it "
        'was not invited, and its head called the Authority in Tripoli "to share the files".'
    )
    got = [(m.text, m.id) for m in nz.canonicalize(text).mentions]
    assert ("Authority", "org:caa-ly") in got
