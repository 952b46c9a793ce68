"""An owner's acronym said before a body's name is a word of that name: "U.N. Food and
Agriculture Organization".

Wire copy puts the parent organisation's acronym before the name of a body it owns: "the U.N.
Food and Agriculture Organization", "the U.N. Security Council", "the EU Border Assistance
Mission". Where the gazetteer holds the body under a name without the parent ("Food and
Agriculture Organization"), the detector links the acronym and the body apart, and the
acronym's link to the parent (the United Nations) is a second entity for what the text names
once (articles-v47; the sets' gold marks such a phrase as one mention of the body). So an
acronym (written in capitals, with or without dots) linked to an organisation and followed,
after one space, by a mention linked to another organisation, is taken into that mention. The
detector may leave a first word of the body's name out of its mention ("Food and" of "U.N. Food
and Agriculture Organization", a word the text also writes in lower case): capitalised words
between the two that are words of the body's English names (and "and", "of", "for") are taken
in too.

The body must be named whole: "the U.N. Panel of Experts" against a gazetteer's "Panel of
Experts on Chad" names a panel the gazetteer does not say is the parent's, and the acronym
stays the parent's mention (:mod:`normx.resolve.acronym_opened` joins it when the body's Arabic
name holds the parent's). A place or person after the acronym is not a body it owns ("U.N.
Libya envoy", "U.S. Ambassador Richard Norland"), nor is an unlinked name ("the U.N. Panel of
Experts": the panel is unknown, and the parent is all the text gives a reader): both stay as
they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from normx.detect.lexicon import function_words
from normx.resolve.document import Mention, stretched_mention
from normx.text.latin import fold

_ACRONYM = re.compile(r"(?:[A-Z]\.){2,4}|[A-Z]{2,5}")  # "U.N.", "UN", "EU"
_GAP = re.compile(r" (?:[A-Z][\w'\-]* (?:(?:and|of|for) )?)*")  # " " or " Food and "
_WORD = re.compile(r"[^\W\d_]+")
CONNECTORS = function_words("owner")  # connectors.yaml, function_word_sets: owner
Names = Callable[[str, str], Sequence[str]]  # (entity id, language) -> its names


def _own_words(gap: str, names: Sequence[str]) -> bool:
    """Every capitalised word of *gap* is a word of one of *names*."""
    said = {fold(w) for w in _WORD.findall(gap) if w[:1].isupper()}
    if not said:
        return True
    own = {fold(w) for n in names for w in _WORD.findall(n)}
    return said <= own


def _said_whole(said: str, names: Sequence[str]) -> bool:
    """*said* holds every word of one of *names* (a comma or bracket qualifier aside)."""
    words = {fold(w) for w in _WORD.findall(said)}
    for name in names:
        head = re.split(r"[,(]", name, maxsplit=1)[0]
        own = {fold(w) for w in _WORD.findall(head)} - CONNECTORS
        if own and own <= words:
            return True
    return False


def owner_prefixes_joined(
    text: str, mentions: Sequence[Mention], names: Names
) -> tuple[Mention, ...]:
    """*mentions* with each organisation's acronym right before another organisation's
    mention taken into that mention (see the module docstring); *names* gives an entity's
    names."""
    out: list[Mention] = []
    k = 0
    while k < len(mentions):
        m = mentions[k]
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if (
            nxt is not None
            and m.id is not None
            and m.type == "ORG"
            and nxt.id is not None
            and nxt.type == "ORG"
            and nxt.id != m.id
            and _ACRONYM.fullmatch(m.text) is not None
            and _GAP.fullmatch(text, m.end, nxt.start) is not None
            and _own_words(text[m.end : nxt.start], names(nxt.id, "en"))
            and _said_whole(text[m.end : nxt.end], names(nxt.id, "en"))
        ):
            out.append(stretched_mention(text, nxt, nxt.end, {"owner": m.text}, start=m.start))
            k += 2
            continue
        out.append(m)
        k += 1
    return tuple(out)


# "Organisation des | Nations unies | pour l'alimentation ...": a capitalised French head and
# the article of its complement right before the parent's mention
_FRENCH_HEAD_BEFORE = re.compile(r"\b[A-Z][\w\-]+ (?:des |du |de la |de l'|de l’)$")
_FRENCH_ARTICLES = (" des ", " du ", " de la ", " de l'", " de l’")  # what a match ends in


def _french_head_before(text: str, start: int) -> re.Match[str] | None:
    """_FRENCH_HEAD_BEFORE in the 40 characters before *start*. The window's end is tested
    first (exact: a match ends in one of the articles, "$" perhaps before a final newline),
    since the search tries every offset of the window for every mention (session 34)."""
    low = max(0, start - 40)
    end = text[low:start]
    end = end[:-1] if end.endswith("\n") else end
    if not end.endswith(_FRENCH_ARTICLES):
        return None
    return _FRENCH_HEAD_BEFORE.search(text, low, start)


def french_organs_joined(text: str, mentions: Sequence[Mention]) -> tuple[Mention, ...]:
    """*mentions* with each French organ's name written around its parent's ("Organisation
    des Nations unies pour l'alimentation et l'agriculture") made one mention of the organ.

    French names a United Nations organ by a head, the parent and the organ's task: "Programme
    des Nations unies pour le développement", "Haut Commissariat des Nations unies pour les
    réfugiés". The detector links the parent inside ("Nations unies", the United Nations) and
    the task after it ("pour l'alimentation et l'agriculture", the FAO by its gloss): two
    entities where the text names one (articles-v47). So a mention linked to an organisation,
    right after a capitalised word and "des"/"du"/"de la"/"de l'", and followed after one
    space by a mention opening with "pour" linked to another organisation, is taken with the
    head before it into that mention."""
    out: list[Mention] = []
    k = 0
    while k < len(mentions):
        m = mentions[k]
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        head = _french_head_before(text, m.start)
        if (
            nxt is not None
            and head is not None
            and m.id is not None
            and m.type == "ORG"
            and nxt.id is not None
            and nxt.type == "ORG"
            and nxt.id != m.id
            and text[m.end : nxt.start] == " "
            and nxt.text.startswith("pour ")
            and not any(o.end > head.start() for o in out)
        ):
            start = head.start()
            out.append(stretched_mention(text, nxt, nxt.end, {"parent": m.text}, start=start))
            k += 2
            continue
        out.append(m)
        k += 1
    return tuple(out)
