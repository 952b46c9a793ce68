"""A generic noun that a person's office governs: "the Speaker of the Council".

Arabic news names a body in full once and then by its head noun alone, and very often inside a
person's office: "رئيس المجلس" (the head of the Council), "المتحدث باسم الهيئة" (the
spokesman of the Authority), "نائب رئيس المجلس" (the Vice-President of the Council). Machine
translation keeps the capitals, so the detector sees one span, "Vice President of the
Council", made of a title, "of the" and a body head noun, which names no body by its words:
the linker finds nothing in it and the span was dropped. The noun there is the same
reference as a bare "the Council" (:mod:`normx.resolve.generic`): here it is handed to that
rule as a generic noun segment, so the body it resolves to, and every precision guard of
:func:`~normx.resolve.generic.find_body` (the most recent body the noun's Arabic gloss heads;
two bodies of that head in reach and not one in the noun's sentence: no link), is the one a
bare noun would get. The person after the office ("..., Ali Abdel-Al"; "the member of the
Parliament Abdel Moneim Al-Orfi") keeps its own segments.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from normx.detect.spans import Span
    from normx.resolve.linker import SpanLinker
    from normx.resolve.segment import Seg


def office_noun(
    linker: SpanLinker, span: Span, segs: Sequence[Seg]
) -> tuple[int | None, Sequence[Seg]]:
    """The token of the body head noun in "<title...> of the <Noun>" opening *span*, and the
    segments left beside it (those after the noun); ``(None, segs)`` when the span is not
    one: a title word must open it, only title words may stand before "of the", the noun
    must be capitalised and end the span or be followed by a name linked on its own (the
    person holding the office), and nothing before the noun may have linked."""
    if span.phrase:
        return None, segs
    first, last = linker.trim(span.first, span.last)
    forms, lex = linker.forms, linker.lex
    t = first
    while t <= last and _title_word(forms[t], lex.titles):
        t += 1
    if t == first or t + 2 > last or forms[t] != "of" or forms[t + 1] != "the":
        return None, segs
    noun = t + 2
    tok = linker.tokens[noun]
    if not tok.cap or tok.form not in lex.body_heads:
        return None, segs
    if noun < last and not any(seg.first == noun + 1 and seg.cand is not None for seg in segs):
        return None, segs  # "of the Council of Deputies", "of the Presidency Council": a name
    if any(seg.first <= noun and seg.cand is not None for seg in segs):
        return None, segs
    rest = [seg for seg in segs if seg.first > noun]
    return noun, rest


def _title_word(form: str, titles: frozenset[str]) -> bool:
    """A person title, singular or plural ("Members of the Council")."""
    return form in titles or (form.endswith("s") and form[:-1] in titles)
