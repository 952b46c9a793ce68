"""Namesake bodies and places told apart by the words the document says.

Gazetteers written from Wikipedia titles hold many bodies and places of one short name, kept
apart by a place in their name or a qualifier: "Al-Ittihad Club (Tripoli)", "Al-Ittihad Club
(Jeddah)", "Al Ittihad Alexandria Club". A football report that writes "Al-Ittihad" and
elsewhere "Tripoli" but never "Jeddah" or "Alexandria" means Tripoli's club, as a reader knows
at once. So when a short name ties between several such entities, the one whose every added
word (a capitalised word of its name the mention left out, the qualifier included) the
document says wins, provided every other one adds a word the document never says. Generic
head words ("Club", "SC", "Company", "District") and demonyms are left out of the comparison:
they tell no namesakes apart. The mention must be the short name the winner's name opens
with ("Al-Ittihad" of "Al-Ittihad Club (Tripoli)"), not a word from its middle ("Human" of
"United Nations Human Rights Council"), and not ordinary words only (words the text also
writes in lower case). Persons are not judged this way: a person's other name words (a father's
name, a family name) are ordinary words a document may say for other reasons.

Session 23 (h-v39fix23): translation spells the qualifier its own way ("Al-Ittihad Club" in a
text that writes Tripoli "Tarabulus" or "Trablus", which the matcher links to Tripoli), so a
word is also said when the document links a place of that name (*named*: the folded names of
the places its mentions link). And the short name may glue its article on ("Alhilal",
"Alittihad", DOMAIN.md's glued article): its opening word is compared without it too.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Container, Iterable, Mapping, Sequence
from functools import lru_cache

from normx.detect.lexicon import Lexicon
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve import designators
from normx.resolve.unsaid_qualifier import said_in
from normx.text.arabic import is_mostly_arabic
from normx.text.latin import fold
from normx.text.normalize import analyse_name, core_tokens
from normx.text.particles import particle_table
from normx.text.resources import word_list

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
DESIGNATORS = frozenset(word_list("normx.resolve", "kind_words.yaml", "said_designators"))
"""Words of club names that no namesake lacks (data/kind_words.yaml, said_designators)."""


@lru_cache(maxsize=8)
def generic_words(lex: Lexicon) -> frozenset[str]:
    """Head nouns, administrative and feature words, function words, connectors and demonyms:
    words no namesake is told apart by ("Tunisian" said of a coach is no evidence for the
    Tunisian Football Federation)."""
    heads = designators.administrative_words() | set(designators.feature_order())
    return heads | lex.body_heads | lex.unit_heads | lex.stopwords | lex.connectors | lex.demonyms


def added_words(name: str, said: Collection[str], generic: Collection[str]) -> list[str]:
    """The capitalised words of *name* that the mention (its folded words *said*) left out,
    generic words aside; Arabic-script names give [] (nothing to look for in English)."""
    out = []
    for w in _WORD.findall(name):
        f = fold(w)
        if not w[:1].isupper() or f in said or f in generic or f in DESIGNATORS:
            continue
        out.append(w)
    return out


def said_by_words(
    text: str,
    ambiguous: Sequence[Candidate],
    mention: str,
    said: Collection[str],
    generic: Collection[str],
    lower: Container[str],
    named: Container[str] = frozenset(),
) -> Candidate | None:
    """The one tied body or place whose added words *text* all says, when every other one
    adds a word it never says (see the module docstring); None otherwise.

    *mention* is the text's words, *said* their folded forms, *lower* the words the text
    writes in lower case: a mention of ordinary words only names no namesake. *named* holds
    the folded names of the places the document links, said however the text spells them."""
    if len({c.id for c in ambiguous}) < 2 or any(c.type == "PER" for c in ambiguous):
        return None
    if all(f in generic or f in lower or f in DESIGNATORS for f in said):
        return None
    opening = opening_key(mention)
    if opening is None:
        return None
    unglued = _unglued_key(mention)
    if unglued is not None:  # "Alhilal" says the "Hilal" of "Al-Hilal SC (Benghazi)"
        article = particle_table().by_kind["article"]
        said = {*said, *(article.unglued(f) or f for f in said)}
    winner: Candidate | None = None
    for cand in ambiguous:
        words = added_words(english_name(cand), said, generic)
        if not any(c.isascii() and c.isalpha() for w in words for c in w):
            return None  # nothing added, or an Arabic name: nothing to tell it apart by
        if all(said_in(text, w) or fold(w) in named for w in words):
            if winner is not None and winner.id != cand.id:
                return None  # two namesakes the document vouches for
            winner = cand
    if winner is not None and opening_key(english_name(winner)) not in (opening, unglued):
        return None  # a word from the middle of the name, not its short form
    return winner


def english_name(cand: Candidate) -> str:
    """The name *cand* was matched by, or its English name when that was an Arabic one (a
    gloss reading of "Al-Nasr Club" meets نادي النصر (بنغازي): "Al-Nasr SC (Benghazi)")."""
    matched = cand.matched or cand.name
    return cand.name if is_mostly_arabic(matched) and cand.name else matched


def _unglued_key(mention: str) -> str | None:
    """The opening key of *mention* whose first word glues the article on ("Alhilal" ->
    "hilal"); None when it glues none."""
    words = mention.split()
    if not words:
        return None
    rest = particle_table().by_kind["article"].unglued(fold(words[0]))
    return opening_key(rest) if rest else None


@lru_cache(maxsize=16_384)  # a pure function of the name: asked for the same names often
def opening_key(name: str) -> str | None:
    """The phonetic key of a name's first core word (its article and particles aside)."""
    core = core_tokens(analyse_name(name))
    return core[0].key if core else None


def linked_place_names(records: Mapping[str, Record], linked: Iterable[str]) -> frozenset[str]:
    """The folded English names of the places among the *linked* entity ids ("tripoli" when
    the text's "Tarabulus" links Tripoli): words the document says in its own spelling."""
    out = set()
    for entity_id in linked:
        record = records.get(entity_id)
        if record is not None and record.type == "LOC" and record.name_en:
            out.add(fold(record.name_en))
    return frozenset(out)
