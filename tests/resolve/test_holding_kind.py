"""A company named "<own words> Holding" is written by its own words, as news writes one of
"<own word> Group" (session 28, articles-v43: "Turkey's Limak", "the Egyptian Hassan Allam"):
"Holding" (القابضة) is a kind word (``normx/resolve/data/kind_words.yaml``), and a body the text
names whole but for its kind words is said whole for the demonym before it."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.core_name import kind_forms

RECORDS = [
    Record("org:limak-holding", "ORG", "Limak Holding", "ليماك القابضة"),
    Record("org:hassan-allam-holding", "ORG", "Hassan Allam Holding", "حسن علام القابضة"),
    Record("org:sudanese-armed-forces", "ORG", "Sudanese Armed Forces", "القوات المسلحة السودانية"),
    Record("loc:egypt", "LOC", "Egypt", "مصر"),
    Record("loc:turkey", "LOC", "Turkey", "تركيا"),
]


def _links(text: str) -> dict[str, str | None]:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    return {m.text: m.id for m in doc.mentions}


def test_holding_is_a_kind_word():
    assert {"holding", "holdings"} <= kind_forms()


def test_a_holding_by_its_own_word():
    links = _links("Turkey's Limak and Kalyon are among firms that have won work in Tripoli.")
    assert links.get("Limak") == "org:limak-holding"


def test_a_holding_after_a_demonym_is_said_whole():
    links = _links(
        "The company signed a contract with the Egyptian Hassan Allam for a transformer station."
    )
    assert links.get("Hassan Allam") == "org:hassan-allam-holding"


def test_a_people_the_body_lacks_still_rules_out_a_partial_body():
    links = _links("The Libyan Armed Forces said the road was open.")
    assert links.get("Armed Forces") != "org:sudanese-armed-forces"
    assert links.get("Libyan Armed Forces") != "org:sudanese-armed-forces"
