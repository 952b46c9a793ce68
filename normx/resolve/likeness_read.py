"""The passes that read a look-alike link against what the document says about the word.

Each overrules a link made by likeness alone (a letter or two from the text, the weakest
evidence the matcher gives, and the one a gazetteer of tens of thousands of records makes by
chance): :mod:`normx.resolve.body_head_word` (a body's head written before the word),
:mod:`normx.resolve.french_article_word` (half of a French name with its article),
:mod:`normx.resolve.facility_head_word` ("the airport of" before the word),
:mod:`normx.resolve.adjective_place` (the place the document names by its adjective:
"Chadian" for "Tshad"), :mod:`normx.resolve.french_compass_word` (a French compass noun,
"l'Est"), :mod:`normx.resolve.court_scope` (a court without its record's word of reach or
rank: "Criminal Court" ~ the ICC) and :mod:`normx.resolve.unplaced_lookalike` (a minor place
the text never uses as one). One hook for the mention builder (:mod:`normx.resolve.pipeline`),
after the head-word passes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.resolve.adjective_place import adjective_places
from normx.resolve.body_head_word import body_head_words
from normx.resolve.court_scope import courts_without_scope
from normx.resolve.facility_head_word import facility_head_words
from normx.resolve.french_article_word import french_article_words
from normx.resolve.french_compass_word import french_compass_words
from normx.resolve.unplaced_lookalike import unplaced_lookalikes

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime
    from normx.resolve.segment import Resolved


def likeness_read(linker: SpanLinker, rt: Runtime, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* after the seven passes (see the module)."""
    resolved = body_head_words(linker, rt, resolved)
    resolved = facility_head_words(linker, rt, resolved)
    resolved = french_article_words(linker, rt, resolved)
    resolved = french_compass_words(linker, rt, resolved)
    resolved = courts_without_scope(linker, rt, resolved)
    resolved = adjective_places(linker, rt, resolved)
    return unplaced_lookalikes(linker, rt, resolved)
