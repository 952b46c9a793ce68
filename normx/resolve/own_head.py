"""A generic noun that is one body's own English word, among bodies of one Arabic head.

:func:`~normx.resolve.generic.find_body` leaves a noun unlinked when several bodies in reach
have Arabic names opening with the head it glosses and not one of them is in the noun's
sentence: "the Council" after the Presidential Council (المجلس الرئاسي) and the House of
Representatives (مجلس النواب) renders المجلس, which either may be, whatever the English
names say. That holds for a noun that is the head's literal gloss, the one English word the
gloss lexicon gives for nothing but that head ("council": مجلس; "committee": لجنة). A noun
with several Arabic glosses ("house": مجلس, بيت, دار; "assembly": مجلس, جمعية; "authority":
هيئة, سلطة, ...) is no literal rendering of any one head: a text that writes "the House"
after the High Council of State and the House of Representatives took the word from the
English name that holds it, so the one body in reach whose English name (or the words the
document wrote for it) holds the noun is meant. Two bodies that both say it: no link.

A French noun in French copy ("la Caisse", "le Parlement") is no rendering of an Arabic head
either: AFP writes the bodies' French names, and French has several words for one head
(صندوق: "Fonds", "Caisse"), so "la Caisse" after the Caisse de sécurité sociale and the Fonds
monétaire international (both صندوق) is the Caisse (articles-v48, session 26).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from normx.resolve.coref import Antecedent


def own_word_body(
    headed: Iterable[Antecedent],
    glosses: Sequence[tuple[str, ...]],
    says_noun: Callable[[Antecedent], bool],
    *,
    own_word: bool = False,
) -> Antecedent | None:
    """The one body of *headed* (bodies in reach sharing the noun's Arabic head) that says
    the noun, when the noun is not a literal gloss (it has several *glosses*, or *own_word*:
    a French noun, see the module docstring)."""
    if len(glosses) < 2 and not own_word:
        return None
    saying = [ante for ante in headed if says_noun(ante)]
    return saying[0] if len(saying) == 1 else None
