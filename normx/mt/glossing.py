"""Glossing an English name of a body, word by word, into candidate Arabic words.

Machine translation renders an Arabic name word by word, so the way back is word by word too:

1. the phrase is folded and split (:func:`normx.text.latin.fold`); the Arabic article written
   in Latin ("Al-Wefaq") and English function words (of, the, in, ...) are dropped;
2. from left to right, the longest run of words that is a lexicon key becomes one slot
   ("united nations", "chief of staff"), else one word, tried as written and with a plural or
   possessive "s" taken off ("forces" -> "force" only if "forces" itself is missing);
3. a word the lexicon lacks is tried as a transliterated Arabic word ("Wefaq" -> الوفاق), then
   as a place of the gazetteer (runs of up to :data:`MAX_PLACE_WORDS` words, normalised or by
   phonetic key: "Sirte", "Jufrah"): its Arabic names become the renderings ("Tobruk" -> طبرق);
4. digit runs stay digits ("5+5"); a word still unknown is looked up by sound among the
   gazetteer's Arabic name words ("Saiqa" -> الصاعقة, :meth:`GlossTables.sounds_like`); anything
   else is an unknown slot with no renderings, which the scorer counts as an English word the
   name does not contain.

Each slot knows whether it is a head noun (may name the body's forces), generic (a kind of
body), a portfolio (a field every country has a body for: "justice", "interior"), a place,
and whether it is at either end of the phrase (where place modifiers sit).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from normx.mt.arwords import gloss_readings
from normx.mt.french import lower_contractions, without_elision
from normx.mt.gloss_index import MIN_SOUND_RATIO, GlossTables
from normx.mt.lexicon import GlossEntry
from normx.text.arabic import has_arabic
from normx.text.latin import fold, split_words
from normx.text.numbers import ordinal_number
from normx.text.particles import particle_table

MAX_PHRASE_CHARS = 300
MAX_WORDS = 16
MAX_PLACE_WORDS = 3
SOUND_TRUST_FLOOR = 0.6  # credit of a sound-alike word at the lowest accepted spelling likeness
LEXICON, TRANSLITERATED, PLACE, SOUND, NUMBER, UNKNOWN = (
    "lexicon",
    "transliterated",
    "place",
    "sound",
    "number",
    "unknown",
)


@dataclass(frozen=True, slots=True)
class Slot:
    """One English content word (or lexicon phrase) with its Arabic renderings."""

    english: str
    renderings: tuple[tuple[str, ...], ...]
    readings: tuple[tuple[frozenset[str], ...], ...]
    kind: str
    source: str = ""
    head: bool = False
    generic: bool = False
    portfolio: bool = False
    meeting: bool = False  # a word of a gathering ("conference"): a place with it is the venue
    unsaid_kind: bool = False  # a kind of firm its Arabic name may leave out ("company")
    place: bool = False
    edge: bool = False
    trust: tuple[float, ...] = ()  # per rendering, when less than certain (sound look-ups)

    def trust_of(self, i: int) -> float:
        """How far rendering *i* is to be believed (1.0 for lexicon and gazetteer glosses)."""
        return self.trust[i] if self.trust else 1.0

    @property
    def transliterated(self) -> bool:
        return self.kind == TRANSLITERATED


def _readings(renderings: tuple[tuple[str, ...], ...]) -> tuple[tuple[frozenset[str], ...], ...]:
    return tuple(tuple(gloss_readings(w) for w in r) for r in renderings)


def english_words(phrase: str, function_words: frozenset[str]) -> list[str]:
    """Folded content words of *phrase*: Latin-script article and function words dropped."""
    if not isinstance(phrase, str) or not phrase or len(phrase) > MAX_PHRASE_CHARS:
        return []
    if has_arabic(phrase):  # an Arabic name needs no gloss: the spelling matcher compares it
        return []
    table = particle_table()
    phrase = without_elision(phrase)  # French "d'union" (normx.mt.french)
    phrase = lower_contractions(phrase)  # French "au Mali" is no "AU" (the African Union)
    out: list[str] = []
    parts = [(p, j < len(w) - 1) for w in split_words(fold(phrase)) for j, p in enumerate(w)]
    for k, (part, joined) in enumerate(parts):
        has_next = k + 1 < len(parts)
        if has_next and table.kind_of(part, hyphen_joined=joined) == "article":
            continue  # "Al-Wefaq", "Al Wefaq", "el-Wefaq"
        if part not in function_words:
            out.append(part)
    return out[:MAX_WORDS]


def _variants(word: str) -> list[str]:
    out = [word]
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    if word.endswith("es") and len(word) > 4:
        out.append(word[:-2])
    if word.endswith("s") and len(word) > 3:
        out.append(word[:-1])
    return out


def _entry_slot(entry: GlossEntry, english: str, kind: str) -> Slot:
    return Slot(
        english,
        entry.renderings,
        _readings(entry.renderings),
        kind,
        entry.source,
        place=entry.place,
    )


def _lexicon_slot(words: list[str], i: int, tables: GlossTables) -> tuple[Slot, int] | None:
    lex = tables.lexicon
    for n in range(min(lex.max_key, len(words) - i), 0, -1):
        span = words[i : i + n]
        for last in _variants(span[-1]):
            entry = lex.entries.get((*span[:-1], last))
            if entry is not None:
                return _entry_slot(entry, " ".join(span), LEXICON), n
    return None


def _place_slot(words: list[str], i: int, tables: GlossTables) -> tuple[Slot, int] | None:
    for n in range(min(MAX_PLACE_WORDS, len(words) - i), 0, -1):
        text = " ".join(words[i : i + n])
        entities = tables.places(text)
        if entities:
            renderings = tuple(dict.fromkeys(r for e in entities for r in tables.place_arabic[e]))
            return Slot(text, renderings, _readings(renderings), PLACE, "gazetteer", place=True), n
    return None


def _transliterated_slot(word: str, tables: GlossTables) -> tuple[Slot, int] | None:
    for v in _variants(word):
        entry = tables.lexicon.transliterated.get(v)
        if entry is not None:
            return _entry_slot(entry, word, TRANSLITERATED), 1
    return None


def _other_slot(word: str, tables: GlossTables) -> Slot:
    number = ordinal_number(word)  # "128th" is اللواء 128's number
    if number is not None:
        return Slot(word, ((number,),), _readings(((number,),)), NUMBER)
    lex = tables.lexicon
    heard = () if word in lex.head_nouns or word in lex.generic else tables.sounds_like(word)
    if heard:
        renderings = tuple((w,) for w, _ in heard)
        trust = tuple(SOUND_TRUST_FLOOR + (1 - SOUND_TRUST_FLOOR) * _rescale(s) for _, s in heard)
        return Slot(word, renderings, _readings(renderings), SOUND, "phonetic key", trust=trust)
    return Slot(word, (), (), UNKNOWN)


def _rescale(sim: float) -> float:
    """Spelling similarity from [MIN_SOUND_RATIO, 1] to [0, 1]."""
    low = MIN_SOUND_RATIO / 100.0
    return max(0.0, min(1.0, (sim - low) / (1.0 - low)))


def gloss(phrase: str, tables: GlossTables) -> tuple[Slot, ...]:
    """The slots of *phrase* (empty for junk or a phrase of function words only)."""
    words = english_words(phrase, tables.lexicon.function_words)
    slots: list[Slot] = []
    i = 0
    while i < len(words):
        found = _lexicon_slot(words, i, tables) or _transliterated_slot(words[i], tables)
        found = found or _place_slot(words, i, tables) or (_other_slot(words[i], tables), 1)
        slot, n = found
        slots.append(slot)
        i += n
    lex = tables.lexicon
    last = len(slots) - 1
    return tuple(
        replace(
            s,
            head=s.english in lex.head_nouns,  # listed as written: "operations" is no head
            generic=any(v in lex.generic for v in _variants(s.english)),
            portfolio=any(v in lex.portfolios for v in _variants(s.english)),
            meeting=s.english in lex.meetings,
            unsaid_kind=s.english in lex.unsaid_kinds,
            edge=j in (0, last),
        )
        for j, s in enumerate(slots)
    )
