"""A French compass noun is no name: no look-alike of it is linked.

AFP's French copy names Libya's halves with the compass nouns, capitalised as French does when
they name a region, usually with the elided article: "la justice ... entre l'Est et l'Ouest",
"le ministre de la Justice du gouvernement de l'Est". The detector takes the capitalised word
(or the word with its article, "l'Est") for a name, and the matcher finds its look-alike: the
newspaper Al-Wasat ("Ouest" a few letters from "Wasat", "l'Est" from its alias "Alwasat").
No reader links a compass word to a newspaper.

So a mention that is a French compass noun (``normx/resolve/data/french_compass.yaml``),
alone or after the elided article, linked by likeness alone (no document rule behind the
link), is left unlinked. A record spelled so (exactly) still links: a gazetteer that holds a
place called "Nord" means it.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from normx.match.candidate import LIKENESS_METHODS
from normx.resolve.segment import DOCUMENT_LINK_KEYS
from normx.text.latin import fold
from normx.text.resources import package_data

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime
    from normx.resolve.segment import Resolved


@cache
def _lists() -> tuple[frozenset[str], tuple[str, ...]]:
    """The compass nouns (folded) and the elided article forms."""
    data = package_data("normx.resolve", "french_compass.yaml")
    return frozenset(data["words"]), tuple(data["elided"])


def compass_words() -> frozenset[str]:
    """The French compass nouns, folded ("est", "ouest", "nord", "sud")."""
    return _lists()[0]


def compass_noun(surface: str) -> bool:
    """*surface* is a French compass noun, alone or after the elided article ("l'Est")."""
    words, elided = _lists()
    for article in elided:
        if surface[: len(article)].lower() == article:
            surface = surface[len(article) :]
            break
    return fold(surface) in words


def french_compass_words(
    linker: SpanLinker, rt: Runtime, resolved: list[Resolved]
) -> list[Resolved]:
    """*resolved* with each look-alike link of a French compass noun undone (see the module)."""
    del rt  # the same signature as the other likeness passes
    out: list[Resolved] = []
    for seg, cand, evidence in resolved:
        if (
            cand is not None
            and cand.method in LIKENESS_METHODS
            and not any(k in evidence for k in DOCUMENT_LINK_KEYS)
            and compass_noun(linker.surface(seg.first, seg.last))
        ):
            cand, evidence = None, {**evidence, "french_compass": True}
        out.append((seg, cand, evidence))
    return out
