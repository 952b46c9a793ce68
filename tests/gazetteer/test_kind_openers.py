"""A long name's short form that other records' names open with is the kind they share, not
the record's alias (normx.gazetteer.kind_openers via titles.with_bare_titles)."""

from __future__ import annotations

from normx.gazetteer.schema import Record
from normx.gazetteer.titles import with_bare_titles

TURKEY = Record("org:cbrt", "ORG", "Central Bank of the Republic of Turkey", "البنك المركزي التركي")
LIBYA = Record("org:cbl", "ORG", "Central Bank of Libya", "مصرف ليبيا المركزي")
EGYPT = Record("org:cbe", "ORG", "Central Bank of Egypt", "البنك المركزي المصري")


def aliases(records: list[Record], rid: str) -> tuple[str, ...]:
    return next(r.aliases_en for r in with_bare_titles(records) if r.id == rid)


def test_alone_the_short_form_is_the_record_s() -> None:
    assert "Central Bank" in aliases([TURKEY], "org:cbrt")


def test_beside_other_central_banks_it_is_the_kind() -> None:
    assert "Central Bank" not in aliases([TURKEY, LIBYA, EGYPT], "org:cbrt")
