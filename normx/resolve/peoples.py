"""Peoples named by their bare name, and a tribe told from a town or a person.

Four decisions about the names of peoples and tribes (:mod:`normx.gazetteer.peoples` holds
the word lists and the "X people" title form):

* :func:`people_span`: a span made only of demonyms ("the Tuareg", "Tebu fighters", "Tuareg
  and Toubou") is context everywhere else ("Libyan", "Turkish Defense Minister"), so it names
  nothing. A gazetteer that holds the people ("Toubou people", its bare form "Toubou" from
  :func:`~normx.gazetteer.titles.with_bare_titles`) says otherwise: each such word is a
  mention of the people when its match is a people's record. A demonym whose match is a
  country or a body ("Libyans", "Arab") stays context, and a body named after a people
  ("Toubou Front for the Salvation of Libya", "Supreme Council of Libyan Tuareg") keeps its
  head noun, so the span is not made of demonyms only.
* :func:`peoples_in_text` reads what the span cache cannot (the text around a span): a
  demonym used as an adjective names no people ("a Tebu military commander", "the Tuareg
  town"), and a bare word that a one-word body and a place tie on (الزوية: the Zuwayya tribe
  and the town Az Zuwayyah) is the tribe when the text calls it one: a tribe noun after it
  ("the Zwaya tribe"), an opener before it ("the sons of the Zuwaya") or a people beside it
  ("the Zwaya and the Tebo"); once said, everywhere in the document.
* :func:`leading_peoples`: a people among the context words that open a span, parted from
  the name after them by a function word ("the Tebu and the Ahali", "the Toubou of Murzuq").
* :func:`plural_not_person`: a lone word spelled as a tribe's plural ("the Gaddadfa",
  القذاذفة) is no later mention of a person whose family name is the nisba ("Muammar
  Gaddafi", القذافي).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from normx.gazetteer.peoples import (
    is_people_name,
    member_nouns,
    plural_of_nisba,
    tribe_nouns,
    tribe_openers,
)
from normx.match.candidate import Candidate
from normx.match.score import NO_MATCH_THRESHOLD, token_similarity
from normx.resolve.coref import Antecedent, query_tokens
from normx.resolve.decision import AMBIGUITY_MARGIN
from normx.resolve.definite_lookalike import place_nouns
from normx.resolve.segment import PEOPLE, Seg, with_context
from normx.text.latin import fold
from normx.text.resources import word_list

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker

_COORDINATED = re.compile(r"\s*(?:,|,?\s*and|,?\s*or)\s+(?:the\s+)?", re.IGNORECASE)
# function words that describe the noun after them ("the Amazigh new year"): a demonym before
# one is an adjective too
# (data/english_words.yaml, says_which)
_SAYS_WHICH = frozenset(word_list("normx.resolve", "english_words.yaml", "says_which"))
MIN_PEOPLE_SCORE = 0.8  # a lone demonym's match, loose spellings included ("Tebu" ~ Toubou)


def people_span(
    linker: SpanLinker, first: int, last: int, context: tuple[str, ...], found: list[Seg]
) -> list[Seg]:
    """The segments of a span made only of context words (*found*: what
    :func:`~normx.resolve.body_names.body_of_heads` made of it), with its peoples: a body
    found stands, but a people's record found for a demonym and its head noun ("Toubou
    fighters") covers the demonym only; a span of demonyms only ("Tebu", "Tuareg and Toubou")
    names each people its words match. (A demonym used as an adjective names no people, but
    that is read from the text around the span: :func:`peoples_in_text`.)"""
    forms = linker.forms
    if found:
        return [_people_word(linker, seg) for seg in found]
    lex = linker.lex
    words = [t for t in range(first, last + 1) if forms[t] in lex.demonyms]
    if not words or any(
        forms[t] not in lex.demonyms
        and forms[t] not in lex.connectors
        and not linker.is_stop_word(t)
        for t in range(first, last + 1)
    ):
        return []
    out: list[Seg] = []
    for t in words:
        seg = linker.link(t, t)
        if _is_people(seg, lex.demonyms):
            seg = Seg(t, t, seg.cand, seg.partial, seg.ambiguous, extra={**seg.extra, PEOPLE: True})
            out.append(with_context(seg, context if t == words[0] else ()))
    return out


def leading_peoples(linker: SpanLinker, first: int, rest: int) -> list[Seg]:
    """The peoples among the context words before token *rest* that a function word parts
    from the name there ("the Tebu and the | Ahali", "the Toubou of | Mourzouk"): coordinated
    with the name or qualified by it, not describing it as "Tebu notable" does."""
    end = rest - 1
    if end <= first:
        return []
    if not linker.is_stop_word(end) and linker.forms[end] not in linker.lex.connectors:
        return []
    return people_span(linker, first, end, (), [])


def _is_people(seg: Seg, demonyms: frozenset[str]) -> bool:
    cand = seg.cand
    return (
        cand is not None
        and cand.score >= MIN_PEOPLE_SCORE
        and (is_people_name(cand.name) or _demonym_named(cand.name, demonyms))
    )


def _demonym_named(name: str, demonyms: frozenset[str]) -> bool:
    """A one-word name that is a demonym or its plural ("Berbers", the people's Wikipedia
    title, for الأمازيغ): a people's record as "Toubou people" is, under the people's own
    word. Session 25 (h-v45fix25): "the rights of the Amazigh" (articles-v45)."""
    words = fold(name).split()
    if len(words) != 1:
        return False
    word = words[0]
    return word in demonyms or (word.endswith("s") and word[:-1] in demonyms)


def _people_word(linker: SpanLinker, seg: Seg) -> Seg:
    """*seg* cut to its demonym when it links a people by the demonym and a head noun."""
    if seg.first == seg.last or not _is_people(seg, linker.lex.demonyms):
        return seg
    demonyms = [t for t in range(seg.first, seg.last + 1) if linker.forms[t] in linker.lex.demonyms]
    if len(demonyms) != 1:
        return seg
    t = demonyms[0]
    return Seg(t, t, seg.cand, seg.partial, seg.ambiguous, seg.context, seg.phrase, seg.extra)


def _adjective(linker: SpanLinker, t: int) -> bool:
    """Demonym *t* describes one person or place ("a Tebu military commander", "the Tuareg
    town", "a Tuareg from the south"): after "a"/"an", or before a lower-case title, place
    noun or noun of one member (:func:`~normx.gazetteer.peoples.member_nouns`)."""
    text = linker.text
    start, end = linker.tokens[t].start, linker.tokens[t].end
    before = text[max(0, start - 4) : start].lower().split()
    if before and before[-1] in ("a", "an"):
        return True
    word = _word_after(text, end, 30)
    return word.islower() and (
        word in linker.lex.titles or word in place_nouns() or word in member_nouns()
    )


def _people_noun(linker: SpanLinker, seg: Seg) -> bool:
    """A people's record named by the demonym itself ("Berbers") is the people only where the
    demonym stands as a noun: after "the" and before punctuation or a function word ("the
    rights of the Amazigh", "the Amazigh had boycotted"); before any other lower-case word it
    describes one ("the Amazigh flag", "Amazigh towns"), which the member nouns of an "X
    people" record's adjective rule do not all list. Records titled "X people" keep that rule
    alone."""
    cand = seg.cand
    if cand is None or is_people_name(cand.name):
        return True
    text = linker.text
    start, end = linker.tokens[seg.first].start, linker.tokens[seg.last].end
    before = text[max(0, start - 4) : start].lower().split()
    if not before or before[-1] != "the":
        return False
    word = _word_after(text, end, 30)
    return (
        not word or not word.islower() or (word in linker.lex.stopwords and word not in _SAYS_WHICH)
    )


def _word_after(text: str, end: int, window: int) -> str:
    """The word after offset *end* (within *window* characters), a clause's punctuation
    stripped ("the Zwaya tribe,"): the noun that says whether a demonym names a people, a
    tribe or one of its members ("" when none)."""
    after = text[end : end + window].split()
    return after[0].strip(".,;:") if after else ""


def peoples_in_text(linker: SpanLinker, segs: list[Seg]) -> list[Seg]:
    """The document's segments with the text around them read (spans are resolved and
    cached on their own words, :mod:`normx.resolve.span_cache`): a people linked by a lone
    demonym used as an adjective is dropped (:func:`_adjective`), and a bare word that a
    tribe ties on with a place is the tribe where the text calls it one (:func:`_tribe_said`)
    and, once it has, everywhere else in the document."""
    demonyms = linker.lex.demonyms
    kept = [
        seg
        for seg in segs
        if not (
            seg.first == seg.last
            and linker.forms[seg.first] in demonyms
            and _is_people(seg, demonyms)
            and (_adjective(linker, seg.first) or not _people_noun(linker, seg))
        )
    ]
    # the text's words first: the matcher is asked about a tie only where a tribe is said
    shaped = [k for k, seg in enumerate(kept) if _tie_shaped(seg)]
    said = {
        tribe.id
        for k in shaped
        if _tribe_said(linker, kept, k) and (tribe := _tribe_tie(linker, kept[k])) is not None
    }
    if not said:
        return kept
    out = list(kept)
    for k in shaped:
        tribe = _tribe_tie(linker, kept[k])
        if tribe is not None and tribe.id in said:
            seg = kept[k]
            out[k] = Seg(seg.first, seg.last, tribe, seg.partial, (), seg.context, seg.phrase)
    return out


def _tie_shaped(seg: Seg) -> bool:
    """One word, unlinked or linked to a place: what a tribe's tie with a town looks like."""
    return seg.first == seg.last and not seg.phrase and (seg.cand is None or seg.cand.type == "LOC")


def _tribe_tie(linker: SpanLinker, seg: Seg) -> Candidate | None:
    """The one-word body that a one-word segment, unlinked or linked to a place, ties on with
    the place (the same spelling's likeness: الزوية, the Zuwayya tribe and Az Zuwayyah)."""
    if not _tie_shaped(seg):
        return None
    query = linker.decisions.query_for(seg.first, seg.last)
    if query is None:
        return None
    cands = linker.decisions.match(query, False)
    if not cands:
        return None
    floor = max(NO_MATCH_THRESHOLD, cands[0].score - AMBIGUITY_MARGIN)
    close = [c for c in cands if c.score >= floor]
    bodies = {c.id: c for c in close if c.type == "ORG" and len(c.name.split()) == 1}
    if len(bodies) != 1 or not any(c.type == "LOC" for c in close):
        return None
    return next(iter(bodies.values()))


def _tribe_said(linker: SpanLinker, segs: list[Seg], k: int) -> bool:
    """The text calls segment *k* a tribe: a tribe noun follows it ("the Zwaya tribe"), a
    tribe opener comes before it ("the sons of the Zuwaya"), or it is coordinated with a
    people ("the Zwaya and the Tebo")."""
    seg = segs[k]
    text = linker.text
    start, end = linker.tokens[seg.first].start, linker.tokens[seg.last].end
    if _word_after(text, end, 20) in tribe_nouns():
        return True
    window = text[max(0, start - 30) : start]
    if _may_end_an_opener(window):
        before = " ".join(window.lower().split())
        if before.endswith(tribe_openers()):  # any of them
            return True
    for j in (k - 1, k + 1):
        if 0 <= j < len(segs) and _is_people(segs[j], linker.lex.demonyms):
            a, b = (segs[j], seg) if j < k else (seg, segs[j])
            between = text[linker.tokens[a.last].end : linker.tokens[b.first].start]
            if _COORDINATED.fullmatch(between):
                return True
    return False


def _may_end_an_opener(window: str) -> bool:
    """Whether *window* (the text before a segment) may end with a tribe opener once lowered
    and its blanks made single spaces: every opener ends in "of" or "the", so when the last
    three characters before the blanks are ASCII (lower-casing them is then theirs alone) and
    end in neither, no opener can end it; otherwise the full test decides."""
    tail = window.rstrip()[-3:]
    if not tail.isascii() or not _OPENERS_END_OF_OR_THE:
        return True
    tail = tail.lower()
    return tail.endswith("of") or tail == "the"


_OPENERS_END_OF_OR_THE = all(
    opener.endswith((" of", " the")) or opener in ("of", "the") for opener in tribe_openers()
)


def plural_not_person(ante: Antecedent | None, forms: Sequence[str]) -> bool:
    """Whether the lone word *forms* is a tribe's plural of the family name of the person
    *ante* (:func:`~normx.gazetteer.peoples.plural_of_nisba`), judged against the person's
    Latin name word most like it."""
    if ante is None or ante.cand.type != "PER" or len(forms) != 1:
        return False
    word = forms[0]
    latin = [tok for tok, cross in ante.words if not cross]
    if not latin:
        return False
    query = query_tokens([word])[0]
    best = max(latin, key=lambda tok: token_similarity(query, tok, cross_script=False)[0])
    return plural_of_nisba(word, best.form)
