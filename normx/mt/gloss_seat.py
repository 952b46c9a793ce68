"""A body named after its seat, matched by a phrase that says no place: "Court of Appeal".

Arabic names many bodies by their kind and their town: محكمة استئناف سبها (the Sabha Court of
Appeal), مركز سبها الطبي (the Sabha Medical Center). Every town has one of the kind, so the kind
alone ("the Court of Appeal", "the Medical Center") names none of them in particular: the text
may speak of another town's (articles-v26 names the Tripoli Court of Appeal beside Sabha's,
and calls it "the Court of Appeal"). The gloss scorer lets one distinctive name word go
unmatched (:data:`normx.mt.gloss_score.MAX_DISTINCTIVE_LEFT`), which is right for a word the
translation dropped, but a place is no such word: it is the body's identity.

When a phrase names a kind of body (a generic head noun: "court", "center") and no place at
all, and every distinctive word it left out of a body's Arabic name is a town (a place, not a
country or nationality word of the lexicon: القوات المسلحة العربية الليبية is "the Armed Forces"
of its country, English drops the adjectives), the scorer
notes :data:`SEAT_UNSAID` among the match's costs. The score stays as it was, so the candidate
still outranks what the phrase matches less well (another town's centre by spelling,
"Benghazi Medical Center", would otherwise take "Medical Center"); the linker then leaves the
phrase unlinked when its best candidate carries the note (:func:`seat_unsaid_best`). A phrase
that names a place is judged as before (the same place matches; another place is a conflict,
scored there), and so is one without a kind ("Oil and Gas" in "the Minister of Oil and Gas").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from normx.match.candidate import Candidate
from normx.mt.gloss_index import ArabicName, ArabicWord
from normx.mt.glossing import Slot

SEAT_UNSAID = "the body's seat not in phrase"
GLOSS = "gloss"  # the gloss matcher's method


def seat_unsaid(
    slots: Sequence[Slot],
    name: ArabicName,
    left: Sequence[ArabicWord],
    credit: Mapping[int, float] | None = None,
) -> bool:
    """*name* (a body's) keeps a place the phrase of *slots* (which names a kind of body)
    never says, and no other distinctive word of it is missing (see the module docstring).
    *credit*: each slot's credit in the match; a transliterated slot with credit makes the
    phrase a name, not a kind (:func:`names_by_kept_word`)."""
    if not name.body or any(s.place for s in slots) or not any(s.generic for s in slots):
        return False
    if credit is not None and names_by_kept_word(slots, credit):
        return False
    distinctive = [w for w in left if w.weight == 1.0 and not w.generic]
    return bool(distinctive) and all(w.place and not w.national for w in distinctive)


def seat_unsaid_best(cands: Sequence[Candidate]) -> bool:
    """The best of *cands* is a body matched by gloss whose seat the phrase never said: the
    phrase names a kind of body, not this one (see the module docstring)."""
    if not cands or cands[0].method != GLOSS:
        return False
    components = cands[0].explain.get("score components") or {}
    return SEAT_UNSAID in (components.get("costs") or ())


def names_by_kept_word(slots: Sequence[Slot], credit: Mapping[int, float]) -> bool:
    """The phrase pairs an Arabic word it kept as written (a transliterated slot: "Mujahideen"
    for مجاهدي) with a word of the name. A translator renders a kind's words ("Court of
    Appeal", "Medical Center") and keeps a name's ("Mujahideen Shura Council"), so such a
    phrase is the body's own name with its town dropped, the one distinctive word the gloss
    scorer lets a translation leave out, not the kind that any town's body shares."""
    return any(s.transliterated and credit.get(i, 0.0) > 0.0 for i, s in enumerate(slots))
