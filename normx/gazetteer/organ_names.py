"""A body's official name that puts one of its organs before its own name: "General Command of
the Libyan Arab Armed Forces".

Alias inheritance (:mod:`normx.gazetteer.inherit`) refuses a shipped name that holds a name
already held, with words around it: such a longer form adds no new way of writing the entity,
only words that let other mentions read as it ("Syria and Iraq" as "Islamic State of Iraq
and Syria", "Commission" lent to the UN). One longer form is a way of writing the entity all
the same: the name a body signs its statements with, its leading organ and "of" before its own
name (القيادة العامة للقوات المسلحة العربية الليبية, the General Command of the Libyan Arab
Armed Forces, for the Libyan National Army). News writes the organ alone for the body ("the
General Command said", "the spokesman of the Command"), and only this name tells a reader that
the organ is that body's: a gazetteer written outside the project holds the body as "Libyan
National Army" and nothing else.

The rule is narrow, so the generic words it lends are the organ's words and nothing more:
the name is ``<head> of [the] <name>``, where ``<name>`` is one of the shipped record's own
names of at least two words, ``<head>`` is at least two words (a noun and what qualifies it,
"General Command"; a bare noun, "Commission", names no particular organ), and neither the
head nor any part of it is a loaded record's name. Any other name held inside the long name
still refuses it.
"""

from __future__ import annotations

from collections.abc import Callable, Container

__all__ = ["ORGAN_NAMES_VERSION", "is_organ_name"]

ORGAN_NAMES_VERSION = 1  # part of the inheritance's cache key (INHERIT_VERSION)
MIN_HEAD_WORDS = 2  # "General Command"; one word is a generic noun
MIN_OWN_WORDS = 2  # the body's own name after "of": a name, not a word
OF = "of"
ARTICLES = frozenset({"the"})


def _spans(words: list[str]) -> list[str]:
    """Every run of consecutive *words*: no part of the organ's head may be a loaded name,
    or the long name would lend that name's mentions to the body."""
    return [" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)]


def is_organ_name(name: str, own: Container[str], held: Callable[[str], bool]) -> bool:
    """Whether the normalised *name* is ``<head> of [the] <own name>`` (module docstring).

    *own*: the shipped record's own normalised names; *held*: whether a normalised string is
    a loaded record's name (another record's, or the user's own).
    """
    words = name.split()
    if OF not in words:
        return False
    at = words.index(OF)
    head, rest = words[:at], words[at + 1 :]
    while rest and rest[0] in ARTICLES:
        rest = rest[1:]
    if len(head) < MIN_HEAD_WORDS or len(rest) < MIN_OWN_WORDS:
        return False
    if " ".join(rest) not in own:
        return False
    return not any(held(part) for part in _spans(head))
