"""When an Arabic match may count: the precision guards of back-translation.

Back-translation is for names whose English spellings drifted apart from one Arabic spelling
(Uzbal and Özbal from أوزبال). Measured on the held-out article sets (session 12,
``benchmarks/eval/bt_diff.py``), what it linked wrongly was not that:

* an English phrase ("Supreme Council", "Humanitarian Affairs") spelled into Arabic word by
  word with the gloss lexicon's renderings, meeting part of a body's Arabic name. A name made
  of English words only is translated, not transliterated: the gloss matcher reads it, with
  its own guards (:func:`transliterated`);
* a person not in the gazetteer (Mohamed Al-Kilani) whose spelling only resembles a known one
  (Mohamed al-Kani): the Arabic guesses then resemble the Arabic name by the same missing
  letter, so the two sides are one witness, not two; so is a short form (Ahmed Omar) read
  as part of a long name in both scripts (:func:`spells_alike`);
* a person's name (Abdel-Basit Marwan) one of whose words is a place's whole Arabic name
  (مروان, Qaryat Marwan), or a nil person (Jumaa Al-Gharbawi) whose words only resemble a
  namesake's (جمعة نعيم الجربي) among 40,000: an entity only the Arabic side reaches must
  explain every part of the query and spell each word (:func:`stands_alone`);
* a name whose Arabic is also part of another entity's (Al-Jazair: الجزائر, Algeria, and
  مدينة الجزائر, Algiers): the guess reads both, so it raises neither (:func:`shared`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from normx.match.candidate import Candidate
from normx.mt.arabic_match import ArabicMatch, name_words
from normx.mt.lexicon import default_lexicon
from normx.text.arabic import has_arabic

SPELLED = 0.9
"""An Arabic pairing this alike spells the name's word (a vowel letter or hamza apart): the
model's guess meets the gazetteer's Arabic, as for Uzbal/أوزبال. Below, a pairing only
resembles it, which the Latin spelling already said."""


@cache
def english_words() -> frozenset[str]:
    """One-word English entries of the gloss lexicon (supreme, council, affairs, ...)."""
    lexicon = default_lexicon()
    return frozenset(k[0] for k, e in lexicon.entries.items() if len(k) == 1) - frozenset(
        lexicon.transliterated
    )


def is_english(token: str) -> bool:
    """True for a model token that is a one-word English entry of the gloss lexicon (or its
    plural): a translated word, not a spelled name."""
    words = english_words()
    return token in words or (token.endswith("s") and token[:-1] in words)


def transliterated(found: ArabicMatch, tokens: Sequence[str]) -> bool:
    """True when some query part the match paired is not an English word of the lexicon (a
    name that was spelled out, not translated)."""
    return any(
        not is_english(tokens[i]) for qu, _, _, _ in found.pairs for i in qu if i < len(tokens)
    )


def spells_alike(found: ArabicMatch) -> bool:
    """True when the Arabic guesses spell the whole name: every pairing spells its name words
    (:data:`SPELLED`) and no word of the query or of the name is left over. Only then does
    the Arabic side add to the Latin one: "Ahmed Omar" reads two of the four words of Ahmad
    Oumar Imhamad al-Fitouri in either script, which the Latin score already said."""
    return (
        bool(found.pairs)
        and found.query_coverage >= 1.0
        and found.name_coverage >= 1.0
        and all(sim >= SPELLED for _, _, _, sim in found.pairs)
    )


def stands_alone(found: ArabicMatch) -> bool:
    """True when an entity the Latin spelling did not reach may be answered through Arabic:
    the match explains every part of the query (words left over are another name's), and
    either spells each word it pairs (:data:`SPELLED`: a short form of a longer name may
    stand) or reads the whole name, every word of it paired (Serhat Akens / سرحات أكسن, whose
    guess أكنس only resembles أكسن). A nil name whose words only resemble some of a
    namesake's (Jumaa Al-Gharbawi / جمعة نعيم الجربي: غرباوي ~ الجربي 0.81, نعيم unread) is
    left to the Latin side."""
    if not found.pairs or found.query_coverage < 1.0:
        return False
    return found.name_coverage >= 1.0 or all(sim >= SPELLED for _, _, _, sim in found.pairs)


def _reads_query(found: ArabicMatch) -> bool:
    return (
        bool(found.pairs)
        and found.query_coverage >= 1.0
        and all(sim >= SPELLED for _, _, _, sim in found.pairs)
    )


def shared(found: ArabicMatch, others: Sequence[ArabicMatch]) -> bool:
    """True when another entity's Arabic name is spelled by the guesses as well, every query
    part read (the same words in both names): the Arabic side cannot tell them apart, and
    leaves the choice to the Latin evidence and the document."""
    return any(o.entity != found.entity and _reads_query(o) for o in others)


def shared_with(found: ArabicMatch, entity_id: str, latin: Sequence[Candidate]) -> bool:
    """True when another Latin candidate was reached on an Arabic name holding every word of
    the matched one (الجزائر in مدينة الجزائر): the Arabic spelling reads both entities."""
    words = set(name_words(found.name))
    return bool(words) and any(
        c.id != entity_id and has_arabic(c.matched) and words <= set(name_words(c.matched))
        for c in latin
    )
