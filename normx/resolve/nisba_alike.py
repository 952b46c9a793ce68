"""A lone word is no look-alike of its own nisba: "Azhar" is not "Azhari", nor "Dar" "Dari".

Arabic makes an adjective, and from it a family or village name, by adding the nisba ending
ـي to a noun: الأزهر (al-Azhar) gives الأزهري (Azhari), مصر (Misr) gives مصري (Masri). In
English both are written with the same letters but the final "i" (or "y"), so the matcher finds
them alike (Al-Azhar ~ Azhari, 0.91; Dar ~ Dari, 0.88), yet they are two words, not two
spellings of one: a transliteration varies vowels inside a name and its article, never adds
the ي that makes the adjective. In a gazetteer of thousands of villages many are so named
after a word (the village Azhari, the village Dari), and such a look-alike outscores the one
the document means by the word -- "the Al-Azhar" after "Al-Azhar University", "the Dar" after
"Dar Al-Iftaa" -- which the matcher reaches only as one word of a longer name (0.78): the
loose link to the village then keeps coreference from the document's body, and a rule for
approximate words undoes it, leaving the mention unlinked. A place or body reached by a Latin
likeness (phonetic, fuzzy) whose name is one word, the text's word with the nisba ending added
(articles, case and hyphens aside), is dropped from a lone word's candidates.
Persons keep theirs: their family names are nisbas, and a person's rules read their words.
"""

from __future__ import annotations

from normx.match.candidate import LATIN_LIKENESS_METHODS, Candidate
from normx.text.latin import fold

NISBA_ENDINGS = ("i", "y", "iy", "ie")  # the ـي of the adjective in English letters
ARTICLES = ("al", "el", "ul")  # written glued or hyphened before the word
MIN_STEM = 3  # letters of the shorter word: "Ali" / "Al" is no nisba pair


def _core(name: str) -> str | None:
    """The one word of *name* folded, without its article and punctuation (None: several)."""
    words = fold(name).replace("-", " ").replace("'", " ").split()
    if len(words) == 2 and words[0] in ARTICLES:
        words = words[1:]
    if len(words) != 1:
        return None
    return "".join(ch for ch in words[0] if ch.isalnum())


def nisba_pair(said: str, name: str) -> bool:
    """The gazetteer's *name* is the text's word *said* with a nisba ending added ("azhar" /
    "azhari"). Not the converse: a word of the text that is a nisba of a place's name
    ("Zintani" beside Zintan) is the place's adjective, which the rules for adjectives read
    (:mod:`normx.resolve.place_adjective`); taking the place from its candidates would leave
    the word to coreference, which reads it as the place."""
    if len(said) < MIN_STEM or not name.startswith(said):
        return False
    return name[len(said) :] in NISBA_ENDINGS


def nisba_alike_dropped(query: str, cands: list[Candidate]) -> list[Candidate]:
    """*cands* of the lone word *query* without the places and bodies whose name only
    resembles it as a nisba does its noun (see the module docstring)."""
    said = _core(query)
    if said is None or not cands:
        return cands
    kept = []
    for c in cands:
        if c.type != "PER" and c.method in LATIN_LIKENESS_METHODS:
            name = _core(c.matched)
            if name is not None and nisba_pair(said, name):
                continue
        kept.append(c)
    return kept if len(kept) != len(cands) else cands
