"""Linking one candidate span: the whole span first, then without context, then sub-spans.

For a span of capitalised words (:mod:`normx.detect.spans`) the linker tries, in order:

1. the whole span: an exact gazetteer name (trie) or a matcher candidate above the threshold;
2. the span without leading context (titles, demonyms: "Turkish Defense Minister Hulusi Akar");
3. sub-spans, longest first (prefix or suffix, best score wins), the rest resolved again, so
   "Tripoli and Ankara", "Supreme Council of State Khaled Al-Mashri" and "Al-Wefaq Forces
   Khaled Karrouad" come apart where the gazetteer says;
4. otherwise the span is a proper name the gazetteers lack (``id`` None).

A span that ends in a body head noun ("... Council of State") is one name of a body: if a
suffix of it links to an organisation, the mention covers the whole span (translation renders
a body's adjectives differently: Supreme / High). Evidence for a single word is held to a
higher standard: a lone given name never links, and a word that several entities share waits
for the document to say which (:mod:`normx.resolve.coref`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from normx.detect.lexicon import Lexicon
from normx.detect.tokens import Token
from normx.detect.trie import NameTrie
from normx.detect.units import NAME, Unit
from normx.match.candidate import Candidate
from normx.match.score import NO_MATCH_THRESHOLD

MIN_SCORE_SHOWN = 0.5  # candidates fetched below the threshold, to measure the margin
AMBIGUITY_MARGIN = 0.05  # a winner this close to another entity is not a decision
PHRASE_MIN_SCORE = 0.8  # a lower-case phrase is no proper name: it must match well
CLEAN_QUERY_COVERAGE = 0.9  # below this a match leaves a word of the span unexplained
MAX_SUBSPAN_UNITS = 8
MAX_NAME_UNITS = 7  # name words (connectors aside) of the longest name worth a matcher call


@dataclass(frozen=True, slots=True)
class Seg:
    """A piece of a span with its decision; ``partial`` marks one-word or partial evidence."""

    first: int  # token index, inclusive
    last: int
    cand: Candidate | None
    partial: bool
    ambiguous: tuple[Candidate, ...] = ()
    context: tuple[str, ...] = ()
    phrase: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


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
    ) -> None:
        self.in_names = in_names or (lambda form: True)
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

    # -- helpers -------------------------------------------------------------------------
    def surface(self, first: int, last: int) -> str:
        return self.text[self.tokens[first].start : self.tokens[last].end]

    def _core_units(self, first: int, last: int) -> list[Unit]:
        u0, u1 = self.unit_index[first], self.unit_index[last]
        return [
            u
            for u in self.units[u0 : u1 + 1]
            if u.kind != "article" and u.kind != "bin" and u.forms
        ]

    def _is_edge_word(self, t: int) -> bool:
        form = self.tokens[t].form
        return form in self.lex.connectors or form in self.lex.stopwords

    def trim(self, first: int, last: int) -> tuple[int, int]:
        while first <= last and self._is_edge_word(first):
            first += 1
        while last >= first and (self._is_edge_word(last) or self._dangling_particle(last)):
            last -= 1
        return first, last

    def _dangling_particle(self, t: int) -> bool:
        u = self.units[self.unit_index[t]]
        return u.kind != NAME and u.last == t and u.first == t and not u.forms

    # -- one decision ----------------------------------------------------------------------
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

    def link(self, first: int, last: int, *, phrase: bool = False) -> Seg:
        """The decision for exactly tokens ``first``..``last``."""
        core = self._core_units(first, last)
        names = [u for u in core if u.forms[0] not in self.lex.connectors]
        partial = len(names) <= 1
        exact = None if phrase else self._trie_candidates(first, last)
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
        if partial and _given_name_only(best):
            return Seg(first, last, None, partial, ambiguous=(best,))
        return Seg(first, last, best, name_cov < 0.99, phrase=phrase)

    # -- a whole span ----------------------------------------------------------------------
    def resolve(self, first: int, last: int, *, phrase: bool = False) -> list[Seg]:
        """Segments of a span, each linked or not (see the module docstring)."""
        if phrase:
            seg = self.link(first, last, phrase=True)
            return [seg] if seg.cand is not None else []
        return self._resolve(first, last, ())

    def _resolve(self, first: int, last: int, context: tuple[str, ...]) -> list[Seg]:
        first, last = self.trim(first, last)
        if first > last or self._only_context(first, last):
            return []
        if self._context_first(first, last):  # "Turkish Defense Minister ...": no name has it
            rest, ctx, after_of = self._strip_context(first, last)
            if rest != first:
                return self._after_context(rest, last, context + ctx, after_of)
        whole = self.link(first, last)
        if whole.cand is not None and is_clean(whole.cand):
            return [_with_context(whole, context)]
        if whole.cand is not None:  # words the match left unexplained: a better cut may exist
            pieces = self._pieces(first, last)
            found = self._best_subspan(first, last, pieces)
            if found is None or not is_clean(found[0].cand):
                return [_with_context(whole, context)]
        rest, ctx, after_of = self._strip_context(first, last)
        if rest != first:
            return self._after_context(rest, last, context + ctx, after_of)
        pieces = self._pieces(first, last)
        found = self._best_subspan(first, last, pieces)
        if found is None:
            if len(pieces) > 1:
                out: list[Seg] = []
                for k, (p0, p1) in enumerate(pieces):
                    out.extend(self._resolve(p0, p1, context if k == 0 else ()))
                return out
            return [_with_context(whole, context)] if self._is_name(first, last) else []
        sub, s0, s1 = found
        if self._absorbs(first, s0, s1, sub):
            seg = Seg(first, s1, sub.cand, sub.partial, extra={"linked_by": self.surface(s0, s1)})
            after = self._resolve(s1 + 1, last, ()) if s1 < last else []
            return [_with_context(seg, context), *after]
        before = self._resolve(first, s0 - 1, context) if s0 > first else []
        after = self._resolve(s1 + 1, last, ()) if s1 < last else []
        return [*before, _with_context(sub, context if s0 == first else ()), *after]

    def _after_context(
        self, first: int, last: int, context: tuple[str, ...], after_of: bool
    ) -> list[Seg]:
        segs = self._resolve(first, last, context)
        if after_of and segs and segs[0].cand is None and self._is_title_complement(segs[0]):
            segs = segs[1:]
        return segs

    def _context_first(self, first: int, last: int) -> bool:
        """The span opens with a title or demonym that no gazetteer name contains (a cheap test
        that saves a matcher call on the whole span)."""
        form = self.forms[first]
        return first < last and self.lex.is_context(form) and not self.in_names(form)

    def _context_edge(self, first: int, last: int) -> bool:
        """A sub-span that starts or ends with a title or demonym no gazetteer name has
        ("... and Turkish", "Turkish Defense"): never a name, so no matcher call."""
        lex = self.lex
        return any(
            lex.is_context(self.forms[t]) and not self.in_names(self.forms[t])
            for t in {first, last}
        )

    def _only_context(self, first: int, last: int) -> bool:
        lex = self.lex
        return all(
            lex.is_context(t.form)
            or t.form in lex.stopwords
            or t.form in lex.connectors
            or t.form in lex.body_heads  # "the Chamber", "Forces": no particular body
            or t.form in lex.unit_heads
            for t in self.tokens[first : last + 1]
        )

    def _absorbs(self, first: int, s0: int, s1: int, sub: Seg) -> bool:
        """A body's name whose leading adjective the gazetteer spells otherwise (Supreme/High).

        The linked part must be an organisation whose span holds a body head noun; the words
        before it (at most two, capitalised, not context, not linked) join the mention.
        """
        if sub.cand is None or sub.cand.type != "ORG" or s0 <= first or s0 - first > 2:
            return False
        if not any(self.tokens[t].form in self.lex.body_heads for t in range(s0, s1 + 1)):
            return False
        lead = self.tokens[first:s0]
        return (
            all(
                t.cap and not self.lex.is_context(t.form) and t.form not in self.lex.stopwords
                for t in lead
            )
            and self.link(first, s0 - 1).cand is None
        )

    def _pieces(self, first: int, last: int) -> list[tuple[int, int]]:
        """The span cut at natural boundaries: before "and", before a title or demonym, and
        after a body head noun followed by a capitalised word ("Al-Wefaq Forces | Khaled")."""
        lex = self.lex
        toks = self.tokens
        pieces: list[tuple[int, int]] = []
        start = first
        for k in range(first, last):
            nxt = toks[k + 1]
            cut = (
                nxt.form in lex.coordinating
                or (lex.is_context(nxt.form) and not lex.is_context(toks[k].form))
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
                if forms[i] in self.lex.titles or forms[i] in self.lex.demonyms:
                    ctx.append(self.tokens[i].text)
                    after_of = False
                    i += 1
                elif forms[i] in self.lex.connectors and ctx:
                    after_of = after_of or forms[i] == "of"
                    i += 1
                else:
                    break
        return i, tuple(ctx), after_of

    def _is_title_complement(self, seg: Seg) -> bool:
        form = self.tokens[seg.last].form
        return form in self.lex.body_heads or form in self.lex.titles

    def _ends_in_body_head(self, first: int, last: int) -> bool:
        return last > first and self.tokens[last].form in self.lex.body_heads

    def _is_name(self, first: int, last: int) -> bool:
        """Worth reporting as an unlinked proper name: a capitalised word that is not context."""
        toks = self.tokens[first : last + 1]
        return any(
            t.cap and t.form not in self.lex.stopwords and not self.lex.is_context(t.form)
            for t in toks
        )

    def _best_subspan(
        self, first: int, last: int, pieces: list[tuple[int, int]]
    ) -> tuple[Seg, int, int] | None:
        """The longest linked prefix or suffix of the span or of one of its pieces."""
        ranges = [(first, last), *(p for p in pieces if p != (first, last))]
        options: dict[tuple[int, int], int] = {}
        for r0, r1 in ranges:
            u0, u1 = self.unit_index[r0], self.unit_index[r1]
            n = u1 - u0 + 1
            for length in range(1, min(n, MAX_SUBSPAN_UNITS) + 1):
                for a in (u0, u1 - length + 1):
                    s0, s1 = self.units[a].first, self.units[a + length - 1].last
                    if (s0, s1) != (first, last):
                        options[(s0, s1)] = length
        by_length: dict[int, list[tuple[int, int]]] = {}
        for rng, length in options.items():
            by_length.setdefault(length, []).append(rng)
        unclean: tuple[Seg, int, int] | None = None
        for length in sorted(by_length, reverse=True):
            found: list[tuple[float, int, Seg, int, int]] = []
            for s0, s1 in sorted(by_length[length]):
                if self._is_edge_word(s0) or self._is_edge_word(s1) or self._dangling_particle(s1):
                    continue
                if self._only_context(s0, s1) or self._context_edge(s0, s1):
                    continue
                if length == 1 and self._trie_candidates(s0, s1) is None:
                    continue  # a lone word carved out of a span must be a whole name as spelled
                seg = self.link(s0, s1)
                if seg.cand is None:
                    continue
                # a lone word carved out of a longer span links only to a whole name
                if length == 1 and seg.partial:
                    continue
                found.append((seg.cand.score, -s0, seg, s0, s1))
            found.sort(key=lambda o: (-o[0], -o[1]))
            for _, _, seg, s0, s1 in found:
                if seg.cand is not None and is_clean(seg.cand):
                    return seg, s0, s1
                if unclean is None:
                    unclean = (seg, s0, s1)
        return unclean


def _with_context(seg: Seg, context: tuple[str, ...]) -> Seg:
    if not context:
        return seg
    return Seg(
        seg.first, seg.last, seg.cand, seg.partial, seg.ambiguous, context, seg.phrase, seg.extra
    )


def coverage(cand: Candidate) -> tuple[float, float]:
    """How much of the query and of the gazetteer name the match explains (1.0 if unknown).

    For the spelling matcher, the share of words that found a partner (a fuzzy partner explains
    a word as well as an exact one; the score says how close); the gloss matcher reports its
    coverages under ``score components``; an exact trie hit has neither.
    """
    ex = cand.explain
    pairs, q_tokens, n_tokens = ex.get("pairs"), ex.get("query_tokens"), ex.get("matched_tokens")
    if pairs and q_tokens and n_tokens:  # words paired, however closely: "Aguila" ~ "Aqilah"
        return len(pairs) / len(q_tokens), len(pairs) / len(n_tokens)
    inner = ex.get("score components")
    src = inner if isinstance(inner, dict) else ex
    return float(src.get("query_coverage", 1.0)), float(src.get("name_coverage", 1.0))


def is_clean(cand: Candidate | None) -> bool:
    """A match that explains (nearly) every word of the query: no stray word left over."""
    return cand is not None and coverage(cand)[0] >= CLEAN_QUERY_COVERAGE


def _given_name_only(cand: Candidate) -> bool:
    """One word that matched only the first word of a longer person name (a given name)."""
    if cand.type != "PER":
        return False
    tokens = cand.explain.get("matched_tokens") or []
    pairs = cand.explain.get("pairs") or []
    if len(tokens) < 2 or len(pairs) != 1:
        return False
    return pairs[0].get("name") == tokens[0].get("form")
