"""Gazetteers: curated canonical entities with English and Arabic names.

Load with :func:`load_gazetteers` (validated, merged, cached by content); check one record with
:func:`validate_record`; summarise with :func:`gazetteer_stats`. The record contract is in
:mod:`normx.gazetteer.schema`; the reusable content-keyed cache in :mod:`normx.gazetteer.cache`.
"""

from __future__ import annotations

from normx.gazetteer.loader import (
    GAZETTEER_SUFFIXES,
    MAX_JSONL_LINE_BYTES,
    MAX_YAML_BYTES,
    Gazetteer,
    SourceFile,
    default_gazetteer_paths,
    load_gazetteers,
)
from normx.gazetteer.schema import ENTITY_TYPES, LANGS, SCHEMA_VERSION, Origin, Record
from normx.gazetteer.stats import Collision, GazetteerStats, find_collisions, gazetteer_stats
from normx.gazetteer.validate import validate_record

__all__ = [
    "ENTITY_TYPES",
    "GAZETTEER_SUFFIXES",
    "LANGS",
    "MAX_JSONL_LINE_BYTES",
    "MAX_YAML_BYTES",
    "SCHEMA_VERSION",
    "Collision",
    "Gazetteer",
    "GazetteerStats",
    "Origin",
    "Record",
    "SourceFile",
    "default_gazetteer_paths",
    "find_collisions",
    "gazetteer_stats",
    "load_gazetteers",
    "validate_record",
]
