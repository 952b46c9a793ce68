"""Probe: the article evaluation with each set's gazetteer rewritten in other curators' styles.

normx is measured with gazetteers written *outside* the project, in styles we do not know. The
sets' test gazetteers (``tests/data/SET/gazetteer.yaml``) hold each entity under one Wikipedia
or GeoNames form and its Arabic name; a user's gazetteer may be a sanctions list, a Wikipedia
title dump, a catalogue in scholarly transliteration or an Arabic-only list. This script
rewrites a set's gazetteer in such styles (pure functions over the record contract's dicts,
so the rewritten file goes through the real loader) and scores ``canonicalize`` on the set's
articles with each (:func:`benchmarks.eval.articles.evaluate`), so a drop shows which style
normx does not yet absorb.

Styles (:data:`STYLES`; every rewrite keeps ids, types and Arabic names):

* ``plain``    the set's gazetteer as it is;
* ``noalias``  aliases dropped (canonical names only);
* ``sanction`` persons as sanctions lists write them: "AL-MISHRI, Khalid" (surname in capitals,
  comma, given names);
* ``capsur``   persons with the surname in capitals, in order: "Khalid AL-MISHRI";
* ``wiki``     Wikipedia titles with disambiguation qualifiers: "Khalid al-Mishri (politician)",
  "Gharyan, Libya", "Tripoli (Libya)", "High Council of State (Libya)";
* ``arabic``   a share (30 %) of the records keep only their Arabic name;
* ``alalc``    persons and places in ALA-LC-like transliteration: long vowels with macrons where
  the Arabic writes them, ayn marks (ʿ) where a word starts with ع: "Khālid al-Mishrī";
* ``din``      the same in DIN 31635-like letters: "Ḫālid al-Mišrī", ṯ ḏ ġ ǧ for th dh gh j;
* ``acronym``  bodies under their acronym, the full name as alias ("GNA" / "Government of ...");
* ``acralias`` the reverse: full name, acronym as alias;
* ``artspace`` the article written "Al Mishri" (capitalised, no hyphen);
* ``artglued`` the article glued: "Almishri";
* ``artdrop``  the article dropped: "Mishri".

Session 11 (each a habit of real outside gazetteers):

* ``comma``    every place but the countries with a comma qualifier: "Zawiya, Libya";
* ``geonames`` places as GeoNames / OSM hold them: the name in a local romanisation made from
  the Arabic letters (macrons, emphatic dots, ʿ, the ta marbuta as -ah: "Miṣratah", "Ṭripoli"),
  alternate names with its ASCII form, a French and a Russian form, one vowel of
  transliteration noise, and the English name itself for half of the records only;
* ``wikidata`` half of the persons with a father's name before the family name ("Khalifa
  Mohammed Haftar", Arabic left short), the other half with a rank or honorific ("Field Marshal
  ..."); bodies under a full official name ("... of the State of Libya"), acronym as alias;
* ``allcaps``  every English name in capitals ("GOVERNMENT OF NATIONAL ACCORD");
* ``lower``    every English name in lower case;
* ``retype``   half of the places typed ORG, half of the bodies typed LOC.

The father's names and ranks are fixed lists of common given names and ranks, the romanisation
comes from each record's own Arabic name: nothing is taken from the articles. (The French forms
of ``geonames`` may happen to spell a text's form, "Zouara": such a style can gain on a set.)

Acronyms are the initials of a body's capitalised words (or its id when that is one short
word); they come from the canonical name, never from the articles.

    .venv/bin/python -m benchmarks.eval.gazetteer_styles [--sets articles,articles-v3]
        [--styles plain,wiki] [--misses STYLE] [--write DIR]

Prints R / P / nil linked per style per set, then per style over all sets (micro), with the
change from ``plain``.

Session 11 figures: benchmarks/README.md ("Gazetteers in outside styles").

Measured (session 10, twelve sets, micro R / P; plain 0.974 / 0.989): before the fixes wiki
0.945 / 0.978 and arabic 0.942 / 0.978, every other style within 0.003 of plain; after them
(:mod:`normx.gazetteer.titles`, :mod:`normx.gazetteer.longer_names`, the cross-script rival
floor of :mod:`normx.gazetteer.inherit`) wiki 0.966 / 0.981 and arabic 0.963 / 0.985, plain
unchanged on every set. ``--misses STYLE`` lists the misses and wrong links of that style that
``plain`` does not have; ``--write DIR`` keeps the rewritten gazetteers.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import re
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from benchmarks.eval.articles import ROOT, Scores, evaluate, total

RecordDict = dict[str, Any]
Style = Callable[[RecordDict], RecordDict]

SETS = ("articles", "articles-fresh", *(f"articles-v{i}" for i in range(3, 14)))
ARABIC_SHARE = 0.3

# --- helpers ------------------------------------------------------------------------------------
_ARTICLE_RE = re.compile(r"\b([Aa]l|[Ee]l)[- ](?=[A-Za-z])")
# sun-letter assimilated articles, only when hyphenated ("as-Sarraj"): "As" alone is English
_SUN_RE = re.compile(r"\b([Aa][stdrzn]h?|[Ee][stdrzn])-(?=[A-Za-z])")
_LOWER_WORDS = {"of", "the", "in", "for", "and", "on", "to", "de", "du", "la", "al", "el"}


def _share(record_id: str, salt: str) -> float:
    """A stable pseudo-random number in [0, 1) for a record: the same records every run."""
    digest = hashlib.sha256(f"{salt}:{record_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def _names_en(r: RecordDict) -> list[str]:
    return list((r.get("aliases") or {}).get("en") or [])


def _map_en(r: RecordDict, fn: Callable[[str], str], *, aliases: bool = True) -> RecordDict:
    """The record with ``fn`` applied to its English name (and aliases)."""
    out = copy.deepcopy(r)
    name = out.get("name") or {}
    if name.get("en"):
        name["en"] = fn(name["en"])
    if aliases and _names_en(out):
        new = []
        for a in out["aliases"]["en"]:
            b = fn(a)
            if b and b != name.get("en") and b not in new:
                new.append(b)
        out["aliases"]["en"] = new
        if not new:
            del out["aliases"]["en"]
            if not out["aliases"]:
                del out["aliases"]
    return out


def _add_alias_en(r: RecordDict, alias: str) -> RecordDict:
    out = copy.deepcopy(r)
    if alias == (out.get("name") or {}).get("en"):
        return out
    aliases = out.setdefault("aliases", {})
    en = aliases.setdefault("en", [])
    if alias not in en:
        en.append(alias)
    return out


# --- styles -------------------------------------------------------------------------------------
def plain(r: RecordDict) -> RecordDict:
    return r


def no_alias(r: RecordDict) -> RecordDict:
    out = copy.deepcopy(r)
    out.pop("aliases", None)
    return out


def _split_surname(name: str) -> tuple[str, str] | None:
    """("Khalid", "al-Mishri") for "Khalid al-Mishri"; the surname is the last word, with an
    article written apart ("Abu Bakr al Baghdadi" -> "al Baghdadi"). None for one word."""
    words = name.split()
    if len(words) < 2:
        return None
    cut = len(words) - 1
    if cut >= 2 and words[cut - 1].lower() in {"al", "el", "abu", "bin", "ben", "ibn", "bu"}:
        cut -= 1
    return " ".join(words[:cut]), " ".join(words[cut:])


def sanction(r: RecordDict) -> RecordDict:
    """ "AL-MISHRI, Khalid": sanctions lists (UN, OFAC, EU) write surname first in capitals."""
    if r.get("type") != "PER":
        return r

    def fn(name: str) -> str:
        parts = _split_surname(name)
        return f"{parts[1].upper()}, {parts[0]}" if parts else name.upper()

    return _map_en(r, fn)


def caps_surname(r: RecordDict) -> RecordDict:
    """ "Khalid AL-MISHRI": the surname in capitals, order kept (Interpol, French lists)."""
    if r.get("type") != "PER":
        return r

    def fn(name: str) -> str:
        parts = _split_surname(name)
        return f"{parts[0]} {parts[1].upper()}" if parts else name.upper()

    return _map_en(r, fn)


_PER_QUALIFIERS = ("politician", "militia leader", "Libyan politician", "born 1960")


def wiki(r: RecordDict) -> RecordDict:
    """Wikipedia titles: a disambiguation qualifier on every canonical name (aliases kept,
    as Wikipedia redirects would be)."""
    pick = _share(r["id"], "wiki")
    kind = r.get("type")
    if kind == "PER":
        q = _PER_QUALIFIERS[int(pick * len(_PER_QUALIFIERS))]

        def fn(name: str) -> str:
            return f"{name} ({q})"
    elif kind == "LOC":

        def fn(name: str) -> str:
            if name == "Libya":
                return name
            return f"{name}, Libya" if pick < 0.5 else f"{name} (Libya)"
    else:

        def fn(name: str) -> str:
            return f"{name} (Libya)" if pick < 0.6 else f"{name} (organization)"

    name = (r.get("name") or {}).get("en") or ""
    if "(" in name or "," in name:
        return r  # a title has one qualifier: "Al Bayda, Yemen" stays as it is
    return _map_en(r, fn, aliases=False)


def arabic_only(r: RecordDict) -> RecordDict:
    """A share of the records (:data:`ARABIC_SHARE`) keep only their Arabic names."""
    name = r.get("name") or {}
    if not name.get("ar") or _share(r["id"], "arabic") >= ARABIC_SHARE:
        return r
    out = copy.deepcopy(r)
    out["name"] = {"ar": name["ar"]}
    if "aliases" in out:
        out["aliases"].pop("en", None)
        if not out["aliases"]:
            del out["aliases"]
    return out


_AR_LONG = "اوي"
_AR_ARTICLE = "ال"


def _arabic_words(r: RecordDict) -> list[str]:
    ar = (r.get("name") or {}).get("ar") or ""
    return [w.removeprefix(_AR_ARTICLE) if len(w) > 3 else w for w in ar.split()]


_FITS = {"ā": "ae", "ī": "iey", "ū": "uo"}  # English vowels a long vowel may be written with
_DIN = (
    ("Kh", "Ḫ"), ("kh", "ḫ"), ("Sh", "Š"), ("sh", "š"), ("Th", "Ṯ"), ("th", "ṯ"),
    ("Dh", "Ḏ"), ("dh", "ḏ"), ("Gh", "Ġ"), ("gh", "ġ"), ("J", "Ǧ"), ("j", "ǧ"),
)  # fmt: skip


def _respell_words(
    name: str, ar_words: list[str], respell: Callable[[str, str | None], str]
) -> str:
    """*name* with each word respelled after its article by *respell*, which is given the Arabic
    word the English word renders when the two names have as many words (else None); NFC."""
    words = name.split()
    pair = len(words) == len(ar_words)
    out = []
    for k, w in enumerate(words):
        m = _ARTICLE_RE.match(w)
        head, body = (w[: m.end()], w[m.end() :]) if m else ("", w)
        out.append(head + respell(body, ar_words[k] if pair else None))
    return unicodedata.normalize("NFC", " ".join(out))


def _scholarly_word(word: str, ar: str | None, din: bool) -> str:
    """One English word with macrons where the Arabic word writes a long vowel, and ʿ before a
    word whose Arabic starts with ع. Heuristic: the English vowel after the first consonant
    group gets the macron of the Arabic letter after the first consonant."""
    if not ar or not word[:1].isalpha():
        return word
    out = word
    # doubled vowels are long vowels in English spellings: Saeed, Mahmood
    for dbl, long in (("ee", "ī"), ("oo", "ū"), ("ou", "ū"), ("aa", "ā")):
        out = out.replace(dbl, long)
    letters = [c for c in ar if "\u0621" <= c <= "\u064a"]
    if len(letters) >= 2 and letters[1] in _AR_LONG and not any(c in out for c in "āīū"):
        # after a word-initial alif/hamza the long vowel is the word's first vowel (أوباري)
        start = 0 if letters[0] in "اأإآ" else 1
        m = re.search(r"[aeiou]", out[start:])
        if m:
            i = m.start() + start
            want = {"ا": "ā", "و": "ū", "ي": "ī"}[letters[1]]
            if out[i].lower() in _FITS[want]:  # "Issa" (عيسى): the a is not the ي
                out = out[:i] + (want.upper() if out[i].isupper() else want) + out[i + 1 :]
    if len(letters) >= 3 and letters[-1] == "ي" and out.endswith(("i", "y")):
        out = out[:-1] + "ī"  # nisba: al-Mishri -> al-Mishrī
    if letters and letters[0] == "ع" and out[0].lower() in "aeiou":
        out = "ʿ" + out
    if din:
        for a, b in _DIN:
            out = out.replace(a, b)
    return out


def _scholarly(r: RecordDict, din: bool) -> RecordDict:
    name_en = (r.get("name") or {}).get("en") or ""
    # places only when one word (after the article): "Nafusa Mountains" is half English
    one_place = r.get("type") == "LOC" and len(_ARTICLE_RE.sub("", name_en).split()) == 1
    if r.get("type") != "PER" and not one_place:
        return r
    ar_words = _arabic_words(r)

    def fn(name: str) -> str:
        return _respell_words(name, ar_words, lambda w, ar: _scholarly_word(w, ar, din))

    return _map_en(r, fn, aliases=False)


def alalc(r: RecordDict) -> RecordDict:
    return _scholarly(r, din=False)


def din(r: RecordDict) -> RecordDict:
    return _scholarly(r, din=True)


def acronym_of(r: RecordDict) -> str | None:
    """A body's acronym: its id when that is one short word (org:gna -> GNA), else the initials
    of its name's capitalised words (two or more)."""
    slug = r["id"].split(":", 1)[-1]
    if "-" not in slug and 2 <= len(slug) <= 7:
        return slug.upper()
    name = (r.get("name") or {}).get("en") or ""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _LOWER_WORDS]
    initials = "".join(w[0] for w in words if w[0].isupper())
    if len(initials) < 2 or len(initials) != len(words):
        return None
    return initials


def acronym(r: RecordDict) -> RecordDict:
    """Bodies under their acronym, the full name kept as an alias."""
    acr = acronym_of(r) if r.get("type") == "ORG" else None
    full = (r.get("name") or {}).get("en")
    if not acr or not full:
        return r
    out = copy.deepcopy(r)
    out["name"]["en"] = acr
    return _add_alias_en(out, full)


def acronym_alias(r: RecordDict) -> RecordDict:
    """Bodies under their full name, the acronym as an alias."""
    acr = acronym_of(r) if r.get("type") == "ORG" else None
    if not acr or not (r.get("name") or {}).get("en"):
        return r
    return _add_alias_en(r, acr)


def _article(repl: str | Callable[[re.Match[str]], str]) -> Style:
    """A style that rewrites the Arabic article of every English name with ``repl``."""

    def fn(name: str) -> str:
        return _glue(_SUN_RE.sub(repl, _ARTICLE_RE.sub(repl, name)))

    def style(r: RecordDict) -> RecordDict:
        return _map_en(r, fn)

    return style


_GLUE = "\x00"


def _glue(text: str) -> str:
    """ "Al<glue>Mishri" -> "Almishri": the glued name's next letter is lowercased."""
    return re.sub(_GLUE + r"(\w)", lambda m: m.group(1).lower(), text)


_art_space = _article(lambda m: m.group(1).capitalize() + " ")
_art_glued = _article(lambda m: m.group(1).capitalize() + _GLUE)
_art_drop = _article("")


# --- session 11: more outside habits ------------------------------------------------------------
_COUNTRIES_FILE = ROOT / "gazetteers" / "curated" / "countries.yaml"


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """The English names of the shipped countries (and Libya): no comma qualifier for them."""
    names = {"libya"}
    for rec in read_records(_COUNTRIES_FILE):
        names.update(n.casefold() for n in [rec["name"].get("en") or "", *_names_en(rec)])
    return frozenset(n for n in names if n)


def _is_country(r: RecordDict) -> bool:
    return ((r.get("name") or {}).get("en") or "").casefold() in _country_names()


def comma(r: RecordDict) -> RecordDict:
    """Places with a comma qualifier, as catalogues and Wikipedia titles write them: "Zawiya,
    Libya"; a place whose name has a feature word ("Square", "Airport", "Hospital"...) is
    qualified by the town it is in when the record's note or name says so, else by the
    country. Aliases are left bare (redirects); countries and names with a qualifier stay."""
    name = (r.get("name") or {}).get("en") or ""
    if r.get("type") != "LOC" or not name or "," in name or "(" in name or _is_country(r):
        return r
    out = copy.deepcopy(r)
    out["name"]["en"] = f"{name}, Libya"
    return out


# GeoNames / OSM: the name in a local romanisation, many alternate names --------------------------
_EMPHATIC = {"ط": "ṭ", "ص": "ṣ", "ض": "ḍ", "ح": "ḥ", "ظ": "ẓ"}
_LATIN_OF = {"ت": "t", "ط": "t", "س": "s", "ص": "s", "د": "d", "ض": "d", "ه": "h", "ح": "h",
             "ز": "z", "ظ": "z"}  # fmt: skip
_DIGRAPH_H = set("cksdtgzCKSDTGZ")  # an h after these is part of a digraph (kh, sh, th...)


def _dot_emphatics(word: str, ar: str) -> str:
    """*word* with the dots of the emphatic consonants its Arabic *ar* writes: "Misrata" /
    مصراتة -> "Miṣrata". Each of t s d h z is paired with the Arabic letters it may stand for,
    in order; when the counts disagree the word is left alone."""
    out = list(word)
    for latin in "tsdhz":
        arabic = [c for c in ar if _LATIN_OF.get(c) == latin]
        spots = [
            i
            for i, c in enumerate(word)
            if c.lower() == latin
            and not (latin == "h" and i and word[i - 1] in _DIGRAPH_H)
            and not (i + 1 < len(word) and word[i + 1] == "h" and latin != "h")
        ]
        if not arabic or len(arabic) != len(spots):
            continue
        for i, a in zip(spots, arabic, strict=True):
            if a in _EMPHATIC:
                dot = _EMPHATIC[a]
                out[i] = dot.upper() if word[i].isupper() else dot
    return unicodedata.normalize("NFC", "".join(out))


def _local_word(word: str, ar: str | None) -> str:
    if not ar or not word[:1].isalpha():
        return word
    out = _dot_emphatics(_scholarly_word(word, ar, din=False), ar)
    if ar.endswith("ة") and out.endswith("a"):
        out += "h"  # ta marbuta written: Misratah, Ajdabiyah
    return out


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("ʿ", "").replace("ʾ", ""))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_FRENCH = (("sh", "ch"), ("Sh", "Ch"), ("u", "ou"), ("oou", "ou"), ("w", "ou"), ("W", "Ou"))
_CYRILLIC = dict(zip("abvgdezijklmnoprstufhcwqx", "абвгдезийклмнопрстуфхцвкх", strict=True))
_CYRILLIC_PAIRS = {
    "sh": "ш", "kh": "х", "ch": "ч", "zh": "ж", "ya": "я", "yu": "ю", "y": "й", "j": "дж",
    "gh": "г", "th": "т", "dh": "д", "ou": "у",
}  # fmt: skip
_VOWEL_NOISE = (("e", "a"), ("a", "e"), ("u", "o"), ("o", "u"), ("i", "e"))


def _french(name: str) -> str:
    out = name
    for a, b in _FRENCH:
        out = out.replace(a, b)
    return re.sub(r"\bJ", "Dj", out)


def _cyrillic(name: str) -> str:
    out, i, low = [], 0, name.lower()
    while i < len(low):
        pair = low[i : i + 2]
        if pair in _CYRILLIC_PAIRS:
            c, i = _CYRILLIC_PAIRS[pair], i + 2
        else:
            c = _CYRILLIC_PAIRS.get(low[i]) or _CYRILLIC.get(low[i], low[i])
            i += 1
        out.append(c)
    return " ".join(w[:1].upper() + w[1:] for w in "".join(out).split(" "))


def _vowel_noise(name: str, pick: float) -> str:
    """One vowel of *name* written as its neighbour ("Benghazi" -> "Banghazi"): the noise of
    transliterations made by hand from unvowelled Arabic."""
    a, b = _VOWEL_NOISE[int(pick * len(_VOWEL_NOISE))]
    i = name.find(a, 1)
    return name if i < 0 else name[:i] + b + name[i + 1 :]


def geonames(r: RecordDict) -> RecordDict:
    """Places as GeoNames / OSM hold them: the name in a local romanisation of the Arabic
    (macrons, emphatic dots, ʿ, the ta marbuta as -ah: "Miṣrātah"), and alternate names: its
    ASCII form, a French and a Russian form, one vowel of transliteration noise, the old aliases,
    and the English name itself for half of the records (the others have it only in a language
    field normx does not read)."""
    name_en = (r.get("name") or {}).get("en") or ""
    if r.get("type") != "LOC" or not name_en or _is_country(r):
        return r
    romanised = _respell_words(name_en, _arabic_words(r), _local_word)
    pick = _share(r["id"], "geonames")
    alternates = [_ascii(romanised), _french(name_en), _cyrillic(name_en)]
    alternates.append(_vowel_noise(name_en, _share(r["id"], "noise")))
    alternates += _names_en(r)
    if pick < 0.5:
        alternates.append(name_en)
    out = copy.deepcopy(r)
    out["name"]["en"] = romanised
    out.setdefault("aliases", {})["en"] = list(
        dict.fromkeys(a for a in alternates if a and a != romanised)
    )
    return out


# Wikidata: full nasab or a rank on persons; bodies under their full official name ---------------
_FATHERS = ("Mohammed", "Ali", "Omar", "Salem", "Abdullah", "Mustafa", "Ahmed", "Masoud")
_RANKS = ("Field Marshal", "Sheikh", "Dr.", "General", "Colonel", "Major General")


def wikidata(r: RecordDict) -> RecordDict:
    """Wikidata labels: half of the persons with a father's name before the family name
    ("Khalid Mohammed al-Mishri": the full nasab), the other half with a rank or honorific
    ("Field Marshal ..."); bodies under a full official name ("... of the State of Libya") with
    their acronym as an alias; places as they are. Aliases kept."""
    name = (r.get("name") or {}).get("en") or ""
    if not name or "(" in name or "," in name:
        return r
    pick = _share(r["id"], "wikidata")
    if r.get("type") == "PER":
        parts = _split_surname(name)
        if pick < 0.5:
            if not parts:
                return r
            father = _FATHERS[int(_share(r["id"], "father") * len(_FATHERS))]
            new = f"{parts[0]} {father} {parts[1]}"
        else:
            new = f"{_RANKS[int(_share(r['id'], 'rank') * len(_RANKS))]} {name}"
    elif r.get("type") == "ORG":
        acr = acronym_of(r)
        new = name if "Libya" in name else f"{name} of the State of Libya"
        out = copy.deepcopy(r)
        out["name"]["en"] = new
        return _add_alias_en(out, acr) if acr else out
    else:
        return r
    out = copy.deepcopy(r)
    out["name"]["en"] = new
    return out


# letter case, and types ------------------------------------------------------------------------
def all_caps(r: RecordDict) -> RecordDict:
    """Every English name in capitals, as many lists and old catalogues write them."""
    return _map_en(r, str.upper)


def lower_case(r: RecordDict) -> RecordDict:
    """Every English name in lower case, as keys and tag lists write them."""
    return _map_en(r, str.lower)


def retype(r: RecordDict) -> RecordDict:
    """Half of the places typed ORG and half of the bodies typed LOC: lists that type by where
    a thing is, or type every institution with a seat as a place."""
    kind = r.get("type")
    if kind not in ("LOC", "ORG") or _share(r["id"], "retype") >= 0.5:
        return r
    out = copy.deepcopy(r)
    out["type"] = "ORG" if kind == "LOC" else "LOC"
    return out


STYLES: dict[str, Style] = {
    "plain": plain,
    "noalias": no_alias,
    "sanction": sanction,
    "capsur": caps_surname,
    "wiki": wiki,
    "arabic": arabic_only,
    "alalc": alalc,
    "din": din,
    "acronym": acronym,
    "acralias": acronym_alias,
    "artspace": _art_space,
    "artglued": _art_glued,
    "artdrop": _art_drop,
    "comma": comma,
    "geonames": geonames,
    "wikidata": wikidata,
    "allcaps": all_caps,
    "lower": lower_case,
    "retype": retype,
}


def rewrite(records: Sequence[RecordDict], style: str) -> list[RecordDict]:
    """The records in ``style`` (a key of :data:`STYLES`)."""
    return [STYLES[style](r) for r in records]


def read_records(path: Path) -> list[RecordDict]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return list(data or [])


def write_records(records: Sequence[RecordDict], path: Path) -> None:
    path.write_text(
        yaml.safe_dump(list(records), allow_unicode=True, sort_keys=False, width=1000),
        encoding="utf-8",
    )


# --- evaluation ---------------------------------------------------------------------------------
def run_style(folder: Path, style: str, workdir: Path) -> Scores:
    records = rewrite(read_records(folder / "gazetteer.yaml"), style)
    path = workdir / f"{folder.name}-{style}.yaml"
    write_records(records, path)
    return total(evaluate(path, folder))


def _fmt(s: Scores, base: Scores | None) -> str:
    text = f"R={s.recall:.3f} P={s.precision:.3f} nil={s.nil_linked:2d}"
    if base is not None and s is not base:
        text += f" (dR {s.recall - base.recall:+.3f} dP {s.precision - base.precision:+.3f})"
    return text


def _diff(s: Scores, base: Scores) -> list[str]:
    """Misses and wrong links of ``s`` that ``base`` does not have."""
    had_miss = {(m.gold.start, m.gold.text) for m in base.missed}
    had_wrong = {(w.mention.start, w.mention.text, w.mention.id) for w in base.wrong}
    out = []
    for m in s.missed:
        if (m.gold.start, m.gold.text) not in had_miss:
            pred = ", ".join(f"{p.text!r}->{p.id}" for p in m.predicted) or "not detected"
            out.append(f"    missed {m.gold.text!r} ({m.gold.id}): {pred}")
    for w in s.wrong:
        if (w.mention.start, w.mention.text, w.mention.id) not in had_wrong:
            out.append(f"    wrong[{w.kind}] {w.mention.text!r} -> {w.mention.id}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="article scores per gazetteer style")
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--styles", default=",".join(STYLES))
    parser.add_argument("--misses", default="", help="comma-separated styles to list")
    parser.add_argument("--write", type=Path, help="keep the rewritten gazetteers here")
    args = parser.parse_args(argv)
    sets = [s for s in args.sets.split(",") if s]
    styles = [s for s in args.styles.split(",") if s]
    if "plain" not in styles:
        styles.insert(0, "plain")
    unknown = [s for s in styles if s not in STYLES]
    if unknown:
        parser.error(f"unknown style(s) {', '.join(unknown)}; known: {', '.join(STYLES)}")
    listed = {s for s in args.misses.split(",") if s}
    per_style: dict[str, list[Scores]] = {s: [] for s in styles}
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.write or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        for name in sets:
            folder = ROOT / "tests" / "data" / name
            base = None
            for style in styles:
                s = run_style(folder, style, workdir)
                base = base or s
                per_style[style].append(s)
                print(f"{name:15s} {style:9s} {_fmt(s, base)}", flush=True)
                if style in listed and _diff(s, base):
                    print("\n".join(_diff(s, base)), flush=True)
    print("over all sets (micro):")
    base_total = total(per_style[styles[0]])
    for style in styles:
        t = total(per_style[style])
        print(
            f"  {style:9s} {_fmt(t, base_total if style != 'plain' else None)}  "
            f"({t.found}/{t.gold}, {t.correct}/{t.linked})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
