"""Mentions that are fragments of a longer word or name, checked once the document's links
are made: the half of a hyphenated compound (:mod:`normx.resolve.compound_fragment`) and the
end of an unknown name taken by a given-names-only person (:mod:`normx.resolve.given_name_tail`).
"""

from __future__ import annotations

from normx.resolve.compound_fragment import EnglishNames, compound_fragments_dropped
from normx.resolve.document import Mention
from normx.resolve.given_name_tail import Common, given_names_joined


def fragments_resolved(
    text: str, mentions: tuple[Mention, ...], english_names: EnglishNames, common: Common
) -> tuple[Mention, ...]:
    """*mentions* with compound halves dropped and given-name tails joined to their names."""
    mentions = compound_fragments_dropped(text, mentions, english_names)
    return given_names_joined(text, mentions, common)
