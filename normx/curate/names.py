"""Small, source-independent helpers for the names that importers read.

Source datasets mix scripts in one field (OSM ``name`` is often Arabic, sometimes "Kambot كمبوت"),
write names in upper case (old UN and OFAC entries) or as "SURNAME, Given" (OFAC). The contract
needs clean ``en`` (no Arabic script) and ``ar`` (Arabic script only) values, so every importer
classifies by script here instead of trusting the field's language tag.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from unidecode import unidecode

from normx.text.resources import word_list

# Arabic script blocks: Arabic, Arabic Supplement, Arabic Extended-A, presentation forms.
_ARABIC_RANGES = (
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x08A0, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
)
# Letters of the Arabic language itself (hamza..yeh, plus alef wasla); Persian or Uyghur letters
# such as FARSI YEH are Arabic *script* but not spellings Arabic news uses.
_ARABIC_LANGUAGE_LETTERS = frozenset(chr(c) for c in range(0x0621, 0x064B)) | {"\u0671"}
_BIDI_CONTROLS = dict.fromkeys(
    map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")
)
# the particles that stay lower case inside a name part (data/names.yaml, particles)
_PARTICLES = frozenset(word_list("normx.curate", "names.yaml", "particles"))


def is_arabic_char(ch: str) -> bool:
    """True for a character in one of the Arabic-script blocks."""
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _ARABIC_RANGES)


def _letters(text: str) -> list[str]:
    return [ch for ch in text if unicodedata.category(ch).startswith("L")]


def is_arabic(text: str) -> bool:
    """True when every letter of ``text`` is Arabic script (and there is at least one)."""
    letters = _letters(text)
    return bool(letters) and all(is_arabic_char(ch) for ch in letters)


def is_arabic_language(text: str) -> bool:
    """True when every letter is a letter of the Arabic alphabet proper (not Persian, Urdu...)."""
    letters = _letters(text)
    return bool(letters) and all(ch in _ARABIC_LANGUAGE_LETTERS for ch in letters)


def is_latin(text: str) -> bool:
    """True when every letter of ``text`` is Latin script (and there is at least one)."""
    letters = _letters(text)
    return bool(letters) and all("LATIN" in unicodedata.name(ch, "") for ch in letters)


def clean(text: str | None) -> str:
    """NFC, bidi marks removed, whitespace collapsed; ``''`` for ``None``."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).translate(_BIDI_CONTROLS)
    return " ".join(text.split())


def split_scripts(text: str) -> tuple[str, str]:
    """Split a mixed value such as ``"Kambot كمبوت"`` into its Latin and Arabic parts.

    Returns ``(latin, arabic)``; a part is ``''`` when absent or when the value interleaves the two
    scripts in a way that cannot be split cleanly.
    """
    text = clean(text)
    if not text:
        return "", ""
    if is_arabic(text):
        return "", text
    if is_latin(text):
        return text, ""
    words = text.split()
    arabic = [w for w in words if is_arabic(w)]
    latin = [w for w in words if is_latin(w)]
    if len(arabic) + len(latin) != len(words):
        return "", ""
    # Only a clean split is trusted: all Latin words, then all Arabic words, or the reverse.
    if words not in (latin + arabic, arabic + latin):
        return "", ""
    return " ".join(latin), " ".join(arabic)


def split_parenthesis(text: str) -> tuple[str, str]:
    """``"Darsiyah (Tolmeita)"`` -> ``("Darsiyah", "Tolmeita")``; else ``(text, '')``."""
    m = re.fullmatch(r"\s*([^()]+?)\s*\(([^()]+)\)\s*", text)
    if not m:
        return text, ""
    return m.group(1), m.group(2)


def _cap(word: str) -> str:
    """Capitalise one word: first letter upper, rest lower; keeps a leading apostrophe."""
    if not word:
        return word
    i = 0
    while i < len(word) and not word[i].isalpha():
        i += 1
    return word[:i] + word[i : i + 1].upper() + word[i + 1 :].lower()


def proper_case(text: str) -> str:
    """Turn an upper- or lower-cased Latin name into name case.

    ``"SAIF AL-ISLAM QADHAFI"`` -> ``"Saif al-Islam Qadhafi"``; ``"AL-SENUSSI"`` ->
    ``"Al-Senussi"``. Article particles are lower case inside a name, capitalised at its start,
    which is how English reference works print Arabic names.
    """
    out: list[str] = []
    for wi, word in enumerate(clean(text).split(" ")):
        parts = word.split("-")
        cased: list[str] = []
        for pi, part in enumerate(parts):
            low = part.lower()
            first = wi == 0 and pi == 0
            if low in _PARTICLES and (len(parts) > 1 and pi < len(parts) - 1) and not first:
                cased.append(low)
            else:
                cased.append(_cap(part))
        out.append("-".join(cased))
    return " ".join(out)


def needs_case_fix(text: str) -> bool:
    """True when a Latin name is written all upper or all lower case."""
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 2:
        return False
    return all(ch.isupper() for ch in letters) or all(ch.islower() for ch in letters)


def fix_case(text: str) -> str:
    """Proper-case a name whose source wrote it all upper or all lower case.

    In a mixed value ("ABU-AL QASSIM OMAR Musab Boukrin") only the upper-case words are fixed.
    """
    text = clean(text)
    if needs_case_fix(text):
        return proper_case(text)
    words = text.split(" ")
    fixed = [
        proper_case(w)
        if sum(ch.isalpha() for ch in w) >= 2 and needs_case_fix(w) and w.isupper()
        else w
        for w in words
    ]
    return " ".join(fixed)


def invert_surname_given(text: str) -> str:
    """``"QADHAFI, Muammar"`` -> ``"Muammar QADHAFI"`` (OFAC writes the surname first)."""
    if "," not in text:
        return text
    surname, _, given = text.partition(",")
    given, surname = given.strip(), surname.strip()
    return f"{given} {surname}" if given and surname else (given or surname)


def slugify(text: str) -> str:
    """ASCII, lower-case, hyphenated slug of a Latin name (``"Yaşar Güler"`` -> ``yasar-guler``).

    Only for Latin-script input: unidecode is not a romaniser for Arabic script.
    """
    text = unidecode(clean(text)).lower()
    text = re.sub(r"['`’ʿʾ]", "", text)
    text = re.sub(r"\+", " plus ", text)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def casefold_key(text: str) -> str:
    """The key two names are "the same" by: NFC, casefolded, whitespace collapsed."""
    return clean(text).casefold()


def unique(values: Iterable[str], *, exclude: Iterable[str] = ()) -> list[str]:
    """Values in first-seen order without repeats (by :func:`casefold_key`), minus ``exclude``."""
    seen = {casefold_key(v) for v in exclude if v}
    out: list[str] = []
    for v in values:
        v = clean(v)
        key = casefold_key(v)
        if v and key not in seen:
            seen.add(key)
            out.append(v)
    return out
