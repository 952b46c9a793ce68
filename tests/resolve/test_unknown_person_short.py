"""The last word of an unknown person's name is that person again, not another person spelled
so (normx.resolve.unknown_person_short)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

OTHER = Record("per:abd", "PER", "Abdul Al-Rahman", "عبد الرحمن")
# a man the minister's full name resembles, refused (normx.resolve.feminine_given): her full
# name is then an unlinked segment, as in a gazetteer that lacks her
MAN = Record("per:halim", "PER", "Halim Abdurrahman Al-Troudi", "حليم عبد الرحمن الترودي")
TEXT = (
    "The minister of justice, {full}, said in a press conference that the prisons will open. "
    "{short} added that the committee counted more than three thousand detainees."
)


def links(records: list[Record], full: str) -> list[tuple[str, str | None]]:
    nz = Normalizer.from_records(records)
    doc = nz.canonicalize(TEXT.format(full=full, short="Abdel Rahman"))
    return [(m.text, m.id) for m in doc.mentions]


def test_the_short_name_is_the_unknown_minister() -> None:
    got = links([OTHER, MAN], "Halima Abdel Rahman")
    assert got == [("Halima Abdel Rahman", None), ("Abdel Rahman", None)]


def test_without_the_full_name_the_person_spelled_so_stands() -> None:
    text = "Abdel Rahman added that the committee counted more than three thousand detainees."
    got = [(m.text, m.id) for m in Normalizer.from_records([OTHER]).canonicalize(text).mentions]
    assert got == [("Abdel Rahman", "per:abd")]


def test_a_person_named_in_full_with_the_word_is_the_short_name() -> None:
    minister = Record("per:halima", "PER", "Halima Abdel Rahman", "حليمة عبد الرحمن")
    got = links([OTHER, MAN, minister], "Halima Abdel Rahman")
    assert got == [("Halima Abdel Rahman", "per:halima"), ("Abdel Rahman", "per:halima")]
