"""A word that only resembles a body's acronym is not that acronym: "Orascom" is no RASCOM.

Some bodies are known by an acronym written in capitals as their whole name (RASCOM, the
Regional African Satellite Communication Organization). An acronym is read by its letters,
never transliterated, so a text that means the body writes those letters (in any case:
"Rascom" is spelled, case aside). A lone word that only sounds like it, a letter added or
dropped ("Orascom", the Egyptian builder, against RASCOM at 0.96 by sound), is another
name: its likeness to the letters is chance, as an acronym's likeness to a name is
(:func:`normx.resolve.decision.lone_word_by_chance`, the converse). So, for a lone word, a
place or body matched by likeness (not spelled) whose matched name is one word written all
in capitals and of another number of letters than the word is left out of the candidates (an
acronym said as a word and written by its sounds keeps its letters' count: "Kovax" is COVAX,
a C heard as a K), and the others are judged as before: the word spelled out as the first
word of "Orascom Construction" stands on its own.

The decision is the letter count alone, a heuristic (session 26 wrote down what it costs): any
difference drops, one letter or more, and it cannot tell "Orascom" (a name that holds the
acronym's letters and one more) from a translation that writes the acronym by its sounds with
a vowel added ("Yunicef" for UNICEF), which is dropped though it means the body. That cost is
bounded: the sounds of an acronym are its Arabic name (يونيسف), and a word that reaches the
body through it ("Yunisef", cross-script) matched an Arabic name, which is no capitals, so the
rule does not judge it; only a likeness to the Latin capitals is read by count. No set has
a sound-written acronym that only the Latin capitals reach (tests/resolve/test_acronym_likeness.py).
"""

from __future__ import annotations

from normx.match.candidate import LIKENESS_METHODS, Candidate
from normx.resolve.capitals_only import written_in_capitals


def acronym_shaped_name(name: str) -> bool:
    """*name* is one word of capitals (digits and "&" allowed): "RASCOM", "OPEC", "UNHCR"."""
    return bool(name) and " " not in name.strip() and written_in_capitals(name)


def acronym_likeness_dropped(query: str, cands: list[Candidate]) -> list[Candidate]:
    """*cands* of the lone word *query* without the places and bodies whose matched name is an
    acronym the word only resembles (see the module docstring). *query* written in capitals
    itself is an acronym read against another: :mod:`normx.resolve.decision` judges it."""
    if not cands or acronym_shaped_name(query):
        return cands
    letters = sum(ch.isalpha() for ch in query)
    kept = [
        c
        for c in cands
        if c.type == "PER"
        or c.method not in LIKENESS_METHODS
        or not acronym_shaped_name(c.matched)
        or sum(ch.isalpha() for ch in c.matched) == letters
    ]
    return kept if len(kept) != len(cands) else cands
