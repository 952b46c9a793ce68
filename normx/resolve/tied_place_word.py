"""A word beside a linked town that several places answer is a place's word, not a stranger's.

:func:`~normx.resolve.fused_names.fused` reads a linked place followed, in the same piece, by
a capitalised word that *links to nothing* as the first word of a longer name the gazetteers
lack ("Libya Al-Ahrar", a channel): the word is no name the gazetteers know, so it is the rest
of one they do not. A word that many places answer is another case. "Brak Al-Shati" (براك
الشاطئ) is the town Brak with its valley, the way Arabic qualifies a town by its region
(DOMAIN: "a place with its region"); against the set's gazetteer "Al-Shati" resembles the
district Wadi al-Shati and links to it loosely, so the town stands apart. Among 40,000 places
the word ties between villages spelled nearly alike (Saadi, Saddi), the linker abstains, and
the abstention read as "links to nothing" made the whole span an unknown name: the town was
lost (articles-v13, three times). The gazetteer did answer the word: with places only, too
many to choose from. That is evidence of a place word, the opposite of an unknown name's.

So a segment right after a linked town (a place, not a country: "Libya Al-Ahrar" keeps its
reading), left unlinked only because places tie for it (every tied candidate a place), does
not fuse the town into an unknown name; the town keeps its link and the word stays unlinked,
as the tie left it. Only in the shape Arabic gives a town qualified by its region: the town
without the article, the word after it with it (براك الشاطئ, a construct: "Brak of the
Shati"). Both words with the article are a noun and its adjective, one name ("Al-Jiza
Al-Bahriya", الجيزة البحرية, a quarter of Sirte), and a word without it is no region's
("Safa Msehli", a woman; "the Derna Dam"): tried without this condition, +40k linked those
three to the town or the look-alike village before them (articles-v8, v11, v20).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from normx.detect.units import ARTICLE
from normx.resolve.country_before_person import names_country
from normx.resolve.segment import Seg

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker


def tied_place_after(linker: SpanLinker, s0: int, s1: int, sub: Seg, after: Sequence[Seg]) -> bool:
    """The segment right after the town ``s0``..``s1`` (*sub*) is unlinked because places
    tie for it (see the module)."""
    if sub.cand is None or sub.cand.type != "LOC" or not after or after[0].first != s1 + 1:
        return False
    nxt = after[0]
    if nxt.cand is not None or len(nxt.ambiguous) < 2:
        return False
    units, at = linker.units, linker.unit_index
    if units[at[s0]].kind == ARTICLE or units[at[nxt.first]].kind != ARTICLE:
        return False  # "Al-Jiza Al-Bahriya": a noun and its adjective, one name
    if any(c.type != "LOC" for c in nxt.ambiguous):
        return False
    return not names_country(linker, s0, s1)
