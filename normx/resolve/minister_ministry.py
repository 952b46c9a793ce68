""" "The Minister of X ... said that the Ministry ...": the ministry is the minister's own.

Machine translation from Arabic writes a minister's statement this way: "The Minister of
Health, Ramadan Abu Jinah, said ... that the Ministry prepared ...", "The minister of youth
Fathallah Al-Zani said that the Ministry will ...". The generic "the Ministry" was resolved to
the ministry last named before it (:func:`~normx.resolve.generic.find_body`), which is another
ministry whenever the article named one in between ("the budget ... by the Ministry of
Finance", then "The Minister of Health ... said that the Ministry will distribute"), or left
unlinked when the minister's ministry is named only later in the article.

The sentence says which: when the words before the generic "Ministry" in its own sentence hold
a minister's title with one portfolio ("Minister of Health", "Health Minister", the gloss
lexicon's ``portfolios``) and the document links exactly one ministry whose Arabic name is the
head of "Ministry" with that portfolio's rendering (وزارة الصحة), the generic head is that
ministry. Two portfolios in the sentence, or no such ministry in the document, leave the head
to the usual rule.

A sentence without the title may name the minister by the name the title introduced before:
"the Minister of the Civil Service, Abdul Fattah Al-Khouja, said that ... And Al-Khouja said
that the Ministry will link ..." (articles-v48, session 26). The last word of the name set
after a title ("Minister of X, Name,") within :data:`TITLE_REACH` characters before, written
in the generic head's sentence, stands for that title there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from normx.match.candidate import Candidate
from normx.mt.lexicon import default_lexicon
from normx.resolve.generic import arabic_words
from normx.text.latin import fold

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime
    from normx.resolve.segment import Seg

HEADS = frozenset({"ministry"})
# "Minister of (the) Health", "minister for Youth", "Health Minister": the words after "of" /
# before "Minister" (up to three), whose longest portfolio prefix / suffix is the portfolio
_OF_TITLE = re.compile(r"\bminister (?:of|for) (?:the )?((?:[a-z]+ ?){1,3})", re.IGNORECASE)
_TITLE_OF = re.compile(r"((?:[A-Za-z]+ ){1,3})minister\b", re.IGNORECASE)
# "Minister of (the) Civil Service, Abdul Fattah Al-Khouja,": a title and the name set after it
_TITLE_NAME = re.compile(
    r"\b[Mm]inister (?:of|for) (?:the )?((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+),[ \t]+"
    r"((?:[A-Z][\w’'-]*[ \t]){0,4}[A-Z][\w’'-]*),"
)
TITLE_REACH = 1500  # characters: about two paragraphs, as generic.MAX_DISTANCE


def _longest(words: Sequence[str], portfolios: frozenset[str], *, suffix: bool) -> str | None:
    """The longest run of *words* at their start (or end, *suffix*) that is a portfolio."""
    for n in range(len(words), 0, -1):
        run = " ".join(words[-n:] if suffix else words[:n])
        if run in portfolios:
            return run
    return None


def title_portfolios(sentence: str) -> set[str]:
    """The folded portfolios of the ministers' titles written in *sentence*."""
    portfolios = default_lexicon().portfolios
    found: set[str] = set()
    for m in _OF_TITLE.finditer(sentence):
        hit = _longest(fold(m.group(1)).split(), portfolios, suffix=False)
        if hit is not None:
            found.add(hit)
    for m in _TITLE_OF.finditer(sentence):
        hit = _longest(fold(m.group(1)).split(), portfolios, suffix=True)
        if hit is not None:
            found.add(hit)
    return found


def named_minister_portfolios(text: str, start: int, sentence: str) -> set[str]:
    """The folded portfolios of titles written within :data:`TITLE_REACH` characters before
    *start* whose holder's name (its last word) *sentence* writes (see the module docstring)."""
    portfolios = default_lexicon().portfolios
    found: set[str] = set()
    words = set(re.findall(r"[\w’'-]+", sentence))
    for m in _TITLE_NAME.finditer(text, max(0, start - TITLE_REACH), start):
        surname = m.group(2).split()[-1]
        if surname not in words:
            continue
        hit = _longest(fold(m.group(1)).split(), portfolios, suffix=False)
        if hit is not None:
            found.add(hit)
    return found


def _renderings(portfolio: str) -> list[frozenset[str]]:
    """For each word of *portfolio* (or the phrase when the lexicon glosses it whole), the set
    of its Arabic renderings' words, normalised, article dropped."""
    entries = default_lexicon().entries
    words = portfolio.split()
    whole = entries.get(tuple(words))
    groups = [whole] if whole is not None else [entries.get((w,)) for w in words]
    out: list[frozenset[str]] = []
    for entry in groups:
        if entry is None:
            return []
        out.append(frozenset(w for r in entry.renderings for w in arabic_words(" ".join(r))))
    return out


def _is_ministry_of(
    names: Iterable[tuple[str, ...]], head: frozenset[str], want: list[frozenset[str]]
) -> bool:
    """One of the Arabic *names* (normalised words) opens with *head* and holds a rendering of
    each portfolio word (*want*)."""
    for words in names:
        if words and words[0] in head and all(any(w in g for w in words[1:]) for g in want):
            return True
    return False


def ministry_of_title(
    linker: SpanLinker, rt: Runtime, segs: Sequence[Seg], pos: int
) -> Candidate | None:
    """The ministry the generic segment *pos* names by the minister's title in its sentence,
    among the bodies the document links (see the module docstring)."""
    seg = segs[pos]
    if linker.forms[seg.first] not in HEADS or seg.first != seg.last:
        return None
    tokens = linker.tokens
    first = seg.first
    while first > 0 and not tokens[first].sent_start:
        first -= 1
    start = tokens[first].start
    sentence = linker.text[start : tokens[seg.first].start]
    portfolios = title_portfolios(sentence)
    if not portfolios:  # "And Al-Khouja said that the Ministry": the minister by his name
        portfolios = named_minister_portfolios(linker.text, start, sentence)
    if len(portfolios) != 1:
        return None
    want = _renderings(next(iter(portfolios)))
    head = frozenset(w for g in rt.generic_glosses(linker.forms[seg.first]) for w in g)
    if not want or not head:
        return None
    found: dict[str, Candidate] = {}
    for other in segs:
        cand = other.cand
        if cand is None or cand.type != "ORG" or cand.id in found or other.generic:
            continue
        if _is_ministry_of(rt.arabic_names(cand.id), head, want):
            found[cand.id] = cand
    if len(found) != 1:
        return None
    (a,) = found.values()
    return Candidate(a.id, a.name, a.type, a.score, a.matched, "coref", {})
