"""A maker's name after "of the type": the model, not the company.

Arabic gives a machine's make with طراز ("model, type"): طائرة من طراز إيرباص, and translation
keeps the order: "four of its aircraft of the type Airbus", "a small aircraft of the type ATR",
"a car of the type Volkswagen". The name then says what kind of machine it is, a product, and
the company that makes it is not a party to the story; gold leaves such names unmarked. A
gazetteer of aviation or industry holds the maker as a body, and the name links to it by its
exact spelling. So a name written right after "of the type" or "of the model" (:data:`_MODEL`,
an opening quote allowed) is left unlinked, whatever it matched.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.segment import Resolved

# Source: hand-written from the English of translated news for طراز / نوع ("of the type",
# "of the model"), written right before the make; lower case, as a phrase, not a name's words
_MODEL = re.compile(r"\bof[ \t]+(?:the[ \t]+)?(?:type|model)[ \t]+[\"“']?$")
WINDOW = 24  # characters looked back from the name


def after_model_word(text: str, start: int) -> bool:
    """The text right before offset *start* is "of the type" or "of the model"."""
    low = max(0, start - WINDOW)
    # the window's end first (exact: a match ends in "type" or "model", spaces or tabs and
    # perhaps a quotation mark, "$" perhaps before a final newline); most names follow neither
    # word, and the search tries every offset of the window (session 34)
    end = text[low:start]
    end = end[:-1] if end.endswith("\n") else end
    end = end[:-1] if end.endswith(('"', "“", "'")) else end
    spaced = end.rstrip(" \t")
    if len(spaced) == len(end) or not spaced.endswith(("type", "model")):
        return False
    return _MODEL.search(text, low, start) is not None


def models_unlinked(linker: SpanLinker, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* with each link of a name right after "of the type" undone (see the
    module)."""
    out: list[Resolved] = []
    text = linker.text
    for seg, cand, evidence in resolved:
        if cand is not None and after_model_word(text, linker.tokens[seg.first].start):
            out.append((seg, None, {"model_of": True}))
            continue
        out.append((seg, cand, evidence))
    return out
