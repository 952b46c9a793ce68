"""The decision for exactly one token range: which entity, if any, these words name.

Every rule of the linker comes down to this question, asked of the whole span, of the span
without its context, and of its sub-spans. An exact gazetteer name (trie) decides at once;
otherwise the matcher's candidates do, held to a margin over rivals (a winner close to another
entity is no decision), to a higher score for a lower-case phrase, and to more than a given
name for a lone word. The matcher is never called here: *match* answers from the caller's
cache (:mod:`normx.resolve.batch`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from typing import Any

from normx.detect.trie import NameTrie
from normx.match.candidate import Candidate
from normx.match.score import NO_MATCH_THRESHOLD
from normx.mt.gloss_seat import seat_unsaid_best
from normx.resolve import armies, designators, kind_phrase, phrase_proper
from normx.resolve.acronym_likeness import acronym_likeness_dropped
from normx.resolve.adjective_rival import adjective_of_a_candidate
from normx.resolve.ampersand import ampersand_piece
from normx.resolve.arabic_reading import reading_ruled_out
from normx.resolve.arabic_spelled import arabic_spelled_rivals
from normx.resolve.article_lookalike import article_lookalikes_dropped
from normx.resolve.bare_city import town_over_unit
from normx.resolve.bare_word_tie import bare_word_tie
from normx.resolve.city_name import city_of_the_name
from normx.resolve.club_eponym import eponym_over_club
from normx.resolve.common_beside import likeness_beside_common
from normx.resolve.common_name_word import persons_word_as_place, persons_word_dropped
from normx.resolve.country_frame import framed_choice, opened_choice, opening_country
from normx.resolve.demonym_span import names_a_people
from normx.resolve.french_adjective import french_adjectives_only, french_state_only
from normx.resolve.generic_alike import generic_words_alike
from normx.resolve.gloss_place import place_left_out
from normx.resolve.glued_article import without_glued_article
from normx.resolve.head_name_part import head_as_name_part
from normx.resolve.key_rival import KEY_RIVAL
from normx.resolve.loose_words import loose_words_agree
from normx.resolve.minister_office import ministries_dropped
from normx.resolve.nisba_alike import nisba_alike_dropped
from normx.resolve.people_spelled import spelled_or_people
from normx.resolve.person_rivals import agreeing_rivals
from normx.resolve.portfolio_names import kind_words_only
from normx.resolve.repeated_word import repeated_word_split
from normx.resolve.segment import WHOLE_COVERAGE, Seg, coverage, given_name_only
from normx.resolve.shipped_spelled import unspelled_shipped_dropped
from normx.resolve.span_tokens import SpanTokens
from normx.resolve.spelled_article import NameWords, spelled_without_article
from normx.resolve.spelled_first import spelled_first
from normx.resolve.spelled_first import spells as _spells  # one test, two rules
from normx.resolve.standing import USER, higher_standing_rival, lesser_dropped, town_of_facility
from normx.resolve.tied_likeness import tied_look_alike
from normx.resolve.twin_standing import note_of_the_town
from normx.resolve.unlike_pair import another_word_paired
from normx.resolve.unspelled_person import likenesses_below_near
from normx.resolve.user_facility import user_facility_at
from normx.resolve.user_first import exact_user_first, loose_shipped_dropped
from normx.resolve.word_agreement import (
    LONE_WORD_LOOSE,
    body_without_head,
    body_words_agree,
    person_words_agree,
)
from normx.text.latin import fold
from normx.text.qualifier import head_of, trailing_qualifier

AMBIGUITY_MARGIN = 0.05  # a winner this close to another entity is not a decision
PHRASE_MIN_SCORE = 0.8  # a lower-case phrase is no proper name: it must match well
LONE_WORD_MIN_SCORE = 0.8  # a lone word's loose match to a whole place or body name
MAX_ACRONYM_LETTERS = 4  # "OCHA"; a longer word in capitals may be a dateline ("GHARIAN")
MAX_NAME_UNITS = 7  # name words (connectors aside) of the longest name worth a matcher call
SURE_SCORE = 0.95  # a winner this close to the text's name is decided whatever its rivals


def spelled_but_qualifier(query: str, cands: list[Candidate]) -> Candidate | None:
    """The one candidate whose name is the query spelled out but for a parenthetical
    qualifier the gazetteer adds to tell namesakes apart ("Africa Corps (Russia)" for "Africa
    Corps"): the text's name is that name, whatever a gloss makes of a namesake (the Afrika
    Korps). Names of two words or more only: a lone word is held to a higher standard."""
    said = fold(query)
    found = {c.id: c for c in cands if _spelled_qualified(c, said)}
    if len(found) != 1:
        return None
    (c,) = found.values()
    return Candidate(c.id, c.name, c.type, 1.0, c.matched, "exact", {})


def _spelled_qualified(cand: Candidate, said: str) -> bool:
    """The candidate's matched or canonical name is *said* but for a parenthetical qualifier:
    a namesake matched through its Arabic name ("Ministry of Finance (Libya)" by its gloss)
    counts beside one matched through its English name ("Ministry of Finance (Egypt)")."""
    return any("(" in n and unqualified(n) == said for n in (cand.matched, cand.name))


def lone_word_by_chance(cand: Candidate, query: str = "") -> bool:
    """One word that resembles a place's or body's name only loosely, as any word may one of
    tens of thousands of village names: "Eritreans" ~ Érythron (0.76), "Aquarius" ~ Al
    Qawarishah, "Saving" ~ الشعافيين across scripts; or that resembles, without spelling it, one
    word of a longer name ("Anas" ~ Qaryat Abu Al Ahnash, "Europe" ~ قبيلة العربي). A word
    that spells a word of the name ("Williams", "Emirates") or is close to the whole name
    (Tarabulus ~ طرابلس, 0.81) is not judged so; persons are judged by their own rules. An
    acronym ("ENI", "OCHA", "FACT") is no transliteration: its likeness to a name ("Anai",
    "USA") is chance, however close."""
    if cand.type == "PER" or cand.method not in LONE_WORD_LOOSE:
        return False
    if acronym_shaped(query):
        return True
    _, name_cov = coverage(cand)
    if name_cov >= WHOLE_COVERAGE:
        return cand.score < LONE_WORD_MIN_SCORE
    pairs = cand.explain.get("pairs") or ()
    return not any(float(p.get("sim", 0.0)) >= 1.0 for p in pairs)


def only_alike(cand: Candidate) -> bool:
    """A likeness match (phonetic, fuzzy, cross-script) that leaves words of the gazetteer's
    name unsaid ("Mohammed Al-Kilani" ~ Mohammed Mahrous Al-Kilani, 0.96): its high score is
    no decision over a close rival, since among tens of thousands of names another man has the
    same two name words around another father's name (Muhammad Zaky Al-Kilani, 0.94). A match
    that says every word of the name keeps its lead: "Beni Walid" is Bani Walid, not the
    Bani Walid Airport it ties with. (A single word spelled a little apart is not judged so:
    "Sousa" ~ Susa, 0.96, over Sousse, سوسة, 0.94, is as close as a distractor's Assabaa over
    Asbi'a, and the text's word gives no way to tell them apart.)"""
    if cand.method not in LONE_WORD_LOOSE:
        return False
    ex = cand.explain
    pairs = ex.get("pairs") or ()
    n_tokens = ex.get("matched_tokens") or ()
    return bool(pairs) and len(pairs) < len(n_tokens)


def spelled_rivals(best: Candidate, rivals: list[Candidate]) -> tuple[Candidate, ...]:
    """The rivals whose names spell the lone word the text wrote, when *best* only resembles
    it ("Jufra" ~ الجعافرة across scripts, 0.83, or ~ Jafara by sound, 0.86, over Jufra
    District's "Jufra", 0.78): a likeness a little closer is no better evidence than the
    word spelled out, so the two are not decided by the score (the caller treats them as
    tied, and a designator or the document decides). Only rivals within twice the
    ambiguity margin: a much closer likeness ("Sidra" ~ Es Sider, 0.89, over the Gulf of
    Sidra, 0.78) stands. Places and bodies only."""
    if best.type == "PER" or best.method not in LONE_WORD_LOOSE or _spells(best):
        return ()
    floor = max(NO_MATCH_THRESHOLD, best.score - 2 * AMBIGUITY_MARGIN)
    return tuple(
        c for c in rivals if c.type != "PER" and c.score >= floor and c.id != best.id and _spells(c)
    )


def unspelled_rivals_dropped(
    best: Candidate, close: tuple[Candidate, ...]
) -> tuple[Candidate, ...]:
    """*close* without the places and bodies that only resemble, across scripts, the lone word
    the text wrote, when *best* spells it: "Elysée" spells a word of the Élysée Palace (0.78,
    one word of two) and only shares consonants with ابوعيسى (0.76). A cross-script likeness
    guesses the Arabic name's vowels; a word spelled out in the text's own script does not.
    (A Latin look-alike a letter away stays a rival: "Al-Dahra" ~ Al-Zahra, 0.77, against the
    Dahra Airport's "Dahra", 0.78, may be either, or neither.) The converse of
    :func:`spelled_rivals`. Persons keep their own rules."""
    if best.type == "PER" or not _spells(best):
        return close
    return tuple(c for c in close if c.type == "PER" or c.method != "cross-script" or _spells(c))


def named_with_feature(query: str, cands: Iterable[Candidate]) -> Candidate | None:
    """The one place among tied candidates whose name is *query* and a designator: a kind of
    natural feature ("the Mediterranean": the Mediterranean Sea, not the Trans-Mediterranean
    Pipeline) or of administrative unit ("Jufra": Jufra District, not the Al Jufra Air Base
    nor the Sirte-Jufra Operations Room). English drops the designator of a well-known name,
    never the other words of a longer one: a bare place name is the place, not a facility or
    a body named after it. When several tie so ("Mediterranean Sea", "Mediterranean Basin"),
    the designator listed first in the data decides (``heads.yaml``: a sea before the basin
    named after it); a leading article is no word of the name ("Al-Jufra"). A unit loses to a
    namesake that is the bare word with only a qualifier added (:mod:`~normx.resolve.bare_city`).
    """
    cands = tuple(cands)
    said = designators.name_words(query)
    order = designators.feature_order()
    admin = designators.administrative_words()
    ranked: dict[str, tuple[int, Candidate]] = {}
    for c in cands:
        if c.type != "LOC" or c.id in ranked:
            continue
        word = _designator_of(designators.name_words(unqualified(c.matched)), said)
        if word in order:
            ranked[c.id] = (order.index(word), c)
        elif word in admin:
            ranked[c.id] = (len(order), c)
    if not ranked:
        return None
    top = min(rank for rank, _ in ranked.values())
    found = [c for rank, c in ranked.values() if rank == top]
    if len(found) != 1:
        return None
    return town_over_unit(query, found[0], cands) if top == len(order) else found[0]


def _designator_of(words: list[str], said: list[str]) -> str | None:
    """The one word *words* add to *said*: after it ("Jufra District") or before it, with
    "of" ("Governorate of Jufra"); None if they differ otherwise."""
    n = len(said)
    if not n:
        return None
    if len(words) == n + 1 and words[:n] == said:
        return words[-1]
    if len(words) == n + 2 and words[1] == "of" and words[2:] == said:
        return words[0]
    return None


@cache
def _generic_words(*sets: frozenset[str]) -> frozenset[str]:
    """The union of the lexicon's word sets, made once (decisions ask for it often)."""
    return frozenset().union(*sets)


@lru_cache(maxsize=65_536)  # asked of every segment's words, which news repeats
def acronym_shaped(query: str) -> bool:
    """Two to four letters, all capitals ("ENI", "OCHA"): an acronym, read by its letters."""
    letters = [c for c in query if c.isalpha()]
    return 2 <= len(letters) <= MAX_ACRONYM_LETTERS and all(c.isupper() for c in letters)


def unqualified(name: str) -> str:
    """A gazetteer name folded without its parenthetical qualifier, as
    :func:`spelled_but_qualifier` compares it with a query."""
    qualifier = trailing_qualifier(name)
    return fold(head_of(name, qualifier) if qualifier and qualifier.parenthetical else name)


class RangeDecisions:
    """Decides token ranges of one document; exact look-ups are cached per range."""

    def __init__(
        self,
        words: SpanTokens,
        trie: NameTrie,
        match: Any,  # (query, phrase) -> list[Candidate], cached by the caller
        entity_of_name: Any,  # name id -> (record id, canonical, type, matched name)
        want: Callable[[Iterable[str]], None] | None = None,  # queries about to be asked
        *,
        # record id -> its Arabic names as words (unknown: judged by English words alone)
        arabic_names: Callable[[str], tuple[tuple[str, ...], ...]] | None = None,
        # phonetic key -> a name part as common as Muhammad here? (unknown: judged without)
        common_key: Callable[[str], bool] | None = None,
        name_words: NameWords | None = None,  # record id -> its names' words (Runtime)
        person_word: Callable[..., int] | None = None,  # normx.resolve.common_name_word
        # record id -> its standing (normx.resolve.standing; unknown: every record the user's)
        standing: Callable[[str], int] | None = None,
        user_standing: Callable[[str], int] | None = None,  # normx.resolve.user_first
        twin_standing: Callable[[str], int] | None = None,  # normx.resolve.twin_standing
    ) -> None:
        self.twin_standing = twin_standing
        self.name_words = name_words
        self.person_word = person_word
        self.standing = standing
        self.user_standing = user_standing
        self.want = want or (lambda queries: None)
        self.common_key = common_key
        self.arabic_names = arabic_names
        self.words = words
        self.trie = trie
        self.match = match
        self.entity_of_name = entity_of_name
        self._exact: dict[tuple[int, int], list[Candidate] | None] = {}

    def exact_candidates(self, first: int, last: int) -> list[Candidate] | None:
        """The entities whose gazetteer name the tokens spell exactly (trie), if any."""
        key = (first, last)
        if key not in self._exact:
            self._exact[key] = self._trie_candidates(first, last)
        return self._exact[key]

    def _trie_candidates(self, first: int, last: int) -> list[Candidate] | None:
        words = self.words
        u0, u1 = words.unit_index[first], words.unit_index[last]
        if words.units[u0].first != first or words.units[u1].last != last:
            return None
        if french_adjectives_only(words, first, last) or french_state_only(words, first, last):
            return None  # "le gouvernement italien": no name, though German spells Italy so
        hit = self.trie.walk(words.units, u0, u1 + 1)
        if hit is None or hit.last != u1:
            return None
        seen: dict[str, Candidate] = {}
        for ni in hit.names:
            rid, canonical, etype, matched = self.entity_of_name(ni)
            if rid not in seen:
                seen[rid] = Candidate(rid, canonical, etype, 1.0, matched, "exact", {})
        found = list(seen.values())  # "Al-Sabri" is no village "Sabri" (spelled_article):
        found = without_glued_article(words.surface(first, last), found)  # Italia, Alitalia
        return spelled_without_article(words, first, last, found, self.name_words) or None

    def word_before(self, first: int) -> str:
        """The folded word right before token *first* ("" at the start of the text)."""
        return self.words.forms[first - 1] if first > 0 else ""

    def query_for(self, first: int, last: int, *, phrase: bool = False) -> str | None:
        """The matcher query :meth:`link` would ask for these tokens (None: it asks none)."""
        if not phrase and self.exact_candidates(first, last):
            return None
        if french_adjectives_only(self.words, first, last) or french_state_only(
            self.words, first, last
        ):
            return None
        if len(self.words.name_units(first, last)) > MAX_NAME_UNITS:
            return None
        return self.words.query(first, last)

    def link(self, first: int, last: int, *, phrase: bool = False) -> Seg:
        """The decision for exactly tokens ``first``..``last``; a people's army named by
        another military head than the gazetteer's (:mod:`normx.resolve.armies`) when the
        range's own words name no army of that people."""
        if french_adjectives_only(self.words, first, last) or french_state_only(
            self.words, first, last
        ):
            return Seg(first, last, None, False, phrase=True)  # "la police ... libyenne"
        seg = self._link(first, last, phrase=phrase)
        if phrase:
            return seg
        demonym = armies.army_demonym(self.words, first, last)
        if demonym is None:
            return seg
        if seg.cand is not None and armies.is_army_name(seg.cand.matched, demonym):
            return seg
        self.want(armies.army_queries(demonym))
        army = armies.peoples_army(self.words, first, last, self.match)
        if army is None:
            return seg
        cand, query = army
        cand = Candidate(cand.id, cand.name, cand.type, cand.score, cand.matched, armies.METHOD, {})
        return Seg(first, last, cand, False, extra={"linked_as": query})

    def _link(self, first: int, last: int, *, phrase: bool = False) -> Seg:
        names = self.words.name_units(first, last)
        partial = len(names) <= 1
        tokens = self.words.tokens
        if first == last and ampersand_piece(
            self.words.text, tokens[first].start, tokens[last].end
        ):
            return Seg(first, last, None, partial, phrase=phrase)  # "E" of "E&C" (ampersand.py)
        exact = None if phrase else self.exact_candidates(first, last)
        exact = bare_word_tie(self.words, first, last, exact, self.name_words)  # "Ghat"
        exact = persons_word_dropped(exact, self.words.query(first, last), self.person_word)
        if self.user_standing is not None:  # normx.resolve.user_first
            exact = exact_user_first(exact, self.user_standing)
            exact = user_facility_at(self, exact, first, last)  # normx.resolve.user_facility
        if exact:
            if len(exact) == 1:
                return Seg(first, last, self._standing(exact[0], first, last, None), False)
            return Seg(first, last, None, partial, ambiguous=tuple(exact))
        if len(names) > MAX_NAME_UNITS:  # longer than any name: only its pieces can be names
            return Seg(first, last, None, partial, phrase=phrase)
        query = self.words.query(first, last)
        if len(names) == 1 and sum(c.isalpha() for c in query) <= 1:
            return Seg(first, last, None, partial, phrase=phrase)  # an initial: "U" of "U.N."
        cands = self.match(query, phrase)  # "Al-Sabri": normx.resolve.spelled_article
        cands = spelled_without_article(self.words, first, last, cands, self.name_words)
        cands = ministries_dropped(query, cands)  # "Minister of Health": minister_office
        cands = nisba_alike_dropped(query, cands) if len(names) == 1 else cands  # nisba_alike
        if len(names) == 1:  # "Orascom" ~ RASCOM (normx.resolve.acronym_likeness)
            cands = acronym_likeness_dropped(query, cands)
        cands = eponym_over_club(query, cands, self.arabic_names)  # normx.resolve.club_eponym
        if len(names) == 1 and not phrase:  # "Alhilal" ~ Hilali: normx.resolve.article_lookalike
            cands = article_lookalikes_dropped(query, cands)
        cands, out = loose_words_agree(cands, query, self.words.lex, len(names))  # loose_words
        if self.user_standing is not None:  # normx.resolve.user_first
            cands = loose_shipped_dropped(cands, self.user_standing)
            cands = unspelled_shipped_dropped(cands, query, self.user_standing, self.arabic_names)
        if not cands:
            return Seg(first, last, None, partial, ambiguous=out, phrase=phrase)
        qualified = None if phrase or partial else spelled_but_qualifier(query, cands)
        if qualified is not None:
            return Seg(first, last, city_of_the_name(query, cands, qualified), False)
        best = cands[0]
        rivals = [c for c in cands[1:] if c.id != best.id]
        if best.score < NO_MATCH_THRESHOLD:
            return Seg(first, last, None, partial, phrase=phrase)
        if seat_unsaid_best(cands):  # mt/gloss_seat.py
            # unlinked here; namesakes tied for the document to tell apart by the seat it
            # says elsewhere ("Al-Nasr Club" ... Benghazi: normx.resolve.said_words)
            tied = tuple(c for c in cands if c.score >= best.score - AMBIGUITY_MARGIN)
            ambiguous = tied if not phrase and len({c.id for c in tied}) > 1 else ()
            return Seg(first, last, None, partial, ambiguous=ambiguous, phrase=phrase)
        close = tuple(
            c for c in rivals if c.score >= max(NO_MATCH_THRESHOLD, best.score - AMBIGUITY_MARGIN)
        )
        if len(names) == 1 and not phrase and adjective_of_a_candidate(names[0], cands, self):
            return Seg(first, last, None, partial)  # "Saharan" (normx.resolve.adjective_rival)
        if len(names) > 1 and not phrase:
            close = agreeing_rivals(close, query, self.common_key, best)
        if len(names) == 1 and not phrase:
            best, close = spelled_first(best, close)  # "Waha": normx.resolve.spelled_first
            close = unspelled_rivals_dropped(best, close)
            close += spelled_rivals(best, [c for c in rivals if c not in close])
            if not close:  # a clear lead over an Arabic name spelled out is no lead
                floor = max(NO_MATCH_THRESHOLD, best.score - 2 * AMBIGUITY_MARGIN)
                form = names[0].forms[0]
                close = arabic_spelled_rivals(form, best, rivals, floor, self.arabic_names)
        if close and len(names) > 1 and not phrase:  # "In Saudi Arabia, the Supreme Court"
            opener = opening_country(self.words.text, self.words.tokens[first].start)
            opened = opened_choice(opener, (best, *close), self.arabic_names) if opener else None
            if opened is not None:
                best, close = opened, ()
        if close and self.standing is not None and not phrase:  # normx.resolve.standing
            best, *kept = lesser_dropped((best, *close), self.standing, self.arabic_names)
            close = tuple(kept)
        if close and (
            best.score < SURE_SCORE
            or only_alike(best)
            or tied_look_alike(best, close, self.arabic_names)
        ):
            feature = None if phrase else named_with_feature(query, (best, *close))
            if feature is None and len(names) == 1 and not phrase:  # "Barqa": برقة
                feature = spelled_or_people(names[0].forms[0], (best, *close), self.arabic_names)
            if feature is None and len(names) > 1 and not phrase:  # "Dar al-Ifta": country_frame
                feature = framed_choice(
                    query, self.word_before(first), (best, *close), self.arabic_names
                )
            if feature is None and not phrase and self.twin_standing is not None:
                feature = note_of_the_town((best, *close), self.standing, self.twin_standing)
            if feature is None:
                # "Zlitan": settled by normx.resolve.key_rival if the document says nothing
                hint = {KEY_RIVAL: True} if len(names) == 1 and not phrase else {}
                tied = (best, *close)
                return Seg(first, last, None, partial, ambiguous=tied, phrase=phrase, extra=hint)
            best = feature
        if not phrase:  # normx.resolve.standing
            best = self._standing(best, first, last, cands)
        query_cov, name_cov = coverage(best)
        if phrase and (
            query_cov < WHOLE_COVERAGE
            or best.score < PHRASE_MIN_SCORE
            or kind_phrase.names_a_kind(best, self.word_before(first))
            or kind_words_only(query)  # "economy ministry": normx.resolve.portfolio_names
            or phrase_proper.leaves_out_a_name(best)  # "municipal council" of a named town
        ):
            return Seg(first, last, None, partial, phrase=phrase)
        if not phrase and place_left_out(best):  # "State of Qatar" ~ High Council of State
            return Seg(first, last, None, partial, ambiguous=(best,))
        if partial and given_name_only(best):
            return Seg(first, last, None, partial, ambiguous=(best,))
        lex = self.words.lex
        if len(names) == 1 and not phrase and lone_word_by_chance(best, query):
            return Seg(first, last, None, partial, ambiguous=(best,))
        if not phrase and persons_word_as_place(best, query, self.person_word):  # "Ibrahim"
            return Seg(first, last, None, partial, ambiguous=(best,))
        if len(names) == 1 and not phrase and body_without_head(best, query, lex):
            return Seg(first, last, None, partial, ambiguous=(best,))
        if not phrase and generic_words_alike(best, lex):  # normx.resolve.generic_alike
            return Seg(first, last, None, partial, ambiguous=(best,))
        if len(names) > 1 and not (
            person_words_agree(best, query, self.common_key)
            and not repeated_word_split(best)  # normx.resolve.repeated_word
            and not likenesses_below_near(best)  # "Adel" ~ Adly: unspelled_person
            and not another_word_paired(best)  # Mukhtar ~ Madar: normx.resolve.unlike_pair
            and not likeness_beside_common(best, self.common_key)  # "Hassan Sheddi"
            and not head_as_name_part(best, _generic_words(lex.body_heads, lex.unit_heads))
            and not reading_ruled_out(best, self.arabic_names)  # normx.resolve.arabic_reading
            and body_words_agree(
                best,
                _generic_words(lex.body_heads, lex.unit_heads, lex.connectors),
                self.arabic_names,
            )
        ):
            return Seg(first, last, None, partial, ambiguous=(best,), phrase=phrase)
        if not phrase and names_a_people(query, best):  # "Bangladeshis": demonym_span
            return Seg(first, last, None, partial, phrase=True)
        return Seg(first, last, best, name_cov < WHOLE_COVERAGE, phrase=phrase)

    def _standing(
        self, best: Candidate, first: int, last: int, cands: list[Candidate] | None
    ) -> Candidate:
        """*best*, or the record of higher standing it gives way to, or the town a facility
        matched without its head is named after (:mod:`normx.resolve.standing`). *cands*:
        the matcher's answer, asked for here only when an alias of a lesser record decides."""
        if self.standing is None or best.type == "PER":
            return best
        if cands is not None:
            query = self.words.query(first, last)
            shorter = range(last - 1, first - 1, -1)
            prefixes = (self.exact_candidates(first, k) or [] for k in shorter)
            town = town_of_facility(best, query, self.words.lex.facility_heads, prefixes)
            if town is not None:
                return town
        if fold(best.matched) == fold(best.name) or self.standing(best.id) >= USER:
            return best
        if cands is None:
            cands = self.match(self.words.query(first, last), False)
        return higher_standing_rival(best, cands, self.standing, self.arabic_names) or best
