"""The compiled name index: every gazetteer name analysed once, with look-up tables.

Candidate generation goes through these tables, never through a scan of all names:

* ``exact``: normalised name -> names (:func:`normx.text.normalize.normalize_name`);
* ``postings``: token form -> names containing it (alternative readings included);
* ``by_key``: phonetic key -> token forms with that key;
* ``deletes``: every key with one symbol deleted -> keys (a symmetric-deletion index, so a
  key with one symbol substituted, added, dropped or swapped is found without a scan).

The analysed names are plain data (:meth:`NameIndex.to_json` / :meth:`NameIndex.from_json`), so
the index is cached as JSON keyed on the gazetteer's content; nothing executable is stored.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from normx.gazetteer.schema import Record
from normx.match.score import deletions
from normx.text.normalize import NameToken, analyse_name, core_tokens, normalize_name

INDEX_FORMAT = 2


@dataclass(frozen=True, slots=True)
class IndexedName:
    """One name of one entity, analysed."""

    entity: int
    text: str
    lang: str
    canonical: bool
    normalized: str
    tokens: tuple[NameToken, ...]  # core tokens only


class NameIndex:
    """Analysed names of a list of records, with candidate look-up tables."""

    def __init__(self, records: tuple[Record, ...], names: list[IndexedName]) -> None:
        self.records = records
        self.names = names
        self.exact: dict[str, list[int]] = defaultdict(list)
        self.postings: dict[str, list[int]] = defaultdict(list)
        self.by_key: dict[str, set[str]] = defaultdict(set)
        self.deletes: dict[str, set[str]] = defaultdict(set)
        self.token_of: dict[str, NameToken] = {}
        self.arabic_forms: set[str] = set()  # forms that come from Arabic-script names
        self.latin_forms: set[str] = set()  # forms that come from Latin-script names
        exact, postings, by_key, token_of = self.exact, self.postings, self.by_key, self.token_of
        for i, name in enumerate(names):
            if name.normalized:
                exact[name.normalized].append(i)
            script_forms = self.arabic_forms if name.lang == "ar" else self.latin_forms
            for tok in name.tokens:
                for form, key in ((tok.form, tok.key), *tok.alts):
                    plist = postings[form]
                    if plist and plist[-1] == i:
                        continue  # a name lists a form once, even if two tokens share it
                    plist.append(i)
                    if form not in token_of:
                        token_of[form] = NameToken(form, key, tok.kind)
                        if key:
                            by_key[key].add(form)
                    script_forms.add(form)
        for key in self.by_key:
            for d in deletions(key):
                self.deletes[d].add(key)
        self.exact = dict(self.exact)
        self.postings = dict(self.postings)
        self.by_key = dict(self.by_key)
        self.deletes = dict(self.deletes)

    @classmethod
    def build(cls, records: Iterable[Record]) -> NameIndex:
        """Analyse every name of every record."""
        recs = tuple(records)
        names: list[IndexedName] = []
        for ei, rec in enumerate(recs):
            seen: set[tuple[str, str]] = set()
            for lang in ("en", "ar"):
                for j, text in enumerate(rec.names(lang)):
                    if (lang, text) in seen:
                        continue
                    seen.add((lang, text))
                    canonical = j == 0 and text == (rec.name_en if lang == "en" else rec.name_ar)
                    tokens = core_tokens(analyse_name(text))
                    if tokens:
                        names.append(
                            IndexedName(ei, text, lang, canonical, normalize_name(text), tokens)
                        )
        return cls(recs, names)

    def to_json(self) -> dict[str, Any]:
        """The analysed names as plain JSON data (records are cached separately).

        Distinct tokens are stored once in a table and names refer to them by position: most
        names share their tokens, so the cache is small and quick to read.
        """
        table: dict[NameToken, int] = {}
        names = []
        for n in self.names:
            ids = [table.setdefault(t, len(table)) for t in n.tokens]
            names.append([n.entity, n.text, n.lang, int(n.canonical), n.normalized, ids])
        tokens = [[t.form, t.key, t.kind, [list(a) for a in t.alts]] for t in table]
        return {"format": INDEX_FORMAT, "tokens": tokens, "names": names}

    @classmethod
    def from_json(cls, records: tuple[Record, ...], data: dict[str, Any]) -> NameIndex:
        """Rebuild the look-up tables from :meth:`to_json` output.

        The cyclic garbage collector is paused while the many small objects are made, which
        makes loading several times faster.
        """
        if data.get("format") != INDEX_FORMAT:
            raise ValueError("index cache format mismatch")
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            tokens = [
                NameToken(f, k, kind, tuple((a, b) for a, b in alts))
                for f, k, kind, alts in data["tokens"]
            ]
            names = [
                IndexedName(e, text, lang, bool(canon), norm, tuple(tokens[i] for i in ids))
                for e, text, lang, canon, norm, ids in data["names"]
            ]
            return cls(records, names)
        finally:
            if was_enabled:
                gc.enable()
