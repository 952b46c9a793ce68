"""Pairings that are no reading of the query: a cut-short guess, an English word in a person.

Two kinds of wrong link back-translation made under 40,000 distractors (session 16,
``bt_diff articles-v23 --distractors 40000``), where an entity only the Arabic side reached
passed the guards (:func:`normx.mt.bt_guards.stands_alone`) on a pairing that reads nothing:

* a guess cut short by beam search: "Othman Abduljaleel" (nil) met عثمان عبد الرؤوف because the
  model's guesses for Abduljaleel (عبدال, عبدالجليل, then a bare عبد) spelled the name's عبد
  (0.92). A guess far shorter than the Latin part it spells (:data:`CUT_SHARE`) is not that
  part's spelling and is left out before matching (:func:`whole_guesses`); session 15 said as
  much of one-word names, against the part's best guess
  (:func:`~normx.mt.bt_evidence.near_exact`, Badrdia / بدر), which here is cut short too;
* an English word in a person's name: "Al-Fateh University" met the person فتاح جمعة because
  "University" is glossed جامعة, which spells the given name جمعة (Jumaa). A word of the gloss
  lexicon is a translation (:func:`~normx.mt.bt_guards.transliterated`), and persons' names are
  transliterated, not translated: such a pairing says nothing of a person.

A match reading an English word into a person is dropped before the evidence is combined: the
entity keeps what the Latin spelling said of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from normx.mt.arabic_match import ArabicMatch
from normx.mt.bt_guards import is_english

PERSON = "PER"
CUT_SHARE = 0.4
"""Arabic writes fewer letters than a romanisation (no short vowels, one letter for sh, kh,
th): Muhammad / محمد, Shaykh / شيخ and Qadhdhafi / قذافي keep about half, Ouaddou / ودو 0.43.
A guess below 0.4 of its part's Latin letters is a cut-short beam (Abduljaleel / عبد, 0.27)."""


def whole_guesses(options: Sequence[tuple[str, float]], token: str) -> list[tuple[str, float]]:
    """The model's (spelling, log-probability) *options* for *token* without those cut short:
    fewer than :data:`CUT_SHARE` Arabic letters per Latin letter (Abduljaleel, 11 letters: not
    عبد). All of them when every one is."""
    letters = sum(ch.isalpha() for ch in token)
    kept = [o for o in options if len(o[0].replace(" ", "")) >= CUT_SHARE * letters]
    return kept or list(options)


def english_in_person(found: ArabicMatch, tokens: Sequence[str], records: Sequence[Any]) -> bool:
    """True when *found* is a person whose name a query word of the gloss lexicon pairs with
    ("University" / جمعة)."""
    if records[found.entity].type != PERSON:
        return False
    return any(is_english(tokens[i]) for qu, _, _, _ in found.pairs for i in qu if i < len(tokens))


def fair_reading(found: ArabicMatch, tokens: Sequence[str], records: Sequence[Any]) -> bool:
    """True unless *found* reads an English word into a person's name (see the module
    docstring)."""
    return not english_in_person(found, tokens, records)
