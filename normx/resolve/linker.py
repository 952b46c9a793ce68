"""Linking one candidate span: the whole span first, then without context, then sub-spans.

For a span of capitalised words (:mod:`normx.detect.spans`) the linker tries, in order:

1. the whole span: an exact gazetteer name (trie) or a matcher candidate above the threshold;
2. the span without leading context (titles, demonyms: "Turkish Defense Minister Hulusi Akar");
3. sub-spans, longest first (:mod:`normx.resolve.subspans`), the rest resolved again, so
   "Tripoli and Ankara", "Supreme Council of State Khaled Al-Mashri" and "Al-Wefaq Forces
   Khaled Karrouad" come apart where the gazetteer says;
4. otherwise the span is a proper name the gazetteers lack (``id`` None).

A span that ends in a body head noun ("... Council of State") is one name of a body: if a
suffix of it links to an organisation, the mention covers the whole span (translation renders
a body's adjectives differently: Supreme / High). Evidence for a single word is held to a
higher standard: a lone given name never links, and a word that several entities share waits
for the document to say which (:mod:`normx.resolve.coref`).

The linker never calls the matcher itself: *match* answers a query (and may stop the span's
resolution until a batch of queries is fetched: :mod:`normx.resolve.batch`), and *want*
announces several queries at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from normx.detect.lexicon import Lexicon
from normx.detect.tokens import Token
from normx.detect.trie import NameTrie
from normx.detect.units import ARTICLE, NAME, Unit
from normx.match.candidate import Candidate
from normx.match.score import NO_MATCH_THRESHOLD
from normx.resolve.segment import (
    LOOSE_METHODS,
    Seg,
    as_person,
    coverage,
    given_name_only,
    is_clean,
    matched_words,
    with_context,
)
from normx.resolve.subspans import best_subspan
from normx.text.latin import fold

AMBIGUITY_MARGIN = 0.05  # a winner this close to another entity is not a decision
PHRASE_MIN_SCORE = 0.8  # a lower-case phrase is no proper name: it must match well
MAX_NAME_UNITS = 7  # name words (connectors aside) of the longest name worth a matcher call


def _want_nothing(queries: Iterable[str]) -> None:
    for _ in queries:
        pass


_QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$")


def _spelled_but_qualifier(query: str, cands: list[Candidate]) -> Candidate | None:
    """The one candidate whose name is the query spelled out but for a parenthetical
    qualifier the gazetteer adds to tell namesakes apart ("Africa Corps (Russia)" for "Africa
    Corps"): the text's name is that name, whatever a gloss makes of a namesake (the Afrika
    Korps). Names of two words or more only: a lone word is held to a higher standard."""
    said = fold(query)
    found = {
        c.id: c for c in cands if "(" in c.matched and fold(_QUALIFIER.sub("", c.matched)) == said
    }
    if len(found) != 1:
        return None
    (c,) = found.values()
    return Candidate(c.id, c.name, c.type, 1.0, c.matched, "exact", {})


class SpanLinker:
    """Links spans of one document; the matcher cache lives in the caller's run state."""

    def __init__(
        self,
        text: str,
        tokens: list[Token],
        units: list[Unit],
        lex: Lexicon,
        trie: NameTrie,
        match: Any,  # (query, phrase) -> list[Candidate], cached by the caller
        entity_of_name: Any,  # name id -> (record id, canonical, type)
        in_names: Any = None,  # folded word -> is it a word of some gazetteer name?
        want: Callable[[Iterable[str]], None] | None = None,  # queries about to be asked
        own_word: Callable[[str, str], bool] | None = None,  # (record id, folded word)
        english_words: Callable[[str], frozenset[str]] | None = None,  # record id -> its words
    ) -> None:
        # the folded words of an entity's English names
        self.english_words = english_words or (lambda rid: frozenset())
        self.in_names = in_names or (lambda form: True)
        # does the entity's own naming hold this word (in English, or as an Arabic gloss)?
        self.own_word = own_word or (lambda rid, form: False)
        self.want = want or _want_nothing
        self.text = text
        self.tokens = tokens
        self.units = units
        self.lex = lex
        self.trie = trie
        self.match = match
        self.entity_of_name = entity_of_name
        self.forms = [t.form for t in tokens]
        self.unit_index: dict[int, int] = {}
        for ui, u in enumerate(units):
            for t in range(u.first, u.last + 1):
                self.unit_index[t] = ui
        self._exact: dict[tuple[int, int], list[Candidate] | None] = {}

    # -- helpers -------------------------------------------------------------------------
    def surface(self, first: int, last: int) -> str:
        return self.text[self.tokens[first].start : self.tokens[last].end]

    def core_units(self, first: int, last: int) -> list[Unit]:
        """The units of tokens ``first``..``last`` that carry name words (no articles, bin)."""
        u0, u1 = self.unit_index[first], self.unit_index[last]
        return [
            u
            for u in self.units[u0 : u1 + 1]
            if u.kind != "article" and u.kind != "bin" and u.forms
        ]

    def is_edge_word(self, t: int) -> bool:
        form = self.tokens[t].form
        return form in self.lex.connectors or form in self.lex.stopwords

    def trim(self, first: int, last: int) -> tuple[int, int]:
        while first <= last and self.is_edge_word(first):
            first += 1
        while last >= first and (self.is_edge_word(last) or self.dangling_particle(last)):
            last -= 1
        return first, last

    def dangling_particle(self, t: int) -> bool:
        u = self.units[self.unit_index[t]]
        return u.kind != NAME and u.last == t and u.first == t and not u.forms

    # -- one decision ----------------------------------------------------------------------
    def exact_candidates(self, first: int, last: int) -> list[Candidate] | None:
        """The entities whose gazetteer name the tokens spell exactly (trie), if any."""
        key = (first, last)
        if key not in self._exact:
            self._exact[key] = self._trie_candidates(first, last)
        return self._exact[key]

    def _trie_candidates(self, first: int, last: int) -> list[Candidate] | None:
        u0, u1 = self.unit_index[first], self.unit_index[last]
        if self.units[u0].first != first or self.units[u1].last != last:
            return None
        hit = self.trie.walk(self.units, u0, u1 + 1)
        if hit is None or hit.last != u1:
            return None
        seen: dict[str, Candidate] = {}
        for ni in hit.names:
            rid, canonical, etype, matched = self.entity_of_name(ni)
            if rid not in seen:
                seen[rid] = Candidate(rid, canonical, etype, 1.0, matched, "exact", {})
        return list(seen.values())

    def name_units(self, first: int, last: int) -> list[Unit]:
        return [u for u in self.core_units(first, last) if u.forms[0] not in self.lex.connectors]

    def query_for(self, first: int, last: int, *, phrase: bool = False) -> str | None:
        """The matcher query :meth:`link` would ask for these tokens (None: it asks none)."""
        if not phrase and self.exact_candidates(first, last):
            return None
        if len(self.name_units(first, last)) > MAX_NAME_UNITS:
            return None
        return self.surface(first, last)

    def link(self, first: int, last: int, *, phrase: bool = False) -> Seg:
        """The decision for exactly tokens ``first``..``last``."""
        names = self.name_units(first, last)
        partial = len(names) <= 1
        exact = None if phrase else self.exact_candidates(first, last)
        if exact:
            if len(exact) == 1:
                return Seg(first, last, exact[0], False)
            return Seg(first, last, None, partial, ambiguous=tuple(exact))
        if len(names) > MAX_NAME_UNITS:  # longer than any name: only its pieces can be names
            return Seg(first, last, None, partial, phrase=phrase)
        query = self.surface(first, last)
        cands = self.match(query, phrase)
        if not cands:
            return Seg(first, last, None, partial, phrase=phrase)
        qualified = None if phrase or partial else _spelled_but_qualifier(query, cands)
        if qualified is not None:
            return Seg(first, last, qualified, False)
        best = cands[0]
        rivals = [c for c in cands[1:] if c.id != best.id]
        if best.score < NO_MATCH_THRESHOLD:
            return Seg(first, last, None, partial, phrase=phrase)
        close = tuple(
            c for c in rivals if c.score >= max(NO_MATCH_THRESHOLD, best.score - AMBIGUITY_MARGIN)
        )
        if close and best.score < 0.95:
            return Seg(first, last, None, partial, ambiguous=(best, *close), phrase=phrase)
        query_cov, name_cov = coverage(best)
        if phrase and (query_cov < 0.99 or best.score < PHRASE_MIN_SCORE):
            return Seg(first, last, None, partial, phrase=phrase)
        if partial and given_name_only(best):
            return Seg(first, last, None, partial, ambiguous=(best,))
        return Seg(first, last, best, name_cov < 0.99, phrase=phrase)

    # -- a whole span ----------------------------------------------------------------------
    def resolve(self, first: int, last: int, *, phrase: bool = False) -> list[Seg]:
        """Segments of a span, each linked or not (see the module docstring)."""
        if phrase:
            seg = self.link(first, last, phrase=True)
            return [seg] if seg.cand is not None else []
        return [
            as_person(seg) if self.person_context(seg.context) else self._of_its_people(seg, first)
            for seg in self._resolve(first, last, ())
        ]

    def _of_its_people(self, seg: Seg, first: int) -> Seg:
        """A place or body the text's demonym contradicts is no link: "Libyan Arab Armed
        Forces" is not the Sudanese Armed Forces, whatever the other words share. The demonyms
        are the segment's context, its own words and those right before it in the span; the
        entity's English names must hold another demonym and none of these."""
        cand = seg.cand
        if cand is None or cand.type == "PER":
            return seg
        demonyms = self.lex.demonyms
        said = {fold(w) for c in seg.context for w in c.split()} & demonyms
        said.update(f for f in self.forms[seg.first : seg.last + 1] if f in demonyms)
        t = seg.first - 1
        while t >= first and self.forms[t] in demonyms:
            said.add(self.forms[t])
            t -= 1
        if not said:
            return seg
        words = self.english_words(cand.id)
        if words & said or not words & demonyms:
            return seg
        return Seg(seg.first, seg.last, None, seg.partial, (), seg.context, seg.phrase, seg.extra)

    def person_context(self, context: tuple[str, ...]) -> bool:
        """The context words end in a person title ("Minister", "Chief of Staff"), not in a
        demonym or a title phrase that opens a body's name ("Head of")."""
        return bool(context) and fold(context[-1].split()[-1]) in self.lex.titles

    def _resolve(self, first: int, last: int, context: tuple[str, ...]) -> list[Seg]:
        first, last = self.trim(first, last)
        if first > last:
            return []
        if self.only_context(first, last):
            return self._body_of_heads(first, last, context)
        if self._context_first(first, last):  # "Turkish Defense Minister ...": no name has it
            rest, ctx, after_of = self._strip_context(first, last)
            if rest != first:
                return self._after_context(rest, last, context + ctx, after_of)
        whole = self.link(first, last)
        if whole.cand is not None and not self.one_name_across(first, last, whole.cand):
            whole = Seg(first, last, None, whole.partial)  # two names run together
        if whole.cand is not None and (
            is_clean(whole.cand) or self._inner_names_over(first, last, whole.cand)
        ):
            return [with_context(whole, context)]
        if whole.cand is not None:  # words the match left unexplained: a better cut may exist
            found = best_subspan(self, first, last, self.pieces(first, last))
            if found is None or not is_clean(found[0].cand):
                return [with_context(whole, context)]
        rest, ctx, after_of = self._strip_context(first, last)
        if rest != first:
            return self._after_context(rest, last, context + ctx, after_of)
        pieces = self.pieces(first, last)
        found = best_subspan(self, first, last, pieces)
        if found is None:
            if len(pieces) > 1:
                out: list[Seg] = []
                for k, (p0, p1) in enumerate(pieces):
                    out.extend(self._resolve(p0, p1, context if k == 0 else ()))
                return out
            return [with_context(whole, context)] if self._is_name(first, last) else []
        sub, s0, s1 = found
        sub, s1 = self._with_own_head(last, sub, s1)
        p0 = self._piece_start(first, last, s0)
        if self._absorbs(p0, s0, s1, sub):
            seg = Seg(p0, s1, sub.cand, sub.partial, extra={"linked_by": self.surface(s0, s1)})
            before = self._resolve(first, p0 - 1, context) if p0 > first else []
            after = self._resolve(s1 + 1, last, ()) if s1 < last else []
            return [*before, with_context(seg, context if p0 == first else ()), *after]
        before = self._resolve(first, s0 - 1, context) if s0 > first else []
        after = self._resolve(s1 + 1, last, ()) if s1 < last else []
        if self._fused(first, last, s0, s1, sub, before, after):
            return self._fused_piece(first, last, s0, s1, context, [*before, sub, *after])
        return [*before, with_context(sub, context if s0 == first else ()), *after]

    def _inner_names_over(self, first: int, last: int, cand: Candidate) -> bool:
        """A person named in full with a father's (or grandfather's) name inside: "Saddam
        Khalifa Haftar" is Saddam Haftar, son of Khalifa. Arabic names a man given name, father's
        name, family name, and English texts keep or drop the middle names freely; so a match of
        every word of a person's gazetteer name that pairs the span's first and last name words
        and leaves only inner words over is the whole span, not a cut at the inner name (even
        where the inner words and the surname spell another person: the father)."""
        if cand.type != "PER" or coverage(cand)[1] < 0.99:
            return False
        names = self.name_units(first, last)
        if len(names) < 3 or any(self.tokens[u.first].form in self.lex.titles for u in names):
            return False
        said = matched_words(cand)
        return all(any(fold(f) in said for f in u.forms) for u in (names[0], names[-1]))

    def _with_own_head(self, last: int, sub: Seg, s1: int) -> tuple[Seg, int]:
        """A linked body followed by a capitalised head noun its own names hold ("Special
        Deterrence | Apparatus" when the gazetteer knows the Deterrence Apparatus): the head is
        its word (translation swaps a body's head for another of its names), not the start of
        another name, so the segment covers it."""
        nxt = s1 + 1
        if sub.cand is None or sub.cand.type != "ORG" or nxt > last:
            return sub, s1
        tok = self.tokens[nxt]
        if not tok.cap or tok.possessive or self.tokens[s1].possessive:
            return sub, s1
        if tok.form not in self.lex.body_heads or not self.own_word(sub.cand.id, tok.form):
            return sub, s1
        if any(self.tokens[t].form in self.lex.body_heads for t in range(sub.first, nxt)):
            return sub, s1  # it has its head: a second one starts another name ("Forces Khaled")
        extra = {**sub.extra, "linked_by": self.surface(sub.first, s1)}
        return Seg(sub.first, nxt, sub.cand, sub.partial, context=sub.context, extra=extra), nxt

    def _fused_piece(
        self,
        first: int,
        last: int,
        s0: int,
        s1: int,
        context: tuple[str, ...],
        cut: list[Seg],
    ) -> list[Seg]:
        """The piece around a fused place or body is one unknown name; the other pieces of the
        span ("Fighting and the ...") are names of their own, resolved on their own.

        The unknown name keeps, as ``parts``, the segments it would be cut into, so a reading
        of the text around the span (:mod:`normx.resolve.pipeline`) can still cut it.
        """
        p0, p1 = next(
            ((a, b) for a, b in self.pieces(first, last) if a <= s0 and s1 <= b), (first, last)
        )
        parts = tuple(seg for seg in cut if p0 <= seg.first and seg.last <= p1)
        before = self._resolve(first, p0 - 1, context) if p0 > first else []
        after = self._resolve(p1 + 1, last, ()) if p1 < last else []
        name = Seg(p0, p1, None, False, parts=parts)
        return [*before, with_context(name, context if p0 == first else ()), *after]

    def _fused(
        self, first: int, last: int, s0: int, s1: int, sub: Seg, before: list[Seg], after: list[Seg]
    ) -> bool:
        """The linked place or body is only a word of an unknown name ("Libya Al-Ahrar").

        Names run together without a connector ("Tripoli and Ankara", "UN mission in Libya")
        are kept apart; but a place or body followed or preceded, in the same piece, by a
        capitalised name word that links to nothing is the first word of a longer name the
        gazetteers lack (a channel, a brigade, a party). A person's name is not judged so: an
        extra given name beside a known surname is common.
        """
        if sub.cand is None or sub.cand.type == "PER":
            return False
        if any(seg.cand is not None for seg in (*before, *after)):
            return False
        if not (before or after):
            return self._named_for(first, last, s1, sub)
        pairs = [(s0 - 1, s0)] if s0 > first else []
        if s1 < last:
            pairs.append((s1, s1 + 1))
        return any(
            self._name_word(t)
            and self._name_word(u)
            and self.tokens[u].joined
            and self._same_piece(first, last, t, u)
            for t, u in pairs
        )

    def _named_for(self, first: int, last: int, s1: int, sub: Seg) -> bool:
        """A place followed, in the same piece, by a capitalised body head noun its own names
        lack ("Fezzan Movement", "Zintan Council") opens the name of a body named for it, which
        the gazetteers lack: not a mention of the place."""
        nxt = s1 + 1
        if sub.cand is None or sub.cand.type != "LOC" or nxt > last:
            return False
        tok = self.tokens[nxt]
        if not tok.cap or not tok.joined or self.tokens[s1].possessive:
            return False
        if tok.form not in self.lex.body_heads or self.own_word(sub.cand.id, tok.form):
            return False
        return self._same_piece(first, last, s1, nxt)

    def one_name_across(self, first: int, last: int, cand: Candidate) -> bool:
        """A match over the span's natural cuts (:meth:`pieces`) is one name, not several run
        together.

        Across a coordinating "and" it must be a coordinated name ("Ministry of Oil and Gas",
        "Justice and Construction Party", "Sirte and Jufrah Operations Room"), not two names
        ("Presidential Council and the Government ...", "Sirte and Al-Jufra"): a gazetteer name
        spelled out (trie), or a clean match of a whole gazetteer name. Across any cut the match
        must pair a word of every piece (a generic head noun does not count: "106 Brigade and
        the Tariq bin Ziyad Brigade"; nor does a word it left over: "Libyan Arab Armed Forces |
        Khalifa" is not the army): a name that explains one side only says the sides are
        separate names.
        """
        sides = self.pieces(first, last)
        if len(sides) <= 1 or cand.method == "exact":
            return True
        coordinated = any(self.forms[k] in self.lex.coordinating for k in range(first, last))
        if coordinated and (not is_clean(cand) or coverage(cand)[1] < 0.99):
            return False
        said = matched_words(cand)
        sides_units = [self._side_units(a, b) for a, b in sides]
        for k, units in enumerate(sides_units):
            elsewhere = [u for j, other in enumerate(sides_units) if j != k for u in other]
            # a word paired more often than the other sides spell it counts for this side
            if not any(
                n > sum(w in u for u in elsewhere) and any(w in u for u in units)
                for w, n in said.items()
            ):
                return False
        return True

    def _side_units(self, first: int, last: int) -> list[frozenset[str]]:
        """The name units of one side, each as the spellings a matcher may report for it."""
        out: list[frozenset[str]] = []
        for u in self.core_units(first, last):
            form = self.forms[u.first]
            if u.forms[0] in self.lex.connectors or form in self.lex.stopwords:
                continue
            if form in self.lex.body_heads or form in self.lex.unit_heads:
                continue  # "Brigade and the Tariq bin Ziyad": a head alone names no body
            spellings = {*u.forms, *(self.forms[t] for t in range(u.first, u.last + 1))}
            out.append(frozenset(spellings))
        return out

    def _name_word(self, t: int) -> bool:
        tok = self.tokens[t]
        lex = self.lex
        return (
            tok.cap
            and tok.form not in lex.stopwords
            and tok.form not in lex.connectors
            and not self._context_at(t)
            and not self._title_phrase_at(t, len(self.tokens) - 1)
        )

    def _context_at(self, t: int) -> bool:
        """Token *t* is a title or demonym here: not after a hyphen-joined article, which makes
        it a family name ("Bashir Al-Sheikh Hammouda", الشيخ; "Al-Masri")."""
        if not self.lex.is_context(self.forms[t]):
            return False
        if t == 0 or not self.tokens[t].hyphen_before:
            return True
        before = self.units[self.unit_index[t - 1]]
        return before.kind != ARTICLE or before.last != t - 1

    def _same_piece(self, first: int, last: int, t: int, u: int) -> bool:
        return any(p0 <= t and u <= p1 for p0, p1 in self.pieces(first, last))

    def _after_context(
        self, first: int, last: int, context: tuple[str, ...], after_of: bool
    ) -> list[Seg]:
        segs = self._resolve(first, last, context)
        if not after_of:
            return segs
        # "Minister of Oil and Gas", "Commander of the Land Forces": what the office is of
        while segs and self._is_title_complement(segs[0]):
            segs = segs[1:]
        return segs

    def _context_first(self, first: int, last: int) -> bool:
        """The span opens with a title or demonym that no gazetteer name contains (a cheap test
        that saves a matcher call on the whole span)."""
        form = self.forms[first]
        return first < last and self.lex.is_context(form) and not self.in_names(form)

    def context_edge(self, first: int, last: int) -> bool:
        """A sub-span that starts or ends with a title or demonym no gazetteer name has
        ("... and Turkish", "Turkish Defense"): never a name, so no matcher call."""
        lex = self.lex
        return any(
            lex.is_context(self.forms[t]) and not self.in_names(self.forms[t])
            for t in {first, last}
        )

    def only_context(self, first: int, last: int) -> bool:
        """Only titles, demonyms, function words and generic head nouns: no particular name."""
        lex = self.lex
        return all(
            lex.is_context(t.form)
            or t.form in lex.stopwords
            or t.form in lex.connectors
            or t.form in lex.body_heads  # "the Chamber", "Forces": no particular body
            or t.form in lex.unit_heads
            for t in self.tokens[first : last + 1]
        )

    def _body_of_heads(self, first: int, last: int, context: tuple[str, ...]) -> list[Seg]:
        """Two generic head nouns together may name one body ("Presidency Council"): linked
        only when the whole span names an organisation cleanly; one alone ("the Chamber",
        "Forces") names none."""
        heads = sum(t.form in self.lex.body_heads for t in self.tokens[first : last + 1])
        if heads == 1 and first < last and self.forms[first] in self.lex.demonyms:
            return self._people_body(first, last, context)
        rest, ctx, _ = self._strip_context(first, last)
        rest, last = self.trim(rest, last)
        if first < rest <= last:  # "Vice President of the | Presidency Council"
            return self._body_of_heads(rest, last, context + ctx)
        if heads < 2:
            return []
        whole = self.link(first, last)
        if whole.cand is None or whole.cand.type != "ORG" or not is_clean(whole.cand):
            return []
        return [with_context(whole, context)]

    def _people_body(self, first: int, last: int, context: tuple[str, ...]) -> list[Seg]:
        """A demonym and one head noun ("The Libyan Army") name the body of that people that
        the gazetteer calls so: a clean match of an organisation whose English names hold the
        demonym and the head (the Libyan National Army); anything else is no name."""
        whole = self.link(first, last)
        cand = whole.cand
        if cand is None or cand.type != "ORG" or not is_clean(cand):
            return []
        words = self.english_words(cand.id)
        if any(self.forms[t] not in words for t in (first, last)):
            return []
        return [with_context(whole, context)]

    def _piece_start(self, first: int, last: int, t: int) -> int:
        """The first token of the piece of the span that holds token *t*."""
        return next((a for a, b in self.pieces(first, last) if a <= t <= b), first)

    def _absorbs(self, first: int, s0: int, s1: int, sub: Seg) -> bool:
        """A body's name whose leading adjective the gazetteer spells otherwise (Supreme/High).

        The linked part must be an organisation whose span holds a body head noun; the words
        before it in its piece (*first* is the piece's start: at most two words, capitalised,
        not context, linked to nothing else) join the mention.
        """
        if sub.cand is None or sub.cand.type != "ORG" or s0 <= first or s0 - first > 2:
            return False
        if not any(self.tokens[t].form in self.lex.body_heads for t in range(s0, s1 + 1)):
            return False
        lead = self.tokens[first:s0]
        return all(
            t.cap and not self.lex.is_context(t.form) and t.form not in self.lex.stopwords
            for t in lead
        ) and self._links_to_none_but(first, s0 - 1, sub.cand.id)

    def _links_to_none_but(self, first: int, last: int, record_id: str) -> bool:
        cand = self.link(first, last).cand
        return cand is None or cand.id == record_id

    def pieces(self, first: int, last: int) -> list[tuple[int, int]]:
        """The span cut at natural boundaries: before "and", before a title, title phrase
        ("Special Envoy") or demonym, and after a body head noun followed by a capitalised word
        ("Al-Wefaq Forces | Khaled")."""
        lex = self.lex
        toks = self.tokens
        pieces: list[tuple[int, int]] = []
        start = first
        for k in range(first, last):
            nxt = toks[k + 1]
            cut = (
                nxt.form in lex.coordinating
                or (
                    (self._context_at(k + 1) or self._title_phrase_at(k + 1, last))
                    and not self._context_at(k)
                    and not self._title_phrase_at(k, last)  # "Special | Envoy": one title
                )
                or (toks[k].form in lex.body_heads and nxt.cap and nxt.form not in lex.connectors)
            )
            if cut:
                p0, p1 = self.trim(start, k)
                if p0 <= p1:
                    pieces.append((p0, p1))
                start = k + 1
        p0, p1 = self.trim(start, last)
        if p0 <= p1:
            pieces.append((p0, p1))
        return pieces

    def _title_phrase_at(self, t: int, last: int) -> bool:
        """A person title phrase ("Special Envoy") starts at token *t* and ends by *last*."""
        forms = self.forms
        return any(
            t + len(p) - 1 <= last and tuple(forms[t : t + len(p)]) == p
            for p in self.lex.title_phrases
            if p[-1] not in ("of", "the")  # "head of": the body after it is a name
        )

    def _strip_context(self, first: int, last: int) -> tuple[int, tuple[str, ...], bool]:
        """Skip leading titles, title phrases and demonyms; also report a trailing "of"."""
        i = first
        ctx: list[str] = []
        after_of = False
        forms = self.forms
        while i <= last:
            for phrase in self.lex.title_phrases:
                n = len(phrase)
                if i + n - 1 <= last and tuple(forms[i : i + n]) == phrase:
                    ctx.append(self.surface(i, i + n - 1))
                    after_of = phrase[-1] in ("of", "the")
                    i += n
                    break
            else:
                if self._context_at(i):
                    if self._starts_a_name(i, last):
                        break  # "Libyan" of "Libyan National Army", "General" of "... Congress"
                    ctx.append(self.tokens[i].text)
                    after_of = False
                    i += 1
                elif forms[i] in self.lex.connectors and ctx:
                    after_of = after_of or forms[i] == "of"
                    i += 1
                else:
                    break
        return i, tuple(ctx), after_of

    def _starts_a_name(self, t: int, last: int) -> bool:
        """Token *t* begins a gazetteer name of two words or more spelled out up to *last*."""
        u0 = self.unit_index[t]
        if self.units[u0].first != t:
            return False
        hit = self.trie.walk(self.units, u0, self.unit_index[last] + 1)
        return hit is not None and hit.last > u0

    def _is_title_complement(self, seg: Seg) -> bool:
        """An unlinked segment after "<title> of" that names the office's domain, not someone:
        a body the gazetteers lack ("... Land Forces"), a title, or a single word ("Oil",
        "Health": a portfolio; a person's name after a title has two words or more). A single
        word that only a word of a longer name resembles ("Gas" of "Mellitah Oil & Gas") is the
        portfolio too: a linked lone word counts only when it is a whole name or links closely."""
        if seg.cand is not None:
            loose = seg.partial and seg.cand.method in LOOSE_METHODS
            return loose and len(self.name_units(seg.first, seg.last)) <= 1
        form = self.tokens[seg.last].form
        if form in self.lex.body_heads or form in self.lex.titles:
            return True
        return len(self.name_units(seg.first, seg.last)) <= 1

    def _is_name(self, first: int, last: int) -> bool:
        """Worth reporting as an unlinked proper name: a capitalised word that is not context."""
        toks = self.tokens[first : last + 1]
        return any(
            t.cap and t.form not in self.lex.stopwords and not self.lex.is_context(t.form)
            for t in toks
        )
