"""The compiled making of a cached index's names (``make_name``) against the Python method.

A loaded index makes each :class:`IndexedName` on first read (:class:`LazyNames`); with the
kernel built that is one compiled call. Both must give the same name: the same fields, the
same types, the index's own token objects (the kernel's kept readings and the ranker's memos
go by identity), and no name read past the columns.
"""

from __future__ import annotations

import json

import pytest

from normx.gazetteer.schema import Record
from normx.match import index as index_module
from normx.match.index import IndexedName, LazyNames, NameIndex

RECORDS = [
    Record("per:khalifa-haftar", "PER", "Khalifa Haftar", "خليفة حفتر"),
    Record("per:abdul-hamid-dbeibeh", "PER", "Abdul Hamid Dbeibeh", "عبد الحميد الدبيبة"),
    Record("per:saif", "PER", "Saif al-Islam Gaddafi", "سيف الإسلام القذافي", ("Seif Gadafi",)),
    Record("loc:abu-qurayn", "LOC", "Abu Qurayn", "أبو قرين"),
    Record("loc:al-washka", "LOC", None, "الوشكة"),
    Record("org:gnc", "ORG", "General National Congress", "المؤتمر الوطني العام"),
]

needs_kernel = pytest.mark.skipif(
    index_module._MAKE_NAME is None, reason="the compiled kernel is not built (or disabled)"
)


def _loaded() -> LazyNames:
    built = NameIndex.build(RECORDS)
    data = json.loads(json.dumps(built.to_json(), ensure_ascii=False))
    names = NameIndex.from_json(built.records, data).names
    assert isinstance(names, LazyNames)
    return names


def _fields(name: IndexedName) -> tuple[object, ...]:
    return (name.entity, name.text, name.lang, name.canonical, name.normalized, name.tokens)


@needs_kernel
def test_compiled_names_are_the_python_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled = _loaded()
    made = [compiled[i] for i in range(len(compiled))]
    monkeypatch.setattr(index_module, "_MAKE_NAME", None)
    python = _loaded()
    reference = [python[i] for i in range(len(python))]
    assert len(made) == len(reference) > len(RECORDS)
    for a, b in zip(made, reference, strict=True):
        assert type(a) is IndexedName
        assert _fields(a) == _fields(b)
        assert [type(v) for v in _fields(a)] == [type(v) for v in _fields(b)]
    assert {n.lang for n in made} == {"ar", "en"}
    assert any(n.canonical for n in made) and not all(n.canonical for n in made)


@needs_kernel
def test_compiled_names_share_the_index_tokens_and_are_made_once() -> None:
    names = _loaded()
    first = names[2]
    assert names[2] is first and names.made[2] is first
    assert names[-1] is names[len(names) - 1]
    table = names._tokens
    for name in (first, names[-1]):
        assert all(any(t is u for u in table) for t in name.tokens)
    with pytest.raises(AttributeError):
        first.text = "changed"  # type: ignore[misc]  # still a frozen dataclass


@needs_kernel
def test_compiled_maker_checks_every_index() -> None:
    names = _loaded()
    make = index_module._MAKE_NAME
    assert make is not None
    cols = names._columns
    with pytest.raises(IndexError):
        make(IndexedName, index_module._SLOTS, cols, len(names))
    with pytest.raises(IndexError):
        make(IndexedName, index_module._SLOTS, cols, -1)
    # a token id past the token table
    ids = cols[7].__class__("i", [len(cols[9]) + 5] * len(cols[7]))
    bad = (*cols[:7], ids, *cols[8:])
    with pytest.raises(IndexError):
        make(IndexedName, index_module._SLOTS, bad, 0)
    with pytest.raises(TypeError):
        make(IndexedName, index_module._SLOTS[:5], cols, 0)
