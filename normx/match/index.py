"""The compiled name index: every gazetteer name analysed once, with look-up tables.

Candidate generation goes through these tables, never through a scan of all names:

* ``exact``: normalised name -> names (:func:`normx.text.normalize.normalize_name`);
* ``postings``: token form -> names containing it (alternative readings included);
* ``by_key``: phonetic key -> token forms with that key;
* ``deletes``: every key with one symbol deleted -> keys (a symmetric-deletion index, so a
  key with one symbol substituted, added, dropped or swapped is found without a scan).

The analysed names and the finished tables are plain data (:meth:`NameIndex.to_json` /
:meth:`NameIndex.from_json`), so the index is cached as JSON keyed on the gazetteer's content;
nothing executable is stored. Integer columns travel as base64 of little-endian int32 arrays and
strings as one joined string with lengths, so a 100,000-entity index loads in a fraction of a
second; a loaded index makes its :class:`IndexedName` objects on first access
(:class:`LazyNames`), since a query touches a few hundred of them.
"""

from __future__ import annotations

import base64
import gc
import sys
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from functools import cached_property
from itertools import accumulate
from typing import Any, overload

import numpy as np
import numpy.typing as npt

from normx.gazetteer.schema import Record
from normx.match.kernels import module as _kernels
from normx.match.score import TokenWeights, compound_head, deletions
from normx.text.arabic import glued_splits, strip_marks
from normx.text.normalize import (
    NAME,
    NameToken,
    analyse_name,
    core_tokens,
    normalize_name,
)
from normx.text.romanize import romanize

INDEX_FORMAT = 8  # 8: an Arabic word glued after a non-joining letter read as its two halves;
# 4: token rows carry the article flag; 5: token_of keeps alternative readings;
# 6: an Abd compound's name is also filed under the compound's head (head_only counts them);
# 7: token rows carry the named flag (a place word with the article, NameToken.named)


def _form_token(tok: NameToken, form: str, key: str) -> NameToken:
    """The token the matcher compares for an index *form*: a name token's own form keeps its
    alternative readings (so the indexed matcher scores a pair exactly as the scorer over the
    name's tokens does: 'Bousahmein' is also 'Bu Sahmein'); a form that is itself one of those
    readings stands alone."""
    alts = tok.alts if form == tok.form else ()
    return NameToken(form, key, tok.kind, alts)


def _unglued(names: list[IndexedName], records: tuple[Record, ...]) -> list[IndexedName]:
    """*names* with each Arabic word that is two name parts run together read as the two.

    Arabic letters that do not join the next one (:data:`normx.text.arabic.NON_JOINING`) hide
    a missing space: حسن ظاهرعويس (Hassan Dahir Aweys) looks like three words, and a query
    naming him "Hassan Dahir Awes" meets one token ظاهرعويس that Dahir is far from. A word is read
    as its halves when both are name parts other Arabic names of the gazetteer hold (ظاهر,
    عويس) and no other name holds the word itself: a real name (سعداوي, ابراهيم) is written
    alike elsewhere, or one of its halves is no name part (ابر + اهيم). Persons' names only,
    and halves held by persons' names: a place's name is one word that may hold two others
    by chance (أبيدجان Abidjan is no أبيد + جان, القرضابية no قرضا + بية). Only the name's
    tokens change (its text and normalised form stay as written)."""
    person = [records[name.entity].type == "PER" and name.lang == "ar" for name in names]
    held: dict[str, int] = defaultdict(int)
    for name, own in zip(names, person, strict=True):
        if own:
            for form in {t.form for t in name.tokens}:
                held[form] += 1
    out = names
    for i, name in enumerate(names):
        if not person[i]:
            continue
        split = _unglued_tokens(name, held)
        if split is not None:
            if out is names:
                out = list(names)
            out[i] = IndexedName(
                name.entity, name.text, name.lang, name.canonical, name.normalized, split
            )
    return out


def _unglued_tokens(name: IndexedName, held: dict[str, int]) -> tuple[NameToken, ...] | None:
    """The tokens of *name* with its glued words split (:func:`_unglued`), or None."""
    words = strip_marks(name.text).split()
    changed = False
    for wi, word in enumerate(words):
        article = "ال" if word.startswith("ال") and len(word) > 3 else ""
        stem = word[len(article) :]
        if stem.startswith("عبد") or held.get(romanize(stem), 0) > 1:
            continue  # the analyser's glued Abd; a word another name writes so is a word
        best: tuple[int, str] | None = None
        for left, right in glued_splits(stem):
            rest = right[2:] if right.startswith("ال") else right
            count = min(held.get(romanize(left), 0), held.get(romanize(rest), 0))
            if count and (best is None or count > best[0]):
                best = (count, f"{article}{left} {right}")
        if best is not None:
            words[wi] = best[1]
            changed = True
    if not changed:
        return None
    tokens = core_tokens(analyse_name(" ".join(words)))
    if len(tokens) <= len(name.tokens) or any(
        t.kind != NAME for t in tokens if t.form not in {u.form for u in name.tokens}
    ):
        return None  # a half read as a particle or title, or joined into a compound
    return tokens


@dataclass(frozen=True, slots=True)
class IndexedName:
    """One name of one entity, analysed."""

    entity: int
    text: str
    lang: str
    canonical: bool
    normalized: str
    tokens: tuple[NameToken, ...]  # core tokens only


_new_name = object.__new__
(_set_entity, _set_text, _set_lang, _set_canonical, _set_normalized, _set_tokens) = (
    getattr(IndexedName, f.name).__set__ for f in fields(IndexedName)
)
# the slot descriptors, for the compiled making of a name (LazyNames; None: pure Python)
_SLOTS = tuple(getattr(IndexedName, f.name) for f in fields(IndexedName))
_MAKE_NAME = getattr(_kernels, "make_name", None)


def _pack_ints(values: Iterable[int]) -> str:
    arr = array("i", values)
    if sys.byteorder != "little":
        arr.byteswap()
    return base64.b64encode(arr.tobytes()).decode("ascii")


def _unpack_ints(text: str) -> array[int]:
    arr = array("i")
    arr.frombytes(base64.b64decode(text, validate=True))
    if sys.byteorder != "little":
        arr.byteswap()
    return arr


def _pack_strings(values: list[str]) -> list[str]:
    """Strings as [joined, base64 offsets] (offsets: n + 1 of them, so any character may
    appear in a string)."""
    return ["".join(values), _pack_ints(accumulate((len(v) for v in values), initial=0))]


class LazyNames(Sequence[IndexedName]):
    """The names of a cached index, each made into an :class:`IndexedName` when first read.

    Columns: entity ids, languages ("e"/"a" per name), canonical flags ("0"/"1"), texts and
    normalised forms (joined, with offsets), and token ids into the shared token table.
    """

    def __init__(
        self,
        entity: array[int],
        lang: str,
        canonical: str,
        text: tuple[str, array[int]],
        normalized: tuple[str, array[int]],
        token_ids: tuple[array[int], array[int]],
        tokens: list[NameToken],
    ) -> None:
        self._entity = entity
        self._lang = lang
        self._canonical = canonical
        self._text = text
        self._normalized = normalized
        self._token_ids = token_ids
        self._tokens = tokens
        self._made: list[IndexedName | None] = [None] * len(entity)
        # the columns as the compiled maker reads them (normx/_kernels.c, make_name)
        self._columns = (entity, lang, canonical, *text, *normalized, *token_ids, tokens)

    def __len__(self) -> int:
        return len(self._made)

    @property
    def made(self) -> list[IndexedName | None]:
        """The names made so far, by number (None where not yet read): a reader that meets
        many names (the ranker) looks here first and calls ``self[i]`` only for a None."""
        return self._made

    @overload
    def __getitem__(self, i: int) -> IndexedName: ...
    @overload
    def __getitem__(self, i: slice) -> list[IndexedName]: ...
    def __getitem__(self, i: int | slice) -> IndexedName | list[IndexedName]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        name = self._made[i]
        if name is None:
            if i < 0:
                i += len(self._made)
            if _MAKE_NAME is not None:
                # the method below in C (a first matcher pass over a 100,000-entity index
                # makes ~21k names; ~4 us each here): the same fields, set the same way
                name = self._made[i] = _MAKE_NAME(IndexedName, _SLOTS, self._columns, i)
                return name
            text, tx = self._text
            norm, nx = self._normalized
            ids, ix = self._token_ids
            # slot by slot (the frozen constructor sets each field through object.__setattr__):
            # a first matcher pass over a 40,000-entity index makes ~40k names
            name = _new_name(IndexedName)
            _set_entity(name, self._entity[i])
            _set_text(name, text[tx[i] : tx[i + 1]])
            _set_lang(name, "ar" if self._lang[i] == "a" else "en")
            _set_canonical(name, self._canonical[i] == "1")
            _set_normalized(name, norm[nx[i] : nx[i + 1]])
            _set_tokens(name, tuple(map(self._tokens.__getitem__, ids[ix[i] : ix[i + 1]])))
            self._made[i] = name
        return name

    def __iter__(self) -> Iterator[IndexedName]:
        for i in range(len(self._made)):
            yield self[i]


PostingTable = tuple["npt.NDArray[np.intc]", dict[str, tuple[int, int]]]


class NameIndex:
    """Analysed names of a list of records, with candidate look-up tables."""

    _posting_table: PostingTable | None = None
    # the compiled cache's key of this index (normx.gazetteer.compiled), when it came through
    # that cache: it identifies the records and names, so tables made from them can be cached
    # under it too (normx.mt.gloss_index); None for an index built in memory
    cache_key: str | None = None

    def __init__(self, records: tuple[Record, ...], names: Sequence[IndexedName]) -> None:
        self.records = records
        self.names = names
        exact_lists: dict[str, list[int]] = defaultdict(list)
        self.postings: dict[str, list[int]] = defaultdict(list)
        self.by_key: dict[str, set[str]] = defaultdict(set)
        self.deletes: dict[str, set[str]] = defaultdict(set)
        self.token_of: dict[str, NameToken] = {}
        # how many of a form's postings are names that hold it only as an Abd compound's head
        self.head_only: dict[str, int] = {}
        self.arabic_forms: set[str] = set()  # forms that come from Arabic-script names
        self.latin_forms: set[str] = set()  # forms that come from Latin-script names
        postings, by_key, token_of = self.postings, self.by_key, self.token_of
        for i, name in enumerate(names):
            if name.normalized:
                exact_lists[name.normalized].append(i)
            script_forms = self.arabic_forms if name.lang == "ar" else self.latin_forms
            for tok in name.tokens:
                for form, key in ((tok.form, tok.key), *tok.alts):
                    plist = postings[form]
                    if plist and plist[-1] == i:
                        continue  # a name lists a form once, even if two tokens share it
                    plist.append(i)
                    if form not in token_of:
                        token_of[form] = _form_token(tok, form, key)
                        if key:
                            by_key[key].add(form)
                    elif form == tok.form and tok.alts and not token_of[form].alts:
                        token_of[form] = _form_token(tok, form, key)
                    script_forms.add(form)
            self._file_heads(i, name.tokens, script_forms)
        for key in self.by_key:
            for d in deletions(key):
                self.deletes[d].add(key)
        # tuples: see from_json (the same type either way)
        self.exact: dict[str, tuple[int, ...]] = {k: tuple(v) for k, v in exact_lists.items()}
        self.postings = dict(self.postings)
        self.by_key = dict(self.by_key)
        self.deletes = dict(self.deletes)

    def _file_heads(self, i: int, tokens: tuple[NameToken, ...], script_forms: set[str]) -> None:
        """File name *i* under the head of each Abd compound it holds (Abd al-Hamid under
        "hamid": :func:`normx.match.score.compound_head`), so that a query writing the head
        alone ("Hamid Masli") reaches the name through that token; the scorer pairs the two
        at a discount (:data:`normx.match.score.HEAD_FACTOR`). The similarity the matcher
        finds through the head form is the undiscounted one: still an upper bound."""
        postings, token_of = self.postings, self.token_of
        for tok in tokens:
            head = compound_head(tok)
            if head is None:
                continue
            plist = postings.setdefault(head.form, [])
            if plist and plist[-1] == i:
                continue  # the name holds the head itself, or another compound with it
            plist.append(i)
            self.head_only[head.form] = self.head_only.get(head.form, 0) + 1
            if head.form not in token_of:
                token_of[head.form] = head
                if head.key:
                    self.by_key.setdefault(head.key, set()).add(head.form)
            script_forms.add(head.form)

    @cached_property
    def weights(self) -> TokenWeights:
        """Token weights from how many names hold each phonetic key (the informativeness of a
        name part); worked out from the postings on first use, so nothing new is cached. Names
        filed under a form only as an Abd compound's head do not count: Abd al-Hamid does not
        make Hamid a commoner name."""
        counts: dict[str, int] = {}
        postings, head_only = self.postings, self.head_only
        for key, forms in self.by_key.items():
            counts[key] = sum(len(postings[f]) - head_only.get(f, 0) for f in forms)
        return TokenWeights(counts, len(self.names))

    @property
    def posting_table(self) -> PostingTable:
        """The postings as one int32 array and each form's (start, end) in it: the matcher sums
        candidate bounds over them with numpy. A cached index already holds the array (shared,
        not copied); a built one makes it on first use."""
        table = self._posting_table
        if table is None:
            spans: dict[str, tuple[int, int]] = {}
            start = 0
            for form, plist in self.postings.items():
                spans[form] = (start, start + len(plist))
                start += len(plist)
            ids = np.fromiter(
                (i for plist in self.postings.values() for i in plist), np.intc, count=start
            )
            table = self._posting_table = (ids, spans)
        return table

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
        return cls(recs, _unglued(names, recs))

    def to_json(self) -> dict[str, Any]:
        """The analysed names and finished look-up tables as plain JSON data (records are
        cached separately).

        Distinct tokens are stored once in a table and names refer to them by position; forms
        are listed in the order the tables first met them, so a loaded index iterates its
        sets in the same order as a freshly built one (ties rank alike either way).
        """
        table: dict[NameToken, int] = {}
        token_ids: list[int] = []
        token_offsets = [0]
        for n in self.names:
            token_ids.extend(table.setdefault(t, len(table)) for t in n.tokens)
            token_offsets.append(len(token_ids))
        norms = [n.normalized for n in self.names]
        groups: dict[str, list[int]] = {}
        for i, norm in enumerate(norms):
            groups.setdefault(norm, []).append(i)
        forms = list(self.token_of)
        script = [
            ("a" if f in self.arabic_forms else "") + ("l" if f in self.latin_forms else "")
            for f in forms
        ]
        postings = [self.postings[f] for f in forms]
        return {
            "format": INDEX_FORMAT,
            "tokens": [
                [t.form, t.key, t.kind, [list(a) for a in t.alts], int(t.article), int(t.named)]
                for t in table
            ],
            "names": {
                "entity": _pack_ints(n.entity for n in self.names),
                "lang": "".join("a" if n.lang == "ar" else "e" for n in self.names),
                "canonical": "".join("1" if n.canonical else "0" for n in self.names),
                "text": _pack_strings([n.text for n in self.names]),
                "normalized": _pack_strings(norms),
                "token_ids": [_pack_ints(token_ids), _pack_ints(token_offsets)],
            },
            # normalised forms shared by several names (the others map to their one name)
            "shared_normalized": {k: v for k, v in groups.items() if len(v) > 1 and k},
            "forms": [
                [f, t.key, t.kind, [list(a) for a in t.alts]]
                for f, t in zip(forms, map(self.token_of.__getitem__, forms), strict=True)
            ],
            "script": script,
            "head_only": self.head_only,
            "postings": [
                _pack_ints(i for p in postings for i in p),
                _pack_ints(accumulate((len(p) for p in postings), initial=0)),
            ],
        }

    @classmethod
    def from_json(cls, records: tuple[Record, ...], data: dict[str, Any]) -> NameIndex:
        """Rebuild the index from :meth:`to_json` output without re-analysing anything.

        Raises ValueError when *data* is not in this format (an old cache: rebuild it).
        """
        if not isinstance(data, dict) or data.get("format") != INDEX_FORMAT:
            raise ValueError("index cache format mismatch")
        was_enabled = gc.isenabled()
        gc.disable()  # many small objects, none cyclic: the collector would only slow this
        try:
            return cls._from_tables(records, data)
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise ValueError(f"index cache unreadable: {exc}") from exc
        finally:
            if was_enabled:
                gc.enable()

    @classmethod
    def _from_tables(cls, records: tuple[Record, ...], data: dict[str, Any]) -> NameIndex:
        tokens = [
            NameToken(f, k, kind, tuple((a, b) for a, b in alts), bool(article), bool(named))
            for f, k, kind, alts, article, named in data["tokens"]
        ]
        cols = data["names"]
        entity = _unpack_ints(cols["entity"])
        text, text_offsets = cols["text"][0], _unpack_ints(cols["text"][1])
        norm, norm_offsets = cols["normalized"][0], _unpack_ints(cols["normalized"][1])
        token_ids, token_offsets = (_unpack_ints(x) for x in cols["token_ids"])
        n = len(entity)
        # cheap checks (all in C) that the columns fit together: a damaged entry fails here,
        # not in the middle of a query
        if not (
            len(cols["lang"]) == len(cols["canonical"]) == n
            and len(text_offsets) == len(norm_offsets) == len(token_offsets) == n + 1
            and text_offsets[-1] == len(text)
            and norm_offsets[-1] == len(norm)
            and token_offsets[-1] == len(token_ids)
            and (not n or (min(entity) >= 0 and max(entity) < len(records)))
            and (not token_ids or (min(token_ids) >= 0 and max(token_ids) < len(tokens)))
        ):
            raise ValueError("name columns do not fit together")
        names = LazyNames(
            entity,
            cols["lang"],
            cols["canonical"],
            (text, text_offsets),
            (norm, norm_offsets),
            (token_ids, token_offsets),
            tokens,
        )
        index = cls.__new__(cls)
        index.records = records
        index.names = names
        # each normalised form maps to its one name, then the shared ones to all theirs. As
        # tuples of ints, not lists: a list is a container the cyclic collector walks in every
        # collection for as long as the index lives (~200k of them for 100,000 entities, 40% of
        # what a load leaves tracked), while the collector stops tracking a tuple of ints the
        # first time it meets one
        norms = map(norm.__getitem__, map(slice, norm_offsets, norm_offsets[1:]))
        exact: dict[str, tuple[int, ...]] = dict(zip(norms, zip(range(n)), strict=True))
        exact.pop("", None)
        exact.update((k, tuple(map(int, v))) for k, v in data["shared_normalized"].items())
        index.exact = exact
        forms = data["forms"]
        ids, bounds = (_unpack_ints(x) for x in data["postings"])
        if len(bounds) != len(forms) + 1 or bounds[-1] != len(ids):
            raise ValueError("postings do not fit the forms")
        index.postings = {
            f[0]: ids[a:b].tolist() for f, a, b in zip(forms, bounds[:-1], bounds[1:], strict=True)
        }
        index._posting_table = (
            np.frombuffer(ids, dtype=np.intc),
            {f[0]: (a, b) for f, a, b in zip(forms, bounds[:-1], bounds[1:], strict=True)},
        )
        # token_of, by_key and deletes filled in the order a fresh build fills them
        index.token_of = {}
        by_key: dict[str, set[str]] = defaultdict(set)
        for form, key, kind, alts in forms:
            index.token_of[form] = NameToken(form, key, kind, tuple(map(tuple, alts)))
            if key:
                by_key[key].add(form)
        index.by_key = dict(by_key)
        deletes: dict[str, set[str]] = defaultdict(set)
        for key in index.by_key:
            for d in deletions(key):
                deletes[d].add(key)
        index.deletes = dict(deletes)
        index.head_only = {str(f): int(c) for f, c in data["head_only"].items()}
        script = data["script"]
        index.arabic_forms = {f[0] for f, s in zip(forms, script, strict=True) if "a" in s}
        index.latin_forms = {f[0] for f, s in zip(forms, script, strict=True) if "l" in s}
        return index
