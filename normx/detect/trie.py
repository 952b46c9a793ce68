"""A token trie over the gazetteer's Latin-script names: exact names found in one pass.

Keys are sequences of core forms (:mod:`normx.detect.units`), so particle variants meet:
"al-Mishri", "El Mishri" and "Mishri" all walk the key ("mishri",). Articles and bin between
core units are skipped during the walk, and an article just before the first unit joins the
match ("Al-Jazeera"). A walk visits only the units the text has, so finding every gazetteer
name costs one dictionary step per unit, whatever the gazetteer's size.
"""

from __future__ import annotations

import gc
import re
from dataclasses import dataclass
from typing import Any

from normx.detect.acronym_names import listed_names
from normx.detect.units import ABU, ARTICLE, BIN, NAME, Unit
from normx.gazetteer.exonyms import CITY_DATA, MIN_LETTERS, country_exonyms
from normx.match.index import NameIndex
from normx.text.latin import APOSTROPHES, fold
from normx.text.normalize import analyse_name, core_tokens, normalize_name

_END = ""  # key of the terminal entry (never a core form)
_ACRONYM = re.compile(r"[A-Z]{3}")  # a French name this short is kept only as such an acronym
MAX_ALT_PATHS = 8
_APOSTROPHE = re.compile("[" + re.escape(APOSTROPHES) + "][sS]")
# a word in the possessive and the word after it, inside a name: "King's College"
_POSSESSIVE_PAIR = re.compile(
    r"([^\W_]+)[" + re.escape(APOSTROPHES) + r"][sS][ \t]+([^\W_]+)", re.UNICODE
)


@dataclass(frozen=True, slots=True)
class TrieHit:
    """Units ``first``..``last`` (inclusive) spell gazetteer names ``names`` exactly."""

    first: int
    last: int
    names: tuple[int, ...]


def _paths(forms: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The paths that spell a name whose words have the alternative forms *forms*, one form
    per word, at most :data:`MAX_ALT_PATHS` of them."""
    paths: list[tuple[str, ...]] = [()]
    for alts in forms:
        paths = [(*p, f) for p in paths for f in alts][:MAX_ALT_PATHS]
    return paths


class NameTrie:
    """Nested dictionaries from core form to child; ``""`` holds the name ids ending there."""

    def __init__(self) -> None:
        self.root: dict[str, Any] = {}
        # (possessor, next word), folded, of the names written with a possessive inside
        self.possessives: frozenset[tuple[str, str]] = frozenset()

    @classmethod
    def build(cls, index: NameIndex) -> NameTrie:
        """Insert every Latin-script name of *index* (Arabic names are never in English text).

        Built once per run over every name of the gazetteer, so the common case is kept
        short: a name whose tokens have no alternative reading is one path, and a node is
        made only where none exists yet. The collector is paused meanwhile, as for the index
        itself: the trie is ~100,000 small acyclic containers, and each collection they set
        off would walk the index's million objects for nothing.
        """
        trie = cls()
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            trie._insert_all(index)
            trie.possessives = possessive_pairs(index)
            trie._insert_exonyms(index)
        finally:
            if was_enabled:
                gc.enable()
        return trie

    def _insert_all(self, index: NameIndex) -> None:
        root = self.root
        for ni, name in enumerate(index.names):
            if name.lang != "en" or not name.tokens:
                continue
            tokens = name.tokens
            if any(t.alts for t in tokens):
                paths = _paths([(t.form, *(a for a, _ in t.alts)) for t in tokens])
            else:
                paths = [tuple(t.form for t in tokens)]
            if _APOSTROPHE.search(name.text) is not None:
                paths = _possessive_paths(name.text, paths)
            for path in paths:
                node = root
                for form in path:
                    child = node.get(form)
                    if child is None:
                        child = node[form] = {}
                    node = child
                ends = node.get(_END)
                if ends is None:
                    node[_END] = [ni]
                else:
                    ends.append(ni)

    def _insert_exonyms(self, index: NameIndex) -> None:
        """A loaded country's names in other languages ("Tunisie" for the user's "Tunisia",
        :mod:`normx.gazetteer.exonyms`), as paths that end at the country's English name: a
        text's exonym is found as an exact spelling of that name. Only here, not in the
        index, so that the matcher never reads other words loosely as exonyms."""
        records, names, exact = index.records, index.names, index.exact

        def holders(key: str) -> list[tuple[str, str, int]]:
            out = []
            for ni in exact.get(key, ()):
                rec = records[names[ni].entity]
                out.append((rec.id, rec.type, ni))
            return out

        spellings = [
            (ex.text, names[ex.name_id].entity, ex.name_id)
            for ex in (*country_exonyms(holders), *country_exonyms(holders, CITY_DATA))  # cities
        ]
        spellings += _french_names(index)
        for text, entity, first_id in spellings:
            path = tuple(t.form for t in core_tokens(analyse_name(text)))
            if not path:
                continue
            canonical = normalize_name(records[entity].name_en or "")
            # the record's canonical English name, when the country was known by another
            name_id = next(
                (i for i in exact.get(canonical, ()) if names[i].entity == entity), first_id
            )
            for spelled in (path, _as_written(text, path)):
                node = self.root
                for form in spelled:
                    node = node.setdefault(form, {})
                ends = node.setdefault(_END, [])
                if name_id not in ends:
                    ends.append(name_id)

    def one_word_name(self, form: str) -> bool:
        """Whether the core form *form* by itself spells a gazetteer name ("Sabratha")."""
        return _END in self.root.get(form, {})

    def names_spelled(self, path: tuple[str, ...]) -> tuple[int, ...]:
        """The name ids (:class:`~normx.match.index.NameIndex` names) that the core forms
        *path*, in order, spell exactly ("la", "haye": The Hague's exonym); none: ()."""
        node: dict[str, Any] | None = self.root
        for form in path:
            node = node.get(form) if node is not None else None
        return tuple(node.get(_END, ())) if node is not None and path else ()

    def walk(self, units: list[Unit], start: int, stop: int) -> TrieHit | None:
        """The longest gazetteer name starting at unit *start* (within ``stop``), if any."""
        first = start
        while first < stop and units[first].kind in (ARTICLE, BIN):
            first += 1
        if first >= stop:
            return None
        frontier: list[tuple[dict[str, Any], int]] = [(self.root, first)]
        best: TrieHit | None = None
        while frontier:
            node, i = frontier.pop()
            while i < stop and units[i].kind in (ARTICLE, BIN) and i > first:
                i += 1
            if i >= stop or units[i].kind not in (NAME, ABU):
                continue
            for form in units[i].forms:
                child = node.get(form)
                if child is None:
                    continue
                ends = child.get(_END)
                if ends and (best is None or i > best.last):
                    best = TrieHit(start, i, tuple(ends))
                frontier.append((child, i + 1))
        return best


def _french_names(index: NameIndex) -> list[tuple[str, int, int]]:
    """(French name, entity, one of its English name ids) for each record's French names
    (``name.fr``, ``aliases.fr``: :data:`normx.gazetteer.schema.SPELLED_LANGS`), spelled like
    the exonyms: "Syrte" is found as an exact spelling of Sirte's English name. None when
    another loaded record holds the record's English name too (as for the exonyms). A French name
    that some loaded record holds as a name already is left to the index (the data wins), and
    so is one of fewer than :data:`~normx.gazetteer.exonyms.MIN_LETTERS` letters unless an
    acronym of three capitals ("ONU": no English word is written so)."""
    first_en: dict[int, int] = {}
    for ni, name in enumerate(index.names):
        if name.lang == "en":
            first_en.setdefault(name.entity, ni)
    out: list[tuple[str, int, int]] = []
    for entity, rec in enumerate(index.records):
        if not (rec.name_fr or rec.aliases_fr) or entity not in first_en:
            continue
        canonical = normalize_name(rec.name_en or "")
        if any(index.names[i].entity != entity for i in index.exact.get(canonical, ())):
            continue  # two loaded records of that English name: which one is not ours to say
        for text in rec.names("fr"):
            key = normalize_name(text)
            short = sum(c.isalpha() for c in key) < MIN_LETTERS
            if (short and not _ACRONYM.fullmatch(text)) or key in index.exact:
                continue
            out.append((text, entity, first_en[entity]))
    return out


def _as_written(text: str, path: tuple[str, ...]) -> tuple[str, ...]:
    """An exonym's path as a text's units read its words: each word folded as written. Name
    analysis reads a French article with "de" as English ("Corée du Sud": ``coree of the
    sud``), while the units of "de Corée du Sud" in a text keep ``du``, so the country's French
    name was never spelled (articles-v49, session 30). *path* when the two agree or a word is
    no plain word (hyphens, apostrophes: those the analysis reads as the text does)."""
    words = text.split()
    if not all(w.isalpha() for w in words):
        return path
    return tuple(fold(w) for w in words)


def _possessive_paths(text: str, paths: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """*paths* and, for a name written with a possessive inside ("King's College London":
    ``kings college london``), the same with the possessor as the text's units read it, the
    possessive split off (``king college london``)."""
    owners = {fold(m.group(1)) + "s" for m in _POSSESSIVE_PAIR.finditer(text)}
    if not owners:
        return paths
    more = [tuple(f[:-1] if f in owners else f for f in p) for p in paths]
    return paths + [p for p in more if p not in paths][: MAX_ALT_PATHS - len(paths)]


def possessive_pairs(index: NameIndex) -> frozenset[tuple[str, str]]:
    """The (possessor, next word) pairs, folded, of the Latin-script names of *index* that hold
    a possessive inside ("United Nations Children's Fund": ("children", "fund"); "King's
    College London": ("king", "college")). The text splits the possessive off a word and a
    name run ends there ("Haftar's forces"); where the gazetteer writes a name across it, the
    run goes on (:func:`normx.detect.spans.find_spans`). The full names of bodies held by an
    acronym their initials do not spell count too (:mod:`normx.detect.acronym_names`)."""
    pairs: set[tuple[str, str]] = set()
    listed = listed_names()  # a body held by its acronym, named in full ("UNICEF")
    texts = [n.text for n in index.names if n.lang == "en"] + list(listed)
    for text in texts:
        if _APOSTROPHE.search(text) is None:
            continue
        for m in _POSSESSIVE_PAIR.finditer(text):
            pairs.add((fold(m.group(1)), fold(m.group(2))))
    return frozenset(pairs)
