"""The compiled form of a load: records as matched, their name index, and what they inherited.

:meth:`normx.api.Normalizer.load` asks for this. Three things are cached on disk, all keyed by
content (:mod:`normx.gazetteer.cache`), so a warm load analyses nothing:

* ``bare-titles``: the aliases :func:`~normx.gazetteer.titles.with_bare_titles` adds
  (:mod:`normx.gazetteer.titles_cache`), most of a 100,000-record warm load's time before;
* ``inheritance``: the :class:`~normx.gazetteer.inherit.Inheritance` of the loaded gazetteers
  against the shipped ones (keyed by both fingerprints, the rules' version and the name
  analysis), a few kilobytes;
* ``match-index``: the analysed name index of the records *as matched* (inherited names added,
  shadowed records left out). With nothing inherited its key is the plain gazetteer's, so the
  shipped gazetteers alone, or a gazetteer that inherits nothing, share one entry with a load
  that has inheritance off.

Working out inheritance needs every loaded name normalised; the index analyses every name too,
so on a cold load the plain index is built first, its normalised names serve the rules, and
the index as matched is that index with the few inherited names added
(:func:`with_inherited`), not a second analysis of everything.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from normx.gazetteer.cache import load_or_build, store
from normx.gazetteer.inherit import INHERIT_VERSION, Inheritance, plan_inheritance
from normx.gazetteer.loader import Gazetteer, load_gazetteers
from normx.gazetteer.longer_names import LONGER_NAMES_VERSION
from normx.gazetteer.paths import collect_files, default_gazetteer_paths
from normx.gazetteer.schema import Record
from normx.gazetteer.titles import TITLES_VERSION, for_identification
from normx.gazetteer.titles_cache import cached_bare_titles
from normx.match.index import INDEX_FORMAT, IndexedName, NameIndex
from normx.match.matcher import Matcher
from normx.text.normalize import analyse_name, core_tokens, normalize_name
from normx.text.resources import analysis_fingerprint

__all__ = ["SHADOW_SHIPPED", "Compiled", "compile_gazetteer", "with_inherited"]

# An identified shipped record is left out when the shipped gazetteers are loaded too (see
# normx.gazetteer.inherit, "Shadowing").
SHADOW_SHIPPED = True
RIVALS_TOP = 10  # candidates looked at when checking that an inherited name is nobody else's


@dataclass(frozen=True)
class Compiled:
    records: tuple[Record, ...]  # as matched: inherited names in the aliases, shadowed left out
    index: NameIndex
    inheritance: Inheritance


def _index_key(gaz: Gazetteer, inheritance: Inheritance) -> str:
    base = gaz.fingerprint
    if inheritance:
        text = json.dumps(inheritance.to_json(), sort_keys=True, ensure_ascii=False)
        base = hashlib.sha256(f"{base}\n{text}".encode()).hexdigest()
    return f"{base[:32]}-{analysis_fingerprint()}-i{INDEX_FORMAT}-t{TITLES_VERSION}"


def _cached_index(
    key: str, records: tuple[Record, ...], build: Callable[[], NameIndex]
) -> NameIndex:
    data = load_or_build("match-index", key, lambda: build().to_json())
    try:
        index = NameIndex.from_json(records, data)
    except ValueError:  # damaged in a way JSON parsing did not notice: rebuild, replace
        index = build()
        store("match-index", key, index.to_json())
    index.cache_key = key  # what the records and names come from (see NameIndex.cache_key)
    return index


def with_inherited(index: NameIndex, records: tuple[Record, ...]) -> NameIndex:
    """*index* (over the records as loaded) re-targeted to *records* (as matched): names of
    records left out dropped, inherited aliases analysed and added after each record's own
    names. Gives the same index as ``NameIndex.build(records)`` without re-analysing."""
    position = {r.id: i for i, r in enumerate(records)}
    analysed: list[dict[tuple[str, str], IndexedName]] = [{} for _ in records]
    for name in index.names:
        new = position.get(index.records[name.entity].id)
        if new is not None:
            analysed[new][(name.lang, name.text)] = name
    names: list[IndexedName] = []
    for i, rec in enumerate(records):
        have, seen = analysed[i], set()
        for lang in ("en", "ar"):
            for text in rec.names(lang):
                if (lang, text) in seen:
                    continue
                seen.add((lang, text))
                name = have.get((lang, text))
                if name is not None:
                    names.append(name if name.entity == i else replace(name, entity=i))
                    continue
                tokens = core_tokens(analyse_name(text))
                if tokens:
                    names.append(IndexedName(i, text, lang, False, normalize_name(text), tokens))
    return NameIndex(records, names)


def _normaliser(index: NameIndex) -> Callable[[str], str]:
    """normalize_name, answered from the names *index* analysed already."""
    known = {n.text: n.normalized for n in index.names}
    fallback = lru_cache(maxsize=None)(normalize_name)

    def norm(text: str) -> str:
        found = known.get(text)
        return found if found is not None else fallback(text)

    return norm


def _plan(gaz: Gazetteer, shipped: Gazetteer, index: NameIndex, *, defaults: bool) -> Inheritance:
    matcher = Matcher(index)

    def rivals(name: str) -> list[tuple[str, float, str]]:
        """The loaded records normx would link *name* to, as written, with their scores."""
        found = matcher.match(name, top=RIVALS_TOP, joins=False)
        return [(c.id, c.score, c.matched) for c in found]

    return plan_inheritance(
        for_identification(gaz.records),  # "X (organization)" is identified as "X"
        shipped.records,
        _normaliser(index),
        shipped_loaded=defaults,
        shadow=SHADOW_SHIPPED,
        rivals=rivals,
    )


def _only_shipped(gaz: Gazetteer) -> bool:
    """Every file of *gaz* is a shipped one (the common ``Normalizer.load()``): nothing can
    inherit, and the shipped files need not be read a second time."""
    shipped, _ = collect_files([(p, True) for p in default_gazetteer_paths()])
    return {f.path for f in gaz.files} <= {str(p) for p in shipped}


def compile_gazetteer(
    gaz: Gazetteer, *, defaults: bool, inherit: bool = True, use_cache: bool = True
) -> Compiled:
    """The records as matched and their index for the loaded *gaz* (``defaults``: whether the
    shipped gazetteers are part of it); ``inherit=False`` matches the records as written."""
    shipped_files, _ = collect_files([(p, True) for p in default_gazetteer_paths()])
    # "Zawiya (Libya)" also answers to "Zawiya"; a user's "Field Marshal X Y" to "X Y"
    records = cached_bare_titles(gaz, {str(p) for p in shipped_files}, use_cache=use_cache)
    shipped = None
    if inherit and not (defaults and _only_shipped(gaz)):
        shipped = load_gazetteers([], defaults=True, use_cache=use_cache)
    if shipped is None or not shipped.records:
        index = (
            _cached_index(_index_key(gaz, Inheritance()), records, lambda: NameIndex.build(records))
            if use_cache
            else NameIndex.build(records)
        )
        return Compiled(records, index, Inheritance())
    if not use_cache:
        built = NameIndex.build(records)
        inheritance = _plan(gaz, shipped, built, defaults=defaults)
        matched = inheritance.apply(records)
        index = with_inherited(built, matched) if inheritance else built
        return Compiled(matched, index, inheritance)
    key = (
        f"{gaz.fingerprint[:32]}-{shipped.fingerprint[:16]}-d{int(defaults)}"
        f"-s{int(SHADOW_SHIPPED)}-{analysis_fingerprint()}-h{INHERIT_VERSION}"
        f"-t{TITLES_VERSION}-r{LONGER_NAMES_VERSION}"
    )
    plain: list[NameIndex] = []  # the plain index, when this load had to build it

    def plan() -> dict[str, object]:
        # built, not cached: with something inherited it is not the index that is used
        plain.append(NameIndex.build(records))
        return _plan(gaz, shipped, plain[0], defaults=defaults).to_json()

    try:
        inheritance = Inheritance.from_json(load_or_build("inheritance", key, plan))
    except ValueError:  # an entry from another version: work it out again and replace it
        data = plan()
        store("inheritance", key, data)
        inheritance = Inheritance.from_json(data)
    matched = inheritance.apply(records)

    def build() -> NameIndex:
        if not plain:
            return NameIndex.build(matched)
        return with_inherited(plain[-1], matched) if inheritance else plain[-1]

    return Compiled(
        matched, _cached_index(_index_key(gaz, inheritance), matched, build), inheritance
    )
