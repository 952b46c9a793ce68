"""An ordinary English word, capitalised by its position, that only resembles a name.

A capital says nothing at the start of a sentence, after a dateline ("ZINTAN, Libya (AP) —
Tribal elders ...") or inside a title phrase ("Minister of Foreign Affairs"): the word there
is capitalised whatever it is. When such a lone word reaches a place or body only by likeness
(phonetic or fuzzy, never spelled), the link stands on the capital and the likeness alone, and
any English word resembles one of thousands of names: "Tribal" ~ Tripoli (one phonetic key,
TRBL), "Affairs" ~ Africa, "Relations" ~ the European Council on Foreign Relations (one word
of five). Other rules let such a link stand when the document names the entity elsewhere
(Tripoli, Africa), since a variant spelling of a named place often opens a sentence ("Sebha
..." after "in Sabha"). What tells the English word apart is the word itself:

* the document writes it in lower case elsewhere ("relations", "armed"): a common word;
* it ends in an English suffix (``-al``, ``-ations``, ``-ness``, a plural ``-ers``...) that the
  name's words it resembles lack (Tribal / Tripoli), or it is only one word of a longer name
  (Relations of the European Council on Foreign Relations). Arabic names in Latin letters
  are made of Arabic roots and patterns, whose endings are vowels, ``-i``, ``-a``, ``-iya``,
  ``-an``, ``-at``: these suffixes are English morphology, and a name spelled a letter or two
  apart keeps its own ending (Sebha / Sabha, Misurata / Misrata), vowels aside (Takbal /
  Takbel: :func:`skeleton`).

Inside a sentence a capital is the word's own, so only an English demonym's ending
(``-ese``: "a Beninese man" ~ a village across scripts) undoes a likeness there.

Only a lone word, only places and bodies (a surname opens sentences: "Erdogan said", and
persons keep their own rules), and only a likeness: an exact or normalised name still links.
No word list is needed, and none is shipped (no English word list in the shared data may be).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Container, Iterable
from typing import Any

from normx.detect.blind_capitals import dateline_openers
from normx.detect.tokens import Token, lowercase_words
from normx.match.candidate import LIKENESS_METHODS, Candidate
from normx.resolve.prefixed_word import prefixed_lookalike
from normx.resolve.segment import Seg
from normx.text.latin import fold
from normx.text.resources import word_list

LIKENESS = LIKENESS_METHODS  # matched by resemblance alone
MIN_STEM = 4  # letters before the suffix: "Jamal", "Kamal" are no "-al" adjectives
# English derivational and inflectional endings, longest first: a word that ends so is an
# English noun or adjective (data/english_words.yaml, endings)
ENGLISH_ENDINGS = word_list("normx.resolve", "english_words.yaml", "endings")

# French endings written with an accent (data/english_words.yaml, french_endings): a word
# capitalised by its position that ends so ("Côté", "Arrivée") is a French word, unless the
# name it resembles ends so too
FRENCH_ENDINGS = word_list("normx.resolve", "english_words.yaml", "french_endings")
MIN_FRENCH_STEM = 2  # letters before a French ending: "Côté" has three

# endings of English demonyms that no Arabic name in Latin letters ends in ("Beninese",
# "Congolese"): such a word is English wherever it stands, not only where capitals say nothing
DEMONYM_ENDINGS = ("ese",)

_VOWELS = re.compile(r"[aeiouy]+")

Resolved = tuple[Seg, Any, dict]


def english_ending(word: str) -> str | None:
    """The English suffix *word* (folded) ends in after a stem of at least four letters
    ("tribal": ``al``; "relations": ``ations``), or None ("jamal", "sabha")."""
    for end in ENGLISH_ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= MIN_STEM:
            return end
    return None


def english_shaped(word: str, name: str) -> bool:
    """*word* (folded) carries an English suffix that the likeness to *name* (the gazetteer
    name it was matched to) does not explain: no word of the name ends in it, vowels aside
    ("tribal" / Tripoli; "takbal" / Takbel is explained), or the word is only one word of a
    longer name ("relations" / European Council on Foreign Relations)."""
    end = english_ending(word)
    if end is None:
        return False
    words = [fold(w) for w in name.replace("-", " ").split()]
    words = [w for w in words if w and not w.startswith("(")]
    if len(words) > 1:
        return True
    tail = skeleton(end)
    return not any(skeleton(w).endswith(tail) for w in words)


def french_shaped(written: str, names: Iterable[str]) -> bool:
    """*written* (the word as the text spells it, accents kept) ends in an accented French
    ending after a stem of :data:`MIN_FRENCH_STEM` letters or more, and no word of *names*
    (the matched entity's) ends so: "Côté" ~ "Gate" is the French word for side. Folding
    drops the accent, so the folded form alone cannot tell."""
    word = written.lower()
    for end in FRENCH_ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= MIN_FRENCH_STEM:
            return not any(w.lower().endswith(end) for n in names for w in n.split())
    return False


def skeleton(word: str) -> str:
    """*word* (folded) with each run of vowels one mark: names spelled apart differ in their
    vowels ("Takbal" / Takbel, "Marsous" / Marsus, "Saeed" / Said), never in a consonant the
    suffix adds or a final vowel it drops ("Tribal" / Tripoli)."""
    return _VOWELS.sub("V", word)


def english_demonym(word: str, names: Iterable[str]) -> bool:
    """*word* (folded) ends like an English demonym after a stem of four letters or more
    ("beninese", "congolese") and none of *names* (the matched entity's) ends so."""
    for end in DEMONYM_ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= MIN_STEM:
            return not any(fold(n).endswith(end) for n in names)
    return False


def capital_says_nothing(tok: Token, seg: Seg, openers: Callable[[], Container[int]]) -> bool:
    """The word's capital is the position's: it opens a sentence, it follows title words in
    one span ("Minister of Foreign Affairs"), or it opens the story after a dateline. *openers*
    gives the datelines' opening offsets (read from the text only when asked)."""
    return tok.sent_start or bool(seg.context) or tok.start in openers()


def looks_like_english(
    form: str, cand: Candidate, lower: Container[str], names: Iterable[str] = ()
) -> bool:
    """*form* (a lone word, folded) is a common English word rather than a variant of
    *cand*'s name: the document writes it in lower case, or it carries an English suffix that
    the matched name (and each of *names*, the entity's other names) does not explain."""
    if form in lower:
        return True
    return all(english_shaped(form, n) for n in (cand.matched, *names))


def english_words_unlinked(
    text: str,
    tokens: list[Token],
    resolved: list[Resolved],
    entity_names: Callable[[str], Collection[str]],
) -> list[Resolved]:
    """*resolved* with the loose links of lone English words capitalised by their position
    undone (their candidate set to None). *entity_names*: record id -> its English names."""
    lower = None
    dated: frozenset[int] | None = None

    def openers() -> frozenset[int]:
        nonlocal dated
        if dated is None:
            dated = dateline_openers(text)
        return dated

    out = resolved
    for k, (seg, cand, evidence) in enumerate(resolved):
        if (
            cand is None
            or seg.first != seg.last
            or cand.type == "PER"
            or cand.method not in LIKENESS
            or not tokens[seg.first].cap
        ):
            continue
        form = tokens[seg.first].form
        names = (cand.matched, *entity_names(cand.id))
        if capital_says_nothing(tokens[seg.first], seg, openers):
            if lower is None:
                lower = lowercase_words(text)
            english = looks_like_english(form, cand, lower, names)
            english = english or french_shaped(tokens[seg.first].text, names)  # "Côté"
        else:  # a capital inside a sentence: only a demonym's ending tells
            english = english_demonym(form, names)
        # "sub-Saharan": the compound's capital (prefixed_word.py)
        english = english or prefixed_lookalike(text, tokens[seg.first], cand)
        if english:
            if out is resolved:
                out = list(resolved)
            out[k] = (seg, None, {key: v for key, v in evidence.items() if key != "matched"})
    return out
