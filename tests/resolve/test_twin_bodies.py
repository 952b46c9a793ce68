"""A body the text gives to Libya's other government, said as the Tripoli one is named (session
36, h-twin): "its Ministry of Health" after the Government of Stability, "the GNS's Ministry",
"a parallel General Authority of ...", "the Internal Security Apparatus in the east", and the
bare "Ministry" that repeats such a body. Data: ``data/rival_governments.yaml``
(``body_adjectives``, ``acronyms``, ``home_names``).

Hand-written hold-out gazetteer: the Tripoli health ministry, a civil aviation department held
by its Arabic name only, Libya's internal security agency, both governments, Benghazi; then the
same with the eastern ministry held too.
"""

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record

HEALTH = Record("org:moh-ly", "ORG", "Ministry of Health (Libya)", "وزارة الصحة")
AVIATION = Record("org:caa-ly", "ORG", None, "مصلحة الطيران المدني")
SECURITY = Record("org:isa-ly", "ORG", "Internal Security Agency (Libya)", "جهاز الأمن الداخلي")
GNU = Record("org:gnu", "ORG", "Government of National Unity", "حكومة الوحدة الوطنية")
GNS = Record("org:gns", "ORG", "Government of National Stability", "حكومة الاستقرار الوطني")
BENGHAZI = Record("loc:benghazi", "LOC", "Benghazi", "بنغازي")
WESTERN = [HEALTH, AVIATION, SECURITY, GNU, GNS, BENGHAZI]
EAST_HEALTH = Record(
    "org:moh-gns",
    "ORG",
    "Ministry of Health (Government of National Stability)",
    "وزارة الصحة بحكومة الاستقرار الوطني",
)


@pytest.fixture(scope="module")
def west() -> Normalizer:
    return Normalizer.from_records(WESTERN)


@pytest.fixture(scope="module")
def both() -> Normalizer:
    return Normalizer.from_records([*WESTERN, EAST_HEALTH])


def ids_of(nz: Normalizer, text: str, word: str) -> list[str | None]:
    return [m.id for m in nz.canonicalize(text).mentions if word in m.text]


def test_its_ministry_after_the_other_government(west: Normalizer) -> None:
    text = (
        "In the east, the Government of the Stability announced a campaign in Benghazi, and its "
        "Ministry of Health said that the clinics will open."
    )
    assert ids_of(west, text, "Health") == [None]
    # the Tripoli government named last: its ministry is the Tripoli one
    text = (
        "The Government of Stability protested, but the Government of National Unity said "
        "that its Ministry of Health will pay the doctors."
    )
    assert ids_of(west, text, "Health") == ["org:moh-ly"]
    text = "The Government of National Unity said that its Ministry of Health will pay."
    assert ids_of(west, text, "Health") == ["org:moh-ly"]


def test_the_acronym_and_an_adjective_before_the_body(west: Normalizer) -> None:
    assert ids_of(west, "The GNS's Ministry of Health opened a clinic.", "Health") == [None]
    text = "The Ministry of Health of the GNS opened a clinic."
    assert ids_of(west, text, "Health") == [None]
    text = "The eastern Ministry of Health opened a clinic in Benghazi."
    assert ids_of(west, text, "Health") == [None]
    # said alone, the ministry is the one held
    assert ids_of(west, "The Ministry of Health opened a clinic.", "Health") == ["org:moh-ly"]


def test_a_parallel_authority_whatever_the_record_calls_itself(west: Normalizer) -> None:
    text = (
        "The eastern government formed in 2023 a parallel General Authority of Civil Aviation, "
        "whose head spoke in Benghazi."
    )
    assert ids_of(west, text, "Aviation") == [None]
    # its office in the east, said by the region alone, is the one department (v49: "the
    # director of the Authority in the eastern region")
    text = "The General Authority of Civil Aviation in the east suspended the flights."
    assert ids_of(west, text, "Aviation") == ["org:caa-ly"]


def test_a_twin_agency_in_the_east(west: Normalizer) -> None:
    text = "The report said that the Internal Security Agency in the east holds detainees."
    assert ids_of(west, text, "Security") == [None]
    text = "The report said that the Internal Security Agency holds detainees."
    assert ids_of(west, text, "Security") == ["org:isa-ly"]
    # the east said at the end of its clause, of another body (v44's headline)
    text = (
        "The Internal Security Agency in Tripoli denies a news published by its namesake in "
        "the east."
    )
    assert ids_of(west, text, "Security") == ["org:isa-ly"]


def test_the_bare_head_repeats_the_body_its_sentence_last_wrote(west: Normalizer) -> None:
    text = (
        "The Ministry of Health said that the doctors were paid.\n\n"
        "In return, the Ministry of Health in the Government of the National Stability rejected "
        'the report, and said that the Ministry "was not contacted".'
    )
    found = [(m.text, m.id) for m in west.canonicalize(text).mentions if "Ministry" in m.text]
    assert found[0] == ("Ministry of Health", "org:moh-ly")
    assert all(i is None for _, i in found[1:])
    # in its own paragraph, after the Tripoli ministry, the head is that ministry
    text = (
        "The Ministry of Health in the Government of the National Stability rejected the report."
        "\n\nThe Ministry of Health said that the doctors were paid, and the Ministry added "
        "that the clinics are open."
    )
    found = [(m.text, m.id) for m in west.canonicalize(text).mentions if "Ministry" in m.text]
    assert found[0][1] is None
    assert [i for _, i in found[1:]] == ["org:moh-ly", "org:moh-ly"]


def test_the_eastern_ministry_held_keeps_its_link(both: Normalizer) -> None:
    text = "The Ministry of Health of the Government of National Stability opened a clinic."
    assert ids_of(both, text, "Health") in (["org:moh-gns"], ["org:moh-gns", "org:gns"])


TRIPOLI = Record("loc:tripoli", "LOC", "Tripoli", "طرابلس")


def test_a_bare_government_placed_against_its_coreference() -> None:
    nz = Normalizer.from_records([*WESTERN, TRIPOLI])
    # read as a repeat of the eastern government, said in Tripoli
    text = (
        "The Government of National Stability opened a camp in Benghazi.\n\n"
        'A displaced man said that "the Government in Tripoli forgot us".'
    )
    assert "org:gns" not in ids_of(nz, text, "Government in") + [
        m.id for m in nz.canonicalize(text).mentions if m.text == "Government"
    ]
    # read as a repeat of the Tripoli government, right after its sentence named the other
    text = (
        "The Government of National Unity raised the prices.\n\n"
        "The Ministry of Health in the Government of National Stability refused, and its "
        "minister said that the Government will pay."
    )
    bare = [m.id for m in nz.canonicalize(text).mentions if m.text == "Government"]
    assert "org:gnu" not in bare
    # the repeat said nowhere near the other government keeps its link
    text = (
        "The Government of National Unity raised the prices.\n\n"
        "The traders said that the Government will pay."
    )
    bare = [m.id for m in nz.canonicalize(text).mentions if m.text == "Government"]
    assert bare == ["org:gnu"]
