"""Queries whose answer could not change the result are not asked, and the result is the same.

A sub-span over a natural cut whose one side is a head noun alone ("Forces | Khaled Karrouad")
links only as an exact name (:func:`normx.resolve.one_name.one_name_across`): the sub-span
search skips its matcher call unless the text spells a gazetteer name.
"""

from __future__ import annotations

from typing import Any

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve import subspans

RECORDS = [
    Record("per:khalid-karrouad", "PER", "Khalid Karrouad", "خالد كروض"),
    Record("org:wefaq", "ORG", "Al-Wefaq", "الوفاق"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
]
TEXT = "In Tripoli, the Al-Wefaq Forces Khaled Karrouad said the Land Forces Khaled Karrouad left."


class _Counting(Normalizer):
    asked: list[str]

    def match_many(self, names: Any, *args: Any, **kwargs: Any) -> Any:
        names = list(names)
        self.asked.extend(names)
        return super().match_many(names, *args, **kwargs)


def _run(records: list[Record]) -> tuple[list[tuple[int, int, str | None, str]], list[str]]:
    nz = Normalizer.from_records(records)
    nz.__class__ = _Counting
    nz.asked = []  # type: ignore[attr-defined]
    doc = nz.canonicalize(TEXT)
    view = [(m.start, m.end, m.id, m.method) for m in doc.mentions]
    return view, nz.asked  # type: ignore[attr-defined]


def test_a_side_of_heads_alone_is_not_asked_and_changes_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view, asked = _run(RECORDS)
    assert "Forces Khaled Karrouad" not in asked
    assert "per:khalid-karrouad" in {m[2] for m in view}
    monkeypatch.setattr(subspans, "_may_be_one_name", lambda linker, s0, s1: True)
    before, asked_before = _run(RECORDS)
    assert "Forces Khaled Karrouad" in asked_before  # the call the check saves
    assert view == before


def test_a_range_that_spells_a_gazetteer_name_is_still_asked() -> None:
    # spelled but for a qualifier: the trie does not answer it, the matcher may say "exact"
    named = Record("org:forces-kk", "ORG", "Forces Khaled Karrouad (Libya)", "قوات خالد كروض")
    _view, asked = _run([*RECORDS, named])
    assert "Forces Khaled Karrouad" in asked
