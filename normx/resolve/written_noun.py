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

from collections.abc import Callable
from functools import partial

from normx.resolve.coref import Antecedent
from normx.text.latin import fold

Found = tuple[Antecedent, tuple[str, ...]]
# find_body with the noun's antecedents, glosses and distances bound: the test of whether an
# antecedent says the noun -> the body the noun refers to (and the gloss that heads its name)
FindBody = Callable[[Callable[[Antecedent], bool]], Found | None]


def written_for(noun: str, ante: Antecedent) -> bool:
    """The document's own words for *ante* hold the folded *noun* ("the Agency of Combating
    Illegal Immigration" holds "agency")."""
    return noun in fold(ante.surface).split()


def find_written_first(
    noun: str, find: FindBody, says_noun: Callable[[Antecedent], bool]
) -> Found | None:
    """*find* (:func:`~normx.resolve.generic.find_body`) for the folded *noun*, with the bodies
    the document wrote it for first, then as *says_noun* says (see the module docstring)."""
    written = partial(written_for, noun)
    found = find(written)
    if found is not None and written(found[0]):
        return found
    return find(says_noun)
