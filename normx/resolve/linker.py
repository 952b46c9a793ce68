"""Linking one candidate span: the whole span first, then without context, then sub-spans.

For a span of capitalised words (:mod:`normx.detect.spans`) the linker tries, in order:

1. the whole span: an exact gazetteer name (trie) or a matcher candidate above the threshold
   (:mod:`normx.resolve.decision`);
2. the span without leading context (titles, demonyms: "Turkish Defense Minister Hulusi Akar";
   :mod:`normx.resolve.context_words`);
3. sub-spans, longest first (:mod:`normx.resolve.subspans`), the rest resolved again, so
   "Tripoli and Ankara", "Supreme Council of State Khaled Al-Mashri" and "Al-Wefaq Forces
   Khaled Karrouad" come apart where the gazetteer says (natural cuts:
   :mod:`normx.resolve.pieces`; one name or several: :mod:`normx.resolve.one_name`);
4. otherwise the span is a proper name the gazetteers lack (``id`` None).

A span that ends in a body head noun ("... Council of State") is one name of a body
(:mod:`normx.resolve.body_names`); a place or body inside an unknown name is no mention of it
(:mod:`normx.resolve.fused_names`); two places joined by a hyphen are two mentions
(:mod:`normx.resolve.hyphen_pair`); a demonym of another people undoes a link
(:mod:`normx.resolve.demonym_conflict`), as short quotes around a longer name do a lone
word's loose likeness ("La Belle"); a demonym and a title phrase may open a body's whole name
("American Ministry of Justice"). Evidence for a single word is held to a higher
standard: a lone given name never links, and a word that several entities share waits for the
document to say which (:mod:`normx.resolve.coref`).

This module is the order of those steps; each rule lives in its own module. The linker never
calls the matcher itself: *match* answers a query (and may stop the span's resolution until a
batch of queries is fetched: :mod:`normx.resolve.batch`), and *want* announces several queries
at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from normx.detect.lexicon import Lexicon
from normx.detect.tokens import Token
from normx.detect.trie import NameTrie
from normx.detect.units import Unit
from normx.match.candidate import Candidate
from normx.resolve.body_names import absorbs, body_of_heads, with_own_head
from normx.resolve.capitals_only import house_words
from normx.resolve.context_words import (
    is_further_complement,
    is_name,
    is_portfolio,
    is_title_complement,
    only_context,
    opens_with_context,
    person_context,
    rank_before_body,
    strip_context,
    titled_body_name,
)
from normx.resolve.coordinated_apart import coordinated_apart
from normx.resolve.decision import LONE_WORD_LOOSE, RangeDecisions, person_words_agree
from normx.resolve.demonym_conflict import contradicted_by_demonym
from normx.resolve.facility_qualifier import qualified_facility
from normx.resolve.fused_names import fused
from normx.resolve.head_synonym import heads_translated
from normx.resolve.headless_gloss import portfolios_cut
from normx.resolve.honorific import honorific_place_dropped
from normx.resolve.hyphen_pair import place_pair
from normx.resolve.inverted_of import inverted_before_demonym, inverted_of
from normx.resolve.lead_word import lead_names_another
from normx.resolve.of_qualifier import of_qualified
from normx.resolve.office_in_body import OFFICE_BODY_MIN_SCORE, body_after_office
from normx.resolve.one_name import (
    borrowed_word,
    coordinated_name,
    father_inside,
    one_name_across,
)
from normx.resolve.peoples import leading_peoples, people_span
from normx.resolve.person_named_body import body_of_eponym
from normx.resolve.pieces import (
    coordinated_complement_start,
    piece_around,
    piece_start,
    pieces,
    same_piece,
)
from normx.resolve.portfolio_names import leading_body, office_domain
from normx.resolve.quote_marks import quoted_around
from normx.resolve.quoted_name import part_of_quoted_name
from normx.resolve.same_body_cut import glossed_word_cut, same_body
from normx.resolve.segment import (
    LOOSE_METHODS,
    Seg,
    as_person,
    is_clean,
    spelled_whole,
    with_context,
)
from normx.resolve.span_tokens import SpanTokens
from normx.resolve.subspans import best_subspan
from normx.text.latin import fold
from normx.text.normalize import NameToken, analyse_name, core_tokens


def _core_words(text: str) -> tuple[NameToken, ...]:
    """A name's core words without the run's memo (a linker built without one)."""
    return core_tokens(analyse_name(text))


def _want_nothing(queries: Iterable[str]) -> None:
    for _ in queries:
        pass


def unlike_person(words: SpanTokens, seg: Seg) -> bool:
    """An unlinked segment whose best match was a person whose words disagree with the
    text's (:func:`~normx.resolve.word_agreement.person_words_agree`): the words read as a person's
    full name, just not this person's."""
    if seg.cand is not None or len(seg.ambiguous) != 1:
        return False
    best = seg.ambiguous[0]
    query = words.query(seg.first, seg.last)
    common_key = getattr(words, "common_key", None)
    return best.type == "PER" and not person_words_agree(best, query, common_key)


def _sure_body(cand: Candidate | None) -> bool:
    """A body the matcher reached by spelling or gloss, not by likeness alone."""
    return cand is not None and cand.type == "ORG" and cand.method not in LOOSE_METHODS


def _unlinked(seg: Seg) -> Seg:
    """*seg* as a name the gazetteers lack: its words and context, no candidate."""
    return Seg(seg.first, seg.last, None, seg.partial, (), seg.context, seg.phrase, seg.extra)


def _borrowed(seg: Seg) -> Seg:
    """*seg* unlinked as a word borrowed from a known name, the name kept under ``extra``
    ``"_borrowed"``: a designator the coordinated names share after the span ("the Sharara and
    El-Feel fields") may still say it is that name (:mod:`normx.resolve.references`)."""
    extra = {**seg.extra, BORROWED: seg.cand}
    return Seg(seg.first, seg.last, None, seg.partial, (), seg.context, seg.phrase, extra)


MAX_QUOTED_NAME_WORDS = 4  # a quoted name ("La Belle"); longer quotes are someone's words


BORROWED = "_borrowed"  # extra key of a segment unlinked as a borrowed word (not evidence)


class SpanLinker(SpanTokens):
    """Links spans of one document; the matcher cache lives in the caller's run state."""

    def __init__(
        self,
        text: str,
        tokens: list[Token],
        units: list[Unit],
        lex: Lexicon,
        trie: NameTrie,
        match: Any,  # (query, phrase) -> list[Candidate], cached by the caller
        entity_of_name: Any,  # name id -> (record id, canonical, type, matched name)
        in_names: Any = None,  # folded word -> is it a word of some gazetteer name?
        want: Callable[[Iterable[str]], None] | None = None,  # queries about to be asked
        own_word: Callable[[str, str], bool] | None = None,  # (record id, folded word)
        english_words: Callable[[str], frozenset[str]] | None = None,  # record id -> its words
        spelled: Callable[[str], bool] | None = None,  # does the text spell a gazetteer name?
        # record id -> its Arabic names as words (normx.resolve.generic.arabic_words)
        arabic_names: Callable[[str], tuple[tuple[str, ...], ...]] | None = None,
        # record id -> are all its name words common given names? (Runtime.common_parts_only)
        common_name: Callable[[str], bool] | None = None,
        # phonetic key -> is it a name part as common as Muhammad? (Runtime.common_key)
        common_key: Callable[[str], bool] | None = None,
        name_words: Any = None,  # record id -> its names' words (Runtime.name_words)
        person_word: Callable[..., int] | None = None,  # Runtime.person_word_count
        standing: Callable[[str], int] | None = None,  # record id -> normx.resolve.standing
        user_standing: Callable[[str], int] | None = None,  # Runtime.user_standing
        twin_standing: Callable[[str], int] | None = None,  # Runtime.twin_standing
        # a name's text -> its core words (Runtime.core_words, the run's memo)
        core_words: Callable[[str], tuple[NameToken, ...]] | None = None,
    ) -> None:
        super().__init__(text, tokens, units, lex, in_names)
        self._analyse = core_words or _core_words
        # core words per token range: a dozen document rules ask them of the same segments
        self._core_words: dict[tuple[int, int], tuple[NameToken, ...]] = {}
        self.common_name = common_name or (lambda rid: False)
        # the folded words of an entity's English names
        self.english_words = english_words or (lambda rid: frozenset())
        self.in_names = in_names or (lambda form: True)
        # does the entity's own naming hold this word (in English, or as an Arabic gloss)?
        self.own_word = own_word or (lambda rid, form: False)
        self.want = want or _want_nothing
        # may a query come back as an exact match? (unknown: assume it may)
        self.spelled = spelled or (lambda text: True)
        self.trie = trie
        self.common_key = common_key
        self._house_words: frozenset[str] | None = None
        self.decisions = RangeDecisions(
            self,
            trie,
            match,
            entity_of_name,
            self.want,
            arabic_names=arabic_names,
            common_key=common_key,
            name_words=name_words,
            person_word=person_word,
            standing=standing,
            user_standing=user_standing,
            twin_standing=twin_standing,
        )

    @property
    def house_words(self) -> frozenset[str]:
        """The title-case words the document writes alone after an article ("the Unesco
        said"): :func:`normx.resolve.capitals_only.house_words`, worked out once."""
        if self._house_words is None:
            self._house_words = house_words(self.text)
        return self._house_words

    def core_words(self, first: int, last: int) -> tuple[NameToken, ...]:
        """The core words of tokens ``first``..``last`` as written (``core_words`` of their
        surface), worked out once per range for the document: coreference and a dozen
        document rules (surnames, families, core names) each ask them of the same segments,
        and the run's memo behind costs a look-up of the text per question. Callers only
        read the tuple."""
        key = (first, last)
        hit = self._core_words.get(key)
        if hit is None:
            hit = self._core_words[key] = self._analyse(self.surface(first, last))
        return hit

    def close(self) -> None:
        """Let go of the decisions, which point back at this linker: without the cycle, a
        document's tokens, units and caches are freed by reference counting the moment the
        pipeline is done with them, instead of waiting for (and costing) the cyclic garbage
        collector. The linker decides nothing after this."""
        if hasattr(self, "decisions"):
            del self.decisions

    # -- one range (normx.resolve.decision) ------------------------------------------------
    def exact_candidates(self, first: int, last: int) -> list[Candidate] | None:
        """The entities whose gazetteer name the tokens spell exactly (trie), if any."""
        return self.decisions.exact_candidates(first, last)

    def query_for(self, first: int, last: int, *, phrase: bool = False) -> str | None:
        """The matcher query :meth:`link` would ask for these tokens (None: it asks none)."""
        return self.decisions.query_for(first, last, phrase=phrase)

    def link(self, first: int, last: int, *, phrase: bool = False) -> Seg:
        """The decision for exactly tokens ``first``..``last``."""
        return self.decisions.link(first, last, phrase=phrase)

    # -- a whole span ----------------------------------------------------------------------
    def resolve(self, first: int, last: int, *, phrase: bool = False) -> list[Seg]:
        """Segments of a span, each linked or not (see the module docstring)."""
        if phrase:
            seg = self.link(first, last, phrase=True)
            return [seg] if seg.cand is not None else []
        out: list[Seg] = []
        for seg in self._resolve(first, last, ()):
            if person_context(self.lex, seg.context) and not rank_before_body(self, seg):
                seg = honorific_place_dropped(as_person(seg))  # normx.resolve.honorific
            elif (
                contradicted_by_demonym(self, seg, first)
                or self._part_of_quoted(seg)
                or part_of_quoted_name(self, seg)  # "Fund for ... of Derna" (quoted_name.py)
            ):
                seg = _unlinked(seg)
            out.append(seg)
        return out

    def _context_conjuncts(self, first: int, last: int, context: tuple[str, ...]) -> list[Seg]:
        """A span of context words only that makes nothing whole, read as the names its
        first "and" joins: "the Attorney General and the Ministry of Interior" is an office
        and a ministry, and "Ministry of Interior" is a body's name although every word of it
        is also a title word ("Interior Minister ..."). Kept only when a side links: a span of
        titles ("Defense and Interior Ministers") stays nothing, as before."""
        ands = [k for k in range(first + 1, last) if self.forms[k] in self.lex.coordinating]
        if not ands:
            return []
        k = ands[0]
        sides = [*self._resolve(first, k - 1, context), *self._resolve(k + 1, last, ())]
        return sides if any(seg.cand is not None for seg in sides) else []

    def _part_of_quoted(self, seg: Seg) -> bool:
        """A lone word that resembles a place's or body's name only loosely, inside a short
        quoted name of more words ("La Belle" discotheque, the manoeuvre "Hasm 2020"): the
        quotes mark one name, a venue's or an operation's, of which the word is only a
        part; its likeness to a village's name ("Belle" ~ بعلة) is chance. An exact name
        in such quotes, or a word quoted alone, is not judged so."""
        cand = seg.cand
        if cand is None or cand.type == "PER" or cand.method not in LONE_WORD_LOOSE:
            return False
        if len(self.name_units(seg.first, seg.last)) != 1:
            return False
        quoted = quoted_around(self.text, self.tokens[seg.first].start, self.tokens[seg.last].end)
        if quoted is None:
            return False
        words = quoted.split()
        return 1 < len(words) <= MAX_QUOTED_NAME_WORDS and quoted != self.surface(
            seg.first, seg.last
        )

    def _resolve(self, first: int, last: int, context: tuple[str, ...]) -> list[Seg]:
        first, last = self.trim(first, last)
        if first > last:
            return []
        if (lead := leading_body(self, first, last)) is not None:  # "Ministry of X | and ..."
            return [with_context(lead[0], context), *self._resolve(lead[1], last, ())]
        if only_context(self, first, last):  # "the Tuareg": a people (normx.resolve.peoples)
            found = body_of_heads(self, first, last, context)
            found = people_span(self, first, last, context, found)
            return found or self._context_conjuncts(first, last, context)
        # "Turkish Defense Minister ...": no name has it
        if opens_with_context(self, self.in_names, first, last):
            if titled_body_name(self, first, last):  # "General Intelligence Service": العامة
                whole = self.link(first, last)
                if is_clean(whole.cand) and _sure_body(whole.cand):
                    return [with_context(whole, context)]
            rest, ctx, after_of = strip_context(self, self.trie, first, last)
            body = self._body_by_office(first, last, ctx, after_of)
            body = body or body_after_office(self, first, last, rest)  # "Deputy of the Ministry .."
            if body is not None:
                return [with_context(body, context)]
            if rest != first:
                peoples = leading_peoples(self, first, rest)  # "the Tebu | and the Ahali"
                return [*peoples, *self._after_context(rest, last, context + ctx, after_of)]
        whole = self.link(first, last)
        clean = is_clean(whole.cand) or spelled_whole(whole.cand)
        if not clean and (inverted := inverted_before_demonym(self, first, last)) is not None:
            return [with_context(inverted, context)]  # "Corps of Africa the Russian"
        if not clean and (head := of_qualified(self, first, last)) is not None:
            return [with_context(head, context), *self._resolve(head.last + 2, last, ())]
        if whole.cand is not None and (
            not one_name_across(self, first, last, whole.cand)
            or coordinated_apart(self, first, last, whole.cand)  # "UN and the Office for ..."
        ):
            whole = Seg(first, last, None, whole.partial)  # two names run together
        if whole.cand is not None and (
            clean  # spelled whole: "Organization of the Islamic Cooperation"
            or heads_translated(whole.cand, self.lex)  # "Commission" for Committee (head_synonym)
            or inverted_of(self, first, last, whole.cand)  # "Corps of Africa" (inverted_of.py)
            or father_inside(self, first, last, whole.cand)
            or coordinated_name(self, first, last, whole.cand)
        ):
            return [with_context(whole, context)]
        if whole.cand is not None:  # words the match left unexplained: a better cut may exist
            found = best_subspan(self, first, last, pieces(self, first, last))
            if (
                found is None
                or not is_clean(found[0].cand)
                or qualified_facility(whole.cand, self.lex.facility_heads)
                or same_body(whole.cand, found[0].cand, self.forms[first : found[1]])
                or glossed_word_cut(whole.cand, self.forms[found[1] : found[2] + 1])
            ):
                return [with_context(whole, context)]  # "Brak Al-Shati Base": facility_qualifier
        rest, ctx, after_of = strip_context(self, self.trie, first, last)
        if rest != first:
            peoples = leading_peoples(self, first, rest)
            return [*peoples, *self._after_context(rest, last, context + ctx, after_of)]
        cuts = pieces(self, first, last)
        if len(cuts) == 1 and unlike_person(self, whole):
            # one man's name the gazetteers lack, whose words resemble a longer person's:
            # its words are no names of their own ("Mustafa | Al-Majai" are no villages)
            return [with_context(whole, context)] if is_name(self, first, last) else []
        found = best_subspan(self, first, last, cuts)
        if found is None:
            if len(cuts) > 1:
                by_piece = [  # a lone word borrowed from a known name is no mention of it
                    self._resolve(p0, p1, context if k == 0 else ())
                    for k, (p0, p1) in enumerate(cuts)
                ]
                return [
                    _borrowed(seg) if borrowed_word(self, seg, first, last) else seg
                    for segs in by_piece
                    for seg in segs
                ]
            pair = place_pair(self, first, last) if whole.cand is None else None
            if pair is not None:  # "Dhehiba-Ouazen": a crossing named by its two ends
                return [with_context(pair[0], context), pair[1]]
            return [with_context(whole, context)] if is_name(self, first, last) else []
        sub, s0, s1 = found
        sub, s1 = with_own_head(self, last, sub, s1)
        p0 = piece_start(self, first, last, s0)
        if absorbs(self, p0, s0, s1, sub, whole.cand):
            if lead_names_another(self.forms[p0:s0], sub.cand, self.decisions.arabic_names):
                return [with_context(Seg(first, last, None, whole.partial), context)]  # lead_word
            seg = Seg(p0, s1, sub.cand, sub.partial, extra={"linked_by": self.surface(s0, s1)})
            before = self._resolve(first, p0 - 1, context) if p0 > first else []
            after = self._resolve(s1 + 1, last, ()) if s1 < last else []
            return [*before, with_context(seg, context if p0 == first else ()), *after]
        before = self._resolve(first, s0 - 1, context) if s0 > first else []
        after = self._resolve(s1 + 1, last, ()) if s1 < last else []
        if (eponym := body_of_eponym(self, first, last, s0, s1, sub)) is not None:
            return [with_context(eponym, context)]  # "University of Omar Al-Mukhtar"
        if fused(self, first, last, s0, s1, sub, before, after):
            return self._fused_piece(first, last, s0, s1, context, [*before, sub, *after])
        before, after = self._borrowed_beside(first, last, sub, before, after)
        return [*before, with_context(sub, context if s0 == first else ()), *after]

    def _body_by_office(
        self, first: int, last: int, ctx: tuple[str, ...], after_of: bool
    ) -> Seg | None:
        """The whole span when it is one body's name, spelled with a title phrase and a
        demonym ("The American Ministry of Justice": وزارة العدل الأمريكية). The context
        words would leave only the office's domain ("Justice"), or nothing ("Turkish Ministry
        of Defense"), which names no one; but a demonym is no word of any English name, and
        the gloss matcher reads the whole phrase as the Arabic name it renders. Only when the
        context *ctx* ends in "of" (the office's domain follows) or holds a body head noun
        ("Ministry"), and only a clean, whole match of an organisation."""
        heads = self.lex.body_heads
        if not (after_of or any(fold(w) in heads for c in ctx for w in c.split())):
            return None
        whole = self.link(first, last)
        cand = whole.cand
        if cand is None or cand.type != "ORG" or whole.partial or not is_clean(cand):
            return None
        if cand.score < OFFICE_BODY_MIN_SCORE:
            return None
        return whole

    def _borrowed_beside(
        self, first: int, last: int, sub: Seg, before: list[Seg], after: list[Seg]
    ) -> tuple[list[Seg], list[Seg]]:
        """A lone word right beside a linked place or body in its piece that links only as a
        word borrowed from another name (:func:`borrowed_word`) is no mention: "White" of
        "White Mediterranean Sea" is not the White Sea. Across a cut ("Algeria and the
        Emirates") the word is a name of its own, judged as such."""
        if sub.cand is None or sub.cand.type == "PER":
            return before, after

        def keep(seg: Seg) -> Seg:
            t, u = (seg.last, sub.first) if seg.last < sub.first else (sub.last, seg.first)
            if u != t + 1 or not same_piece(self, first, last, t, u):
                return seg
            if borrowed_word(self, seg, first, last, sub) or self._qualifier(sub, seg):
                return _unlinked(seg)
            return seg

        return [keep(seg) for seg in before], [keep(seg) for seg in after]

    def _qualifier(self, place: Seg, seg: Seg) -> bool:
        """A lone word right after a place in one piece, that resembles a place's name only
        loosely: the first place's district or region said with it ("Brak Al-Shati": Brak of
        Wadi al-Shati), not a second place named without a word between (in a gazetteer of
        thousands of villages, "Al-Shati" ~ Saadi)."""
        cand = seg.cand
        return (
            place.cand is not None
            and place.cand.type == "LOC"
            and seg.first == place.last + 1
            and cand is not None
            and cand.type == "LOC"
            and cand.method in LOOSE_METHODS
            and len(self.name_units(seg.first, seg.last)) == 1
        )

    def _after_context(
        self, first: int, last: int, context: tuple[str, ...], after_of: bool
    ) -> list[Seg]:
        segs = self._resolve(first, last, context)
        if person_context(self.lex, context):
            # "Under-Secretary-General of the United Nations for Humanitarian Affairs"
            segs = portfolios_cut(self, segs, lambda a, b: self._resolve(a, b, ()))
            segs = [seg for seg in segs if not is_portfolio(self, seg)]
        if not after_of:
            return segs
        # "Minister of Oil and Gas", "Commander of the Land Forces": what the office is of
        dropped = False
        while (
            segs
            and not self._said_with_own_head(segs[0])
            and (
                is_title_complement(self, segs[0])
                or office_domain(context, segs[0])  # "Minister of | Local Government"
                or (dropped and is_further_complement(self, segs[0]))
            )
        ):
            segs = segs[1:]
            dropped = True
        return segs

    def _said_with_own_head(self, seg: Seg) -> bool:
        """A word linked to a body and followed by a lower-case head noun of that body's own
        name ("Prime Minister of the Unity government": the Government of National Unity) is
        the body the office is of, not the office's portfolio."""
        cand, nxt = seg.cand, seg.last + 1
        if cand is None or cand.type != "ORG" or nxt >= len(self.tokens):
            return False
        t = self.tokens[nxt]
        return (
            not t.cap
            and t.joined
            and not t.sent_start
            and not self.tokens[seg.last].possessive
            and t.form in self.lex.body_heads
            and t.form in self.english_words(cand.id)
        )

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
        p0, p1 = piece_around(self, first, last, s0, s1)
        p0 = coordinated_complement_start(self, first, last, p0)  # "... of Sheikhs and Notables"
        parts = tuple(seg for seg in cut if p0 <= seg.first and seg.last <= p1)
        before = self._resolve(first, p0 - 1, context) if p0 > first else []
        after = self._resolve(p1 + 1, last, ()) if p1 < last else []
        name = Seg(p0, p1, None, False, parts=parts)
        return [*before, with_context(name, context if p0 == first else ()), *after]
