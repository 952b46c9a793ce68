"""A body's name translated word for word where the document also names the body otherwise.

Machine translation renders one Arabic name two ways in one text: transliterated ("Al-Ittihad",
نادي الاتحاد) and translated word for word ("the Union Club"). A phrase made only of generic
words ("Union Club": union, club) names no body by itself (the gloss lexicon's ``generic``
words), so it reaches no record. But the document has linked the body, and the phrase's gloss
is that body's whole Arabic name: each word of the phrase renders a word of the name and each
word of the name (a qualifier in parentheses aside: نادي الاتحاد (طرابلس)) is rendered. Then
the phrase is that body. Only bodies the document itself links are tried, so a phrase that is
the whole name of a body the text never names stays unlinked, and a phrase that fits two of the
document's bodies stays unlinked too.

Only phrases made of generic words are read so: they are the ones no rule could match. A phrase
with a word of its own ("Ministry of Local Government") was matched, and if it is unlinked some
rule unlinked it on purpose (the rival government's ministry:
:mod:`normx.resolve.rival_government`), which the document's other link to the same body must
not undo.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from normx.mt.glossing import _variants, english_words
from normx.resolve.document import Mention
from normx.resolve.generic import arabic_words

if TYPE_CHECKING:
    from normx.resolve.runtime import Runtime

METHOD = "gloss"
SCORE = 0.9  # the gloss is the whole name; the twin in the document says which body
MIN_WORDS = 2  # one generic word ("Club") says only a kind of body
MAX_BEFORE = 3  # capitalised words before an unlinked mention that detection left out
LOOK_BACK = 60  # characters searched for them
KINDS = frozenset({"lexicon", "transliterated"})  # slots read as words, not guessed by sound
_PAREN = re.compile(r"\([^)]*\)")
_CAP_BEFORE = re.compile(r"([A-Z][^\W\d_]*) $")


def _name_words(rt: Runtime, record_id: str) -> list[frozenset[str]]:
    """The record's Arabic names as sets of words, a parenthesised qualifier left out."""
    rec = rt.normalizer.by_id.get(record_id)
    if rec is None:
        return []
    out = []
    for name in rec.names("ar"):
        words = frozenset(arabic_words(_PAREN.sub(" ", name)))
        if len(words) >= MIN_WORDS:
            out.append(words)
    return out


def _start(text: str, m: Mention, floor: int, function_words: frozenset[str]) -> int:
    """Where the phrase of *m* starts: before the capitalised words just before it (each one
    space apart), not before *floor* (the end of the mention before), nor before a function
    word ("The" opening the sentence): the gloss skips it, so it would be read as the phrase's
    and only widen the mention."""
    at = m.start
    for _ in range(MAX_BEFORE):
        lo = max(floor, at - LOOK_BACK)
        word = _CAP_BEFORE.search(text[lo:at])
        if word is None or word.group(1).lower() in function_words:
            break
        at = lo + word.start(1)
    return at


def _whole_name(slots: Sequence[frozenset[str]], name: frozenset[str]) -> bool:
    """Each slot renders a word of *name* and each word of *name* is rendered."""
    return all(s & name for s in slots) and all(any(w in s for s in slots) for w in name)


def _one_word_generic(generic: frozenset[str]) -> frozenset[str] | None:
    """The lexicon's generic words when each is one word, else None (no precheck then)."""
    return None if any(" " in w for w in generic) else generic


@lru_cache(maxsize=16_384)
def _generic_words_only(
    phrase: str, function_words: frozenset[str], generic: frozenset[str]
) -> bool:
    """Whether *phrase* can gloss to :data:`MIN_WORDS` or more slots that are all generic.

    A cheap test before the gloss (its lexicon, place and sound look-ups were ~6% of a first
    pass, for phrases that mostly hold a word of their own): the gloss reads the same content
    words and makes one slot of one or more of them, a slot's English being its words; a slot
    is generic when a variant of its English is a generic word. With no generic word of two
    words, every slot of an all-generic gloss is one generic word, so each content word must be
    generic and there must be :data:`MIN_WORDS` of them. Where this is False the gloss cannot
    pass the test below; where True the gloss decides. Remembered per phrase (news repeats
    its unlinked phrases; the arguments are the lexicon's own sets).
    """
    words = english_words(phrase, function_words)
    if len(words) < MIN_WORDS:
        return False
    return all(any(v in generic for v in _variants(w)) for w in words)


def twins_linked(text: str, mentions: tuple[Mention, ...], rt: Runtime) -> tuple[Mention, ...]:
    """*mentions* with each unlinked word-for-word phrase of a body the document links
    replaced by a link to that body (see the module docstring)."""
    bodies = {m.id for m in mentions if m.id is not None and m.type == "ORG"}
    if not bodies or all(m.id is not None for m in mentions):
        return mentions
    names: dict[str, list[frozenset[str]]] | None = None  # made when a phrase needs them
    gloss = rt.normalizer.gloss_matcher.gloss
    lexicon = rt.normalizer.gloss_matcher.tables.lexicon
    function_words = lexicon.function_words
    generic = _one_word_generic(lexicon.generic)
    out = list(mentions)
    changed = False
    floor = 0
    for i, m in enumerate(mentions):
        if m.id is not None:
            floor = m.end
            continue
        start = _start(text, m, floor, function_words)
        floor = m.end
        phrase = text[start : m.end]
        if generic is not None and not _generic_words_only(phrase, function_words, generic):
            continue  # the gloss would hold a slot that is no generic word (see below)
        slots = gloss(phrase)
        if len(slots) < MIN_WORDS or any(s.kind not in KINDS or not s.generic for s in slots):
            continue
        rendered = [
            frozenset(w for r in s.renderings for w in arabic_words(" ".join(r))) for s in slots
        ]
        if names is None:
            names = {b: _name_words(rt, b) for b in sorted(bodies)}
        found = {b for b, ns in names.items() if any(_whole_name(rendered, n) for n in ns)}
        if len(found) != 1:
            continue
        (rid,) = found
        rec = rt.normalizer.by_id[rid]
        evidence = {k: v for k, v in m.evidence.items() if k != "candidates"}
        evidence["gloss_of"] = rec.canonical
        out[i] = Mention(
            start, m.end, phrase, rid, rec.canonical, rec.type, SCORE, METHOD, evidence
        )
        changed = True
    return tuple(out) if changed else mentions
