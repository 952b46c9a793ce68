"""A bare head noun after a body that a document step joined: "the Embassy" after "the Embassy
of the Arab Republic of Misr in Tarabulus".

Coreference links a capitalised head noun ("the Embassy", "the Ministry") to the body of that
head the document named before it (:mod:`normx.resolve.references`); it runs on the linker's
segments. Some bodies are linked only later, on the mentions, by steps that read a phrase
whole: an embassy named with its country's official long name (``official_name``,
:mod:`normx.resolve.official_country`) or by its country's abbreviation or demonym
(``embassy``, :mod:`normx.resolve.country_embassy`), an office by its holder's title
(``office``, :mod:`normx.resolve.office_possessive`). Coreference never saw those bodies, so
their later bare heads stayed unlinked (articles-v51: "the Embassy will issue about three
hundred visas", after Egypt's embassy named in full).

The rule, on the mentions: an unlinked one-word mention that is a body head noun of the
detect lexicon or a kind of body of the gloss lexicon (its ``generic`` list: "Embassy"),
capitalised, after "the", whose nearest earlier linked organisation with that head as the first
word of its name was linked by one of those steps, with no mention ending in that head
between them (an embassy the document named and nobody linked), is that body (method
``coref``). When the
nearest body of that head was linked by the linker, its coreference already had its say.
"""

from __future__ import annotations

import re
from collections.abc import Container

from normx.mt.lexicon import default_lexicon
from normx.resolve.country_embassy import METHOD as EMBASSY
from normx.resolve.document import Mention
from normx.resolve.office_possessive import METHOD as OFFICE
from normx.resolve.official_country import METHOD as OFFICIAL_NAME
from normx.text.latin import fold

JOINED = frozenset({EMBASSY, OFFICE, OFFICIAL_NAME})  # the mention steps coreference ran before
METHOD = "coref"
_THE = re.compile(r"(?:^|(?<=\s))[Tt]he $")


def _head(name: str) -> str:
    words = name.split()
    return fold(words[0]) if words else ""


def _definite(text: str, start: int) -> bool:
    """The word before *start* is the definite article ("the Embassy")."""
    return _THE.search(text, max(0, start - 5), start) is not None


def _antecedent(mentions: list[Mention], k: int, head: str) -> int | None:
    """The position of the nearest organisation before *k* whose name opens with *head*, or
    None when a mention ending in that head comes first (a body of that kind the document
    named and nobody linked: "the American Embassy" between Egypt's embassy and "the
    Embassy")."""
    for j in range(k - 1, -1, -1):
        x = mentions[j]
        if x.id is not None and x.type == "ORG" and _head(x.canonical or "") == head:
            return j
        words = x.text.split()
        if words and fold(words[-1]) == head:
            return None
    return None


def joined_corefs(
    text: str, mentions: tuple[Mention, ...], heads: Container[str]
) -> tuple[Mention, ...]:
    """*mentions* (in text order) with each bare head noun after a joined body linked to it
    (see the module docstring); *heads* are the lexicon's body head nouns, folded."""
    if not any(m.method in JOINED for m in mentions):
        return mentions
    out = list(mentions)
    made: set[int] = set()  # the positions this pass linked: a later head may follow them
    for k, m in enumerate(out):
        if m.id is not None or " " in m.text or not m.text[:1].isupper():
            continue
        head = fold(m.text)
        if head not in heads and head not in default_lexicon().generic:
            continue
        if not _definite(text, m.start):
            continue  # "American Embassy": the head of another name, not a reference
        j = _antecedent(out, k, head)
        if j is None or not (out[j].method in JOINED or j in made):
            continue
        ante = out[j]
        evidence = {"antecedent": {"text": ante.text, "start": ante.start}}
        out[k] = Mention(
            m.start, m.end, m.text, ante.id, ante.canonical, ante.type, ante.score, METHOD, evidence
        )
        made.add(k)
    return tuple(out) if made else mentions
