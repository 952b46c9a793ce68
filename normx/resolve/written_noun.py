"""A generic noun refers first to the body the document itself called by that noun.

"An official in the Agency" (:mod:`normx.resolve.generic`) means the body named so just
before. A body "says" the noun when its English names hold it, or the words the document wrote
for it: the most recent such body wins. A gazetteer alias the text never used counts as much
as the text's own words there, so the UN refugee agency (alias "UN Refugee Agency"), named
since as "the High Commissioner of the United Nations for Refugees", took the Agency the text
had introduced as "the Agency of Combating Illegal Immigration" (DCIM, held in Arabic only).
A reader has only the text: the body it called an agency is the Agency.

So the noun is first resolved with only the document's words saying it; when that finds a
body whose written words hold the noun, that body is the link; otherwise the noun is resolved
as before (English names and the document's words alike, then the Arabic glosses).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from normx.resolve.coref import Antecedent
from normx.resolve.generic import find_body
from normx.text.latin import fold

Found = tuple[Antecedent, tuple[str, ...]]


def find_written_first(
    noun: str,
    antecedents: Sequence[Antecedent],
    position: int,
    start: int,
    glosses: Sequence[tuple[str, ...]],
    arabic_names: Callable[[str], Sequence[tuple[str, ...]]],
    start_of: Callable[[Antecedent], int],
    says_noun: Callable[[Antecedent], bool],
    same_sentence: Callable[[Antecedent], bool],
) -> Found | None:
    """:func:`~normx.resolve.generic.find_body` for the folded *noun*, with the bodies the
    document wrote it for first (see the module docstring)."""

    def written(ante: Antecedent) -> bool:
        return noun in fold(ante.surface).split()

    def find(says: Callable[[Antecedent], bool]) -> Found | None:
        return find_body(
            antecedents, position, start, glosses, arabic_names, start_of, says, same_sentence
        )

    found = find(written)
    if found is not None and written(found[0]):
        return found
    return find(says_noun)
