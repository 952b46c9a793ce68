"""A ministry "of the Government designated by the Parliament" is the other government's.

:mod:`normx.resolve.rival_government` undoes the link of a ministry the text gives to Libya's
other government ("the Ministry of Health of the eastern government"). News also names that
government by what made it: "the government designated (appointed, assigned) by the House of
Representatives" (الحكومة المكلفة من مجلس النواب), the House that designated it since 2014,
while the Tripoli governments came from the UN-led talks. A capitalised "Government" after
"of" runs into the ministry's span ("Ministry of Health of the Government"), so the words that
say whose it is follow the span: "... designated by the Parliament in Benghazi". Such a
ministry is the other government's, an unknown body: its link to the namesake is undone, as
there. The verbs and the House's names are data (``data/rival_governments.yaml``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from normx.match.candidate import Candidate
from normx.resolve.minister_office import is_ministry
from normx.resolve.rival_government import alternation, rival_words
from normx.resolve.segment import Seg
from normx.text.latin import fold

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker

AFTER_CHARS = 80  # "designated by the House of Representatives"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a span ending in "of the government", the designation right after it)."""
    data = rival_words()
    verbs, house = alternation(data["designated"]), alternation(data["designated_by"])
    ends = re.compile(r"\bof\s+the\s+government$")
    after = re.compile(rf"^\s*,?\s*(?:{verbs})\s+by\s+(?:the\s+)?(?:{house})\b")
    return ends, after


def designated_government(text: str, start: int, end: int) -> bool:
    """The span ``text[start:end]`` ends in "of the Government" and the words after it say
    the House of Representatives designated that government."""
    ends, after = _patterns()
    return bool(ends.search(fold(text[start:end]))) and bool(
        after.search(fold(text[end : end + AFTER_CHARS]))
    )


def designated_ministries_unlinked(
    linker: SpanLinker, resolved: list[tuple[Seg, Any, dict]]
) -> list[tuple[Seg, Any, dict]]:
    """*resolved* with the links of ministries of the designated government undone."""
    tokens = linker.tokens
    out = []
    for seg, cand, evidence in resolved:
        if (
            isinstance(cand, Candidate)
            and is_ministry(cand)
            and designated_government(linker.text, tokens[seg.first].start, tokens[seg.last].end)
        ):
            cand, evidence = None, {"other_government": True, "candidates": [cand.id]}
        out.append((seg, cand, evidence))
    return out
