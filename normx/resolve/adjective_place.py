"""A look-alike for a word whose place the document names by its English adjective.

"Heading towards the border with Tshad", "from Tshad, Sudan and Al-Niger", and in the same
document "Chadians", "the Chadian authorities", "the Chadian Army". A small gazetteer links
"Tshad" to Chad by likeness (0.82); among 40,000 places the word first meets the town Shahhat
(شحات, 0.94 across scripts), Chad falls out of the matcher's answers, and the town took the
word three times in one document (and once in another that speaks of "the Chadian
opposition").

The document says which place it talks about: it forms the place's English adjective
(:func:`normx.resolve.english_adjective.english_adjective_of`: Chad / Chadian, Sudan /
Sudanese). So a one-word segment linked by likeness alone to a place
(:func:`normx.resolve.segment.lookalike_place_word`) is relinked to the place of note
(:mod:`normx.resolve.standing`, :mod:`normx.resolve.twin_standing`: a shipped place other than
a village, or a record identified with one) whose one-word English name the document's
adjective is formed from, when the word pairs that name by likeness (:data:`PAIR_FLOOR`) and
no adjective of the document is formed from the linked place's own name ("Tounis" linked to
Tunis stays Tunis in a text that says "Tunisian": Tunis / Tunisian is an adjective too). Several
such places: the link stands.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from normx.match.score import token_similarity
from normx.resolve.segment import Resolved, linked_evidence, lookalike_place_word
from normx.resolve.standing import MAJOR
from normx.text.normalize import normalize_name

if TYPE_CHECKING:
    from normx.match.candidate import Candidate
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime
    from normx.text.normalize import NameToken

# the likeness a word needs with the adjective's place: "Tshad" / Chad 0.85 (vowels)
PAIR_FLOOR = 0.8
MIN_STEM = 4  # as english_adjective: a short stem makes chance names ("Oce" of "Ocean")
_ENDINGS = ("ian", "an", "n", "ese")  # Chad-ian, Sudan-ese, Syri-an, Kenya-n
_DROPPED_ENDS = ("a", "o", "e", "y")  # Syria / Syrian, Morocco / Moroccan, Italy / Italian
_ADJECTIVE = re.compile(r"(?<![\w-])[A-Z][a-z]+(?:ians?|ans?|ns|ese)(?![\w-])")


def adjective_stems(text: str) -> dict[str, str]:
    """Every place name an English adjective of *text* may be formed from, folded, with the
    adjective as written ("chad" -> "Chadians"; "sudan" -> "Sudanese"). Plural ``-s`` dropped."""
    out: dict[str, str] = {}
    for m in _ADJECTIVE.finditer(text):
        written = m.group(0)
        word = written.lower()
        if word.endswith("ns"):
            word = word[:-1]
        for end in _ENDINGS:
            if not word.endswith(end):
                continue
            stem = word[: -len(end)]
            if len(stem) < MIN_STEM - 1:
                continue
            for form in (stem, *(stem + v for v in _DROPPED_ENDS)):
                if len(form) >= MIN_STEM:
                    out.setdefault(form, written)
    return out


def _of_note(rt: Runtime, record_id: str) -> bool:
    return rt.standing(record_id) == MAJOR or rt.twin_standing(record_id) >= MAJOR


def likeness(rt: Runtime, word: str, stem: str) -> float:
    """How nearly the one word *word* spells the one-word place name *stem* (0: not one word
    each)."""
    return _likeness(rt, rt.core_words(word), stem)


def _likeness(rt: Runtime, q: tuple[NameToken, ...], stem: str) -> float:
    """:func:`likeness` of a word whose core words *q* are already known."""
    if len(q) != 1:
        return 0.0
    n = rt.core_words(stem)
    if len(n) != 1:
        return 0.0
    return token_similarity(q[0], n[0], cross_script=False)[0]


def _named_place(rt: Runtime, stem: str) -> Candidate | None:
    """The one place of note a name of which is *stem*, as the matcher answers it exactly;
    None otherwise."""
    found = {
        c.id: c
        for c in rt.match(stem)
        if c.type == "LOC" and c.method == "exact" and _of_note(rt, c.id)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def adjective_places(linker: SpanLinker, rt: Runtime, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* with each look-alike place relinked to the place the document names by its
    adjective, where the word pairs that place's name (see the module)."""
    stems: dict[str, str] | None = None
    # each stem with its core words, made once per document (session 34): every look-alike
    # compared its word with every stem, each a look-up of the stem's words
    stem_words: list[tuple[str, str, tuple[NameToken, ...]]] | None = None
    out: list[Resolved] = []
    for seg, cand, evidence in resolved:
        if (
            cand is not None
            and lookalike_place_word(seg, cand, evidence)
            and not (seg.phrase or seg.generic)
        ):
            if stems is None:
                stems = adjective_stems(linker.text)
            if stems and not (rt.english_words(cand.id) & stems.keys()):
                word = linker.surface(seg.first, seg.last)
                said = normalize_name(word)  # asked once, not once per stem
                q = rt.core_words(word)
                places: dict[str, tuple[Candidate, str, float]] = {}
                if stem_words is None:
                    stem_words = [(s, a, rt.core_words(s)) for s, a in stems.items()]
                # _likeness, with the stems' words made once: 0 unless one word each
                for stem, adjective, n in stem_words if len(q) == 1 else ():
                    if said == stem or len(n) != 1:
                        continue
                    sim = token_similarity(q[0], n[0], cross_script=False)[0]
                    if sim >= PAIR_FLOOR and (p := _named_place(rt, stem)) and p.id != cand.id:
                        places[p.id] = (p, adjective, sim)
                if len(places) == 1:
                    found, adjective, sim = next(iter(places.values()))
                    # a likeness link still, to the place the adjective names: the word's own
                    # likeness to its name, not the name's exact answer
                    cand = replace(found, score=round(sim, 4), method="fuzzy", explain={})
                    evidence = linked_evidence(
                        evidence, {"adjective": adjective, "matched": found.matched}
                    )
        out.append((seg, cand, evidence))
    return out
