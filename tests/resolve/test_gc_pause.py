"""The collector held off during a document (normx.resolve.gc_pause)."""

from __future__ import annotations

import gc
import threading

import pytest

from normx.resolve.gc_pause import collector_held

pytestmark = pytest.mark.usefixtures("collector_restored")  # tests/conftest.py


def test_held_off_inside_and_back_on_after_even_on_error() -> None:
    gc.enable()
    with collector_held():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), collector_held():
        raise ValueError("a document failed")
    assert gc.isenabled()


def test_nested_holds_turn_it_back_on_only_at_the_last() -> None:
    gc.enable()
    with collector_held():
        with collector_held():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_caller_that_turned_it_off_keeps_it_off() -> None:
    gc.disable()
    with collector_held():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_threads_hold_it_together() -> None:
    gc.enable()
    inside = threading.Event()
    release = threading.Event()

    def document() -> None:
        with collector_held():
            inside.set()
            release.wait(5)

    worker = threading.Thread(target=document)
    worker.start()
    inside.wait(5)
    with collector_held():
        pass  # this document ends first: the other still holds the collector off
    assert not gc.isenabled()
    release.set()
    worker.join(5)
    assert gc.isenabled()


def test_canonicalize_leaves_the_collector_as_it_found_it(tmp_path) -> None:
    from normx.api import Normalizer

    gaz = tmp_path / "g.yaml"
    gaz.write_text("- id: per:x\n  type: PER\n  name: {en: Khalifa Haftar}\n", encoding="utf-8")
    nz = Normalizer.load([gaz], defaults=False)
    gc.enable()
    doc = nz.canonicalize("Khalifa Haftar met reporters in Benghazi.")
    assert gc.isenabled()
    assert [m.id for m in doc.mentions if m.id] == ["per:x"]
    gc.disable()
    nz.canonicalize("Haftar spoke.")
    assert not gc.isenabled()


def test_a_document_leaves_no_cyclic_garbage(tmp_path) -> None:
    """The linker and its decisions point at each other; the pipeline breaks the cycle, so a
    document's tokens are freed by reference counting (nothing left for the collector)."""
    from normx.api import Normalizer

    gaz = tmp_path / "g.yaml"
    gaz.write_text("- id: per:x\n  type: PER\n  name: {en: Khalifa Haftar}\n", encoding="utf-8")
    nz = Normalizer.load([gaz], defaults=False)
    text = "Khalifa Haftar met reporters in Benghazi. Haftar said the talks would go on."
    nz.canonicalize(text)  # the run state and the caches are built here
    gc.collect()
    gc.disable()
    doc = nz.canonicalize(text)
    assert gc.collect() == 0
    assert [m.id for m in doc.mentions if m.id] == ["per:x", "per:x"]
