"""A word after a capitalised French article is half a name: no look-alike of the half.

AFP copy keeps French exonyms with their article: "the institut Clingendael in La Haye" (The
Hague), "Le Caire" (Cairo), "La Mecque" (Mecca). The capitalised article is part of the name,
and the word after it alone is not the name the writer wrote; the detector's span holds the
word only. A small gazetteer answers "Haye" with nothing of note (Huawei, left out by
:mod:`normx.resolve.place_slot_body`); among 40,000 places it meets the village Hawi (0.87,
by likeness), a link no reader would make.

French keeps an article in the names of places of note only: capitals, cities, regions, a few
sites ("Le Caire": the word alone, "Caire", is Cairo's name a letter apart, and right). A
village a letter from the word is no French exonym. So a one-word segment linked only by
likeness (phonetic, fuzzy, cross-script) to a place, written right after a capitalised French
definite article ("La", "Le", "Les"), is left unlinked unless the place is one of note (a
shipped record other than a village, or a record identified with one:
:mod:`normx.resolve.standing`, :mod:`normx.resolve.twin_standing`), or the matched name itself
holds the article ("La Haye": the name with its article), or the document links it otherwise
(an antecedent). A link by spelling stands ("Le Bourget" spelled as a record spells it);
persons and bodies are not judged so ("Jean-Yves Le Drian": "Le" is a particle of a French
family name; "Le Monde" a newspaper's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.detect.tokens import word_before
from normx.resolve.segment import Resolved, lookalike_place_word
from normx.resolve.standing import MAJOR
from normx.text.latin import fold

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime

ARTICLES = frozenset({"La", "Le", "Les"})  # capitalised: part of the name, not of the sentence


def _of_note(rt: Runtime, record_id: str) -> bool:
    """A shipped place other than a village, or a record identified with one."""
    return rt.standing(record_id) == MAJOR or rt.twin_standing(record_id) >= MAJOR


def french_article_words(
    linker: SpanLinker, rt: Runtime, resolved: list[Resolved]
) -> list[Resolved]:
    """*resolved* with each look-alike link of a word after a capitalised French article
    undone (see the module)."""
    out: list[Resolved] = []
    for seg, cand, evidence in resolved:
        if cand is not None and lookalike_place_word(seg, cand, evidence):
            article = word_before(linker.text, linker.tokens[seg.first].start, 8)
            if (
                article in ARTICLES
                and fold(article) not in fold(cand.matched).split()
                and not _of_note(rt, cand.id)
            ):
                cand, evidence = None, {**evidence, "french_article": article}
        out.append((seg, cand, evidence))
    return out
