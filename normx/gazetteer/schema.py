"""The gazetteer record: the one data contract every gazetteer source follows.

A record, as written in YAML or JSONL::

    - id: per:khalid-al-mishri      # required, unique across everything loaded
      type: PER                     # required: PER | ORG | LOC
      name: {en: Khalid al-Mishri, ar: خالد المشري}   # at least one of en / ar
      aliases: {en: [Khaled al-Meshri], ar: [خالد عمار المشري]}   # optional
      # optional in name and aliases: fr, the entity's French name(s) ("Syrte", "l'ONU" is
      # written without its article: "ONU"), for French wires; see FR_NAMES below
      xref: {wikidata: Q123, geonames: "2210554"}   # optional, open set of keys
      source: "UN SC consolidated list 2018"   # optional provenance
      note: free text                # optional

The in-memory form is a frozen :class:`Record`; validation lives in ``validate.py`` so that this
module stays a plain description of the contract.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

EntityType = Literal["PER", "ORG", "LOC"]
ENTITY_TYPES: tuple[str, ...] = ("PER", "ORG", "LOC")
LANGS: tuple[str, ...] = ("en", "ar")
# Languages a record may also give names in, besides LANGS: French, for French wires (AFP
# copy). These names are spelled, never matched loosely: they reach only the name trie, as an
# exact spelling of the record's English name (normx.detect.trie), like the exonym tables
# (normx.gazetteer.exonyms), so that no English word is read as a French name by fuzzy or
# phonetic matching. ``Record.names(lang)`` answers them; ``all_names`` (the matched names)
# does not.
SPELLED_LANGS: tuple[str, ...] = ("fr",)
NAME_LANGS: tuple[str, ...] = LANGS + SPELLED_LANGS
RECORD_KEYS: frozenset[str] = frozenset({"id", "type", "name", "aliases", "xref", "source", "note"})
REQUIRED_KEYS: tuple[str, ...] = ("id", "type", "name")
# Bumped whenever the record contract changes; part of every cache key and gazetteer fingerprint
# so that caches built under an older contract are never reused.
SCHEMA_VERSION: int = 2  # 2: French names (SPELLED_LANGS)


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a record was read from: file path and 1-based line of the record's start."""

    path: str
    line: int | None


@dataclass(frozen=True, slots=True)
class Record:
    """One canonical entity with its names in English and Arabic (and French, spelled only)."""

    id: str
    type: str
    name_en: str | None = None
    name_ar: str | None = None
    aliases_en: tuple[str, ...] = ()
    aliases_ar: tuple[str, ...] = ()
    xref: tuple[tuple[str, str], ...] = ()
    source: str | None = None
    note: str | None = None
    origin: Origin | None = field(default=None, compare=False)
    name_fr: str | None = None
    aliases_fr: tuple[str, ...] = ()

    @property
    def canonical(self) -> str:
        """The name to write in English text: the English name, else the Arabic one."""
        return self.name_en or self.name_ar or self.id

    def names(self, lang: str) -> tuple[str, ...]:
        """The canonical name (first) and the aliases in one language."""
        if lang == "en":
            head, rest = self.name_en, self.aliases_en
        elif lang == "ar":
            head, rest = self.name_ar, self.aliases_ar
        elif lang == "fr":
            head, rest = self.name_fr, self.aliases_fr
        else:
            raise ValueError(f"unknown language {lang!r}; expected one of {NAME_LANGS}")
        return ((head,) if head else ()) + rest

    def all_names(self) -> Iterator[tuple[str, str, bool]]:
        """Every matched name (English, Arabic) as ``(lang, text, is_canonical)``."""
        for lang in LANGS:
            for i, text in enumerate(self.names(lang)):
                yield (
                    lang,
                    text,
                    i == 0 and (self.name_en if lang == "en" else self.name_ar) == text,
                )

    def to_dict(self) -> dict[str, Any]:
        """The record in its file form (the contract above), omitting empty optional keys."""
        out: dict[str, Any] = {"id": self.id, "type": self.type}
        name = {
            k: v for k, v in (("en", self.name_en), ("ar", self.name_ar), ("fr", self.name_fr)) if v
        }
        out["name"] = name
        aliases = {
            k: list(v)
            for k, v in (("en", self.aliases_en), ("ar", self.aliases_ar), ("fr", self.aliases_fr))
            if v
        }
        if aliases:
            out["aliases"] = aliases
        if self.xref:
            out["xref"] = dict(self.xref)
        if self.source:
            out["source"] = self.source
        if self.note:
            out["note"] = self.note
        return out
