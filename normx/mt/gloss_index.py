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
shares it.
"""

from __future__ import annotations

import hashlib
import json
import weakref
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources

from rapidfuzz.fuzz import ratio

from normx.match.index import NameIndex
from normx.mt.arwords import ARTICLE, article_readings, gloss_readings, is_number, name_readings
from normx.mt.lexicon import Lexicon, default_lexicon
from normx.text.arabic import has_arabic, is_mostly_arabic
from normx.text.normalize import analyse_name, core_tokens, normalize_name
from normx.text.phonetic import phonetic_key
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
        tables = GlossTables(index, default_lexicon())
        _TABLES[index] = tables
    return tables
