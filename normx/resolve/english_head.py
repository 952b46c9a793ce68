"""A generic noun English takes from names only: "the House" is no rendering of المجلس.

:mod:`normx.resolve.generic` links a definite generic noun to the body just named whose Arabic
name opens with one of the noun's Arabic glosses, because machine translation renders an Arabic
head noun with any of its English words ("the Chamber" for الغرفة, the Operations Room). Some
English head nouns are never such a rendering: translation writes المجلس as "the Council", not
"the House" or "the Senate"; those words come from an English name that holds them (the House
of Representatives, the House of Commons). So a gloss alone does not carry them: "calling the
House and the State Council", after the Presidency Council (المجلس الرئاسي) and with no House
of Representatives named, put "the House" on the Presidency Council (articles-v26). A noun of
:data:`NAME_ONLY_NOUNS` refers only to a body whose English names, or the words the document
wrote for it, hold the noun; with none, it stays unlinked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from normx.resolve.coref import Antecedent

NAME_ONLY_NOUNS = frozenset({"house", "senate"})

F = TypeVar("F", bound=tuple[Antecedent, tuple[str, ...]])


def said_only(noun: str, found: F | None, says_noun: Callable[[Antecedent], bool]) -> F | None:
    """*found* (the body the folded generic *noun* refers to), unless the noun is one English
    takes from names only and that body's names do not hold it (see the module docstring)."""
    if found is None or noun not in NAME_ONLY_NOUNS or says_noun(found[0]):
        return found
    return None
