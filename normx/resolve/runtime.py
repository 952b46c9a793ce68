"""What canonicalization keeps per loaded :class:`~normx.api.Normalizer` for a whole run.

Built once per normalizer (and per worker process): the name trie, entity tables, the words
of every entity's names (for coreference), and a cache of matcher answers keyed by the span's
text and the resolved segments of each span (:mod:`normx.resolve.span_cache`), since news
repeats names across documents. Both caches are bounded (least recently used entries go).
"""

from __future__ import annotations

import weakref
from collections import Counter
from typing import TYPE_CHECKING

from normx.detect.lexicon import Lexicon, lexicon
from normx.detect.trie import NameTrie
from normx.gazetteer.towns import ShippedTowns
from normx.match.candidate import Candidate
from normx.mt.french import with_french_acronyms
from normx.resolve.acronyms import KnownAcronym, gazetteer_acronyms
from normx.resolve.capital_country import ShippedCountries
from normx.resolve.club_seat import seated_club_openings
from normx.resolve.comma_name import CommaName, comma_names
from normx.resolve.common_name_word import person_word_counts, person_word_counts_as_written
from normx.resolve.coref import KeyIndex, gate_keys
from normx.resolve.cutoff_ties import Ask, fetch_top, keep_cutoff_ties
from normx.resolve.decision import unqualified
from normx.resolve.generic import arabic_words
from normx.resolve.held_acronym import best_unless_tied, with_held_acronyms
from normx.resolve.lru import LRU
from normx.resolve.segment import MIN_SCORE_SHOWN
from normx.resolve.span_cache import SpanCache
from normx.resolve.spelled_out import AcronymNamed, acronym_named_bodies
from normx.resolve.spelled_past_cut import spelled_past_cut, word_forms
from normx.resolve.standing import MAJOR, USER, record_standings
from normx.resolve.twin_standing import UNKNOWN, shipped_notes, twin_standings
from normx.resolve.user_first import loose_shipped_dropped
from normx.resolve.user_past_cut import user_past_cut
from normx.text.arabic import is_mostly_arabic
from normx.text.latin import fold
from normx.text.normalize import NameToken, analyse_name, core_tokens

COMMON_PART_WEIGHT = 0.7  # Muhammad, Ali: 0.60 in 40,000 names; Fathi 0.78, a family name 1.0


if TYPE_CHECKING:
    from normx.api import Normalizer

# Bounds keep a long run inside the memory goal (issue 4: <= 500 MB with 40,000 entities): an
# answer with its explanations holds ~4 KB, a resolved span ~3 KB (measured with tracemalloc),
# so both caches full add ~150 MB to the ~200 MB of a 40,000-entity index.
MATCH_CACHE_MAX = 20_000
MATCH_TOP = 4
CORE_WORDS_MAX = 20_000  # name analyses (a few hundred bytes each)
# answers with joined name parts (match_joined). Asked for about one fetched span in six
# (2,279 distinct asks against 12,813 fetched in a first pass over 285 development articles,
# session 30), so a quarter of MATCH_CACHE_MAX keeps them for as many documents as the plain
# answers. At 2,000 a run whose joined asks outgrew the bound went round the LRU in a cycle:
# each entry was dropped before it was asked again, and a second pass over the same documents
# asked the matcher 1,889 times (half of that pass's time; benchmarks/README.md, session 30).
JOINED_MAX = MATCH_CACHE_MAX // 4
SEATED_MAX = 20_000  # (body, place, spelling) -> the body's name ends "in" the place


class Runtime:
    """Per-normalizer state for canonicalization (see the module docstring)."""

    def __init__(self, normalizer: Normalizer) -> None:
        self.normalizer = normalizer
        self.lex: Lexicon = lexicon()
        index = normalizer.index
        self.trie = NameTrie.build(index)
        self._cache: LRU[str, list[Candidate]] = LRU(MATCH_CACHE_MAX)
        self.spans = SpanCache()
        self._names_of: dict[int, list[int]] = {}
        for ni, name in enumerate(index.names):
            self._names_of.setdefault(name.entity, []).append(ni)
        self._entity_index = {rec.id: i for i, rec in enumerate(index.records)}
        self._words: dict[str, tuple[tuple[NameToken, bool], ...]] = {}
        self._keys: dict[str, frozenset[str]] = {}
        self.key_index = KeyIndex(self.name_keys)  # coreference's gate (normx.resolve.coref)
        self._english: dict[str, frozenset[str]] = {}
        self._common: dict[str, bool] = {}
        self._arabic: dict[str, tuple[tuple[str, ...], ...]] = {}
        self._glosses: dict[str, tuple[tuple[str, ...], ...]] = {}
        self._core: LRU[str, tuple[NameToken, ...]] = LRU(CORE_WORDS_MAX)
        self._joined: LRU[tuple[str, bool], list[Candidate]] = LRU(JOINED_MAX)
        # whether a body's names end with "in" a place (pipeline._seated_in): names folded
        # once per (body id, place id, folded spelling) in a run
        self.seated: LRU[tuple[str, str, str], bool] = LRU(SEATED_MAX)
        self._acronyms: KnownAcronym | None = None
        self._acronym_named: AcronymNamed | None = None
        self._comma_names: tuple[CommaName, ...] | None = None
        self._club_openings: frozenset[str] | None = None
        self._qualified: frozenset[str] | None = None
        self._standing: dict[str, int] | None = None
        self._person_words: Counter[str] | None = None  # person_word_count
        self._person_words_written: Counter[tuple[str, bool]] | None = None  # and as written
        self._users_loaded: bool | None = None  # user_standing
        self._twins: dict[str, int] | None = None  # twin_standing
        self._spelled_by: dict[str, frozenset[str]] = {}  # spelled_by
        self.is_country = ShippedCountries()  # the shipped countries, read once (capital_country)
        self.is_town = ShippedTowns()  # the shipped towns and cities, read once (country_alone)

    @property
    def acronyms(self) -> KnownAcronym:
        """The gazetteers' acronyms (:func:`~normx.resolve.acronyms.gazetteer_acronyms`), built
        on first use."""
        if self._acronyms is None:
            records = self.normalizer.index.records
            self._acronyms = with_french_acronyms(gazetteer_acronyms(records), records)  # ONU
            user = self.user_standing  # U.S.: normx.resolve.held_acronym
            self._acronyms = with_held_acronyms(self._acronyms, records, lambda i: user(i) >= USER)
        return self._acronyms

    @property
    def acronym_named(self) -> AcronymNamed:
        """The bodies the gazetteers name by an acronym
        (:func:`~normx.resolve.spelled_out.acronym_named_bodies`), built on first use."""
        if self._acronym_named is None:
            self._acronym_named = acronym_named_bodies(self.normalizer.index.records)
        return self._acronym_named

    @property
    def club_openings(self) -> frozenset[str]:
        """The opening keys of the gazetteers' seated clubs
        (:func:`~normx.resolve.club_seat.seated_club_openings`), built on first use: the gate of
        :func:`~normx.resolve.club_seat.clubs_with_town_words`."""
        if self._club_openings is None:
            index, by_id = self.normalizer.index, self.normalizer.by_id

            def names(record_id: str, lang: str) -> tuple[str, ...]:
                rec = by_id.get(record_id)
                return rec.names(lang) if rec is not None else ()

            orgs = (
                (rec.id, rec.canonical, [index.names[n].text for n in self._names_of.get(i, ())])
                for i, rec in enumerate(index.records)
                if rec.type == "ORG"
            )
            self._club_openings = seated_club_openings(orgs, names)
        return self._club_openings

    @property
    def comma_names(self) -> tuple[CommaName, ...]:
        """The English names with a comma inside (:func:`~normx.resolve.comma_name.comma_names`),
        built on first use."""
        if self._comma_names is None:
            self._comma_names = comma_names(self.normalizer.index.records)
        return self._comma_names

    def match(self, query: str, phrase: bool = False) -> list[Candidate]:
        """Matcher candidates for a span's text (cached for the run)."""
        hit = self._cache.get(query)
        if hit is None:
            hit = self.fetch([query])[0]
        return hit

    def match_joined(self, query: str, *, widen: bool = True) -> list[Candidate]:
        """Matcher candidates with the pass that joins two adjacent name parts ("Green Stream"
        for Greenstream), which :meth:`fetch` leaves out for its cost on every span: for the
        few spans a rule asks about again (an unlinked name before a lower-case facility head,
        "the Green Stream pipeline"). Remembered for the run.

        *widen* False leaves out the matcher's last pass (the rarest part widened, when
        neither pass was confident: :meth:`~normx.match.matcher.Matcher.match`), for a caller
        that reads only a confident joined reading
        (:func:`~normx.resolve.joined_place.clear_joined`): that pass's answer holds none, and
        without it every candidate with a joined pair is as unconfident as before; remembered
        apart."""
        hit = self._joined.get((query, widen))
        if hit is None:
            hit = self.normalizer.match(
                query,
                top=fetch_top(MATCH_TOP),
                min_score=MIN_SCORE_SHOWN,
                explain=True,
                joins=True,
                widen=widen,
            )
            hit = keep_cutoff_ties(hit, MATCH_TOP, self._typed(query))  # cutoff_ties
            self._joined.put((query, widen), hit)
        return hit

    def _user_view(self, found: list[Candidate], query: str) -> list[Candidate]:
        """*found* read as the user's gazetteer reads it: the user's record past the cut
        fetched, shipped look-alikes left out (:mod:`normx.resolve.user_past_cut`,
        :func:`normx.resolve.user_first.loose_shipped_dropped`); as is with no user record."""
        found = user_past_cut(found, MATCH_TOP, self.user_standing, self._typed(query))
        return loose_shipped_dropped(found, self.user_standing)

    def _spelled_view(self, found: list[Candidate], query: str) -> list[Candidate]:
        """*found* with the records past the cut that spell a rare word of *query* exactly
        (:mod:`normx.resolve.spelled_past_cut`)."""
        if len(found) < MATCH_TOP or not found or found[0].method == "exact":
            return found  # the common cases, without analysing the query
        words = self.core_words(query)
        if len(words) != 1:  # a lone word (module doc)
            return found
        forms = [f for f in word_forms(words) if not self.lex_generic(f)]
        return spelled_past_cut(
            found, MATCH_TOP, forms, self.spelled_by, self._typed(query), MIN_SCORE_SHOWN
        )

    def lex_generic(self, form: str) -> bool:
        """*form* is a word of the span finder's lexicon that names a kind, not an entity: a
        body, unit or facility head ("Ministry", "Brigade", "Airport"), a title, a demonym or
        people noun, a stop word."""
        lex = self.lex
        return any(
            form in words
            for words in (
                lex.body_heads,
                lex.unit_heads,
                lex.facility_heads,
                lex.titles,
                lex.demonyms,
                lex.people_nouns,
                lex.stopwords,
            )
        )

    def spelled_by(self, form: str) -> frozenset[str]:
        """The ids of the records some name of which holds the folded word *form* (the
        index's exact word postings), remembered for the run."""
        hit = self._spelled_by.get(form)
        if hit is None:
            index = self.normalizer.index
            names, records = index.names, index.records
            hit = frozenset(records[names[n].entity].id for n in index.postings.get(form, ()))
            self._spelled_by[form] = hit
        return hit

    def _typed(self, query: str) -> Ask:
        """The matcher asked again about *query* (:mod:`normx.resolve.cutoff_ties`)."""
        return lambda kind, n, floor: self.normalizer.match(
            query, top=n, type=kind, min_score=floor, explain=True, joins=False
        )

    def best_match(self, query: str) -> tuple[str, str, str, float] | None:
        """(id, canonical, type, score) of the best candidate for *query*, if any."""
        return best_unless_tied(self.match(query))  # id "" in a tie: normx.resolve.held_acronym

    def cached(self, query: str) -> list[Candidate] | None:
        """The run's answer for *query*, if it has one."""
        return self._cache.get(query)

    def fetch(self, queries: list[str]) -> list[list[Candidate]]:
        """Matcher candidates for distinct queries in one batch (one model call, if any)."""
        # no second pass with joined name parts: most of a text's spans match nothing, and
        # that pass would cost them ~50% more for about one mention in a thousand (measured)
        found = self.normalizer.match_many(
            queries, top=fetch_top(MATCH_TOP), min_score=MIN_SCORE_SHOWN, explain=True, joins=False
        )
        found = [  # normx.resolve.cutoff_ties and spelled_past_cut, then the user views
            self._user_view(
                self._spelled_view(keep_cutoff_ties(c, MATCH_TOP, self._typed(q)), q), q
            )
            for q, c in zip(queries, found, strict=True)
        ]
        for query, cands in zip(queries, found, strict=True):
            self._cache.put(query, cands)
        return found

    def core_words(self, text: str) -> tuple[NameToken, ...]:
        """``core_tokens(analyse_name(text))``, remembered for the run: coreference reads the
        words of every unlinked name of every document, and news repeats its unknown names as
        it does its known ones (the analysis was a tenth of a document's time from the caches).
        """
        hit = self._core.get(text)
        if hit is None:
            hit = core_tokens(analyse_name(text))
            self._core.put(text, hit)
        return hit

    def in_names(self, form: str) -> bool:
        """Whether some gazetteer name has the folded word *form*."""
        return form in self.normalizer.index.postings

    def spelled(self, query: str) -> bool:
        """Whether the matcher's answer for *query* may hold a candidate of method "exact": the
        query's normalised form is some gazetteer name's (the matcher's own test is stricter),
        or it spells a name but for a parenthetical qualifier
        (:func:`~normx.resolve.decision.spelled_but_qualifier`). Cheap: the names with a
        qualifier are few, the analysis is remembered (:meth:`core_words`)."""
        if self._qualified is None:
            self._qualified = frozenset(
                unqualified(name.text) for name in self.normalizer.index.names if "(" in name.text
            )
        if fold(query) in self._qualified or is_mostly_arabic(query):
            return True
        normalized = " ".join(t.form for t in self.core_words(query))
        return bool(normalized) and normalized in self.normalizer.index.exact

    def entity_of_name(self, name_id: int) -> tuple[str, str, str, str]:
        """(record id, canonical name, type, the name's text) of an index name."""
        name = self.normalizer.index.names[name_id]
        rec = self.normalizer.index.records[name.entity]
        return rec.id, rec.canonical, rec.type, name.text

    def name_words(self, record_id: str) -> tuple[tuple[NameToken, bool], ...]:
        """Every core word of every name of an entity, with "is Arabic" (cross-script)."""
        hit = self._words.get(record_id)
        if hit is not None:
            return hit
        ei = self._entity_index.get(record_id)
        names = self.normalizer.index.names
        words = tuple(
            (tok, names[ni].lang == "ar")
            for ni in (self._names_of.get(ei, ()) if ei is not None else ())
            for tok in names[ni].tokens
        )
        self._words[record_id] = words
        return words

    def english_words(self, record_id: str) -> frozenset[str]:
        """The folded words of the entity's English (Latin-script) names (cached)."""
        hit = self._english.get(record_id)
        if hit is None:
            words = self.name_words(record_id)
            hit = self._english[record_id] = frozenset(w.form for w, ar in words if not ar)
        return hit

    def common_parts_only(self, record_id: str) -> bool:
        """Every word of the entity's English names is a name part nearly as common as Muhammad
        or Ali in this gazetteer (weight at most :data:`COMMON_PART_WEIGHT` in
        :class:`~normx.match.score.TokenWeights`): "Mohammad Ali",
        "Ahmed Ali" name a given name and a father's, no family, and thousands of men share
        them. A small gazetteer gives no such evidence (every part weighs fully)."""
        hit = self._common.get(record_id)
        if hit is None:
            weigh = self.normalizer.index.weights
            words = [w for w, ar in self.name_words(record_id) if not ar]
            hit = bool(words) and all(weigh(w) <= COMMON_PART_WEIGHT for w in words)
            self._common[record_id] = hit
        return hit

    def person_word_count(self, form: str, *, article: bool | None = None) -> int:
        """How many person records hold the folded word *form* in an English name; with
        *article*, only those that hold it written so (after the article, or bare). Tables
        made on first use: :mod:`normx.resolve.common_name_word`."""
        if self._person_words is None or self._person_words_written is None:
            index = self.normalizer.index
            rows = [
                (index.records[n.entity].id, n.tokens)
                for n in index.names
                if n.lang != "ar" and index.records[n.entity].type == "PER"
            ]
            self._person_words = person_word_counts(rows)
            self._person_words_written = person_word_counts_as_written(rows)
        if article is None:
            return self._person_words.get(form, 0)
        return self._person_words_written.get((form, article), 0)

    def common_key(self, key: str) -> bool:
        """A name part with phonetic key *key* is as common here as in :meth:`common_parts_only`."""
        return self.normalizer.index.weights.informativeness(key) <= COMMON_PART_WEIGHT

    def name_keys(self, record_id: str) -> frozenset[str]:
        """:func:`~normx.resolve.coref.gate_keys` of :meth:`name_words` (cached)."""
        hit = self._keys.get(record_id)
        if hit is None:
            hit = self._keys[record_id] = gate_keys(w for w, _ in self.name_words(record_id))
        return hit

    def arabic_names(self, record_id: str) -> tuple[tuple[str, ...], ...]:
        """The entity's Arabic names as normalised words, article dropped (cached)."""
        hit = self._arabic.get(record_id)
        if hit is None:
            rec = self.normalizer.by_id.get(record_id)
            hit = tuple(arabic_words(n) for n in rec.names("ar")) if rec is not None else ()
            self._arabic[record_id] = hit
        return hit

    def standing(self, record_id: str) -> int:
        """The record's :func:`~normx.resolve.standing.standing_of`: read from the shipped
        gazetteer files or not, and its note (the table is made on first use)."""
        if self._standing is None:
            self._standing = record_standings(self.normalizer.index.records)
        return self._standing.get(record_id, USER)

    def twin_standing(self, record_id: str) -> int:
        """The standing of the shipped record this one is identified with, UNKNOWN if none
        (:mod:`normx.resolve.twin_standing`; the table is made on first use)."""
        if self._twins is None:
            links = ((k.user_id, k.shipped_id) for k in self.normalizer.inheritance.links)
            self._twins = twin_standings(links, shipped_notes)
        return self._twins.get(record_id, UNKNOWN)

    def user_standing(self, record_id: str) -> int:
        """:meth:`standing` when the user's records are loaded beside the shipped ones (some
        record stands as a shipped major place), else USER: :mod:`normx.resolve.user_first`
        is about the user's records, and the shipped files alone hold none."""
        if self._standing is None:
            self.standing(record_id)
        table = self._standing or {}
        if self._users_loaded is None:
            self._users_loaded = MAJOR in table.values()
        return table.get(record_id, USER) if self._users_loaded else USER

    def generic_glosses(self, form: str) -> tuple[tuple[str, ...], ...]:
        """The Arabic glosses of a generic noun (gloss lexicon), as arabic_words gives them."""
        hit = self._glosses.get(form)
        if hit is None:
            slots = self.normalizer.gloss_matcher.gloss(form)
            hit = tuple(
                arabic_words(" ".join(r))
                for slot in slots
                if slot.generic and len(slots) == 1
                for r in slot.renderings
            )
            self._glosses[form] = hit
        return hit


_RUNTIMES: weakref.WeakKeyDictionary[Normalizer, Runtime] = weakref.WeakKeyDictionary()


def runtime_for(normalizer: Normalizer) -> Runtime:
    """The run state of *normalizer*, built on first use."""
    rt = _RUNTIMES.get(normalizer)
    if rt is None:
        rt = Runtime(normalizer)
        _RUNTIMES[normalizer] = rt
    return rt
