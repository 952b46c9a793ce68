"""A bare surname after a relative of the document's principal: the principal, not the relative.

News introduces a person (the principal) and then, in passing, a relative who shares his
family name, marking him as a relative by a kin noun beside the name: "Ibrahim Al-Dbeibah, the
nephew of the Prime Minister", "his father, President Idris Deby Itno", "Gadhafi's son Seif
al-Islam Gadhafi". A reader takes the bare surname afterwards ("he accused Al-Dbeibah", "Deby
stressed") for the principal: the relative was brought in as the principal's relative, so the
family name, said alone, still means the principal. Coreference alone would take the most
recent namesake (:mod:`normx.resolve.coref`), which is the relative.

So when the antecedent chosen for a one-word name is a person whose first mention in the
document is marked as a relative (:func:`introduced_as_relative`), and a namesake the document
named with that word earlier than the relative, and introduced without a kin noun, is in the
document before the mention, that namesake is meant (the most recent such one). The
exception is a paragraph that is about the relative: the word is in the paragraph that last
named him, and either that paragraph names no principal before the word ("They include Seif
al-Islam Gadhafi, the dictator's son ... The commission disqualified him ... Gadhafi has made
only one public appearance") or the relative opens his sentence, after no more than the kin
phrase ("His son, Seif al-Islam Bensalem, ... stayed abroad. Bensalem told reporters ...");
then the nearest stands. A relative named inside a clause about someone else ("two years
after the killing of his father, President Idris Deby Itno, ... Deby stressed") leaves the
paragraph to the principal. A namesake introduced without a kin noun keeps the nearest-first
rule too: an article that moves on to a son it names plainly ("Seif al-Islam Gadhafi said
...") is about the son. A relative named first, before any namesake ("Saif al-Islam
Gaddafi, son of Muammar Gaddafi"), is no one's relative in this document's order: the name
after "son of" is the anchor, not the relative, and nothing changes. Kin nouns are data
(``data/family_words.yaml``, shared with :mod:`normx.resolve.family_member`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from normx.detect.tokens import line_before
from normx.resolve.coref import Antecedent, Antecedents, spelled_alike
from normx.resolve.father_chain import father_named_later
from normx.resolve.name_chain import chained_son
from normx.resolve.relative_by_given import first_linked
from normx.text.normalize import NameToken
from normx.text.resources import package_data

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime
    from normx.resolve.segment import Seg

WINDOW = 80  # characters read on each side of a name for a kin noun beside it
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+")


@cache
def _kin_data() -> tuple[str, str]:
    """The kin nouns and the adjectives before them, as regular-expression alternatives."""
    data = package_data("normx.resolve", "family_words.yaml")
    words = [*data["kin"], *data.get("kin_fr", ())]  # French: "X, fils de l'ancien dirigeant"
    kin = "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True))
    adj = "|".join(re.escape(str(w)) for w in data.get("adjectives") or ())
    return kin, adj


def _kin_phrase() -> str:
    """A kin noun and what may stand between it and the relative's name (titles taken off):
    "father, ", "son ", "nephew of the prime minister, " (a title phrase after "of", then a
    comma: the anchor is the title's holder, the name after the comma the relative)."""
    kin, adj = _kin_data()
    return (
        rf"(?i:(?:(?:{adj})[ \t]+)*(?:{kin}))"
        rf"(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?P<anchor>(?:[\w'’.-]+[ \t]+){{0,3}}?[\w'’.-]+)[ \t]*,)?"
        r"[ \t]*,?[ \t]*$"
    )


@cache
def _before() -> re.Pattern[str]:
    """A kin phrase right before a name: "his father, ", "Gadhafi's son "."""
    return re.compile(rf"\b{_kin_phrase()}")


@cache
def _opening() -> re.Pattern[str]:
    """A whole sentence opening that is a kin phrase: "His son, ", "The ruler's nephew "."""
    owner = r"(?i:(?:his|her|their|its|the|a|an)[ \t]+)?(?:[\w-]+['’]s[ \t]+)?"
    return re.compile(rf"^{owner}{_kin_phrase()}")


@cache
def _after() -> re.Pattern[str]:
    """A kin noun in an appositive right after a name: ", the nephew of", ", son of", ", the
    late leader's son", ", his brother", and the partitive of a plural one: ", one of the sons
    of" (a son, said as one of several)."""
    kin, adj = _kin_data()
    return re.compile(
        r"^[ \t]*,[ \t]*(?i:(?:one|another)[ \t]+of[ \t]+)?"
        r"(?i:(?:the|a|an|his|her|their|its)[ \t]+)?"
        r"(?:[a-z]+[ \t]+)?(?:[\w-]+['’]s[ \t]+)?"
        rf"(?i:(?:(?:{adj})[ \t]+)*(?:{kin}))\b"
    )


def _without_titles(before: str, titles: Collection[str]) -> str:
    """*before* without the titles (and the commas) that end it: "his father, President " ->
    "his father, "."""
    while True:
        m = re.search(r"([A-Za-z][\w.-]*)[ \t]*$", before)
        if m is None or m.group(1).lower().rstrip(".") not in titles:
            return before
        before = before[: m.start()]


def _titles_only(anchor: str | None, titles: Collection[str]) -> bool:
    """Whether the words after a kin noun's "of" (None: no "of") are titles only."""
    return anchor is None or all(w.lower().rstrip(".") in titles for w in anchor.split())


def introduced_as_relative(text: str, start: int, end: int, titles: Collection[str]) -> bool:
    """Whether the name at ``text[start:end]`` is marked as someone's relative by a kin noun
    right before it (titles aside: "his father, President X") or in an appositive right after
    it ("X, the nephew of ..."). *titles* are folded person titles; a title phrase after "of"
    must be titles ("the nephew of the prime minister, X"), not a name (in "the son of Muammar
    Gaddafi, Saif" the name after "of" is the anchor)."""
    before = line_before(text, start, WINDOW)
    found = _before().search(_without_titles(before, titles))
    if found is not None and _titles_only(found.group("anchor"), titles):
        return True
    after = text[end : end + WINDOW].split("\n", 1)[0]
    return _after().search(after) is not None


class Relatives:
    """A document's segments read for :func:`principal_namesake`: which were introduced as a
    relative (:func:`introduced_as_relative`), and which paragraph each is in. Answers are
    remembered; most documents ask about no segment at all."""

    def __init__(
        self, text: str, spans: Sequence[tuple[int, int]], titles: Collection[str]
    ) -> None:
        """*spans* are the (start, end) characters of the document's segments, by position."""
        self.text = text
        self.spans = spans
        self.titles = titles
        self._relative: dict[int, bool] = {}
        self.settled: Sequence[tuple[Any, Any, dict[str, Any]]] | None = None  # links so far
        self._breaks: list[int] | None = None

    def relative(self, position: int) -> bool:
        """Whether the segment at *position* is marked as someone's relative."""
        hit = self._relative.get(position)
        if hit is None:
            start, end = self.spans[position]
            hit = introduced_as_relative(self.text, start, end, self.titles)
            self._relative[position] = hit
        return hit

    def opens_sentence(self, position: int) -> bool:
        """Whether the segment at *position* opens its sentence, after no more than a kin
        phrase and titles ("His son, Seif ... stayed abroad"): the sentence is about him."""
        start = self.spans[position][0]
        before = line_before(self.text, start, WINDOW)
        before = _SENTENCE_END.split(before)[-1]
        before = _without_titles(before, self.titles).strip()
        if not before:
            return True
        found = _opening().match(before + " ")
        return found is not None and _titles_only(found.group("anchor"), self.titles)

    def paragraph(self, position: int) -> int:
        """The number of the paragraph the segment at *position* is in: paragraphs are parted
        by blank lines, or by line breaks in a text that has no blank line."""
        if self._breaks is None:
            text = self.text
            pattern = r"\n[ \t]*\n" if re.search(r"\n[ \t]*\n", text) else r"\n"
            self._breaks = [m.end() for m in re.finditer(pattern, text)]
        return bisect_right(self._breaks, self.spans[position][0])


def principal_namesake(
    index: Antecedents,
    position: int,
    query: tuple[NameToken, ...],
    found: Antecedent | None,
    doc: Relatives,
) -> Antecedent | None:
    """*found* (the antecedent chosen for a one-word *query* at *position*), or the principal
    namesake when *found* is a person introduced as a relative (see the module docstring)."""
    if found is None or len(query) != 1 or found.cand.type != "PER" or found.position > position:
        return found
    first = index.positions[found.cand.id][0]
    first = first_linked(doc.settled, found.cand.id, first)  # "sons, Saddam" (relative_by_given)
    if not doc.relative(first) and not chained_son(index, first):  # "Saddam Khalifa Haftar"
        return father_named_later(index, position, query, found, doc)  # father_chain.py
    (word,) = query
    best: Antecedent | None = None
    for eid, positions in index.positions.items():
        if eid == found.cand.id or positions[0] >= first:
            continue
        if index.by_position[positions[0]].cand.type != "PER" or doc.relative(positions[0]):
            continue
        said = [p for p in positions if p < position and _wrote(index.by_position[p], word)]
        if said and (best is None or said[-1] > best.position):
            best = index.by_position[said[-1]]
    if best is None:
        return found
    here = doc.paragraph(position)
    if doc.paragraph(found.position) == here and (
        doc.opens_sentence(found.position)
        or not any(p < position and doc.paragraph(p) == here for p in index.positions[best.cand.id])
    ):
        return found  # the paragraph is about the relative now
    return best


def _wrote(ante: Antecedent, word: NameToken) -> bool:
    return spelled_alike(word, ante.surface_words)


def relatives_of(linker: SpanLinker, rt: Runtime, segs: Sequence[Seg]) -> Relatives:
    """:class:`Relatives` for a document's segments."""
    tokens = linker.tokens
    spans = [(tokens[s.first].start, tokens[s.last].end) for s in segs]
    return Relatives(linker.text, spans, rt.lex.titles)
