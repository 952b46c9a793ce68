"""A French body name closed by its parent organisation is one name: "Conseil de sécurité de
l'ONU" (normx.resolve.french_parent)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

UNSC = Record(
    "org:unsc",
    "ORG",
    "United Nations Security Council",
    "مجلس الأمن الدولي",
    aliases_ar=("مجلس الأمن",),
)
UN = Record("org:un", "ORG", "United Nations", "الأمم المتحدة")
HRC = Record("org:hrc", "ORG", "Human Rights Council", "مجلس حقوق الإنسان")


def links(records: list[Record], text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(records).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_the_parent_inside_the_organ_s_name() -> None:
    got = links([UNSC, UN], "Pour le Conseil de sécurité de l'ONU, the vote must be held.")
    assert ("Conseil de sécurité de l'ONU", "org:unsc") in got
    assert ("ONU", "org:un") not in got


def test_the_parent_alone_stays_the_parent() -> None:
    got = links([UNSC, UN], "The Conseil de sécurité met, and the ONU said it was ready.")
    assert ("ONU", "org:un") in got


def test_a_body_whose_name_does_not_hold_the_parent() -> None:
    got = links([HRC, UN], "The Human Rights Council of the United Nations said so.")
    assert ("United Nations", "org:un") in got
