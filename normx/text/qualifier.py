"""The qualifier a gazetteer adds to a name to keep namesakes apart.

Encyclopedias and catalogues title namesakes with a qualifier at the end of the name: in
parentheses ("Tripoli (Lebanon)", "Al-Ittihad Club (Tripoli)") or after a comma ("Minya,
Egypt", "Martyrs' Square, Beirut"). Texts almost never write it: the matcher must not let the
qualifier's words stand for the name, the rewrite must not repeat a qualifier the text already
says, and resolution compares what the text said with the name before the qualifier. One
reading of where a qualifier starts serves all of them.

Only the last qualifier counts, and a comma one holds no parentheses or commas ("Tripoli,
Libya"; in "Al-Ahly (Benghazi), Libya" the qualifier is "Libya").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_PARENTHETICAL = re.compile(r"\s*\(([^()]*)\)\s*$")
_AFTER_COMMA = re.compile(r",\s*([^,()]+)$")


@dataclass(frozen=True, slots=True)
class Qualifier:
    """The closing qualifier of a name: *start* is where it begins in the name (the space
    before a parenthesis, or the comma), *words* what it says, stripped."""

    start: int
    words: str
    parenthetical: bool


@lru_cache(maxsize=8192)
def trailing_qualifier(name: str) -> Qualifier | None:
    """The qualifier *name* ends with ("Tripoli (Lebanon)" -> "Lebanon", parenthetical; "Minya,
    Egypt" -> "Egypt" after a comma); None when it ends with neither."""
    found = _PARENTHETICAL.search(name)
    if found is not None:
        return Qualifier(found.start(), found.group(1).strip(), True)
    found = _AFTER_COMMA.search(name)
    if found is not None:
        return Qualifier(found.start(), found.group(1).strip(), False)
    return None


def head_of(name: str, qualifier: Qualifier) -> str:
    """*name* before its *qualifier*, without the spaces between them."""
    return name[: qualifier.start].rstrip()
