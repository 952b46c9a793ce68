"""One name analysis shared by the gazetteer side and the query side.

A name (Latin or Arabic script) becomes a tuple of :class:`NameToken`. Steps:

Latin script
  1. :func:`normx.text.latin.fold`: NFKC, case folding, diacritics, apostrophes and ayn/hamza
     marks (Özbal -> ozbal, Mu'ammar -> muammar).
  2. Words split on spaces and punctuation; hyphen-joined parts kept apart but remembered.
  3. Particles from the particle table (data): the article (al-, el-, Al, and the sun-letter
     forms as-, ash-, ad-, ... when hyphen-joined) becomes an ``article`` token; bin/ben/ibn/
     bint/ould a ``bin`` token; Abu/Abou/Bou an ``abu`` token; Abd/Abdel/Abdul + the next part
     (article skipped) one compound name token ``abd-<name>`` (Abd al-Hamid = Abdelhamid).
  0. "SURNAME, Given" (one comma) is read as "Given SURNAME", unless the name holds a lower-case
     function word in cased text ("General Authority for Roads, Bridges and Transport";
     data/name_order.yaml).
  4. Glued particles: "Abdelhamid" is split for certain; "Elkaddafi", "Bousahmein" and "Benali"
     get the split reading as an alternative form (Alexander must stay
     Alexander).
  5. Compounds (:mod:`normx.text.compounds`): a name part + Allah, written as one word or
     two, is one token (Nasr Allah = Nasrallah); a name part + al-Din is read apart however
     written (Noureddine = Nour Eddine = Nour al-Din: nour, article, din).
Arabic script
  1. :func:`normx.text.arabic.strip_marks` (NFKC, tatweel and diacritics).
  2. Words split on spaces and punctuation; ال at the start of a word is an ``article`` token,
     أبو/ابو ``abu``, بن/ابن/بنت ``bin``, عبد + next word (or glued عبدال) one compound token,
     a word + الله (or glued to it) one compound token, a word glued to الدين read apart.
  3. Every other word is romanised into the Latin key space (:mod:`normx.text.romanize`).
     A word holding ض, ذ or ث also gets their regional z / s reading as an alternative form
     (:func:`normx.text.romanize.readings`: رضا Reza, عثمان Osman). A noun heading a place or
     body name, with a word after it, also reads its ta marbuta as t (:func:`_construct_state`:
     زاوية بشارة Zawiyat Bishara).
Both
  Each token carries its phonetic key (:mod:`normx.text.phonetic`).

:func:`normalize_name` is the string form used for exact look-ups and collision reports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from normx.text.arabic import is_mostly_arabic, normalize_arabic, strip_marks
from normx.text.compounds import (
    arabic_compound,
    arabic_glued_compound,
    latin_compound,
    latin_glued_compound,
)
from normx.text.generic import (
    arabic_readings,
    compound_parts,
    construct_heads,
    english_place_word,
    grades_title,
    is_generic,
    is_title,
)
from normx.text.latin import fold, split_words
from normx.text.numbers import canonical_numbers
from normx.text.particles import particle_table
from normx.text.phonetic import alternative_reading, phonetic_key
from normx.text.resources import load_data
from normx.text.romanize import readings, romanize, spelling_readings

NAME, ABU, ARTICLE, BIN, TITLE = "name", "abu", "article", "bin", "title"
INITIAL = "initial"
MAX_NAME_CHARS = 300
MAX_TOKENS = 16
_ARABIC_WORD_RE = re.compile(r"[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f]+")


@dataclass(frozen=True, slots=True)
class NameToken:
    """One token of an analysed name.

    ``form`` is the folded Latin (or romanised Arabic) spelling used for string similarity;
    ``key`` its phonetic key; ``alts`` other readings of the same token as (form, key) pairs
    (a glued particle split off); ``kind`` one of name, abu, article, bin, title, initial.
    """

    form: str
    key: str
    kind: str = NAME
    alts: tuple[tuple[str, str], ...] = ()
    article: bool = False
    """The name part was written with the article (al-Ali): a family name or nisba, never a
    given name; for a place, part of how the name is written (Al Burdi is not Bardia)."""
    named: bool = False
    """A generic place word written with the article before a word of the name's own (المدينة
    المنورة, "Al-Madina Al-Munawwara"): a construct head never takes the article, so the word
    is the name itself ("the City", Medina), not "city of" (:func:`_mark_named_place_words`)."""

    @property
    def is_core(self) -> bool:
        """True for tokens that identify a name (names, Abu-compounds' parts, initials)."""
        return self.kind in (NAME, ABU, INITIAL)


@lru_cache(maxsize=65_536)
def _token(
    form: str, kind: str = NAME, alts: tuple[str, ...] = (), *, latin: bool = True
) -> NameToken:
    """A token; a Latin one also gets the readings of the other spelling conventions
    (:func:`alternative_reading`), which romanised Arabic never follows (its j is ج).
    Remembered (tokens are immutable): a matcher's queries repeat their words."""
    if kind != NAME:
        return NameToken(form, phonetic_key(form) if kind == ABU else "", kind)
    readings = [a for a in alts if a != form]
    for base in (form, *readings) if latin else ():
        other = alternative_reading(base)
        if other is not None and other != form and other not in readings:
            readings.append(other)
    if latin:  # a translated place word also reads as the Arabic one (village: qria)
        readings.extend(a for a in arabic_readings(form) if a not in readings)
    return NameToken(form, phonetic_key(form), kind, tuple((a, phonetic_key(a)) for a in readings))


@lru_cache(maxsize=65_536)
def _glued_alternatives(part: str) -> tuple[str | None, tuple[str, ...]]:
    """A certain compound reading of a glued Abd- prefix, and uncertain split readings
    (remembered, as :func:`_token`)."""
    table = particle_table()
    abd = table.by_kind["abd"]
    for prefix in abd.glued:
        rest = part[len(prefix) :]
        if part.startswith(prefix) and len(rest) >= abd.min_rest and part not in abd.forms:
            if prefix.endswith("l") and f"l{rest}" in abd.l_names:
                return f"abd-l{rest}", ()  # Abdelatif: the article's l and Latif's written once
            return f"abd-{_unassimilated(rest)}", ()
    alts: list[str] = []
    for kind in ("article", "abu", "bin"):
        rest = table.by_kind[kind].unglued(part)
        if rest is not None:
            alts.append(rest)
            # "Ben" glued to a glued Abd compound (Benabderrahmane, Benabdelkader: بن عبد
            # الرحمن): the rest is read as the compound too, so that the article's spellings
            # (-el-, -er-) no longer tell two spellings of one name apart
            inner, _ = _glued_alternatives(rest)
            if inner is not None and inner not in alts:
                alts.append(inner)
            # the article glued after a glued Bin (Binalshibh: bin, al, shibh): the name
            # after both is read too, as بن الشيبة reads
            named = table.by_kind["article"].unglued(rest) if kind == "bin" else None
            if named is not None and named not in alts:
                alts.append(named)
    return None, tuple(alts)


def _unassimilated(rest: str) -> str:
    """The divine name after Abd without the article assimilated to its sun letter.

    French and South Asian spellings write the article's sound (Abderrahmane, Abdessalem,
    Abdennour, Abdurrahman; Abd Errahmane): a vowel and a doubled sun letter, or just the
    doubled letter after Abdu-/Abdou-. Without it the name is the one "Abd al-Rahman" and
    عبد الرحمن give (rahmane, salem, nour); ``sun_letters`` of the abd particle in
    ``particles.yaml``.
    """
    abd = particle_table().by_kind["abd"]
    doubled = len(rest) >= 5 and rest[1] == rest[2] and rest[1] in abd.sun_letters
    if doubled and rest[0] in abd.article_vowels:
        return rest[2:]
    if len(rest) >= 4 and rest[0] == rest[1] and rest[0] in abd.sun_letters:
        return rest[1:]
    return rest


_ABBREVIATION_RE = re.compile(r"(?:\b[^\W\d_]{1,2}\b\.?\s*)+")


def _uninvert(text: str) -> str:
    """ "SURNAME, Given" (sanctions lists, indexes) becomes "Given SURNAME"; else unchanged.

    A tail of initials or an abbreviation qualifies a place instead ("Washington, D.C.").
    """
    head, sep, tail = text.partition(",")
    if not sep or "," in tail or not head.strip() or not tail.strip():
        return text
    if "." in tail and _ABBREVIATION_RE.fullmatch(tail.strip()):
        return text
    if _has_function_word(text):
        return text
    return f"{tail.strip()} {head.strip()}"


def _has_function_word(text: str) -> bool:
    """Whether *text*, written in both cases, holds a lower-case function word ("for", "and",
    "des"): a body's name listing its fields, not an inverted person name (name_order.yaml).
    All-lower or all-upper text says nothing by its case, so it never counts."""
    if text.lower() == text or text.upper() == text:
        return False
    words = _not_inverted_with()
    return any(word in words for word in re.findall(r"[^\W\d_]+", text))


@cache
def _not_inverted_with() -> frozenset[str]:
    return frozenset(load_data("name_order.yaml")["not_inverted_with"])


def _analyse_latin(text: str) -> list[NameToken]:
    table = particle_table()
    items: list[tuple[str, bool]] = []
    for word in split_words(canonical_numbers(fold(_uninvert(text)))):  # "June 11" = "11 June"
        for j, part in enumerate(word):
            pieces = compound_parts(english_place_word(part))
            for k, piece in enumerate(pieces):
                items.append((piece, j < len(word) - 1 or k < len(pieces) - 1))
    tokens: list[NameToken] = []
    i = _leading_titles([part for part, _ in items], tokens, arabic=False)
    while i < len(items):
        part, joined = items[i]
        has_next = i + 1 < len(items)
        kind = table.kind_of(
            part, hyphen_joined=joined, next_part=items[i + 1][0] if has_next else None
        )
        if kind == "abd" and has_next:
            j = i + 1
            if table.kind_of(items[j][0], hyphen_joined=items[j][1]) == "article" and j + 1 < len(
                items
            ):
                j += 1
            tokens.append(_token(f"abd-{_unassimilated(items[j][0])}"))
            i = j + 1
            continue
        if kind == "article" and has_next:
            tokens.append(_token("al", ARTICLE))
        elif kind == "bin" and has_next and tokens:
            tokens.append(_token("bin", BIN))
        elif kind == "abu" and has_next:
            tokens.append(_token("abu", ABU))
        else:
            found = _latin_compound_at(items, i)
            if found is not None:
                tokens.extend(found[0])
                i = found[1]
                continue
            if len(items) > 1:  # a lone "MHD" may be an acronym
                part = _unabbreviated(part)
            compound, alts = _glued_alternatives(part)
            tokens.append(_token(compound or part, NAME, alts))
        i += 1
    return tokens


@cache
def _abbreviations() -> dict[str, str]:
    raw = load_data("abbreviations.yaml").get("latin") or {}
    return {str(short): str(full) for full, forms in raw.items() for short in forms}


def _unabbreviated(part: str) -> str:
    """The full name part an abbreviation stands for (Mhd, Mohd -> muhammad), else *part*.

    Lists write "Mhd Amer Alchwiki" where other sources spell the name out: the abbreviation
    shares too few letters with Muhammad for any similarity to pair them
    (``normx/text/data/abbreviations.yaml``)."""
    return _abbreviations().get(part, part)


def _latin_compound_at(items: list[tuple[str, bool]], i: int) -> tuple[list[NameToken], int] | None:
    """(the tokens, the index after them) if the name part at *i* begins a compound
    (:mod:`normx.text.compounds`), else None.

    X Allah is joined, keeping the written second word (Nasr Ullah -> nasrullah, as the glued
    spelling writes it). X al-Din is read apart, as Arabic writes it: Noureddine and Nour
    Eddine become nour, article, din (Nour al-Din already is).
    """
    part = items[i][0]
    if len(part) < 2 or not part.isalpha():
        return None
    kind = latin_compound(items[i + 1][0]) if i + 1 < len(items) else None
    step = 2
    if kind is None:
        glued = latin_glued_compound(part)
        if glued is None:
            return None
        (part, kind), step = glued, 1
    if kind.split:
        return [_token(part), _token("al", ARTICLE), _token(kind.split)], i + step
    return [_token(part + items[i + 1][0])], i + step


def _leading_titles(parts: list[str], tokens: list[NameToken], *, arabic: bool) -> int:
    """Append a ``title`` token for each title word that opens the name ("Sheikh", "Dr",
    "Col", "al-Hajj", الشيخ) and return the index of the first name part.

    Only a leading run, and only if at least two words follow it: a person's name after a title
    has a given name and more, while "Sheikh" alone, the family name in "Muhammad Al-Shaykh" and
    the places named after a sheikh (الشيخ ابوعجيلة, Sheikh Othman) stay names. A title may
    carry the article (al-Hajj, el-Hadj).
    """
    articles = ("ال",) if arabic else ("al", "el")
    i = 0
    while i < len(parts):
        step = 2 if parts[i] in articles and i + 1 < len(parts) else 1
        if step == 2 and arabic:
            step = 1  # Arabic writes the article joined: الشيخ is one word
        word = parts[i + step - 1]
        if not is_title(word, arabic=arabic) or i + step + 1 >= len(parts):
            break
        tokens.append(NameToken(word, "", TITLE))
        i += step
        # a rank's ordinal (Mulazim Awwal, ملازم أول) is part of the title
        if i + 2 < len(parts) and grades_title(parts[i], arabic=arabic):
            tokens.append(NameToken(parts[i], "", TITLE))
            i += 1
    return i


def _analyse_arabic(text: str) -> list[NameToken]:
    table = particle_table()
    words = _ARABIC_WORD_RE.findall(strip_marks(text))
    tokens: list[NameToken] = []
    i = _leading_titles(words, tokens, arabic=True)
    while i < len(words):
        word = words[i]
        kind = table.arabic.get(word)
        has_next = i + 1 < len(words)
        if kind == "abd" and has_next:
            step = 3 if table.arabic.get(words[i + 1]) == "article" and i + 2 < len(words) else 2
            rest = words[i + step - 1]  # عبد ال رحمن: the article written apart is skipped
            if rest.startswith("ال") and len(rest) > 3:
                rest = rest[2:]
            tokens.append(_romanized(rest, "abd-"))
            i += step
            continue
        if word.startswith("عبدال") and len(word) > 6:
            tokens.append(_romanized(word[5:], "abd-"))
        elif kind is None and (found := _arabic_compound_at(words, i)) is not None:
            tokens.extend(found[0])
            i = found[1]
            continue
        elif kind == "abu" and has_next:
            tokens.append(_token("abu", ABU))
        elif kind == "bin" and has_next and tokens:
            tokens.append(_token("bin", BIN))
        elif kind == "article" and has_next:  # written apart (ال منصور) or آل "family of"
            tokens.append(_token("al", ARTICLE))
        elif word.startswith("ال") and len(word) > 3:
            tokens.append(_token("al", ARTICLE))
            tokens.append(_romanized(word[2:]))
        else:
            alts = _arabic_alternatives(word)
            if has_next:
                alts = (*alts, *_construct_state(word))
            tokens.append(_romanized(word, alts=alts))
        i += 1
    return tokens


def _construct_state(word: str) -> tuple[str, ...]:
    """The reading of a ta marbuta as its t when a word follows (the construct state).

    A noun without the article that another word follows is the head of a genitive (iḍāfa),
    and its ta marbuta (written ه too: زاويه) is said t: زاوية بشارة is Zawiyat Bishara
    (Zawyet in Egyptian and French spelling), قرية مزو Qaryat Mazzu, منطقة الحشان Mintaqat al
    Hashshan, the BGN/PCGN and OSM spelling of such places. The romaniser writes the ta marbuta
    "a" (the word said alone), which the Latin -at / -et of the spoken form does not pair with
    (zawiyat / zauia: keys ZT / Z). The t reading is an alternative (a word after the noun may
    be an adjective), and only for the nouns that head such names (``construct_heads`` in
    ``normx/text/data/generic_words.yaml``): a person's name in ة is said without its t before
    the next name (حمودة العالي Hamuda al-Ali; "hmudt" would pair with Hamid).
    """
    if len(word) < 3 or word[-1] not in "ةه" or word[:-1] + "ة" not in construct_heads():
        return ()
    return (romanize(word[:-1] + "ت"),)


def _arabic_compound_at(words: list[str], i: int) -> tuple[list[NameToken], int] | None:
    """(the tokens, the index after them) if the word at *i* begins an X Allah compound
    (نصر الله, or glued نصرالله: one token) or is an X al-Din one written glued (نورالدين: the
    word, the article, din, as نور الدين reads), else None.

    A ta marbuta before الله is read as its construct-state t (رحمة الله = Rahmatullah, هبة
    الله = Hibatullah).
    """
    word = words[i]
    if word.startswith("ال"):
        return None
    kind = arabic_compound(words[i + 1]) if i + 1 < len(words) else None
    step = 2
    if kind is None or kind.split:  # نور الدين already reads nour, article, din
        glued = arabic_glued_compound(word)
        if glued is None:
            return None
        (word, kind), step = glued, 1
    if kind.split:
        rest = _romanized(word)
        return [rest, _token("al", ARTICLE), _token(kind.split, latin=False)], i + step
    if word.endswith("ة"):
        word = word[:-1] + "ت"
    return [_romanized(word, suffix=kind.joined)], i + step


def _romanized(
    word: str, prefix: str = "", suffix: str = "", alts: tuple[str, ...] = ()
) -> NameToken:
    """The token of an Arabic word, romanised; the readings of its letters that regional
    English spellings write in another class (:func:`normx.text.romanize.readings`: رضا is
    Reza too) are alternative forms."""
    other = tuple(f"{prefix}{r}{suffix}" for r in (*readings(word), *spelling_readings(word)))
    return _token(f"{prefix}{romanize(word)}{suffix}", alts=(*alts, *other), latin=False)


_ARABIC_VOWELS = frozenset("اويىةأإآ")


def _arabic_alternatives(word: str) -> tuple[str, ...]:
    """Other readings of an Arabic word: a glued Abu or Bin split off (ابوزيان, بنحسين), a
    prothetic alef dropped."""
    by_kind = particle_table().by_kind
    for kind in ("abu", "bin"):
        rest = by_kind[kind].arabic_unglued(word)
        if rest is not None:
            return (romanize(rest),)
    return _prothetic(word)


def _prothetic(word: str) -> tuple[str, ...]:
    """The reading without a prothetic alef, if *word* may have one.

    Libyan and Maghrebi speech opens a word with two consonants, and Arabic spelling writes a
    bare alef before them (اشميخ Shmikh = Shumaykh, ادليم = Dulaym, ابريك = Burayk): the Latin
    spelling has no vowel there, or one after the first consonant. A bare alef before two
    consonants may also be a real one (احمد Ahmad, ابراهيم Ibrahim / Brahim), so this is an
    alternative reading, never the only one.
    """
    if len(word) >= 4 and word[0] == "ا" and not (set(word[1:3]) & _ARABIC_VOWELS):
        return (romanize(word[1:]),)
    return ()


def analyse_name(text: str) -> tuple[NameToken, ...]:
    """Analyse a name in either script into tokens (see the module docstring).

    Junk gives an empty tuple: None, '', text with no letters, or text longer than
    ``MAX_NAME_CHARS`` (no real name is that long; such input is not a name to match).
    """
    if not isinstance(text, str) or not text or len(text) > MAX_NAME_CHARS:
        return ()
    return _analysed(text)


# span texts analysed, remembered (the analysis reads only the shipped data; tokens are
# immutable): canonicalize analyses one span's text in the matcher's query, the run's word
# tables, the unit and place rules, ~3 times per new span (a tenth of a first pass, session 15)
ANALYSED_MAX = 16_384


@lru_cache(maxsize=ANALYSED_MAX)
def _analysed(text: str) -> tuple[NameToken, ...]:
    """:func:`analyse_name` of a valid *text* (a string of at most ``MAX_NAME_CHARS``)."""
    tokens = _analyse_arabic(text) if is_mostly_arabic(text) else _analyse_latin(text)
    return _mark_initials(_mark_named_place_words(_mark_articles(tuple(tokens[:MAX_TOKENS]))))


MIN_PARTS_BESIDE_INITIALS = 2


def _mark_initials(tokens: tuple[NameToken, ...]) -> tuple[NameToken, ...]:
    """Make each one-letter name part an ``initial`` token when the name has at least
    :data:`MIN_PARTS_BESIDE_INITIALS` other name parts.

    Lists abbreviate middle names to an initial ("Raed M. Hijazi", "Fahad H.A. Khashayban",
    "عدنان س. حسن أحمد"): one letter pairs with no spelling of the part it stands for (Latin
    tokens that short match only exactly), so it counted as a full query part the name lacks
    and kept right answers below the threshold. An initial stays a core token, so that two
    names sharing it still find each other through it (a rare token: "Meshal Saad M. Albostani"
    is found through "m" among thousands of Michaels and Saads), but the scorer weighs it
    little (:data:`normx.match.score.INITIAL_WEIGHT`). A name of initials and one part
    ("A. Rahman") keeps them as name parts: they are half of it."""
    singles = [i for i, t in enumerate(tokens) if t.kind == NAME and len(t.form) == 1]
    if not singles:
        return tokens
    others = sum(1 for t in tokens if t.is_core) - len(singles)
    if others < MIN_PARTS_BESIDE_INITIALS:
        return tokens
    marked = set(singles)
    return tuple(
        NameToken(t.form, t.key, INITIAL) if i in marked else t for i, t in enumerate(tokens)
    )


def _mark_articles(tokens: tuple[NameToken, ...]) -> tuple[NameToken, ...]:
    """Flag each name token that directly follows an article token."""
    if not any(t.kind == ARTICLE for t in tokens):
        return tokens
    return tuple(
        replace(t, article=True) if i and t.kind == NAME and tokens[i - 1].kind == ARTICLE else t
        for i, t in enumerate(tokens)
    )


def _mark_named_place_words(tokens: tuple[NameToken, ...]) -> tuple[NameToken, ...]:
    """Flag ``named`` each generic place word written with the article that a name part not
    generic follows: المدينة المنورة (Medina), not مدينة طبرق ("the city of Tobruk", no
    article) nor "Al Qaryat" (the word alone: a name of place words only, which a look-alike
    must not take). Session 28 (h-under28), articles-v41."""
    if not any(t.article for t in tokens):
        return tokens
    out = list(tokens)
    for i, t in enumerate(tokens):
        if (
            t.article
            and is_generic(t.form)
            and any(u.kind == NAME and not is_generic(u.form) for u in tokens[i + 1 :])
        ):
            out[i] = replace(t, named=True)
    return tuple(out)


def core_tokens(tokens: tuple[NameToken, ...]) -> tuple[NameToken, ...]:
    """The tokens that identify a name: articles and bin/ben connectors left out."""
    return tuple(t for t in tokens if t.is_core)


def normalize_name(text: str) -> str:
    """The normalised string of a name: equal strings mean "the same name, spelled alike".

    Latin: folded core tokens (articles and bin dropped, Abd-compounds joined) separated by
    spaces, e.g. "Abd al-Hamid Al-Dbeibah" -> "abd-hamid dbeibah". Arabic: normalised Arabic
    letters with articles dropped, e.g. "عبد الحميد الدبيبة" -> "عبد حميد دبيبه".
    """
    if not isinstance(text, str) or not text:
        return ""
    if is_mostly_arabic(text):
        words = normalize_arabic(" ".join(_ARABIC_WORD_RE.findall(strip_marks(text)))).split()
        return " ".join(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in words)
    return " ".join(t.form for t in core_tokens(analyse_name(text)))
