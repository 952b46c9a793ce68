"""MT's word-for-word body names (session 18, articles-v29): جهاز as "Device", the verbal noun
دعم as "Supporting", ساحة as "Square", the one-word "Coastguards", "Internal Security", and a
fact-finding mission, each reaching the body's Arabic name through the gloss lexicon; a name
with a word MT added whose best cut is the same body keeps the whole span
(normx.resolve.same_body_cut)."""

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.same_body_cut import same_body

RECORDS = [
    Record("org:ssa", "ORG", "Stability Support Apparatus", "جهاز دعم الاستقرار"),
    Record("org:isa", "ORG", "Internal Security Agency (Libya)", "جهاز الأمن الداخلي"),
    Record("org:nsa-egypt", "ORG", "National Security Agency (Egypt)", "جهاز الأمن الوطني المصري"),
    Record("org:coast-guard", "ORG", "Libyan Coast Guard", "خفر السواحل الليبي"),
    Record("loc:martyrs-square", "LOC", "Martyrs' Square, Tripoli", "ساحة الشهداء (طرابلس)"),
    Record("loc:shuhada", "LOC", "Shuhada Ain Zara", "شهداء عين زارة"),
    Record("org:wasat", "ORG", "Al-Wasat", "بوابة الوسط"),
    Record(
        "org:ffm",
        "ORG",
        "Independent Fact-Finding Mission on Libya",
        "البعثة المستقلة لتقصي الحقائق في ليبيا",
    ),
    Record(
        "org:unsmil",
        "ORG",
        "United Nations Support Mission in Libya",
        "بعثة الأمم المتحدة للدعم في ليبيا",
    ),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
]


def _links(text: str) -> dict[str, str | None]:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    return {m.text: m.id for m in doc.mentions}


@pytest.mark.parametrize(
    ("text", "mention", "entity"),
    [
        (
            "The Stability Support Device said it would resist.",
            "Stability Support Device",
            "org:ssa",
        ),
        (
            "The Department of Supporting Stability withdrew.",
            "Department of Supporting Stability",
            "org:ssa",
        ),
        ("The Internal Security Device arrested a cell.", "Internal Security Device", "org:isa"),
        ("The Coastguards stopped a boat off the coast.", "Coastguards", "org:coast-guard"),
        (
            "Protesters in Tripoli gathered in the Square of Martyrs on Friday.",
            "Square of Martyrs",
            "loc:martyrs-square",
        ),
        (
            "The Independent International Fact-Finding Mission on Libya documented abuses.",
            "Independent International Fact-Finding Mission on Libya",
            "org:ffm",
        ),
        ("An analyst told Al-Wasat Portal that the talks failed.", "Al-Wasat Portal", "org:wasat"),
    ],
)
def test_a_word_for_word_rendering_links_to_the_body(text: str, mention: str, entity: str) -> None:
    assert _links(text).get(mention) == entity


def test_a_lone_device_or_square_names_no_body() -> None:
    found = _links("The Device was broken, and the Square was empty. Device makers met.")
    assert all(v is None for v in found.values())


def test_the_same_body_test_is_for_one_organisation_only() -> None:
    org = Candidate("org:wasat", "Al-Wasat", "ORG", 0.86, "بوابة الوسط", "gloss")
    place = Candidate("loc:tripoli", "Tripoli", "LOC", 0.9, "Tripoli", "exact")
    other = Candidate("org:ssa", "Stability Support Apparatus", "ORG", 1.0, "x", "exact")
    assert same_body(org, org)
    assert not same_body(org, other)
    assert not same_body(place, place)  # a place's extra words may be a facility's head
    assert not same_body(None, org)
    assert same_body(org, org, ("independent", "international"))
    assert not same_body(org, org, ("office", "of", "the"))  # an office of the body
