"""A matcher query holds the collector off (normx.resolve.gc_pause) and gives it back as found."""

from __future__ import annotations

import gc

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.matcher import Matcher

pytestmark = pytest.mark.usefixtures("collector_restored")  # tests/conftest.py


def _normalizer() -> Normalizer:
    return Normalizer.from_records(
        [
            Record(id="t:1", type="PER", name_en="Khalifa Haftar", name_ar="خليفة حفتر"),
            Record(id="t:2", type="LOC", name_en="Misrata", name_ar="مصراتة"),
        ]
    )


def test_off_during_the_query_and_on_after(monkeypatch) -> None:
    nz = _normalizer()
    seen: list[bool] = []
    real = Matcher.match

    def spy(self, *args, **kwargs):
        seen.append(gc.isenabled())
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Matcher, "match", spy)
    gc.enable()
    assert nz.match("Khalifa Hafter")[0].id == "t:1"
    assert seen == [False]
    assert gc.isenabled()


def test_a_caller_that_turned_it_off_keeps_it_off() -> None:
    nz = _normalizer()
    gc.disable()
    assert nz.match("Misratah")[0].id == "t:2"
    assert not gc.isenabled()


def test_on_again_after_a_query_that_fails(monkeypatch) -> None:
    nz = _normalizer()

    def broken(self, *args, **kwargs):
        raise RuntimeError("matcher failed")

    monkeypatch.setattr(Matcher, "match", broken)
    gc.enable()
    with pytest.raises(RuntimeError):
        nz.match("Misrata")
    assert gc.isenabled()
