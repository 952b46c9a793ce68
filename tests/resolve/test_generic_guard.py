""" "The Guard" and "the Guards" after the coast guard is named are the coast guard: guard and
guards are generic heads of bodies' names, like Navy and Agency."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

LIBYAN = Record("org:libyan-coast-guard", "ORG", "Libyan Coast Guard", "خفر السواحل الليبي")


def _guards(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records([LIBYAN]).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions if m.text in ("Guard", "Guards")]


def test_the_guard_after_the_coast_guard():
    text = "The Libyan Coast Guard intercepted five boats. Critics say the Guard returns them."
    assert _guards(text) == [("Guard", "org:libyan-coast-guard")]


def test_the_guards_after_the_coast_guards():
    text = "The Libyan Coast Guards intercepted five boats. He added that the Guards work alone."
    assert _guards(text) == [("Guards", "org:libyan-coast-guard")]


def test_no_body_named_before_leaves_the_guard_out():
    assert _guards("Critics say the Guard returns them to the centres.") == []


NAVY = Record("org:libyan-navy", "ORG", "Libyan Navy", "القوات البحرية الليبية")


def test_the_navy_after_its_forces_named_by_part_of_the_name():
    text = (
        "The commander of the Naval Forces was killed. He offered his condolences to the "
        "family of the deceased and to the Navy."
    )
    doc = Normalizer.from_records([NAVY]).canonicalize(text)
    assert [(m.text, m.id) for m in doc.mentions] == [
        ("Naval Forces", "org:libyan-navy"),
        ("Navy", "org:libyan-navy"),
    ]


def test_the_guard_of_the_coasts_is_the_coast_guard():
    text = "The boats were seized by the Guard of the Coasts off Misrata."
    doc = Normalizer.from_records([LIBYAN]).canonicalize(text)
    assert (doc.mentions[0].text, doc.mentions[0].id) == (
        "Guard of the Coasts",
        "org:libyan-coast-guard",
    )
