"""Mentions and candidates linked through an inherited name say so, for the normalizer's
current inheritance (the ids that inherit are remembered per inheritance, for speed)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.inherit import Inheritance, InheritedName
from normx.gazetteer.schema import Record
from normx.match.index import NameIndex

RECORDS = (
    Record("my:uk", "LOC", "United Kingdom", aliases_en=("Britain",)),
    Record("my:fr", "LOC", "France", aliases_en=("Francia",)),
)
BRITAIN = InheritedName("my:uk", "en", "Britain", "loc:united-kingdom", "curated: Wikipedia")
FRANCIA = InheritedName("my:fr", "en", "Francia", "loc:france", None)


def _marks(nz: Normalizer, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.evidence.get("inherited")) for m in nz.canonicalize(text).mentions]


def test_only_the_inherited_names_are_marked() -> None:
    nz = Normalizer(RECORDS, NameIndex.build(RECORDS), Inheritance(names=(BRITAIN,)))
    assert _marks(nz, "Britain and the United Kingdom met France.") == [
        ("Britain", "inherited from loc:united-kingdom (curated: Wikipedia)"),
        ("United Kingdom", None),
        ("France", None),
    ]
    (best,) = nz.match("Britain", top=1, explain=True)
    assert best.explain["inherited"] == BRITAIN.explain()
    assert "inherited" not in nz.match("France", top=1, explain=True)[0].explain


def test_a_new_inheritance_is_read_afresh() -> None:
    nz = Normalizer(RECORDS, NameIndex.build(RECORDS), Inheritance(names=(BRITAIN,)))
    assert _marks(nz, "Britain and Francia.")[0][1] is not None
    nz.inheritance = Inheritance(names=(FRANCIA,))
    assert _marks(nz, "Britain and Francia.") == [
        ("Britain", None),
        ("Francia", "inherited from loc:france"),
    ]
    assert nz.match("Francia", top=1, explain=True)[0].explain["inherited"] == FRANCIA.explain()
