"""The bare titles and short forms of a load (:func:`~normx.gazetteer.titles.with_bare_titles`),
cached on disk beside the compiled index.

Why: the rules read every name of every record (short forms, case forms, countries), and a
compiled load of 100,000 records spent 3.3 of its 4 s CPU there on *every* load, before the
cached index was even looked at (issue 3: a compiled 100,000-entity load <= 2 s). Its result is
a few aliases appended to some records, so the cache keeps only those: ``[index, id, added
English aliases, added Arabic aliases]`` per record changed, applied to the records as loaded.

The key (:func:`titles_key`) covers everything the result depends on, so nothing is ever
invalidated by hand:

* the loaded files' content hashes *in load order* (the entries are record positions), each
  with whether it is a shipped file (short forms are added to a user's records only);
* :func:`titles_fingerprint`: the code of the rules (``titles.py``, ``short_forms.py``,
  ``countries.py``, the detection lexicon), the lexicon's data, the shipped country files
  (what "a country" is), the name analysis (:func:`~normx.text.resources.analysis_fingerprint`)
  and the rules' switches (:data:`~normx.gazetteer.titles.COMMA_QUALIFIERS`).

A gazetteer built in memory (no files) is not cached: its records are not identified by a file
hash, and such gazetteers are small.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from normx.gazetteer import titles
from normx.gazetteer.cache import load_or_build, store
from normx.gazetteer.loader import Gazetteer
from normx.gazetteer.schema import Record
from normx.text.resources import analysis_fingerprint

__all__ = ["TITLES_CACHE_FORMAT", "cached_bare_titles", "titles_fingerprint", "titles_key"]

TITLES_CACHE_FORMAT = 1  # bump when the entry's layout changes
_KIND = "bare-titles"
_CODE = (
    ("normx.gazetteer", "titles.py"),
    ("normx.gazetteer", "short_forms.py"),
    ("normx.gazetteer", "data/short_forms.yaml"),  # short_forms' word lists
    ("normx.gazetteer", "countries.py"),
    ("normx.gazetteer", "peoples.py"),  # "Tuareg people" -> "Tuareg"
    ("normx.gazetteer", "shipped_aliases.py"),  # a shipped alias does not block a short form
    ("normx.gazetteer", "data/peoples.yaml"),
    ("normx.gazetteer", "titles_cache.py"),
    ("normx.detect", "lexicon.py"),
)


@lru_cache(maxsize=8)
def _fingerprint(country_files: tuple[str, ...], comma: bool) -> str:
    digest = hashlib.sha256(f"bare-titles/{TITLES_CACHE_FORMAT}/{comma}\n".encode())
    for package, name in _CODE:
        digest.update(f"{package}/{name}\n".encode())
        digest.update(resources.files(package).joinpath(name).read_bytes())
    data = resources.files("normx.detect").joinpath("data")
    for name in sorted(str(p.name) for p in data.iterdir() if p.name.endswith(".yaml")):
        digest.update(f"detect/{name}\n".encode() + data.joinpath(name).read_bytes())
    for path in country_files:
        digest.update(f"{path}\n".encode() + Path(path).read_bytes())
    digest.update(analysis_fingerprint().encode())
    return digest.hexdigest()


def titles_fingerprint() -> str:
    """A hash of everything but the gazetteer that decides :func:`with_bare_titles`'s result."""
    from normx.gazetteer.countries import _files  # the shipped country files, where they are

    return _fingerprint(_files(home=False), titles.COMMA_QUALIFIERS)


def titles_key(gaz: Gazetteer, shipped: set[str]) -> str:
    """The cache key of *gaz*'s bare titles, given the *shipped* file paths."""
    digest = hashlib.sha256(titles_fingerprint().encode())
    for f in gaz.files:
        digest.update(f"{f.sha256} {int(f.path in shipped)} {f.records}\n".encode())
    return f"{digest.hexdigest()[:40]}-b{TITLES_CACHE_FORMAT}-t{titles.TITLES_VERSION}"


def _additions(records: Sequence[Record], out: Sequence[Record]) -> list[list[object]] | None:
    """The aliases *out* appends to *records*, or None if it changes anything else."""
    added: list[list[object]] = []
    for i, (rec, new) in enumerate(zip(records, out, strict=True)):
        if new is rec:
            continue
        en, ar = new.aliases_en[len(rec.aliases_en) :], new.aliases_ar[len(rec.aliases_ar) :]
        if replace(rec, aliases_en=rec.aliases_en + en, aliases_ar=rec.aliases_ar + ar) != new:
            return None
        added.append([i, rec.id, list(en), list(ar)])
    return added


def _apply(records: Sequence[Record], data: object) -> tuple[Record, ...]:
    """*records* with the cached additions *data*; ValueError if they do not fit."""
    if not isinstance(data, list):
        raise ValueError("bare-titles entry is not a list")
    out = list(records)
    for item in data:
        if not (isinstance(item, list) and len(item) == 4 and isinstance(item[0], int)):
            raise ValueError("bad bare-titles item")
        i, rid, en, ar = item
        if not 0 <= i < len(out) or out[i].id != rid:
            raise ValueError("bare-titles entry is for other records")
        if not all(isinstance(x, list) and all(isinstance(s, str) for s in x) for x in (en, ar)):
            raise ValueError("bad bare-titles aliases")
        rec = out[i]
        out[i] = replace(
            rec, aliases_en=rec.aliases_en + tuple(en), aliases_ar=rec.aliases_ar + tuple(ar)
        )
    return tuple(out)


def cached_bare_titles(gaz: Gazetteer, shipped: set[str], *, use_cache: bool) -> tuple[Record, ...]:
    """``with_bare_titles(gaz.records, shipped=shipped)``, from the cache when it holds it."""
    records = gaz.records

    def compute() -> tuple[Record, ...]:
        return titles.with_bare_titles(records, shipped=shipped)

    if not use_cache or not gaz.files:
        return compute()
    key = titles_key(gaz, shipped)
    built: list[tuple[Record, ...]] = []

    def build() -> list[list[object]] | None:
        built.append(compute())
        return _additions(records, built[0])

    data = load_or_build(_KIND, key, build)
    if built:
        return built[0]
    if data is None:  # the rules changed more than aliases: never served from the cache
        return compute()
    try:
        return _apply(records, data)
    except ValueError:  # damaged or foreign entry: work it out again and replace it
        out = compute()
        store(_KIND, key, _additions(records, out))
        return out
