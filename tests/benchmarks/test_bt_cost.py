"""benchmarks.eval.bt_cost counts the names a run asks back-translation, not a dry run's."""

from __future__ import annotations

from pathlib import Path

from benchmarks.eval.bt_cost import BtCost
from normx.mt.hypotheses import BackTransliterator
from normx.mt.model import TranslitModel


class NoModel(TranslitModel):
    def __init__(self) -> None:
        super().__init__(None, None, Path("none"))

    def generate(self, tokens, k):
        raise AssertionError("no model call in this test")


def test_names_asked_in_a_dry_run_are_not_counted():
    bt = BackTransliterator(NoModel())
    cost = BtCost(bt)

    def many(target, names):
        bt.last_sent = list(names)
        return [[] for _ in names]

    counted = cost.wrap(many)
    with bt.recording():
        assert bt.is_recording
        counted(None, ["Serhatakens"])  # a dry run's ask, with stand-in guesses
    assert not bt.is_recording
    assert cost.asked == set() and cost.sent == set()
    counted(None, ["Serhat Akens"])
    assert cost.asked == {"Serhat Akens"} and cost.sent == {"Serhat Akens"}
