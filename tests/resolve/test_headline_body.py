"""A bare head noun means the document's own body of that kind, named in its headline, not
a body of that kind named once in passing (normx.resolve.headline_body)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

INTERIOR = Record("org:interior", "ORG", "Ministry of Interior")
FINANCE = Record("org:finance", "ORG", "Ministry of Finance of Northland")

HEADLINE = "The Ministry of Water receives the dam from the army\n\n"
LEAD = "Northport - The Ministry of Water announced on Monday the handing over of the dam. "
PASSING = "And the Ministry of Interior announced patrols around the dam.\n\n"


def links(records: list[Record], text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(records).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_the_bare_noun_is_the_headlines_unknown_body_not_one_named_in_passing():
    text = HEADLINE + LEAD + PASSING + "It is noteworthy that the Ministry had announced a plan."
    got = links([INTERIOR], text)
    assert ("Ministry of Interior", "org:interior") in got
    assert ("Ministry", "org:interior") not in got


def test_in_the_same_sentence_the_bare_noun_is_the_body_just_named():
    text = (
        HEADLINE
        + LEAD
        + "The Ministry of Interior said the Ministry would send patrols around the dam."
    )
    got = links([INTERIOR], text)
    assert got.count(("Ministry", "org:interior")) == 1


def test_without_a_headline_body_the_nearest_body_stands():
    text = "Dam handed over\n\n" + LEAD + PASSING + "It is noteworthy that the Ministry had a plan."
    got = links([INTERIOR], text)
    assert ("Ministry", "org:interior") in got
