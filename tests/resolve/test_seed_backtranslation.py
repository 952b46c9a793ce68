"""Issue goal: no loss of precision on the seed article with back-translation on."""

import importlib.util
from pathlib import Path

import pytest

from normx.api import Normalizer

_spec = importlib.util.spec_from_file_location(
    "seed_eval", Path(__file__).with_name("seed_eval.py")
)
seed_eval = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(seed_eval)


def test_backtranslation_keeps_seed_precision():
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    text = seed_eval.SEED_TEXT.read_text(encoding="utf-8")
    gold = seed_eval.load_gold()
    plain = seed_eval.score(
        Normalizer.load([seed_eval.SEED_GAZETTEER], defaults=False).canonicalize(text), gold
    )
    nz = Normalizer.load([seed_eval.SEED_GAZETTEER], defaults=False).use_backtranslation()
    with_bt = seed_eval.score(nz.canonicalize(text), gold)
    assert with_bt.precision >= plain.precision
    assert with_bt.recall >= plain.recall
