"""A word beside a person's name that belongs to it: a one-word place's name, a rare family name.

A large gazetteer holds villages named by one word that is also a common name part ("Ahmed",
أحمد; "Sabri"; "Nasr"). When such a word is written right after or before a person's name in
one run ("the deputy of Ghat, Ibrahim Al-Kouni Ahmed"), it is the man's father's or
grandfather's name, not the village: the words run on as one name, and a village's name
said there would be set apart ("of", a comma). :mod:`normx.resolve.longer_name` makes such a
run one unknown person's name when the word over links to nothing; this module tells it
which linked words are as good as unlinked there: a lone word linked by its spelling
(exact, normalised) to a place or body whose English names hold no other word. A place
named by more words ("Sidi Ahmed"), or a link by likeness, is left to the other rules; the
word must still be a name part some gazetteer person bears (``longer_name``'s own test).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.match.candidate import Candidate
from normx.resolve.spelled_article import SPELLED_METHODS

if TYPE_CHECKING:
    from normx.resolve.runtime import Runtime


def named_by_the_word(rt: Runtime, cand: Candidate | None, form: str) -> bool:
    """*cand* is a place or body linked by the spelling of the one folded word *form*, and
    its English names hold no word but *form*."""
    return (
        cand is not None
        and cand.type != "PER"
        and cand.method in SPELLED_METHODS
        and rt.english_words(cand.id) == frozenset({form})
    )


def unknown_word_beside_common_name(rt: Runtime, form: str, person: str) -> bool:
    """The folded word *form*, which no gazetteer name holds, beside a person *person* whose
    names are only common given names (:meth:`~normx.resolve.runtime.Runtime.common_parts_only`:
    "Mohamed Salah", one of thousands so named in a large gazetteer): a rare family name
    written before or after his ("Koumani Mohamed Salah"), making the name another man's.
    :mod:`normx.resolve.longer_name` asks for a word some gazetteer person bears, so as not to
    take an English word a translation capitalised ("Counsellor Mustafa Abdel Jalil") for a
    name part; beside a name this common, the capitalised word no list holds says more than
    the name does, and the link it would undo rests on given names alone. A small gazetteer
    gives no such evidence (no name part is common there)."""
    return bool(person) and not rt.in_names(form) and rt.common_parts_only(person)
