"""A ministry "of the Government designated by the Parliament" is the other government's, an
unknown body (normx.resolve.designated_government)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

HEALTH = Record("org:moh", "ORG", "Ministry of Health", name_ar="وزارة الصحة")
HOUSE = Record("org:house", "ORG", "House of Representatives", name_ar="مجلس النواب")


def links(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records([HEALTH, HOUSE]).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_the_designated_governments_ministry_is_unlinked():
    text = "The Ministry of Health of the Government designated by the Parliament sent a convoy."
    assert ("Ministry of Health of the Government", "org:moh") not in links(text)
    assert all(i != "org:moh" for _, i in links(text))


def test_a_ministry_of_the_government_said_nothing_more_keeps_its_link():
    text = "The Ministry of Health of the Government sent a convoy to the south on Monday."
    assert any(i == "org:moh" for _, i in links(text))
