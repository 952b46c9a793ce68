"""Tables the gloss matcher needs from one :class:`~normx.match.index.NameIndex`, built once.

* every Arabic name of every record as content words with their readings
  (:mod:`normx.mt.arwords`), a weight (weak adjectives of the lexicon count little, digit runs
  such as the "5+5" of a committee's name too) and two flags: generic (a word for a kind of
  body: مجلس, حكومة) and place (a word that is itself the Arabic name of a LOC record);
* ``postings``: reading -> Arabic names containing it, so a query looks up only the names that
  share a word with its glosses (no scan of all records);
* sound look-up: phonetic key -> Arabic name words, so a Latin word MT left untranslated and
  the lexicon lacks ("Saiqa") can still meet its Arabic word (الصاعقة) when key and spelling
  agree (:data:`MIN_SOUND_RATIO`);
* place look-up: a Latin place name (normalised, or by phonetic key: "Jufrah" = "Jufra") -> LOC
  records, whose Arabic names replace the English place word in a gloss ("Tobruk" -> طبرق).

Built lazily and kept per index object (:func:`gloss_tables`), so every matcher over one index
shares it. The tables of an index loaded from the compiled cache are cached beside it
(``gloss-tables``, :func:`_cached_tables`): a first glossed query then reads them instead of
building them (0.13 s of a first matcher pass over a 100,000-entity gazetteer).
"""

from __future__ import annotations

import hashlib
import json
import weakref
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from rapidfuzz.fuzz import ratio

from normx.match.index import NameIndex
from normx.mt.arwords import ARTICLE, article_readings, gloss_readings, is_number, name_readings
from normx.mt.lexicon import Lexicon, default_lexicon
from normx.text.arabic import has_arabic, is_mostly_arabic
from normx.text.normalize import analyse_name, core_tokens, normalize_name
from normx.text.phonetic import phonetic_key
from normx.text.resources import load_data
from normx.text.romanize import romanize

WEAK_WEIGHT = 0.2  # an unmatched weak adjective or number costs a fifth of a content word
MAX_PLACE_NAMES = 4  # Arabic names taken per LOC record
MIN_PLACE_KEY = 3  # phonetic keys shorter than this are too common to identify a place
MIN_PLACE_RATIO = 75.0  # and a key match must be spelled alike too (Jufrah / Jufra, not Tariq /
# Turkey)
MIN_SOUND_WORD = 4  # Latin letters a word needs before it is looked up by sound
MIN_SOUND_RATIO = 65.0  # spelling similarity (0-100) of the Latin word and the romanised one
MAX_SOUND_WORDS = 6
LOOKUPS_CACHED = 20_000  # place and sound look-ups remembered per tables (words of queries)
TABLES_FORMAT = 2  # of GlossTables.to_json (a change must bump it: old entries are rebuilt)
TABLES_CACHED_FROM = 1_000  # records from which an index's tables are worth a cache file


@dataclass(frozen=True, slots=True)
class ArabicWord:
    """One content word of a gazetteer Arabic name."""

    text: str
    readings: frozenset[str]
    weight: float
    generic: bool
    place: bool
    national: bool = False  # a country or nationality word of the lexicon (ليبيا, العربية)


@dataclass(frozen=True, slots=True)
class ArabicName:
    """One Arabic name of one record, as content words."""

    entity: int
    text: str
    canonical: bool
    body: bool  # the name of an organisation (only bodies have "forces")
    words: tuple[ArabicWord, ...]


MIN_LEADING_WORDS = 2  # a head and one word of its own ("هيئة الأوقاف"), at least


def _arabic_only_body(rec: Any) -> bool:
    """An organisation the gazetteer names in Arabic only (its English name withheld): no
    English name can carry its short forms, so the Arabic name's leading conjunct does."""
    return bool(rec.type == "ORG" and not rec.names("en"))


def _leading_conjunct(words: tuple[str, ...]) -> int:
    """How many content words open *words* before a conjoined tail ("والشؤون الإسلامية" of
    الهيئة العامة للأوقاف والشؤون الإسلامية), or 0 when the name has no such tail.

    A body named "X of A and B" is called by its first conjunct ("the General Authority of
    Endowments" for الهيئة العامة للأوقاف والشؤون الإسلامية): news drops the tail as it drops
    weak adjectives, never the first conjunct, so the leading words are a name of the body
    too. The tail is a word that opens with the conjunction و and the article ال (وال...)."""
    for i, word in enumerate(words):
        if i >= MIN_LEADING_WORDS and word.startswith("وال"):
            return i
    return 0


# "X التابع ل<owner>" ("X affiliated to <owner>"): how Arabic titles set apart a body of a
# larger organisation, where English writes "<Owner> X" or a parenthesis, and news says "X"
# alone (مجلس حقوق الإنسان التابع للأمم المتحدة is "the Council of Human Rights"). As
# normalised (ة -> ه): the masculine and feminine forms.
AFFILIATION_WORDS = frozenset({"التابع", "التابعه"})


def _lead_before(words: tuple[ArabicWord, ...], stops: frozenset[str]) -> int:
    """How many words open *words* before the first word of *stops*, or 0 when there is none
    or the leading words are too few, or all generic, to name a body alone."""
    for i, word in enumerate(words):
        if word.text in stops:
            lead = words[:i]
            if len(lead) >= MIN_LEADING_WORDS and any(
                not w.generic and w.weight == 1.0 for w in lead
            ):
                return i
            return 0
    return 0


def _before_affiliation(words: tuple[ArabicWord, ...]) -> int:
    """How many content words open *words* before an affiliation tail ("التابع للأمم
    المتحدة"), or 0 when there is none or what comes before it is too short or generic alone
    to name a body: the leading words are a name of the body too (session 35, h-v56b)."""
    return _lead_before(words, AFFILIATION_WORDS)


# "X في <instrument> ..." ("X to the <statute>"): how Arabic names a treaty's body, the
# instrument after "في" (جمعية الدول الأطراف في نظام روما الأساسي, the Assembly of States
# Parties to the Rome Statute; مؤتمر الدول الأطراف في اتفاقية ..., a convention's conference
# of the parties), where news says "X" alone ("l'Assemblée des États parties", AFP,
# articles-v56). The instrument words, as normalised (ة -> ه): statute, convention, treaty,
# charter, agreement, protocol. Session 36 (h-fr2).
INSTRUMENT_WORDS = frozenset({"نظام", "اتفاقيه", "معاهده", "ميثاق", "اتفاق", "بروتوكول"})
INSTRUMENT_BEFORE = "في"


def _before_instrument(text: str, words: tuple[ArabicWord, ...]) -> int:
    """How many content words open *words* before the treaty the body belongs to ("في نظام
    روما الأساسي"), or 0 when the name says no "في" right before an instrument word, or what
    comes before it is too short or generic alone to name a body: the leading words are a
    name of the body too, as before an affiliation tail (:func:`_before_affiliation`)."""
    raw = text.split()
    if not any(
        raw[k] == INSTRUMENT_BEFORE and raw[k + 1].replace("ة", "ه") in INSTRUMENT_WORDS
        for k in range(len(raw) - 1)
    ):
        return 0
    return _lead_before(words, INSTRUMENT_WORDS)


def latin_place_keys(text: str) -> tuple[str, str]:
    """The normalised form and the phonetic-key form of a Latin place name.

    One analysis serves both: for Latin script :func:`normalize_name` is the core tokens'
    forms joined by spaces, which the tokens at hand already give (analysing every place
    name twice was most of the cost of building the tables of a large gazetteer).
    """
    core = core_tokens(analyse_name(text))
    norm = normalize_name(text) if is_mostly_arabic(text) else " ".join(t.form for t in core)
    return norm, " ".join(t.key for t in core if t.key)


PLACE_KEYS_CACHED_FROM = 500  # place names from which the keys are worth a cache file


def place_keys(names: list[str]) -> list[tuple[str, str]]:
    """:func:`latin_place_keys` of every name, from the on-disk cache for a large gazetteer.

    Analysing thousands of place names is the bulk of building the tables, and it is the
    same work on every run over the same gazetteer; so from :data:`PLACE_KEYS_CACHED_FROM`
    names on, the keys are cached (:mod:`normx.gazetteer.cache`), keyed by the names
    themselves, the analysis fingerprint and this module's source (its code makes the keys).
    """
    if len(names) < PLACE_KEYS_CACHED_FROM:
        return [latin_place_keys(name) for name in names]
    from normx.gazetteer.cache import load_or_build
    from normx.text.resources import analysis_fingerprint

    digest = hashlib.sha256(json.dumps(names, ensure_ascii=False).encode("utf-8"))
    key = f"{digest.hexdigest()[:32]}-{analysis_fingerprint()[:16]}-{_source_fingerprint()}"
    data = load_or_build(
        "gloss-places", key, lambda: [list(latin_place_keys(name)) for name in names]
    )
    if not (
        isinstance(data, list)
        and len(data) == len(names)
        and all(
            isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p) for p in data
        )
    ):  # a damaged entry: compute, as without a cache
        return [latin_place_keys(name) for name in names]
    return [(norm, key) for norm, key in data]


@cache
def _source_fingerprint() -> str:
    source = resources.files("normx.mt").joinpath("gloss_index.py").read_bytes()
    return hashlib.sha256(source).hexdigest()[:16]


class GlossTables:
    """Arabic name words, their postings and the place look-up of one index."""

    def __init__(self, index: NameIndex, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        lex_readings = {
            r
            for e in lexicon.entries.values()
            for rend in e.renderings
            for w in rend
            for r in gloss_readings(w)
        }
        self.generic_readings = frozenset(
            r
            for key, e in lexicon.entries.items()
            if len(key) == 1 and key[0] in lexicon.generic
            for rend in e.renderings
            if len(rend) == 1
            for r in gloss_readings(rend[0])
        )
        self.weak_readings = frozenset(r for w in lexicon.weak_arabic for r in gloss_readings(w))
        self.place_by_norm: dict[str, list[int]] = defaultdict(list)
        self.place_by_key: dict[str, list[tuple[int, str]]] = defaultdict(list)
        self.place_arabic: dict[int, tuple[tuple[str, ...], ...]] = {}
        # Arabic words of countries and nationalities in the lexicon (ليبيا, التركية) are place
        # words too: "Turkish Army" is not الجيش الوطني الليبي.
        place_readings: set[str] = {
            r
            for e in lexicon.entries.values()
            if e.place
            for rend in e.renderings
            for w in rend
            for r in gloss_readings(w)
        }
        national_readings = set(place_readings)  # the lexicon's alone (gloss_seat.py)
        # Both passes below read the Arabic names' content words: split each name once.
        content: dict[str, tuple[str, ...]] = {}

        def arabic_content(text: str) -> tuple[str, ...]:
            words = content.get(text)
            if words is None:
                words = content[text] = lexicon.arabic_content(text)
            return words

        place_names: list[tuple[int, str]] = []  # (record, English name) of every place
        for ei, rec in enumerate(index.records):
            if rec.type != "LOC":
                continue
            arabic = tuple(ws for ws in (arabic_content(n) for n in rec.names("ar")) if ws)[
                :MAX_PLACE_NAMES
            ]
            if not arabic:
                continue
            self.place_arabic[ei] = arabic
            for ws in arabic:
                if len(ws) == 1 and not is_number(ws[0]):
                    place_readings |= gloss_readings(ws[0]) - lex_readings
            place_names.extend((ei, name) for name in rec.names("en"))
        for (ei, _), (norm, key) in zip(
            place_names, place_keys([name for _, name in place_names]), strict=True
        ):
            if norm:
                self.place_by_norm[norm].append(ei)
            if len(key.replace(" ", "")) >= MIN_PLACE_KEY:
                self.place_by_key[key].append((ei, norm))
        self.place_readings = frozenset(place_readings)
        self.national_readings = frozenset(national_readings)
        self.names: list[ArabicName] = []
        self.postings: dict[str, list[int]] = defaultdict(list)
        self.by_key: dict[str, set[tuple[str, str]]] = defaultdict(set)
        made: dict[str, ArabicWord] = {}  # names share words (مجلس, الوطني): each made once
        sounded: set[str] = set()

        def word_of(word: str) -> ArabicWord:
            hit = made.get(word)
            if hit is None:
                hit = made[word] = self._word(word)
            return hit

        for ei, rec in enumerate(index.records):
            if rec.type == "PER":
                continue  # persons' names are transliterated, never translated word by word
            for j, text in enumerate(rec.names("ar")):
                words = tuple(word_of(w) for w in arabic_content(text))
                if not words or not has_arabic(text):
                    continue
                ni = len(self.names)
                canonical = j == 0 and text == rec.name_ar
                self.names.append(ArabicName(ei, text, canonical, rec.type == "ORG", words))
                for r in {r for w in words for r in w.readings}:
                    self.postings[r].append(ni)
                lead = _leading_conjunct(arabic_content(text)) if _arabic_only_body(rec) else 0
                if not lead and rec.type == "ORG":
                    lead = _before_affiliation(words) or _before_instrument(text, words)
                if lead:
                    ni = len(self.names)
                    lead_words = words[:lead]
                    self.names.append(ArabicName(ei, text, False, True, lead_words))
                    for r in {r for w in lead_words for r in w.readings}:
                        self.postings[r].append(ni)
                for w in words:
                    if w.text in sounded:
                        continue  # its (form, word) pair is in by_key already
                    sounded.add(w.text)
                    if not is_number(w.text) and not (w.generic or w.weight < 1.0):
                        form = _romanized(w.text)
                        key = phonetic_key(form)
                        if key:
                            self.by_key[key].add((form, w.text))
        self.by_key = dict(self.by_key)
        # Look-ups depend on the word alone and the tables never change once built, so each
        # is remembered: a document's spans and their sub-spans ask about the same words again
        # and again (the place look-up analyses the word, the most of glossing a new phrase).
        self._places: dict[str, list[int]] = {}
        self._sounds: dict[str, tuple[tuple[str, float], ...]] = {}
        self.place_by_norm = dict(self.place_by_norm)
        self.place_by_key = dict(self.place_by_key)
        self.postings = dict(self.postings)

    def to_json(self) -> dict[str, Any]:
        """The tables as plain JSON data (the lexicon is not part of them: the cache key
        covers it). Words are listed once and names refer to them by position; lists and
        dicts keep their order, and each set is listed in its iteration order."""
        number: dict[int, int] = {}  # id of a word -> its position
        words: list[ArabicWord] = []
        for name in self.names:
            for w in name.words:
                if id(w) not in number:
                    number[id(w)] = len(words)
                    words.append(w)
        return {
            "format": TABLES_FORMAT,
            "generic": list(self.generic_readings),
            "weak": list(self.weak_readings),
            "place": list(self.place_readings),
            "national": list(self.national_readings),
            "place_by_norm": self.place_by_norm,
            "place_by_key": {k: [[e, n] for e, n in v] for k, v in self.place_by_key.items()},
            "place_arabic": [[e, [list(ws) for ws in v]] for e, v in self.place_arabic.items()],
            "words": [
                [w.text, list(w.readings), w.weight, w.generic, w.place, w.national] for w in words
            ],
            "names": [
                [n.entity, n.text, n.canonical, n.body, [number[id(w)] for w in n.words]]
                for n in self.names
            ],
            "postings": self.postings,
            "by_key": {k: [list(p) for p in v] for k, v in self.by_key.items()},
        }

    @classmethod
    def from_json(cls, lexicon: Lexicon, data: dict[str, Any]) -> GlossTables:
        """The tables :meth:`to_json` wrote, for *lexicon* (the one they were built with).

        Raises ValueError when *data* is not in this format (an old cache entry: rebuild)."""
        if not isinstance(data, dict) or data.get("format") != TABLES_FORMAT:
            raise ValueError("gloss tables cache format mismatch")
        try:
            return cls._from_tables(lexicon, data)
        except (AttributeError, KeyError, TypeError, ValueError, IndexError) as exc:
            raise ValueError(f"gloss tables cache unreadable: {exc}") from exc

    @classmethod
    def _from_tables(cls, lexicon: Lexicon, data: dict[str, Any]) -> GlossTables:
        self = cls.__new__(cls)
        self.lexicon = lexicon
        self.generic_readings = frozenset(map(str, data["generic"]))
        self.weak_readings = frozenset(map(str, data["weak"]))
        self.place_readings = frozenset(map(str, data["place"]))
        self.national_readings = frozenset(map(str, data["national"]))
        self.place_by_norm = {str(k): [int(e) for e in v] for k, v in data["place_by_norm"].items()}
        self.place_by_key = {
            str(k): [(int(e), str(n)) for e, n in v] for k, v in data["place_by_key"].items()
        }
        self.place_arabic = {
            int(e): tuple(tuple(map(str, ws)) for ws in v) for e, v in data["place_arabic"]
        }
        words = [
            ArabicWord(str(t), frozenset(map(str, r)), float(w), bool(g), bool(p), bool(n))
            for t, r, w, g, p, n in data["words"]
        ]
        self.names = [
            ArabicName(int(e), str(t), bool(c), bool(b), tuple(words[i] for i in ws))
            for e, t, c, b, ws in data["names"]
        ]
        self.postings = {str(r): [int(i) for i in v] for r, v in data["postings"].items()}
        self.by_key = {str(k): {(str(f), str(w)) for f, w in v} for k, v in data["by_key"].items()}
        self._places = {}
        self._sounds = {}
        return self

    def _word(self, word: str) -> ArabicWord:
        base = gloss_readings(word)
        weak = is_number(word) or bool(base & self.weak_readings)
        return ArabicWord(
            word,
            name_readings(word),
            WEAK_WEIGHT if weak else 1.0,
            bool(article_readings(word) & self.generic_readings),  # بالمحكمة as محكمة
            bool(base & self.place_readings),
            bool(base & self.national_readings),
        )

    def sounds_like(self, word: str) -> tuple[tuple[str, float], ...]:
        """Arabic name words whose romanised form has the key of Latin *word* and a like
        spelling, each with that spelling similarity in [0, 1], best first (remembered)."""
        hit = self._sounds.get(word)
        if hit is None:
            if len(self._sounds) >= LOOKUPS_CACHED:
                self._sounds.clear()
            hit = self._sounds[word] = self._sounds_like(word)
        return hit

    def _sounds_like(self, word: str) -> tuple[tuple[str, float], ...]:
        if len(word) < MIN_SOUND_WORD:
            return ()
        best: dict[str, float] = {}
        for form, arabic in self.by_key.get(phonetic_key(word), ()):
            sim = ratio(word, form)
            if sim >= MIN_SOUND_RATIO and sim > best.get(arabic, 0.0):
                best[arabic] = sim
        ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_SOUND_WORDS]
        return tuple((arabic, sim / 100.0) for arabic, sim in ranked)

    def places(self, text: str) -> list[int]:
        """LOC records whose English name is *text* (normalised, else by phonetic key);
        remembered, so the list is shared: do not change it."""
        hit = self._places.get(text)
        if hit is None:
            if len(self._places) >= LOOKUPS_CACHED:
                self._places.clear()
            hit = self._places[text] = self._find_places(text)
        return hit

    def _find_places(self, text: str) -> list[int]:
        norm, key = latin_place_keys(text)
        found = self.place_by_norm.get(norm) if norm else None
        if not found and norm:  # "Beneena" for Benina: a long vowel written doubled
            single = _single_long_vowels(norm)
            found = self.place_by_norm.get(single) if single != norm else None
        by_sound = len(norm) >= MIN_SOUND_WORD and not any(ch.isdigit() for ch in norm)
        if not found and by_sound and len(key.replace(" ", "")) >= MIN_PLACE_KEY:
            sims: dict[int, float] = {}
            for e, other in self.place_by_key.get(key, ()):
                if other.count(" ") == norm.count(" "):  # "France 24" is not France
                    sims[e] = max(sims.get(e, 0.0), ratio(norm, other))
            best = max(sims.values(), default=0.0)
            # Only the best-spelled places: "Jufrah" is Jufra (91), not Jafara's "Jifarah" (77).
            found = [e for e, sim in sims.items() if sim >= max(MIN_PLACE_RATIO, best - 2.0)]
        return sorted(set(found or ()))


@cache
def _long_vowels() -> tuple[tuple[str, str], ...]:
    """Doubled vowels and the one letter a romanisation writes for them (``long_vowels`` of
    ``normx/text/data/letters.yaml``)."""
    table = load_data("letters.yaml").get("long_vowels") or {}
    return tuple((str(k), str(v)) for k, v in table.items())


def _single_long_vowels(norm: str) -> str:
    """*norm* with each doubled long vowel written as one letter ("beneena" -> "benina")."""
    for doubled, single in _long_vowels():
        norm = norm.replace(doubled, single)
    return norm


def _romanized(word: str) -> str:
    stem = word[2:] if word.startswith(ARTICLE) and len(word) > 4 else word
    if stem.endswith("ه"):  # normalised ta marbuta: romanise it as ة, not as h
        stem = stem[:-1] + "ة"
    return romanize(stem).replace("'", "")


_TABLES: weakref.WeakKeyDictionary[NameIndex, GlossTables] = weakref.WeakKeyDictionary()


def gloss_tables(index: NameIndex, lexicon: Lexicon | None = None) -> GlossTables:
    """The tables of *index* with the shipped lexicon, built on first use and kept."""
    if lexicon is not None:
        return GlossTables(index, lexicon)
    tables = _TABLES.get(index)
    if tables is None:
        tables = _cached_tables(index, default_lexicon())
        _TABLES[index] = tables
    return tables


def _cached_tables(index: NameIndex, lexicon: Lexicon) -> GlossTables:
    """The tables of *index* with the shipped *lexicon*: for an index that came through the
    compiled cache (:attr:`NameIndex.cache_key`, which identifies its records and names) with
    at least :data:`TABLES_CACHED_FROM` records, read from the on-disk cache (built and
    written on the first run), keyed by that key and :func:`_tables_fingerprint`; else built.
    Cached or not, the tables that come back have been through JSON once, so a first run
    and the next answer alike."""
    key = index.cache_key
    if key is None or len(index.records) < TABLES_CACHED_FROM:
        return GlossTables(index, lexicon)
    from normx.gazetteer.cache import load_or_build, store

    entry = f"{hashlib.sha256(key.encode()).hexdigest()[:32]}-{_tables_fingerprint()}"
    data = load_or_build("gloss-tables", entry, lambda: GlossTables(index, lexicon).to_json())
    try:
        return GlossTables.from_json(lexicon, data)
    except ValueError:  # damaged, or another format under the same key: rebuild, replace
        data = json.loads(json.dumps(GlossTables(index, lexicon).to_json(), ensure_ascii=False))
        store("gloss-tables", entry, data)
        return GlossTables.from_json(lexicon, data)


@cache
def _tables_fingerprint() -> str:
    """A hash of what the tables are made from besides the records: the gloss code and the
    lexicon (``normx/mt``'s modules and data files, and the demonym table it reads) and the
    name analysis (romanising and phonetic keys:
    :func:`normx.text.resources.analysis_fingerprint`)."""
    from normx.text.resources import analysis_fingerprint

    digest = hashlib.sha256(analysis_fingerprint().encode())
    package = resources.files("normx.mt")
    for name in sorted(str(p.name) for p in package.iterdir() if p.name.endswith(".py")):
        digest.update(name.encode() + package.joinpath(name).read_bytes())
    data = package.joinpath("data")
    for name in sorted(str(p.name) for p in data.iterdir() if p.name.endswith(".yaml")):
        digest.update(name.encode() + data.joinpath(name).read_bytes())
    # the lexicon's French adjectives of nationality come from the gazetteer's demonym table
    # (normx.mt.lexicon.with_french_demonyms)
    demonyms = resources.files("normx.gazetteer").joinpath("data", "country_demonyms.yaml")
    digest.update(b"country_demonyms.yaml" + demonyms.read_bytes())
    return f"{digest.hexdigest()[:24]}-g{TABLES_FORMAT}"
