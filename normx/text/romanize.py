"""Romanisation of Arabic-script names into a Latin skeleton in normx's key space.

Unlike ``unidecode`` (which maps alef to nothing and ح to "H", merged with ه once lowercased),
this romaniser is designed for names: each letter gets the spelling English sources use most
(خ kh, ش sh, ق q, ع and ء an apostrophe), long vowels and glides get a vowel letter, and short
vowels, which Arabic does not write, are left out. The phonetic key of the output therefore
equals the key of the usual English spellings: خالد -> "khald" (key KLT) ~ Khaled, Khalid.

Two letters are kept two consonants in the key space: a letter written twice is two
consonants in Arabic (a doubled one is written once, with shadda), so an unwritten vowel (an
apostrophe) goes between them (ككلة -> "k'kla" ~ Kikla); and two letters whose spellings
would read as one digraph of the Latin rules (ز + ه is "zh", read as ژ; ت + س "ts", د + ج
"dj") are kept apart by a separator that gives no key symbol (الزهراء -> "z·hra'" ~ Zahra).
The one exception to the first rule is the lam of the article before a lam: al-l is one
doubled l in English (عبدالله -> "'bdallh" ~ Abdullah).

Some letters have a second spelling in the English of whole regions that falls in another key
class (ض and ذ as z, ث as s in Persian, Urdu and Turkish names: Reza, Zakir, Osman);
:func:`readings` gives a word's romanisation with them as well, for alternative forms.

Arabic spelling itself hides some letters' values, and English spelling joins some letters the
romaniser keeps apart; :func:`spelling_readings` gives a word's romanisation with those readings as
alternative forms: a final ه after anything but an alef is the ta marbuta written without its dots
(Libyan, Egyptian and OSM spelling: المنصوره = المنصورة Mansura, حماده Hamada), read "a"; a
consonant + ه or ح is written as the Latin digraph they form (فتحي Fathi, إسحاق Ishaq, الأزهر
Azhar); an opening ا or أ stands for a vowel of any quality (اسحاق Ishaq, أسامة Usama, اينر Inir;
in a word of two letters too: أم Umm, Om, whose "am" alone paired with umm at 0.71, a weak pair the
scorer dropped), read as the neutral apostrophe, and an opening ا before a consonant also as the i
of إ, whose hamza most writing leaves out (ابراهيم Ibrahim, اسماعيل Ismail, اسلام Islam: the
neutral apostrophe alone left them 0.93-0.94 against a namesake written إبراهيم, 1.0); an ع before
ي or و carries the fatha of the diphthong ay / aw that English writes Ai, Ay, Ei, Aw, Ou (عين Ain,
عياد Ayad, عيد Eid, سعيد Said, عويس Aweys), read "a" (the apostrophe alone reads as a word opening
on ي: "'in" against Ain was 0.72); a word of two letters ending in a consonant + ه says that h with
its vowel (طه Taha, "t·ha": the final h alone is silent in the key space, as a ta marbuta's is).

The letter tables are data: ``normx/text/data/letters.yaml`` (sections ``arabic`` and
``arabic_readings``).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from normx.text.arabic import strip_marks
from normx.text.resources import load_data

SEPARATOR = "·"  # outside the letter table: breaks a digraph, gives no symbol
UNWRITTEN_VOWEL = "'"  # between a letter and its repetition
_VOWEL_LETTERS = frozenset("اأإآٱىويءئؤعة")  # written twice, still no two consonants


@cache
def _table() -> dict[str, str]:
    return {str(k): str(v) for k, v in load_data("letters.yaml")["arabic"].items()}


@cache
def _second_readings() -> dict[str, str]:
    return {str(k): str(v) for k, v in load_data("letters.yaml")["arabic_readings"].items()}


# romanised texts remembered (words and names): the spelling checks romanise the same Arabic
# names of the same records span after span (session 16)
ROMANIZED_MAX = 65_536
_ROMANIZED: dict[str, str] = {}


def romanize(text: str) -> str:
    """Romanise Arabic-script *text*; characters that are not Arabic letters pass through.

    Word-initial و and ي are written ``w`` and ``y`` (they are consonants there).
    """
    found = _ROMANIZED.get(text)
    if found is None:
        found = _romanize(text, _table())
        if type(text) is str and len(text) <= 200:
            if len(_ROMANIZED) >= ROMANIZED_MAX:
                _ROMANIZED.clear()
            _ROMANIZED[text] = found
    return found


def readings(text: str) -> tuple[str, ...]:
    """The romanisations of *text* other than :func:`romanize`'s, with its letters that have a
    second regional spelling (``arabic_readings``) written that way: each such letter alone,
    then all of them together; empty when *text* holds none.

    رضا -> ("rza",) (Reza); عثمان -> ("'sman",) (Osman).
    """
    second = _second_readings()
    letters = [ch for ch in dict.fromkeys(strip_marks(text)) if ch in second]
    if not letters:
        return ()
    base = _table()
    plain = _romanize(text, base)
    choices = [[ch] for ch in letters] + ([letters] if len(letters) > 1 else [])
    out: list[str] = []
    for chosen in choices:
        form = _romanize(text, {**base, **{ch: second[ch] for ch in chosen}})
        if form != plain and form not in out:
            out.append(form)
    return tuple(out)


_AYN_GLIDE = re.compile("ع(?=[يیو])")  # the diphthong's fatha: عين Ain, عويس Aweys
_JOINED_H = re.compile(SEPARATOR + "h(?=.)")  # not a final ه: the ta marbuta is no digraph
_OPENING_ALEFS = frozenset("اأ")  # إ is i, آ is aa: they say which vowel
_ALEFS = frozenset("اأإآ")


def spelling_readings(word: str) -> tuple[str, ...]:
    """The romanisations of one Arabic *word* under the spelling habits of the module
    docstring: its opening ا / أ read as a vowel of any quality, its final ه as the ta marbuta,
    a consonant + ه / ح written as the Latin digraph they form, an ع before ي / و as the "a" of
    the diphthong, and a two-letter word's final ه said with its vowel; every combination that
    applies, each also with its digraphs joined. Empty when none applies.

    حماده -> ("hmada",); فتحي -> ("fthi",); اسحاق -> ("ashaq", "'s·haq", "'shaq");
    عين -> ("ain",); سعيد -> ("said",); طه -> ("t·ha",);
    صالح, شاه (an alef before the h) -> ().
    """
    letters = strip_marks(word)
    plain = romanize(letters)
    variants = [letters]
    if len(letters) > 1 and letters[0] in _OPENING_ALEFS:
        variants.append("ء" + letters[1:])  # ء romanises to the neutral apostrophe
    if len(letters) > 2 and letters[0] == "ا" and letters[1] not in _VOWEL_LETTERS:
        variants.append("إ" + letters[1:])  # إ written without its hamza: ابراهيم Ibrahim
    allah = letters.endswith("لله")  # Allah's h (نصرالله) is an h
    if len(letters) > 2 and letters[-1] == "ه" and letters[-2] not in _ALEFS and not allah:
        variants += [v[:-1] + "ة" for v in variants]
    if len(letters) == 2 and letters[1] == "ه" and letters[0] not in _VOWEL_LETTERS:
        variants.append(letters + "ا")  # طه Taha: the h is said, with its vowel
    if _AYN_GLIDE.search(letters):
        variants += [_AYN_GLIDE.sub("ا", v) for v in variants]
    bases = [plain, *(_romanize(v, _table()) for v in variants[1:])]
    out: list[str] = []
    for base in bases:
        for form in (base, _JOINED_H.sub("h", base)):
            if form != plain and form not in out:
                out.append(form)
    return tuple(out)


def _romanize(text: str, table: dict[str, str]) -> str:
    if not text:
        return ""
    out: list[str] = []
    prev = ""
    for ch in strip_marks(text):
        mapped = table.get(ch)
        if mapped is None:
            out.append(ch)
            prev = ""
            continue
        if not prev and ch in "وي":
            mapped = "w" if ch == "و" else "y"
        if prev and ch == prev and ch not in _VOWEL_LETTERS and not _after_article(out):
            out.append(UNWRITTEN_VOWEL)
        elif prev and _joins(out[-1], mapped):
            out.append(SEPARATOR)
        out.append(mapped)
        prev = ch
    return "".join(out)


def _after_article(out: list[str]) -> bool:
    """True if *out* ends with the article al- (a lam after it is the lam of the word, which
    English writes as one doubled l: عبدالله Abdullah, اللواء al-Liwa'), not a repeated
    consonant with a vowel between."""
    return out[-2:] == ["a", "l"]


def _joins(before: str, after: str) -> bool:
    """True if the end of *before* and the start of *after* would read as one digraph."""
    if not before or not after:
        return False
    return _edge_joins(before[-3:], after[:3])


@lru_cache(maxsize=4_096)
def _edge_joins(end: str, start: str) -> bool:
    """:func:`_joins` of the last three letters before and the first three after, remembered:
    the edges are pairs of the table's short outputs, so a few hundred recur in every word
    romanised (the digraph scan was most of romanising a gazetteer's place names)."""
    edge = end + start
    cut = len(end)
    return any(edge.find(p, max(0, cut - len(p) + 1), cut + len(p) - 1) != -1 for p in _digraphs())


@cache
def _digraphs() -> tuple[str, ...]:
    """The patterns of more than one letter in the Latin key rules (``classes``)."""
    classes = load_data("letters.yaml")["classes"]
    return tuple(
        sorted({str(p) for pats in classes.values() for p in pats if len(str(p)) > 1}, key=len)
    )
