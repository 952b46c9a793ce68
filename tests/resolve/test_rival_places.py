"""Where the text places a body with Libya's other government: a city of its seat, its region
in French, the name it gives itself; and a repeat placed with Tripoli's (session 25, h-left25).

Hand-written gazetteer: the Tripoli Awqaf authority and Education ministry under their Arabic
names, the cities by their English and Arabic names, the eastern government under its own name.
"""

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.rival_government import other_government

AWQAF = Record("org:awqaf-ly", "ORG", None, "الهيئة العامة للأوقاف والشؤون الإسلامية")
EDUCATION = Record("org:moe-ly", "ORG", "Ministry of Education (Libya)", "وزارة التربية والتعليم")
GNS = Record("org:gns", "ORG", "Government of National Stability", "حكومة الاستقرار الوطني")
CITIES = [
    Record("loc:benghazi", "LOC", "Benghazi", "بنغازي"),
    Record("loc:bayda", "LOC", "Bayda", "البيضاء"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("loc:misrata", "LOC", "Misrata", "مصراتة"),
]


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records([AWQAF, EDUCATION, GNS, *CITIES])


def awqaf_ids(nz: Normalizer, text: str) -> list[str | None]:
    return [m.id for m in nz.canonicalize(text).mentions if "Awqaf" in m.text]


def test_an_authority_in_a_seat_city_of_the_east_is_not_tripolis(nz: Normalizer) -> None:
    # Bayda and Benghazi seat the eastern government's bodies: its own Awqaf authority
    assert awqaf_ids(nz, "The General Authority of Awqaf in Bayda announced the feast.") == [None]
    ids = awqaf_ids(nz, "The General Authority of Awqaf and Islamic Affairs in Benghazi spoke.")
    assert org_ids(ids) == []
    # a city that seats no government's bodies says nothing: the ordinary link stands
    text = "The General Authority of Awqaf in Misrata announced the feast."
    assert awqaf_ids(nz, text) == ["org:awqaf-ly"]


def org_ids(ids: list[str | None]) -> list[str]:
    return [i for i in ids if i is not None and i.startswith("org:")]


def test_the_east_in_french_is_the_other_governments_region() -> None:
    text = "attaché à l'Autorité générale des Awqaf de l'Est, qui a jugé"
    start = text.index("Autorité")
    assert other_government(text, start, text.index(", qui"), region=True)
    assert not other_government(text, start, text.index(", qui"), region=False)
    text = "attaché à l'Autorité générale des Awqaf, qui a jugé"
    assert not other_government(text, start, text.index(", qui"), region=True)


def test_the_self_name_counts_only_where_the_document_places_it() -> None:
    mention = "the Ministry of the Education in the Libyan Government said"
    start, end = 4, mention.index(" in the Libyan")
    # the document names the other government, or its head beside the self-name
    placed = "The Government of National Stability raised salaries. " + mention
    assert other_government(placed, start + 55, end + 55)
    headed = "The Libyan Government headed by Osama Hammad met. " + mention
    assert other_government(headed, start + 51, end + 51)
    # alone, "the Libyan Government" is any Libyan government; lower case is never a name
    assert not other_government(mention, start, end)
    lower = (
        "The Government of National Stability met. "
        "the Ministry of Education in the Libyan government said"
    )
    s = lower.index("Ministry")
    assert not other_government(lower, s, lower.index(" in the Libyan"))


def test_a_conjunct_the_link_stopped_short_of_is_read_as_the_name() -> None:
    text = "the General Authority of Awqaf and Islamic Affairs of the eastern government said"
    start, end = 4, text.index(" and Islamic")
    assert other_government(text, start, end)
    text = "the General Authority of Awqaf and the Ministry of the eastern government said"
    assert not other_government(text, start, end)


def test_a_repeat_placed_in_tripoli_keeps_the_tripoli_body(nz: Normalizer) -> None:
    text = (
        "The Authority of Awqaf in Bayda announced that Wednesday is the first day. "
        "And the Awqaf Authority in Tripoli opened two hundred mosques."
    )
    assert org_ids(awqaf_ids(nz, text)) == ["org:awqaf-ly"]
    assert awqaf_ids(nz, text)[0] is None


def test_a_repeat_in_a_sentence_opening_on_the_west_keeps_the_tripoli_body(
    nz: Normalizer,
) -> None:
    east = "The Authority of Awqaf in Bayda announced that Wednesday is the first day. "
    west = east + "In the west, the imams met the Awqaf Authority on Friday."
    assert awqaf_ids(nz, west) == [None, "org:awqaf-ly"]
    # said with nothing to place it, the repeat is the eastern body's: no link
    bare = east + "The imams met the Awqaf Authority on Friday."
    assert awqaf_ids(nz, bare) == [None, None]


def test_the_self_name_links_the_eastern_government_the_document_links(nz: Normalizer) -> None:
    named = "The Government of National Stability met in Benghazi on Monday. "
    text = named + "And the Libyan Government had appointed a new president of the university."
    linked = [(m.text, m.id) for m in nz.canonicalize(text).mentions if "Government" in m.text]
    assert linked == [
        ("Government of National Stability", "org:gns"),
        ("Libyan Government", "org:gns"),
    ]
    # inside a longer name it is the owner said, no mention of its own
    text = named + "The Ministry of the Education in the Libyan Government paid the salaries."
    assert [m.id for m in nz.canonicalize(text).mentions if m.text == "Libyan Government"] == []
    # a document that never names the eastern government: nothing read
    text = "And the Libyan Government had appointed a new president of the university."
    assert [m.id for m in nz.canonicalize(text).mentions if "Government" in m.text] in ([], [None])
