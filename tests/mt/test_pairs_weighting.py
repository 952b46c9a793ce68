"""Arab-origin weighting of the training pairs (the model wrote Tarek as تاريك, not طارق)."""

from __future__ import annotations

from normx.mt.training.pairs import Pair, arab_weight, is_arab_spelling


def test_arab_letters_mark_an_arab_spelling() -> None:
    assert is_arab_spelling("طارق", "wikidata-names-coling2018")
    assert is_arab_spelling("فاطمة", "wikidata-names-coling2018")
    assert not is_arab_spelling("تاريك", "wikidata-names-coling2018")
    assert not is_arab_spelling("موغيريني", "wikidata-names-coling2018")


def test_arab_name_sources_mark_every_pair() -> None:
    assert is_arab_spelling("أكرم", "google-translit")
    assert is_arab_spelling("يونس", "rigour-person-names")
    assert not is_arab_spelling("أكرم", "wikidata-names-coling2018")


def test_weights_favour_arab_pairs_and_flatten_the_others() -> None:
    assert arab_weight(Pair("tarek", "طارق", 4, "w", arab=True)) == 4
    assert arab_weight(Pair("taha", "طاها", 1, "r", arab=True)) == 2
    assert arab_weight(Pair("tarek", "تاريك", 4, "w", arab=False)) == 1
