"""The English -> Arabic gloss lexicon (``normx/mt/data/gloss.yaml``), loaded and validated.

The lexicon is data with a source per entry (see the file's header); this module only reads
it, checks it, and turns it into look-up tables: English word sequences (function words taken
out, so "chief of staff" is the key ``("chief", "staff")``) -> entry, and transliterated Arabic
words -> entry. Arabic renderings are kept as tuples of normalised words.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from normx.errors import NormxError
from normx.mt.arwords import arabic_words
from normx.mt.french import SECTION as FRENCH
from normx.mt.french import french_problems, with_french
from normx.text.arabic import has_arabic, has_latin
from normx.text.latin import fold, split_words

LEXICON_FILE = "gloss.yaml"
SECTIONS = ("words", "transliterated")
# sections of more ``words`` a lexicon may add, kept apart in the file by language or topic
OPTIONAL_SECTIONS = ("words_facilities_en",)
LIST_KEYS = ("function_words", "arabic_function_words", "head_nouns", "generic", "weak_arabic")
# lists a lexicon may leave out (empty then)
OPTIONAL_LIST_KEYS = ("portfolios", "meetings", "unsaid_kinds")
ENTRY_KEYS = frozenset({"ar", "source", "place"})
SOURCE_PREFIXES = ("curated", "rigour:")


class LexiconError(NormxError):
    """The gloss lexicon file is malformed; carries every problem found."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("gloss lexicon: " + "; ".join(problems))


@dataclass(frozen=True, slots=True)
class GlossEntry:
    """One lexicon entry: an English word or phrase and its Arabic renderings."""

    english: str
    key: tuple[str, ...]
    renderings: tuple[tuple[str, ...], ...]  # normalised Arabic words, function words out
    source: str
    place: bool
    transliterated: bool


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Look-up tables built from the lexicon file."""

    entries: dict[tuple[str, ...], GlossEntry]
    transliterated: dict[str, GlossEntry]
    function_words: frozenset[str]
    arabic_function_words: frozenset[str]
    head_nouns: frozenset[str]
    generic: frozenset[str]
    weak_arabic: frozenset[str]
    max_key: int
    portfolios: frozenset[str] = frozenset()  # fields every country has a body for (justice)
    meetings: frozenset[str] = frozenset()  # words of a gathering (conference): no seat
    # kinds of firm its Arabic name may leave unsaid ("Company of the Turkish Airlines":
    # شركة الخطوط الجوية التركية, the name الخطوط الجوية التركية)
    unsaid_kinds: frozenset[str] = frozenset()

    def arabic_content(self, text: str) -> tuple[str, ...]:
        """Normalised Arabic words of *text* with Arabic function words left out."""
        return tuple(w for w in arabic_words(text) if w not in self.arabic_function_words)


def english_key(text: str, function_words: frozenset[str]) -> tuple[str, ...]:
    """Folded English words of *text*, hyphen parts split, function words left out."""
    parts = [p for word in split_words(fold(text)) for p in word]
    return tuple(p for p in parts if p not in function_words)


def validate(data: Any) -> list[str]:
    """Every problem in parsed lexicon data (empty when it is valid)."""
    if not isinstance(data, dict):
        return ["top level must be a mapping"]
    problems: list[str] = []
    allowed = set(SECTIONS) | set(OPTIONAL_SECTIONS) | set(LIST_KEYS) | set(OPTIONAL_LIST_KEYS)
    allowed |= {FRENCH}
    problems += french_problems(data)  # normx.mt.french
    problems += [f"unknown section {k!r}" for k in data if k not in allowed]
    optional = [k for k in OPTIONAL_LIST_KEYS if k in data]
    for name in (*LIST_KEYS, *optional):
        values = data.get(name)
        if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
            problems.append(f"{name}: must be a list of non-empty strings")
            continue
        arabic = name.startswith(("arabic", "weak_arabic"))
        for v in values:
            if arabic != has_arabic(v) or (arabic and has_latin(v)):
                problems.append(f"{name}: {v!r}: wrong script")
        if len(set(values)) != len(values):
            problems.append(f"{name}: duplicate values")
    for section in (*SECTIONS, *(k for k in OPTIONAL_SECTIONS if k in data)):
        entries = data.get(section)
        if not isinstance(entries, dict) or not entries:
            problems.append(f"{section}: must be a non-empty mapping")
            continue
        for word, entry in entries.items():
            problems += [f"{section}.{word}: {p}" for p in _entry_problems(word, entry)]
    return problems


def _entry_problems(word: Any, entry: Any) -> list[str]:
    if not isinstance(word, str) or word != word.lower() or not word.strip() or has_arabic(word):
        return ["key must be a lower-case English (Latin) word or phrase"]
    if not isinstance(entry, dict):
        return ["entry must be a mapping with ar and source"]
    out = [f"unknown key {k!r}" for k in entry if k not in ENTRY_KEYS]
    ar = entry.get("ar")
    if not isinstance(ar, list) or not ar:
        out.append("ar: must be a non-empty list")
    else:
        for value in ar:
            if not isinstance(value, str) or not has_arabic(value) or has_latin(value):
                out.append(f"ar: {value!r} is not Arabic script")
    source = entry.get("source")
    if not isinstance(source, str) or not source.strip():
        out.append("source: missing")
    else:
        for part in source.split(";"):
            if not part.strip().startswith(SOURCE_PREFIXES):
                out.append(f"source: {part.strip()!r} is not curated or rigour:<group>")
    if "place" in entry and not isinstance(entry["place"], bool):
        out.append("place: must be true or false")
    return out


def build(data: dict[str, Any]) -> Lexicon:
    """Look-up tables from validated lexicon data."""
    data = with_french(data)  # French names of bodies in English copy (normx.mt.french)
    function_words = frozenset(fold(w) for w in data["function_words"])
    ar_function = frozenset(w for v in data["arabic_function_words"] for w in arabic_words(v))

    def entry(english: str, raw: dict[str, Any], translit: bool) -> GlossEntry:
        renderings = tuple(
            r
            for r in (
                tuple(w for w in arabic_words(text) if w not in ar_function) for text in raw["ar"]
            )
            if r
        )
        return GlossEntry(
            english,
            english_key(english, function_words),
            renderings,
            raw["source"],
            bool(raw.get("place", False)),
            translit,
        )

    more = [data[k] for k in OPTIONAL_SECTIONS if k in data]
    words = [entry(k, v, False) for d in (data["words"], *more) for k, v in d.items()]
    translit = [entry(k, v, True) for k, v in data["transliterated"].items()]
    weak = frozenset(w for v in data["weak_arabic"] for w in arabic_words(v))
    return Lexicon(
        entries={e.key: e for e in words if e.key},
        transliterated={e.key[0]: e for e in translit if len(e.key) == 1},
        function_words=function_words,
        arabic_function_words=ar_function,
        head_nouns=frozenset(fold(w) for w in data["head_nouns"]),
        generic=frozenset(fold(w) for w in data["generic"]),
        weak_arabic=weak,
        max_key=max(len(e.key) for e in words),
        portfolios=frozenset(fold(w) for w in data.get("portfolios", ())),
        meetings=frozenset(fold(w) for w in data.get("meetings", ())),
        unsaid_kinds=frozenset(fold(w) for w in data.get("unsaid_kinds", ())),
    )


def read_lexicon_data() -> Any:
    """The parsed lexicon file shipped in the package, its French section completed with the
    French adjectives of nationality (:func:`with_french_demonyms`)."""
    path = resources.files("normx.mt").joinpath("data", LEXICON_FILE)
    return with_french_demonyms(yaml.safe_load(path.read_text(encoding="utf-8")))


def with_french_demonyms(data: Any) -> Any:
    """*data* with each French adjective of a country (the ``fr`` forms of
    ``normx/gazetteer/data/country_demonyms.yaml``) a word of its French section, glossed as
    the country's English adjective is (``turc`` as ``turkish``: التركية, التركي, تركيا), when
    the English table holds that adjective and the French section does not hold the form yet.

    French writes the adjective in lower case after the body ("le Parlement turc", "le
    gouvernement syrien"); a form the French section lacked ended the French name at its head,
    so "Parlement" alone was read and glossed to Libya's parliament (articles-v57). The
    adjective is a word of the name then, and the gloss reads the country it says (session 36,
    h-fr2). The section's own entries, written by hand from French Wikipedia titles, stay as
    written. Data that is no lexicon mapping with a French section is returned as is."""
    if not isinstance(data, dict):
        return data
    section = data.get("french")
    words = data.get("words")
    if not isinstance(section, dict) or not isinstance(words, dict):
        return data
    french = section.get("words")
    if not isinstance(french, dict):
        return data
    from normx.gazetteer.demonyms import demonym_table

    added: dict[str, Any] = {}
    for country, langs in demonym_table().items():
        english = [e.lower() for e in langs.get("en", ())]
        entry = next((words[e] for e in english if isinstance(words.get(e), dict)), None)
        if entry is None or not entry.get("ar"):
            continue
        for form in langs.get("fr", ()):
            if form in french or form in added:
                continue
            added[form] = {
                "ar": list(entry["ar"]),
                "place": True,
                # the table's French column is French Wikipedia's gentilé of each country
                "source": f"wikipedia:fr gentilé of {country} (country_demonyms.yaml)",
            }
    if not added:
        return data
    return {**data, "french": {**section, "words": {**french, **added}}}


@cache
def default_lexicon() -> Lexicon:
    """The shipped lexicon, validated and built once per process."""
    data = read_lexicon_data()
    problems = validate(data)
    if problems:
        raise LexiconError(problems)
    return build(data)
