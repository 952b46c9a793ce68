"""One word both a competition and the body that runs it hold: which one the sentence means.

The Confederation of African Football runs the CAF Confederation Cup, and Arabic news shortens
both to one word (الكونفدرالية, "the Confederation"); a league body and its Champions League
share "League". Coreference takes the word to whichever full name it finds first, and a
report that names both gets half of them wrong: "the committee of the stadiums in the
Confederation" linked to the cup, "the round of sixteen of the Confederation" to the body.
The sentence says which: a competition has rounds and stages ("the round of sixteen of the
Confederation", "left the Confederation in the preliminary round"); a body has organs and
acts ("the committee of the Confederation", "appointed by the Confederation"). The words are
``data/competition_words.yaml``.

Only a one-word mention linked by coreference is judged: when the words around it name the
other kind than its link (a competition is an English name with a competition head: Cup,
League ...), the link goes to the one entity of that kind the document links whose English
names hold the word, and is dropped when the document links none ("the committee of the
Confederation" in a report whose only Confederation is the cup: no cup has a committee). It
stays when the words name neither kind, or when several entities of that kind hold the word.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from normx.resolve.body_corefs import bodies_named, coref_moved, one_word_body_corefs
from normx.text.latin import fold
from normx.text.resources import package_data

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime
    from normx.resolve.segment import Resolved

_LOOK = 60  # characters read on each side: the phrase the word stands in


@cache
def _words() -> dict[str, frozenset[str]]:
    raw = package_data("normx.resolve", "competition_words.yaml")
    return {k: frozenset(fold(str(w)) for w in v) for k, v in raw.items()}


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = _words()
    stages = "|".join(sorted(map(re.escape, words["stages"]), key=len, reverse=True))
    organs = "|".join(sorted(map(re.escape, words["organs"]), key=len, reverse=True))
    # "the round of sixteen of the", "the final of the": a stage of the competition
    stage_before = re.compile(rf"\b(?:{stages})\b(?:\s+of\s+\w+)?\s+of\s+the\s+$", re.I)
    # "left the Confederation in the preliminary round"
    stage_after = re.compile(rf"^\s+in\s+the\s+(?:[\w-]+\s+)?(?:{stages})\b", re.I)
    # "the committee of the", "the committee of the stadiums in the", "appointed by the"
    organ_before = re.compile(
        rf"(?:\b(?:{organs})\b(?:\s+of\s+the\s+\w+)?\s+(?:of|in)\s+the|\bby\s+the)\s+$", re.I
    )
    return stage_before, stage_after, organ_before


def reading(text: str, start: int, end: int) -> str | None:
    """ "competition" or "body" by the words around text[start:end]; None when neither."""
    stage_before, stage_after, organ_before = _patterns()
    before = text[max(0, start - _LOOK) : start]
    after = text[end : end + _LOOK]
    if stage_before.search(before) or stage_after.search(after):
        return "competition"
    if organ_before.search(before):
        return "body"
    return None


def _is_competition(rt: Runtime, record_id: str) -> bool:
    return bool(rt.english_words(record_id) & _words()["competition_heads"])


def competitions_or_bodies(
    linker: SpanLinker, rt: Runtime, resolved: list[Resolved]
) -> list[Resolved]:
    """*resolved* with each one-word coreference link between a competition and its body
    moved to the one the sentence names (see the module docstring)."""
    judged = one_word_body_corefs(resolved)
    if not judged:
        return resolved
    linked = bodies_named(resolved)
    out = list(resolved)
    for k in judged:
        seg, cand, evidence = resolved[k]
        assert cand is not None
        word = linker.forms[seg.first]
        holding = [c for i, c in linked.items() if word in rt.english_words(i)]
        if cand.id not in {c.id for c in holding}:
            continue
        tokens = linker.tokens
        said = reading(linker.text, tokens[seg.first].start, tokens[seg.last].end)
        if said is None or _is_competition(rt, cand.id) == (said == "competition"):
            continue
        fits = [c for c in holding if _is_competition(rt, c.id) == (said == "competition")]
        if len(fits) > 1:
            continue
        if not fits:  # "the committee of the Confederation" is no cup, and no body is named
            kept = {key: v for key, v in evidence.items() if key not in ("matched", "antecedent")}
            out[k] = (seg, None, {**kept, "reading": said})
            continue
        to = fits[0]
        out[k] = coref_moved(seg, cand, evidence, to, {"reading": said})
    return out
