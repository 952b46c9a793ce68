"""A document's name parts go to the back-transliteration model in one call, before the document
is resolved (normx.resolve.bt_prefetch), with the answers the model called name by name gives.

Stand-in model and a small gazetteer of Arabic-only persons (no torch needed): the Latin
spellings the texts use are nowhere in it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.mt.hypotheses import BackTransliterator
from normx.mt.model import TranslitModel
from normx.resolve import bt_prefetch
from normx.resolve.bt_prefetch import Layer, dry_runtime, prefetch_guesses
from normx.resolve.lru import LRU
from normx.resolve.runtime import runtime_for

RECORDS = (
    Record("per:ozbal", "PER", None, "عدنان أوزبال"),
    Record("per:aksen", "PER", None, "سرحات أكسن"),
    Record("loc:ankara", "LOC", "Ankara", "أنقرة"),
)

TABLE = {
    "adnan": [("عدنان", -0.1), ("عدنن", -2.5)],
    "uzbal": [("أوزبال", -0.3), ("اوزبل", -1.6)],
    "serhat": [("سرهات", -0.4), ("سرحات", -1.0)],
    "akens": [("أكنز", -0.5), ("أكسن", -1.2)],
}

# "Nadia Bukhatwa" is in no record: a later rule asks it run together ("nadiabukhatwa",
# spaced_compound.py), which asked the model again after the spans' call
TEXT = (
    "The ambassador, Serhat Akens, met Adnan Uzbal in Ankara. Akens left on Monday with "
    "Nadia Bukhatwa."
)


class TableModel(TranslitModel):
    """A fixed table for the model, and a record of every call."""

    def __init__(self) -> None:
        super().__init__(None, None, Path("table"))
        self.calls: list[list[str]] = []

    def generate(self, tokens, k):
        self.calls.append(list(tokens))
        return [TABLE.get(t, [("زززز", -5.0)])[:k] for t in tokens]


def _normalizer() -> tuple[Normalizer, TableModel]:
    model = TableModel()
    nz = Normalizer.from_records(RECORDS)
    nz.backtransliterator = BackTransliterator(model)
    return nz, model


def _links(doc) -> list[tuple[int, int, str | None, str]]:
    return [(m.start, m.end, m.id, m.method) for m in doc.mentions]


def test_recording_notes_the_parts_and_calls_no_model():
    model = TableModel()
    bt = BackTransliterator(model)
    bt.token_hypotheses(["adnan"], 2)  # cached before: answered as it is
    assert len(model.calls) == 1
    with bt.recording() as asked:
        got = bt.token_hypotheses(["adnan", "uzbal", "عدنان"], 2)
    assert len(model.calls) == 1  # no call while recording
    assert list(asked) == [("uzbal", 2)]
    assert got[0] == TABLE["adnan"] and got[1] == [] and got[2] == [("عدنان", 0.0)]
    bt.fetch(list(asked))  # one call for what was noted; the stand-in was not cached
    assert model.calls[-1] == ["uzbal"]
    assert bt.token_hypotheses(["uzbal"], 2) == [TABLE["uzbal"]]
    assert len(model.calls) == 2


def test_a_document_asks_the_model_once_with_the_same_links():
    nz, model = _normalizer()
    doc = nz.canonicalize(TEXT)
    assert len(model.calls) == 1  # every part of the document in one call
    assert sorted(model.calls[0]) == sorted(set(model.calls[0]))

    one_by_one, model_alone = _normalizer()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(bt_prefetch, "DRY_RUNS", 0)  # no dry run: the model asked as names come
        alone = one_by_one.canonicalize(TEXT)
    assert _links(doc) == _links(alone)
    assert {m.text: m.id for m in doc.mentions}["Serhat Akens"] == "per:aksen"
    assert len(model_alone.calls) > 1  # name by name: a call for the spans, then more
    # what the model alone was asked, and here one part more: with no guesses yet, the dry run
    # left "Serhat Akens" unlinked and asked it run together (spaced_compound), as a real run
    # that could not link it would; one extra part in the call, no other answer
    asked_alone = {t for call in model_alone.calls for t in call}
    assert asked_alone == set(model.calls[0]) - {"serhatakens"}


def test_a_later_document_with_the_same_names_asks_nothing():
    nz, model = _normalizer()
    nz.canonicalize(TEXT)
    calls = len(model.calls)
    nz.canonicalize("Adnan Uzbal in Ankara.")
    nz.canonicalize(TEXT)  # another document, the same text: the answers and guesses known
    assert len(model.calls) == calls  # the guesses are remembered across documents


def test_the_dry_run_leaves_the_run_caches_as_they_were():
    nz, _model = _normalizer()
    rt = runtime_for(nz)
    before = len(rt._cache), len(rt._joined), len(rt.spans._lru)
    seen: list[int] = []

    def resolve(dry) -> None:
        from normx.resolve.pipeline import _canonicalize

        _canonicalize(dry, TEXT, None)
        seen.append(len(dry._cache))

    assert prefetch_guesses(rt, resolve) == 1
    assert seen[0] > before[0]  # the dry runs asked the matcher ...
    assert (len(rt._cache), len(rt._joined), len(rt.spans._lru)) == before  # ... in their layers


def test_a_layer_reads_through_and_writes_only_itself():
    base: LRU[str, int] = LRU(4)
    base.put("a", 1)
    layer: Layer[str, int] = Layer(base)
    layer.put("b", 2)
    assert layer.get("a") == 1 and layer.get("b") == 2 and "a" in layer and "b" in layer
    assert base.get("b") is None and len(base) == 1


def test_no_model_no_dry_run():
    nz = Normalizer.from_records(RECORDS)
    rt = runtime_for(nz)
    assert prefetch_guesses(rt, lambda dry: pytest.fail("no dry run without a model")) == 0
    assert dry_runtime(rt)._cache is not rt._cache


def test_recording_is_per_thread():
    import threading

    model = TableModel()
    bt = BackTransliterator(model)
    got: list[list[list[tuple[str, float]]]] = []
    with bt.recording() as asked:  # another thread's real run still gets the model's guesses
        worker = threading.Thread(target=lambda: got.append(bt.token_hypotheses(["akens"], 2)))
        worker.start()
        worker.join()
    assert got == [[TABLE["akens"]]] and model.calls == [["akens"]] and not asked


def test_every_runtime_attribute_is_layered_built_on_use_or_shared():
    # a cache added to Runtime must be put in one of the three: shared by mistake, a dry run's
    # answers from stand-in guesses would stay in the run
    from normx.resolve.runtime import Runtime

    nz, _model = _normalizer()
    rt = Runtime(nz)
    named = bt_prefetch.LAYERED + bt_prefetch.BUILT_ON_USE + bt_prefetch.SHARED
    assert len(named) == len(set(named))
    assert set(vars(rt)) == set(named)
    assert set(vars(rt.spans)) == {"_lru"}  # the spans' cache, layered by dry_runtime
    assert all(getattr(rt, name) is None for name in bt_prefetch.BUILT_ON_USE)


def test_tables_a_dry_run_builds_are_kept_for_the_run():
    nz, _model = _normalizer()
    rt = runtime_for(nz)
    dry = dry_runtime(rt)
    assert dry.acronyms is not None and rt._acronyms is None  # built on the copy
    bt_prefetch.keep_built(rt, dry)
    assert rt._acronyms is dry._acronyms  # not built again by the real run

    nz, _model = _normalizer()
    rt = runtime_for(nz)
    prefetch_guesses(rt, lambda dry: dry.standing("per:ozbal"))
    assert rt._standing is not None


def test_a_dry_run_does_not_build_the_gloss_index_again():
    from normx.resolve.gloss_named import _whole_names

    nz, _model = _normalizer()
    rt = runtime_for(nz)
    assert _whole_names(dry_runtime(rt)) is _whole_names(rt)  # once per normalizer


def test_fetch_spells_each_part_once_even_past_the_cache(monkeypatch):
    from normx.mt import hypotheses

    monkeypatch.setattr(hypotheses, "BT_CACHE", 2)
    model = TableModel()
    bt = BackTransliterator(model)
    bt.fetch([("adnan", 2), ("uzbal", 2), ("serhat", 2), ("adnan", 2), ("عدنان", 2)])
    assert model.calls == [["adnan", "uzbal", "serhat"]]  # none asked again one by one
    bt.fetch([("serhat", 2)])  # cached: no call
    assert len(model.calls) == 1
