"""An acronym and lower-case words beside the body's own name: "the U.N. mission, UNSMIL,".

Wire copy names a body by its parent's acronym and a lower-case description, then gives the
body's own name in apposition: "The U.N. mission, UNSMIL, has criticised ...", "The ONU
mission in Libye (Manul), led by ...", "The UN support mission (Manul)". The
matcher may link the phrase whole to the body (by sound, by gloss), so the body is named twice
and the parent not at all. The convention (``tests/data/articles/README.md``, "Abbreviations
said before a noun", rule 3) reads the name in apposition as the body's mention and the
acronym as the parent's: :mod:`normx.resolve.acronym_descriptor` already keeps the acronym's
own link there for the phrases it joins; this pass does it for a phrase any other method
linked.

A linked mention written as an acronym (capitals, with or without dots) followed by a
lower-case word is cut back to the acronym, and a linked acronym alone that lower-case words
follow ("UN" glossed to the mission, الأمم المتحدة being words of its name) is relinked, when
the next mention is the same entity's, set off by a comma (", UNSMIL,") or in brackets
("(Manul)"), or when the previous one is, followed by a comma ("UNHCR, the U.N. refugee
agency"). The acronym is then linked as the gazetteers spell it
(:func:`normx.resolve.acronyms.gazetteer_acronyms`, French acronyms included), and left
unlinked when no entity spells it (the gazetteer holds the body, not its parent); an acronym
the gazetteers spell as the body's own is left as it was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from normx.resolve.acronyms import GAZETTEER_SCORE, KnownAcronym
from normx.resolve.acronyms import METHOD as ACRONYM
from normx.resolve.document import Mention

# an acronym ("UN", "ONU", "U.N.") then a lower-case word: the phrase a description
_OPENING = re.compile(r"((?:[A-Z]\.){2,6}|[A-Z]{2,6})[ \t]+[a-z]")
_ACRONYM = re.compile(r"(?:[A-Z]\.){2,6}|[A-Z]{2,6}")  # a mention that is only the acronym
# ... and the lower-case words after it: "UN support mission (Manul)"
_DESCRIPTION = re.compile(r"[ \t]+[a-z]+(?:[ \t]+[a-z]+){0,3}")
_BEFORE_COMMA = re.compile(r"[ \t]*,[ \t]*")  # "mission, UNSMIL"
_BEFORE_BRACKET = re.compile(r"[ \t]*\([ \t]*")  # "mission (Manul"
_AFTER_COMMA = re.compile(r"[ \t]*(?:,|\))")  # "UNSMIL," / "Manul)"
# the capitalised words ending the phrase after a lower-case one: "mission in Libye"
_TAIL = re.compile(r"(?<=[ \t])[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*$")
_PREVIOUS = re.compile(r",[ \t]+(?:the[ \t]+)?")  # "UNHCR, the U.N. refugee agency"


def appositions_split(
    text: str, mentions: Sequence[Mention], known: KnownAcronym
) -> tuple[Mention, ...]:
    """*mentions* (in text order) with each linked "acronym + lower-case words" whose body's
    own name stands beside it in apposition cut back to the acronym (see the module
    docstring)."""
    out: list[Mention] | None = None
    for k, m in enumerate(mentions):
        cut = _cut(text, mentions, k, known)
        if cut is not None and out is None:
            out = list(mentions[:k])
        if out is not None:
            out.extend([m] if cut is None else cut)
    return tuple(mentions) if out is None else tuple(out)


def _cut(
    text: str, mentions: Sequence[Mention], k: int, known: KnownAcronym
) -> list[Mention] | None:
    m = mentions[k]
    if m.id is None or m.type != "ORG":
        return None
    opening = _OPENING.match(m.text)
    if opening is not None and m.method != ACRONYM:  # "U.N. mission" linked whole
        said = m.end
    elif _ACRONYM.fullmatch(m.text) is not None:  # "UN" and "support mission"
        words = _DESCRIPTION.match(text, m.end)
        if words is None:
            return None
        said = words.end()
    else:
        return None
    if not _apposed(text, mentions, k, said):
        return None
    start = m.start
    letters = opening.group(1) if opening is not None else m.text
    end = start + len(letters)
    entity = known(letters.replace(".", ""), "." in letters)
    if entity is not None and entity[0] == m.id:
        return None  # the acronym is the body's own
    if entity is None:
        cut = Mention(start, end, text[start:end], None, None, None, 0.0, "none")
    else:
        evidence = {"acronym": "gazetteer", "name": entity[3], "apposition": m.id}
        cut = Mention(start, end, text[start:end], *entity[:3], GAZETTEER_SCORE, ACRONYM, evidence)
    return [cut, *(_named_tail(text, mentions, m) if end < m.end else [])]


def _named_tail(text: str, mentions: Sequence[Mention], m: Mention) -> list[Mention]:
    """The capitalised words ending *m* ("... mission in Libye") as the mention of the name
    the document links elsewhere written so, if it does; none otherwise."""
    tail = _TAIL.search(m.text)
    if tail is None:
        return []
    said = tail.group()
    same = next((o for o in mentions if o.id is not None and o.text == said and o is not m), None)
    if same is None:
        return []
    start = m.start + tail.start()
    evidence = {"antecedent": {"text": same.text, "start": same.start}}
    return [
        Mention(
            start, m.end, said, same.id, same.canonical, same.type, same.score, "coref", evidence
        )
    ]


def _apposed(text: str, mentions: Sequence[Mention], k: int, said: int) -> bool:
    """Whether the mention after *mentions[k]*, whose phrase ends at *said*, is the same
    entity's name set off by a comma or brackets, or the mention before it is, followed by a
    comma."""
    m = mentions[k]
    if k + 1 < len(mentions):
        n = mentions[k + 1]
        gap = text[said : n.start] if n.start >= said else ""
        if n.id == m.id and (_BEFORE_COMMA.fullmatch(gap) or _BEFORE_BRACKET.fullmatch(gap)):
            closed = _AFTER_COMMA.match(text, n.end)
            if closed is not None and (closed.group().strip() == ")") == ("(" in gap):
                return True
    if k > 0:
        p = mentions[k - 1]
        if p.id == m.id and _PREVIOUS.fullmatch(text[p.end : m.start]):
            return True
    return False
