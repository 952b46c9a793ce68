"""French names of bodies in English copy: the French section of the gloss lexicon.

AFP house style keeps the French names of international and Libyan bodies in English articles
("the Gouvernement d'union nationale", "the Chambre des représentants", "the ONU"), while the
gazetteers hold those bodies under their English and Arabic names only. The French words are
glossed into Arabic like English ones, so the section's ``words`` join the English table
(:func:`with_french`, called by :func:`normx.mt.lexicon.build`); French elisions ("d'union",
"l'Etat") are split before glossing (:func:`without_elision`), since folding would glue the
article to the word. French acronyms (``acronyms``) cannot be glossed word by word: each names
one body by its English and Arabic names, and stands for it only when a gazetteer holds the
body under one of them (:func:`french_acronym_lookup`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from normx.gazetteer.schema import Record
from normx.text.arabic import has_arabic, has_latin, normalize_arabic
from normx.text.latin import APOSTROPHES, fold

SECTION = "french"
# the section's lists of plain words, then its two tables
LIST_KEYS = (
    "function_words",
    "generic",
    "also_english",
    "name_openers",
    "seats",
    "lower_heads",
    "head_adjectives",
    "lower_bodies",
    "eponym_bodies",
    "contractions",
)
KEYS = frozenset((*LIST_KEYS, "words", "acronyms"))
WORD_KEYS = frozenset({"ar", "source", "place"})
ACRONYM_KEYS = frozenset({"en", "ar", "source"})
SOURCE_PREFIX = "wikipedia:fr "
# "d'union", "l’Etat": an elided article or preposition, taken off so the word is glossed
_ELISION_RE = re.compile(r"(?<![^\W\d_])[dlDL][" + re.escape(APOSTROPHES) + r"](?=[^\W\d_])")


def without_elision(phrase: str) -> str:
    """*phrase* with French elided articles and prepositions (d', l') taken off."""
    if "'" not in phrase and "’" not in phrase and "‘" not in phrase:
        return phrase
    return _ELISION_RE.sub("", phrase)


def _problems(section: Any) -> list[str]:
    if not isinstance(section, dict):
        return [f"{SECTION}: must be a mapping"]
    out = [f"{SECTION}: unknown key {k!r}" for k in section if k not in KEYS]
    for name in LIST_KEYS:
        values = section.get(name, [])
        if not isinstance(values, list) or not all(
            isinstance(v, str) and v and not has_arabic(v) for v in values
        ):
            out.append(f"{SECTION}.{name}: must be a list of Latin-script words")
    words = section.get("words")
    if not isinstance(words, dict) or not words:
        out.append(f"{SECTION}.words: must be a non-empty mapping")
        words = {}
    for word, entry in words.items():
        where = f"{SECTION}.words.{word}"
        if not isinstance(word, str) or word != word.lower() or has_arabic(word):
            out.append(f"{where}: key must be a lower-case French word or phrase")
        out += _entry_problems(where, entry, WORD_KEYS)
        if isinstance(entry, dict):
            ar = entry.get("ar")
            if not isinstance(ar, list) or not ar or not all(_arabic(v) for v in ar):
                out.append(f"{where}: ar: must be a non-empty list of Arabic-script names")
            if "place" in entry and not isinstance(entry["place"], bool):
                out.append(f"{where}: place: must be true or false")
    acronyms = section.get("acronyms", {})
    if not isinstance(acronyms, dict):
        return [*out, f"{SECTION}.acronyms: must be a mapping"]
    for acronym, entry in acronyms.items():
        where = f"{SECTION}.acronyms.{acronym}"
        if not isinstance(acronym, str) or not acronym.isalpha() or not acronym.isupper():
            out.append(f"{where}: key must be an upper-case acronym")
        out += _entry_problems(where, entry, ACRONYM_KEYS)
        if isinstance(entry, dict):
            en, ar = entry.get("en"), entry.get("ar")
            if not isinstance(en, str) or not en or has_arabic(en):
                out.append(f"{where}: en: must be a Latin-script name")
            if not _arabic(ar):
                out.append(f"{where}: ar: must be an Arabic-script name")
    return out


def _arabic(value: Any) -> bool:
    return isinstance(value, str) and has_arabic(value) and not has_latin(value)


def _entry_problems(where: str, entry: Any, keys: frozenset[str]) -> list[str]:
    if not isinstance(entry, dict):
        return [f"{where}: entry must be a mapping"]
    out = [f"{where}: unknown key {k!r}" for k in entry if k not in keys]
    source = entry.get("source")
    if not isinstance(source, str) or not source.startswith(SOURCE_PREFIX):
        out.append(f"{where}: source: must start with {SOURCE_PREFIX!r} (a Wikipedia title)")
    return out


def french_problems(data: Any) -> list[str]:
    """Every problem in the French section of parsed lexicon *data* (none if it is absent)."""
    if not isinstance(data, dict) or SECTION not in data:
        return []
    return _problems(data[SECTION])


def with_french(data: dict[str, Any]) -> dict[str, Any]:
    """Lexicon *data* with the French words in the word table and the French function words
    among the function words; an entry both languages key alike keeps the renderings of both
    (English first); French kinds of body join the generic words. Data without a French section
    comes back unchanged."""
    section = data.get(SECTION)
    if not isinstance(section, dict):
        return data
    words = dict(data["words"])
    for word, entry in section.get("words", {}).items():
        key = fold(word)
        prev = words.get(key)
        if prev is None:
            words[key] = entry
        else:
            merged = list(dict.fromkeys([*prev["ar"], *entry["ar"]]))
            words[key] = {
                **prev,
                "ar": merged,
                "place": bool(prev.get("place")) or bool(entry.get("place")),
            }
    # a seat's "en" ("Mission ... en Libye") is a function word to the gloss scorer too
    french_function = [*section["function_words"], *section.get("seats", ())]
    function_words = list(dict.fromkeys([*data["function_words"], *french_function]))
    out = {**data, "words": words, "function_words": function_words}
    if "generic" in section:
        out["generic"] = list(dict.fromkeys([*data.get("generic", ()), *section["generic"]]))
    return out


@dataclass(frozen=True, slots=True)
class FrenchNames:
    """What the detector needs of the French section (folded forms)."""

    words: frozenset[str]  # single words of French entries (gloss words a French name holds)
    only_french: frozenset[str]  # of those, the ones English does not spell alike
    connectors: frozenset[str]  # French function words that may stand inside a name
    kinds: frozenset[str] = frozenset()  # kinds of body (generic): "mission", "commission"
    openers: frozenset[str] = frozenset()  # words a name in a complement follows: "de Libye"
    seats: frozenset[str] = frozenset()  # words of a kind's seat: "Mission ... en Libye"


def french_names(data: dict[str, Any], english_words: Iterable[str]) -> FrenchNames:
    """:class:`FrenchNames` from lexicon *data*; *english_words* are the English table's keys."""
    section = data.get(SECTION) or {}
    english = {w for key in english_words for w in fold(key).split()}
    english |= {fold(w) for w in section.get("also_english", ())}
    words = frozenset(
        w for key in section.get("words", {}) for w in fold(key).replace("-", " ").split()
    )
    # "au" (à le): a connector and opener to the detector only ("... au Tchad"), never a gloss
    # function word, since English "AU" is the African Union
    contractions = frozenset(fold(w) for w in section.get("contractions", ()))
    connectors = frozenset(fold(w) for w in section.get("function_words", ())) | contractions
    kinds = frozenset(fold(w) for w in section.get("generic", ()))
    openers = frozenset(fold(w) for w in section.get("name_openers", ())) | contractions
    seats = frozenset(fold(w) for w in section.get("seats", ()))
    return FrenchNames(words, words - english - connectors, connectors, kinds, openers, seats)


@cache
def shipped_data() -> dict[str, Any]:
    """The shipped lexicon file, parsed once for the French tables (detection and acronyms)."""
    from normx.mt.lexicon import read_lexicon_data

    data: dict[str, Any] = read_lexicon_data()
    return data


@cache
def _contraction_pattern() -> re.Pattern[str] | None:
    words = (shipped_data().get(SECTION) or {}).get("contractions", ())
    if not words:
        return None
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w'’-])")


def lower_contractions(phrase: str) -> str:
    """*phrase* without the French contractions written in lower case ("au" = à le: "Forces
    au Mali"). Folded, "au" is the English entry "AU", the African Union's short form, which
    its capitals say; written lower case inside a name it is the French function word, and
    the gloss reads the name's content words only."""
    pattern = _contraction_pattern()
    if pattern is None or not pattern.search(phrase):
        return phrase
    return " ".join(pattern.sub(" ", phrase).split())


@cache
def default_french_names() -> FrenchNames:
    """:func:`french_names` of the shipped lexicon, built once per process."""
    data = shipped_data()
    return french_names(data, data.get("words", {}))


# id, canonical name, type, the name the acronym abbreviates (normx.resolve.acronyms._Entry)
AcronymEntry = tuple[str, str, str, str]


def french_acronym_lookup(
    records: Iterable[Record], data: dict[str, Any] | None = None
) -> Callable[[str], AcronymEntry | None]:
    """The body a French acronym stands for among *records*, if exactly one holds its English
    or Arabic name (folded, normalised); a body no gazetteer holds is not guessed."""
    if data is None:
        data = shipped_data()
    acronyms = (data.get(SECTION) or {}).get("acronyms") or {}
    wanted: dict[tuple[str, str], list[str]] = {}
    for acronym, entry in acronyms.items():
        wanted.setdefault(("en", fold(entry["en"])), []).append(acronym)
        wanted.setdefault(("ar", normalize_arabic(entry["ar"])), []).append(acronym)
    found: dict[str, dict[str, AcronymEntry]] = {}
    for rec in records:
        if rec.type != "ORG":
            continue
        for lang, norm in (("en", fold), ("ar", normalize_arabic)):
            for name in rec.names(lang):
                for acronym in wanted.get((lang, norm(name)), ()):
                    entry = (rec.id, rec.canonical, rec.type, name)
                    found.setdefault(acronym, {}).setdefault(rec.id, entry)
    table = {a: next(iter(e.values())) for a, e in found.items() if len(e) == 1}

    def lookup(acronym: str) -> AcronymEntry | None:
        return table.get(acronym)

    return lookup


def with_french_acronyms(
    known: Callable[[str, bool], AcronymEntry | None], records: Iterable[Record]
) -> Callable[[str, bool], AcronymEntry | None]:
    """*known* (the gazetteers' own acronyms, :func:`normx.resolve.acronyms.gazetteer_acronyms`)
    falling back on the French acronyms of the bodies *records* hold ("ONU", "OIM"); a dotted
    acronym ("U.E.") is left to *known*."""
    french = french_acronym_lookup(records)

    def lookup(acronym: str, dotted: bool) -> AcronymEntry | None:
        found = known(acronym, dotted)
        return found if found is not None or dotted else french(acronym)

    return lookup
