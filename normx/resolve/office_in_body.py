"""An office held in a body named in full: "the Undersecretary of the Ministry of Health".

Arabic names an official by his office and the body he serves, وكيل وزارة الصحة, and machine
translation keeps it one capitalised run: "The Undersecretary of the Ministry of Health for
the affairs of the hospitals revealed ...". "Ministry of" is itself a title phrase (it opens
offices' and bodies' names: "Ministry of Oil"), so the context stripper read "Undersecretary
of the Ministry of" as the title, left "Health" as the office's domain and dropped the span:
the ministry, named in full, was lost. When the title run holds a capitalised body head noun
("Ministry", "Department", "Authority"...) after a person title and "of" / "of the", the head
and the rest of the span are tried as one body's name; a clean whole match of an organisation,
as good as :data:`OFFICE_BODY_MIN_SCORE` asks of a body named through a
title phrase, is that body. The person's title stays context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.resolve.segment import Seg, is_clean

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker

# a body named through a title phrase ("Ministry of") must match well (the linker's own
# _body_by_office asks the same)
OFFICE_BODY_MIN_SCORE = 0.9


def body_after_office(linker: SpanLinker, first: int, last: int, rest: int) -> Seg | None:
    """The body named from a head noun inside the title run (*first* .. *rest* - 1) of the span
    to its end *last*, after a person title and "of"; None when there is none."""
    forms, tokens, lex = linker.forms, linker.tokens, linker.lex
    if forms[first] not in lex.titles:
        return None
    for k in range(first + 2, min(rest, last + 1)):
        if forms[k] not in lex.body_heads or not tokens[k].cap:
            continue
        if forms[k - 1] != "of" and not (forms[k - 1] == "the" and forms[k - 2] == "of"):
            continue
        seg = linker.link(k, last)
        cand = seg.cand
        if cand is None or cand.type != "ORG" or seg.partial or not is_clean(cand):
            return None
        return seg if cand.score >= OFFICE_BODY_MIN_SCORE else None
    return None
