"""A place's exact name right after an honorific or a military rank is a person's name.

After a person title a loose likeness to a place is no link
(:func:`~normx.resolve.segment.as_person`), but an exact one still is: a gazetteer name
spelled out is evidence of its own, and some titles do stand before places ("former
Yugoslavia", "Interior" of "Interior Ministry"). Honorifics and military ranks do not: "Dr.",
"Sheikh", "Colonel", "Haj" are said of a man and nothing else. A large gazetteer holds a
village for every common given name ("Faisal", "Salah Eddin", "Fathi"), so "Dr. Faisal said"
linked to the village Faisal. After these words a place link is dropped, however exact;
a body's name is kept ("General National Congress": "General" is a rank and opens the name),
and so is a person, of course. An honorific outside the span ("Dr.", "spokesman") is read from
the text before it (:func:`after_honorific_word`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.detect.tokens import fold_word, word_before
from normx.resolve.segment import Seg, as_person
from normx.text.latin import fold
from normx.text.resources import word_list

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker

# Words said only before a person's name: honorifics, religious titles, military ranks and
# "spokesman" (a person title list such as titles.yaml's also holds "former", "foreign",
# "interior", "head", "member", which stand before places and bodies too).
HONORIFICS = frozenset(word_list("normx.resolve", "honorifics.yaml", "honorifics"))


def after_honorific(context: tuple[str, ...]) -> bool:
    """The context words (titles seen before the name) end in an honorific or a rank."""
    return bool(context) and fold(context[-1].split()[-1]).strip(".") in HONORIFICS


def honorific_place_dropped(seg: Seg) -> Seg:
    """*seg* unlinked when it links a place right after an honorific (see the module
    docstring); unchanged otherwise."""
    cand = seg.cand
    if cand is None or cand.type != "LOC" or not after_honorific(seg.context):
        return seg
    return Seg(seg.first, seg.last, None, seg.partial, (), seg.context, seg.phrase, seg.extra)


# The word right before a span: an abbreviated honorific written with its period ("Dr.
# Faisal"), or a whole word ("spokesman Fathi", "Spokesman Fathi" opening a sentence), which
# the span detector keeps out of the span and so out of its context words; read within
# _WINDOW characters before the span (normx.detect.tokens.word_before, with its period)
_WINDOW = 16
_BLANKS = (" ", "\t")
_ABBREVIATED = frozenset(word_list("normx.resolve", "honorifics.yaml", "abbreviated"))


def after_honorific_word(linker: SpanLinker, first: int, segs: list[Seg]) -> list[Seg]:
    """*segs* (a span's segments) with the first one read as a person's name when the word
    right before token *first* in the text is an honorific or a rank (:data:`HONORIFICS`, or
    an abbreviation of one with its period: "Dr. Faisal", "spokesman Fathi"): a place link
    there is dropped, and so is a loose place or body link, as after any person title
    (:func:`~normx.resolve.segment.as_person`). Read after resolution, as the pipeline reads
    lower-case titles: spans are cached on their own words."""
    if not segs or segs[0].first != first or segs[0].cand is None:
        return segs
    start = linker.tokens[first].start
    text = linker.text
    # the word before ends with blanks, at the end of the window or before a last line break:
    # most names follow a blank, but the test spares the reading the rest
    last = text[start - 1] if start else ""
    if last not in _BLANKS and not (last == "\n" and text[start - 2 : start - 1] in _BLANKS):
        return segs
    found = word_before(text, start, _WINDOW, period=True)
    if found is None:
        return segs
    word = fold_word(found)
    if word not in HONORIFICS and word not in _ABBREVIATED:
        return segs
    seg = as_person(segs[0])
    if seg.cand is not None and seg.cand.type == "LOC":
        seg = Seg(seg.first, seg.last, None, seg.partial, (), seg.context, seg.phrase, seg.extra)
    return [seg, *segs[1:]]
