"""A French acronym written as a word: "la Manul", "l'Otan".

AFP house style writes an acronym that is read as a word with one capital ("Manul" for the
MANUL, "Otan", "Opep"), as English copy writes "Nato" and "Unesco". Spelled so, the word is
no acronym to :mod:`normx.resolve.acronyms` (it looks for capitals) and no name to the matcher,
and it stays unlinked. An unlinked one-word mention of four letters or more, capitalised and
otherwise lower case, whose capitals are an acronym of the French section of the gloss lexicon
(``normx/mt/data/gloss.yaml``: ``french.acronyms``) is read as that acronym, with the same
look-up as the capitals (the body a gazetteer holds under the acronym's English or Arabic
name). Short ones ("Ue", "Ua") are left alone: a word of two or three letters so written is as
often a word or a name.

A link by coreference does not stand in the way: "Manul" resembles "Emmanuel", so beside
"Emmanuel Macron" coreference reads it as his given name, but a word that spells one of these
acronyms is the acronym (a resemblance to a name the document wrote is weaker evidence than
the acronym list). Links by the matcher are kept.

An acronym so written may also be defined by the document: "Union tunisienne de l'industrie,
du commerce et de l'artisanat (Utica)". The French acronyms table cannot hold every body's,
but the bracket right after a linked name whose initials spell the word (French function
words skipped: U-T-I-C-A) says what it stands for, as "(LNA)" does for the capitals
(:func:`normx.resolve.acronyms.link_acronyms`); the word's uses in the document then link to
that name's entity (:func:`defined_word_acronyms_linked`). Only in brackets, only four letters
or more, and only where the initials agree: a capitalised word in brackets is as often a
place or a person.
"""

from __future__ import annotations

import re
from functools import cache

from normx.mt.french import SECTION, shipped_data
from normx.resolve.acronyms import DEFINITION_WINDOW, GAZETTEER_SCORE, KnownAcronym, initials
from normx.resolve.document import Mention

MIN_LETTERS = 4  # MANUL, OTAN, OPEP; not UE, UA, ONU (AFP writes ONU in capitals)
METHOD = "acronym"
COREF = "coref"  # the method of a link by coreference (normx.resolve.document.Mention)
_BRACKETED_WORD_RE = re.compile(r"\s*\(\s*([A-Z][a-z]{3,7})\s*\)")  # " (Utica)"


@cache
def _french_acronyms() -> frozenset[str]:
    section = shipped_data().get(SECTION) or {}
    return frozenset((section.get("acronyms") or {}).keys())


def word_acronym(text: str) -> str | None:
    """The French acronym *text* spells as a capitalised word ("Manul" -> "MANUL"), if any."""
    if len(text) < MIN_LETTERS or not text.isalpha() or not text[0].isupper():
        return None
    if not text[1:].islower():
        return None
    key = text.upper()
    return key if key in _french_acronyms() else None


def word_acronyms_linked(
    mentions: tuple[Mention, ...], known: KnownAcronym, score: float = GAZETTEER_SCORE
) -> tuple[Mention, ...]:
    """*mentions* with each French acronym written as a word, unlinked or linked by
    coreference, linked through *known* (the gazetteers' and the French acronyms,
    :attr:`Runtime.acronyms`)."""
    out: list[Mention] | None = None
    for k, m in enumerate(mentions):
        if (m.id is not None and m.method != COREF) or (key := word_acronym(m.text)) is None:
            continue
        entity = known(key, False)
        if entity is None:
            continue
        if out is None:
            out = list(mentions)
        evidence = {"acronym": "word", "name": entity[3]}
        out[k] = Mention(
            m.start, m.end, m.text, entity[0], entity[1], entity[2], score, METHOD, evidence
        )
    return mentions if out is None else tuple(out)


def _word_shaped(text: str) -> bool:
    """Capitalised, otherwise lower case, four letters or more: "Utica", "Manul"."""
    return len(text) >= MIN_LETTERS and text.isalpha() and text[0].isupper() and text[1:].islower()


def _defined_words(text: str, mentions: tuple[Mention, ...]) -> dict[str, Mention]:
    """Acronyms written as words defined in brackets right after a linked body's name whose
    initials spell them: "... et de l'artisanat (Utica)" -> the name's mention."""
    out: dict[str, Mention] = {}
    for m in mentions:
        if m.id is None or m.type != "ORG" or m.method == METHOD:
            continue
        window = m.end + DEFINITION_WINDOW
        if text.find("(", m.end, window) < 0:
            continue
        after = _BRACKETED_WORD_RE.match(text, m.end, window)
        if after is None:
            continue
        key = after.group(1).upper()
        if key in initials(m.text) or key in initials(m.canonical or ""):
            out.setdefault(key, m)
    return out


def defined_word_acronyms_linked(text: str, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """*mentions* with each acronym written as a word that the document defines (see the
    module), unlinked or linked by coreference, linked to the body it was defined after."""
    if "(" not in text:
        return mentions
    defined = _defined_words(text, mentions)
    if not defined:
        return mentions
    out = list(mentions)
    changed = False
    for k, m in enumerate(mentions):
        if (m.id is not None and m.method != COREF) or not _word_shaped(m.text):
            continue
        source = defined.get(m.text.upper())
        if source is None:
            continue
        evidence = {
            "acronym": "definition",
            "antecedent": {"text": source.text, "start": source.start},
        }
        out[k] = Mention(
            m.start,
            m.end,
            m.text,
            source.id,
            source.canonical,
            source.type,
            source.score,
            METHOD,
            evidence,
        )
        changed = True
    return tuple(out) if changed else mentions
