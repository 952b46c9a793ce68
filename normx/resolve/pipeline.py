"""Canonicalizing documents: detect, link, resolve partial names, build mentions, rewrite.

:func:`canonicalize_text` runs one document; :func:`canonicalize_stream` runs many, in input
order, optionally over worker processes that each hold the normalizer once (forked, so the
index is shared, not copied per document). A document's spans are resolved together, so their
matcher queries go out in a few batches (:mod:`normx.resolve.batch`), and a span met before,
in this document or an earlier one, is answered from the run's cache
(:mod:`normx.resolve.span_cache`). What each linked segment finally refers to, with the rest of
the document in view (partial names, surnames, generic nouns), is decided in
:mod:`normx.resolve.references`; acronyms in :mod:`normx.resolve.acronyms`.
"""

from __future__ import annotations

import multiprocessing
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import TYPE_CHECKING, Any

from normx.detect.blind_capitals import (
    all_caps_lines,
    attested_forms,
    dateline_openers,
    lower_unattested_caps,
)
from normx.detect.dated_names import name_numbers
from normx.detect.datelines import dateline_sentences, name_datelines
from normx.detect.dates import uncapitalise_dates
from normx.detect.formula_names import name_formulas
from normx.detect.french_openers import french_prepositions_lowered
from normx.detect.headlines import lower_ordinary_words, title_case_lines
from normx.detect.hijri_dates import uncapitalise_hijri_dates
from normx.detect.initials import initials_in_sentence
from normx.detect.spans import find_spans
from normx.detect.tokens import Token, fold_word, lowercase_words, tokenize, word_before
from normx.detect.units import ARTICLE, NAME, Unit, name_units
from normx.errors import NormxError
from normx.match.candidate import Candidate
from normx.match.score import NO_MATCH_THRESHOLD
from normx.render.text import rewrite
from normx.resolve import armies
from normx.resolve.acronym_after import acronyms_after
from normx.resolve.acronym_apposition import appositions_split
from normx.resolve.acronym_complement import acronym_complements_split
from normx.resolve.acronym_descriptor import descriptors_joined
from normx.resolve.acronym_opened import acronyms_opening
from normx.resolve.acronyms import METHOD as ACRONYM
from normx.resolve.acronyms import link_acronyms
from normx.resolve.appositive import declared_aliases
from normx.resolve.bare_english import bare_english_names
from normx.resolve.bare_namesake import bare_namesakes
from normx.resolve.batch import DocumentQueries, batching_pays, resolve_all
from normx.resolve.blind_openers import attested_mentions
from normx.resolve.body_of_place import bodies_of_other_places, constituencies_parted
from normx.resolve.body_tail_word import body_tails_dropped
from normx.resolve.bt_prefetch import prefetch_guesses
from normx.resolve.building_noun import building_nouns_unlinked
from normx.resolve.cabinet import cabinets_linked
from normx.resolve.capital_country import countries_for_capitals
from normx.resolve.classified_name import classified_names
from normx.resolve.club_city import clubs_with_cities
from normx.resolve.club_place import clubs_named_by_places
from normx.resolve.club_seat import clubs_of_seats, clubs_with_town_words
from normx.resolve.comma_name import comma_names_joined
from normx.resolve.competition_word import competitions_or_bodies
from normx.resolve.coordinated_order import coordinated_in_order
from normx.resolve.core_name import core_names
from normx.resolve.country_alone import places_alone_unlinked
from normx.resolve.country_embassy import embassies_linked
from normx.resolve.declared_name import declared_full_names
from normx.resolve.demonym_body import demonym_airlines_kept, demonym_body_segs
from normx.resolve.demonym_namesake import demonym_namesake
from normx.resolve.designated_government import designated_ministries_unlinked
from normx.resolve.document import Document, Mention, linked_mention
from normx.resolve.dotted_cut import dotted_cuts_undone
from normx.resolve.english_word import english_words_unlinked
from normx.resolve.epithet import epithets_linked
from normx.resolve.facility_of import facilities_of
from normx.resolve.family_bearer import family_bearer_links
from normx.resolve.family_head import family_aliases, family_heads
from normx.resolve.family_member import family_members
from normx.resolve.father_chain import fathers_by_chain
from normx.resolve.field_dropped import field_words_dropped
from normx.resolve.field_word import field_words_unlinked
from normx.resolve.firm_of import firms_of_linked
from normx.resolve.foreign_frame import framed_segs
from normx.resolve.fragments import fragments_resolved
from normx.resolve.framed_tie import framed_ties
from normx.resolve.french_exonym import french_exonyms
from normx.resolve.french_parent import parents_joined
from normx.resolve.french_portfolio import portfolios_unlinked
from normx.resolve.gc_pause import collector_held
from normx.resolve.generic import definite_title, generic_head, generic_noun
from normx.resolve.given_name_pair import given_name_pairs
from normx.resolve.given_name_place import given_names_unplaced
from normx.resolve.gloss_word import gloss_lookalikes_unlinked
from normx.resolve.head_before import heads_before
from normx.resolve.head_government import heads_governments
from normx.resolve.headed_word import headed_words
from normx.resolve.holding_short import short_bodies_linked
from normx.resolve.honorific import after_honorific_word
from normx.resolve.hyphen_pair import person_pairs
from normx.resolve.indefinite_phrase import indefinite_phrases_unlinked
from normx.resolve.joined_coref import joined_corefs
from normx.resolve.joined_place import joined_places
from normx.resolve.joined_surname import joined_surnames
from normx.resolve.kin_heads import match_with_kin, named_with_kin
from normx.resolve.kingdom_word import kingdom_words
from normx.resolve.likeness_read import likeness_read
from normx.resolve.linker import SpanLinker
from normx.resolve.lone_modifier import modifiers_unlinked
from normx.resolve.lone_surname import lone_surnames
from normx.resolve.long_text import LONG_DOCUMENT, canonicalize_long
from normx.resolve.longer_name import longer_names
from normx.resolve.loose_words import loose_words_agree
from normx.resolve.ministry_government import deep_match, ministries_of_governments
from normx.resolve.mission_in import missions_joined
from normx.resolve.mission_name import missions_named
from normx.resolve.model_of import models_unlinked
from normx.resolve.movement_word import movements_unlinked
from normx.resolve.name_goes_on import cut_corefs_unlinked
from normx.resolve.nasab_place import nasab_places_unlinked
from normx.resolve.nickname_surname import nickname_surnames
from normx.resolve.number_label import number_labels
from normx.resolve.number_name import number_names
from normx.resolve.office_of import office_noun
from normx.resolve.office_possessive import offices_by_holder, offices_by_title
from normx.resolve.official_country import official_names_joined
from normx.resolve.orphan_coref import orphan_coref_mentions, orphan_corefs_unlinked
from normx.resolve.own_complement import own_complements
from normx.resolve.own_word_body import own_word_bodies
from normx.resolve.owner_prefix import french_organs_joined, owner_prefixes_joined
from normx.resolve.particle_apart import particles_apart
from normx.resolve.peoples import peoples_in_text
from normx.resolve.person_and import persons_coordinated
from normx.resolve.place_named_facility import place_named_facilities_unlinked
from normx.resolve.place_slot_body import place_slot_bodies_unlinked
from normx.resolve.place_slot_tie import place_slot_ties
from normx.resolve.portfolio_minister import portfolios_dropped
from normx.resolve.prison_named import prisons_named
from normx.resolve.prison_of import prison_of_facilities_unlinked
from normx.resolve.qualified_namesake import placed_namesakes
from normx.resolve.references import following_head, resolve_references
from normx.resolve.remnants import without_remnants
from normx.resolve.rival_government import rival_ministries_unlinked
from normx.resolve.runtime import Runtime, runtime_for
from normx.resolve.segment import Seg, as_person, clean_joined, is_clean, with_context
from normx.resolve.self_named_government import self_named_governments
from normx.resolve.shipped_likeness import shipped_likeness_unlinked
from normx.resolve.site_of import sites_of
from normx.resolve.spaced_compound import spaced_compounds
from normx.resolve.spelled_elsewhere import persons_spelled_elsewhere
from normx.resolve.spelled_list import listed_spelled_out
from normx.resolve.spelled_namesake import untie_spelled_namesakes
from normx.resolve.spelled_out import link_spelled_out, listed_fields_joined
from normx.resolve.state_noun import states_unlinked
from normx.resolve.street_of import street_persons_unlinked
from normx.resolve.title_after import title_after
from normx.resolve.title_modifier import title_modifiers_dropped
from normx.resolve.translated_twin import twins_linked
from normx.resolve.unit_in_body import units_in_bodies
from normx.resolve.unit_of import units_of
from normx.resolve.unknown_body_seat import bodies_of_unknown_seats
from normx.resolve.unknown_head_repeat import unknown_head_repeats_unlinked
from normx.resolve.unknown_short import unknown_shorts
from normx.resolve.unlinked_slots import eponym_facility_kept, slots_unlinked
from normx.resolve.word_acronym import defined_word_acronyms_linked, word_acronyms_linked
from normx.text.arabic import normalize_arabic
from normx.text.generic import compound_parts
from normx.text.latin import fold

if TYPE_CHECKING:
    from normx.api import Normalizer


def canonicalize_text(normalizer: Normalizer, text: str, doc: str | None = None) -> Document:
    """Find, link and rewrite the names of one document."""
    if not isinstance(text, str):
        raise NormxError(f"a document must be a str, got {type(text).__name__}")
    if not text.strip():
        return Document.build(text, (), text, doc)
    with collector_held():  # short-lived objects, freed by reference counting (gc_pause)
        resolve = _canonicalize_long if len(text) > LONG_DOCUMENT else _canonicalize
        rt = runtime_for(normalizer)
        if batching_pays(normalizer):  # the model on: its name parts in one call (bt_prefetch)
            prefetch_guesses(rt, lambda dry: resolve(dry, text, doc))
        return resolve(rt, text, doc)  # long documents are resolved in windows (long_text.py)


def _canonicalize_long(rt: Runtime, text: str, doc: str | None) -> Document:
    """A long document resolved in windows (:mod:`normx.resolve.long_text`)."""
    return canonicalize_long(
        text,
        doc,
        lambda window: _canonicalize(rt, window, None),
        lambda whole, ms: rewrite(whole, tuple(m for m in ms if m.method != ACRONYM), rt.lex),
    )


def _canonicalize(rt: Runtime, text: str, doc: str | None) -> Document:
    tokens = uncapitalise_dates(text, tokenize(text, rt.lex.keep_words), rt.lex.day_months)
    tokens = uncapitalise_hijri_dates(text, tokens)  # "the 20th of Ramadan"
    tokens = french_prepositions_lowered(tokens, text)  # "Sur la route" (french_openers.py)
    tokens = dateline_sentences(text, tokens, rt.lex.stopwords)  # "(AFP) - In Zouara"
    tokens = name_datelines(text, tokens)  # "NEW YORK (AP) -" (normx.detect.datelines)
    tokens = initials_in_sentence(text, tokens)  # "the U.N. Security Council" (initials.py)
    units = name_units(tokens)
    lower = lowercase_words(text)
    headlines = title_case_lines(text, rt.lex, lower)
    caps, openers = all_caps_lines(text), dateline_openers(text)  # blind_capitals.py
    attested = attested_forms(tokens, sorted(headlines + caps), openers)
    if headlines:
        keep = _spelled_or_particles(rt, tokens, units, headlines)
        tokens = lower_ordinary_words(tokens, headlines, rt.lex, lower, keep)
    if caps:
        keep = _spelled_or_particles(rt, tokens, units, caps)
        tokens = lower_unattested_caps(tokens, caps, attested, keep)
    tokens = name_numbers(text, tokens)  # "the 444 Brigade", "June 11 Stadium" (dated_names)
    tokens = name_formulas(text, tokens)  # "the 5+5 Committee" (formula_names)
    queries = DocumentQueries(rt.cached, rt.fetch, eager=not batching_pays(rt.normalizer))
    linker = SpanLinker(
        text,
        tokens,
        units,
        rt.lex,
        rt.trie,
        queries.match,
        rt.entity_of_name,
        rt.in_names,
        want=queries.want,
        own_word=lambda rid, form: _own_word(rt, rid, form),
        english_words=rt.english_words,
        spelled=rt.spelled,
        arabic_names=rt.arabic_names,
        common_name=rt.common_parts_only,
        common_key=rt.common_key,
        person_word=rt.person_word_count,  # normx.resolve.common_name_word
        name_words=rt.name_words,
        standing=rt.standing,
        user_standing=rt.user_standing,
        twin_standing=rt.twin_standing,  # normx.resolve.twin_standing
        core_words=rt.core_words,  # remembered per token range too (SpanLinker.core_words)
    )
    spans = find_spans(tokens, units, rt.lex, lower, rt.in_names, rt.trie.possessives)
    per_span = resolve_all(spans, partial(rt.spans.resolve, linker), queries)
    for k, (span, found) in enumerate(zip(spans, per_span, strict=True)):
        # the two rules' first tests, here: most spans meet neither
        if found and found[0].first == span.first:
            if found[0].cand is not None and not found[0].context:
                found = _after_title(linker, rt, span.first, found)
                found = after_honorific_word(linker, span.first, found)  # honorific.py
            if found[0].parts and found[0].cand is None:
                found = _place_with_region(linker, rt, span.first, found)
            per_span[k] = found
    segs: list[Seg] = []
    forms, body_heads, titles = linker.forms, rt.lex.body_heads, rt.lex.titles
    for span, found in zip(spans, per_span, strict=True):
        if span.first == span.last and not span.phrase:
            # one word: a generic noun only if a body head, a definite title only if a title
            # (the tests both functions end with), so most spans need neither call
            form = forms[span.first]
            noun = generic_noun(linker, span, found) if generic_head(body_heads, form) else None
            if noun is None and not found and form in titles:
                noun = definite_title(linker, span)
        else:
            noun = generic_noun(linker, span, found)
            if noun is None:  # "the Speaker of the Council" (office_of.py)
                noun, found = office_noun(linker, span, found)
            if noun is None and not found:
                noun = definite_title(linker, span)
        if noun is None and found and found[0].context:  # "the Greek Coast Guard"
            found = queries.run(partial(demonym_namesake, linker, rt, span, found))
        if noun is None and not found:  # "the Egyptian army" (normx.resolve.armies)
            found = armies.lower_case_army_segs(linker, span.first, span.last)
            # "the Russian Ministry of ..." (its query may need fetching: run it as a step)
            found = found or queries.run(partial(demonym_body_segs, linker, span))
        if noun is None and found:  # "the Libyan Airways and the ..." (demonym_body.py)
            found = queries.run(partial(demonym_airlines_kept, linker, found))
            found = queries.run(partial(firms_of_linked, linker, found))  # "Company of Medsky"
        if noun is None:
            segs.extend(found)
        else:
            segs.extend([Seg(noun, noun, None, True, generic=True), *found])
    segs = queries.run(partial(peoples_in_text, linker, segs))  # "the Zwaya tribe": peoples.py
    mentions = queries.run(lambda: tuple(_mentions(linker, rt, segs, queries.match)))
    linker.close()  # the document's tokens are freed on return, not by the cyclic collector
    mentions = dotted_cuts_undone(text, mentions)  # "Previous U.N. envoys" (dotted_cut.py)
    mentions = link_acronyms(text, mentions, rt.acronyms, rt.best_match)
    mentions = word_acronyms_linked(mentions, rt.acronyms)  # "Manul" (word_acronym.py)
    mentions = defined_word_acronyms_linked(text, mentions)  # "... (Utica)" (word_acronym.py)
    mentions = parents_joined(text, mentions)  # "Conseil de sécurité de l'ONU" (french_parent)
    mentions = acronyms_after(text, mentions)  # "Gouvernement d'union nationale (GNA)"
    mentions = acronym_complements_split(text, mentions)  # "Finances du GUN"
    mentions = number_labels(text, mentions, rt.match, partial(_en_names, rt))  # "(5+5)"
    mentions = number_names(text, mentions, rt.match, partial(_en_names, rt))  # "channel 218"
    mentions = acronyms_opening(text, mentions, rt.arabic_names)  # "U.N. Support Mission"
    mentions = heads_governments(mentions, rt.match, text)  # "the Government of Hammad"
    mentions = units_in_bodies(text, mentions, rt.arabic_names)  # "... Circuit in the Court"
    mentions = embassies_linked(text, mentions, rt.match)  # "the U.S. Embassy"
    mentions = ministries_of_governments(text, mentions, deep_match(rt.normalizer.match))
    mentions = official_names_joined(text, mentions, rt.match)  # "of the Arab Republic of"
    mentions = missions_named(text, mentions, rt.match)  # "Consulate General of Libya in"
    mentions = offices_by_holder(text, mentions, rt.match)  # "Attorney General's Office"
    mentions = offices_by_title(text, mentions, rt.match)  # "to the Attorney General"
    mentions = joined_corefs(text, mentions, rt.lex.body_heads)  # "the Embassy" (joined_coref.py)
    mentions = cabinets_linked(text, mentions)  # "the Council of Ministers" (cabinet.py)
    mentions = self_named_governments(text, mentions)  # "the Libyan Government" (eastern)
    mentions = missions_joined(text, mentions, rt.match)  # "U.N. mission in Libya"
    mentions = descriptors_joined(text, mentions, rt.match, rt.lex.body_heads)  # refugee agency
    mentions = listed_spelled_out(text, mentions, rt.acronym_named, rt.lex.body_heads)  # UNESCO
    mentions = link_spelled_out(mentions, rt.acronym_named, rt.lex.body_heads)
    mentions = listed_fields_joined(text, mentions, rt.acronym_named)  # "... for the Childhood"
    mentions = epithets_linked(mentions, rt.match)  # "Labda the Great" (epithet.py)
    mentions = twins_linked(text, mentions, rt)  # "Union Club" (translated_twin.py)
    mentions = clubs_with_cities(text, mentions, partial(_names, rt))  # "Wydad Casablanca"
    mentions = clubs_of_seats(text, mentions, partial(_names, rt), rt.match)  # club_seat.py
    mentions = clubs_with_town_words(
        text, mentions, partial(_names, rt), rt.match, rt.club_openings
    )  # club_seat
    mentions = own_complements(text, mentions, partial(_names, rt))  # "... de la CAF"
    mentions = owner_prefixes_joined(text, mentions, partial(_names, rt))  # "U.N. Food ..."
    mentions = french_organs_joined(text, mentions)  # "Organisation des Nations unies pour"
    mentions = appositions_split(text, mentions, rt.acronyms)  # "the U.N. mission, UNSMIL,"
    mentions = clubs_named_by_places(text, mentions, partial(_names, rt))  # club_place.py
    mentions = attested_mentions(mentions, tokens, openers, attested)  # blind_openers.py
    mentions = without_remnants(text, mentions, rt.lex.titles)  # remnants.py
    mentions = bodies_of_unknown_seats(
        text, mentions, rt.match, partial(_en_names, rt), rt.is_country
    )
    mentions = bodies_of_other_places(text, mentions, partial(_names, rt), rt.is_country)
    mentions = constituencies_parted(text, mentions, rt.match, partial(_names, rt))
    mentions = countries_for_capitals(
        text, mentions, rt.match, rt.arabic_names, rt.is_country
    )  # "Libya and Tunis"
    mentions = comma_names_joined(text, mentions, rt.comma_names)  # "Libyan Post, ..." (comma_name)
    mentions = fragments_resolved(text, mentions, partial(_en_names, rt), rt.common_parts_only)
    mentions = shipped_likeness_unlinked(mentions, rt.user_standing)  # shipped_likeness.py
    mentions = movements_unlinked(text, mentions)  # "the Madkhali current" (movement_word.py)
    mentions = building_nouns_unlinked(text, mentions)  # "Prophet's Mosque" (building_noun.py)
    mentions = short_bodies_linked(
        text, mentions, rt.lex.body_heads, partial(_names, rt, lang="ar")
    )  # "the Holding"
    mentions = places_alone_unlinked(
        text, mentions, rt.is_country, rt.is_town
    )  # "The United States said.", "in Misrata" (no Misrata Free Zone)
    mentions = states_unlinked(text, mentions, rt.is_country, rt.lex.demonyms)  # "State of Italy"
    mentions = orphan_coref_mentions(mentions)  # "... of Jado ... the Council" (orphan_coref)
    mentions = unknown_head_repeats_unlinked(mentions, rt.lex.body_heads)  # "the House of ..."
    mentions = portfolios_unlinked(text, mentions, rt.lex.body_heads)  # "ministre des Affaires"
    spelled = tuple(m for m in mentions if m.method != ACRONYM)  # acronyms stay as written
    return Document.build(text, mentions, rewrite(text, spelled, rt.lex), doc)


_QUOTES = frozenset("\"“”«»‘’'")


def _place_with_region(linker: SpanLinker, rt: Runtime, first: int, segs: list[Seg]) -> list[Seg]:
    """A place named with its region after a preposition of place ("from Brak Al-Shati").

    The linker makes a place run into an unknown word one unknown name ("Libya Al-Ahrar", a
    channel), keeping the cut it would have made as ``parts``. Arabic names a town with its
    region the same way (براك الشاطئ, Brak in Wadi al-Shati), and nothing in the span tells
    the two apart; the text before it can. After a preposition of place, outside quotation
    marks, a span that is a gazetteer place spelled as such followed by one article-led word
    is the place: the place links (its own offsets) and the region stays an unlinked name.
    Read from the text here, as :func:`_after_title` does, because spans are cached on their
    own words.
    """
    seg = segs[0]
    if seg.first != first or not seg.parts or seg.cand is not None:
        return segs
    place, *rest = seg.parts
    cand = place.cand
    if cand is None or cand.type != "LOC" or cand.method not in ("exact", "normalised"):
        return segs
    if place.first != seg.first or (rest and rest[0].cand is not None):
        return segs
    units = linker.units
    tail = units[linker.unit_index[place.last] + 1 : linker.unit_index[seg.last] + 1]
    if [u.kind for u in tail] != [ARTICLE, NAME]:
        return segs
    start = linker.tokens[first].start
    if start > 0 and linker.text[start - 1] in _QUOTES:
        return segs
    m = _WORD_BEFORE.search(linker.text, max(0, start - 40), start)
    if m is None or m.group(1) not in rt.lex.locative:
        return segs
    region = Seg(tail[0].first, seg.last, None, False)
    return [with_context(place, seg.context), region, *segs[1:]]


def _spelled_or_particles(
    rt: Runtime, tokens: list[Token], units: list[Unit], lines: list[tuple[int, int]]
) -> set[int]:
    """Tokens of title-case *lines* that keep their capitals: name particles, and the words of
    gazetteer names spelled out there (the trie: "National Oil Corporation" stays a name)."""
    keep: set[int] = set()
    for a, b in lines:
        inside = [ui for ui, u in enumerate(units) if a <= tokens[u.first].start < b]
        if not inside:
            continue
        stop = inside[-1] + 1
        for ui in inside:
            u = units[ui]
            if u.kind != NAME:
                keep.update(range(u.first, u.last + 1))
            hit = rt.trie.walk(units, ui, stop)
            if hit is not None:
                keep.update(range(units[hit.first].first, units[hit.last].last + 1))
    return keep


def _own_word(rt: Runtime, record_id: str, form: str) -> bool:
    """The entity's names hold the folded word *form*, in English or as one of its Arabic
    glosses (a generic noun: "apparatus" is جهاز, a word of جهاز الردع)."""
    if form in rt.english_words(record_id):
        return True
    glosses = rt.generic_glosses(form)
    return any(g and g[0] in name for g in glosses for name in rt.arabic_names(record_id))


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")


def _after_title(linker: SpanLinker, rt: Runtime, first: int, segs: list[Seg]) -> list[Seg]:
    """A span right after a lower-case person title ("deputy Jumaa Al-Gharbawi") names a person.

    Sparse tokenisation keeps no such word, and the span cache keys on the span alone, so the
    title is read from the text here, after resolution, and applied to the span's first segment.
    """
    if segs[0].first != first or segs[0].cand is None or segs[0].context:
        return segs
    start = linker.tokens[first].start
    word = word_before(linker.text, start, 40)
    if word is None or not word[0].islower() or fold_word(word) not in rt.lex.titles:
        return segs
    if title_after(linker, rt, segs[0].last):  # "former Tarhouna security chief"
        return segs
    return [as_person(segs[0]), *segs[1:]]


def _mentions(
    linker: SpanLinker, rt: Runtime, segs: list[Seg], match: Callable[[str], list[Candidate]]
) -> Iterator[Mention]:
    tokens = linker.tokens
    text = linker.text
    taken_until = -1
    segs = coordinated_in_order(linker, rt, segs)  # "Endowments and Islamic Affairs"
    segs = framed_segs(linker, rt, segs)  # "Public Prosecution": not Egypt's (foreign_frame)
    segs = framed_ties(linker, rt, segs)  # "the Prosecution": a tie, Libya's (framed_tie)
    segs = title_modifiers_dropped(linker, segs)  # "Public" of "Public Prosecutor"
    segs = portfolios_dropped(linker, segs)  # "Health" of "Health Minister"
    segs = body_tails_dropped(linker, rt, segs)  # "Gate" of "Al-Wasat Gate" (body_tail_word)
    segs = kingdom_words(linker, rt, segs)  # "the Kingdom": Saudi Arabia in a Saudi text
    segs = indefinite_phrases_unlinked(linker, segs)  # "a constitutional court": a kind
    segs = persons_spelled_elsewhere(linker, segs)  # "Mohamed Koshlaf" ... "Kashlaf"
    resolved = _owner_first(linker, rt, resolve_references(linker, rt, segs))
    resolved = rival_ministries_unlinked(
        linker, resolved, rt.normalizer.by_id
    )  # "... of the eastern government"
    resolved = designated_ministries_unlinked(linker, resolved)  # "... designated by the House"
    resolved = english_words_unlinked(text, tokens, resolved, partial(_en_names, rt))
    resolved = field_words_unlinked(linker, resolved)  # "Electricity is ..." (field_word.py)
    resolved = gloss_lookalikes_unlinked(linker, resolved)  # "Mobile" ~ Mobilis (gloss_word)
    resolved = declared_aliases(linker, rt, person_pairs(linker, rt, resolved))
    resolved = nickname_surnames(linker, rt, resolved)
    resolved = declared_full_names(linker, rt, resolved)
    resolved = family_members(linker, rt, resolved)
    resolved = fathers_by_chain(linker, rt, resolved)  # father_chain.py
    resolved = family_heads(linker, rt, bare_namesakes(linker, rt, resolved))  # family_head.py
    resolved = family_aliases(linker, rt, resolved)  # family_head.py
    resolved = lone_surnames(linker, rt, resolved)  # lone_surname.py
    resolved = family_bearer_links(linker, rt, resolved)  # "Haftar" (family_bearer.py)
    resolved = bare_english_names(linker, rt, resolved)  # bare_english.py
    resolved = heads_before(linker, rt, resolved)  # head_before.py
    resolved = units_of(linker, rt, resolved)  # unit_of.py
    resolved = facilities_of(linker, rt, resolved)  # facility_of.py
    resolved = classified_names(linker, rt, resolved)  # "the Turkish group Albayrak"
    resolved = street_persons_unlinked(linker, resolved)  # "the street of Omar Al-Mukhtar"
    resolved = headed_words(linker, rt, resolved)  # "the air base of Al-Wattia" (headed_word)
    resolved = sites_of(linker, rt, resolved)  # "the basins of Ghadamis, Sirt" (site_of)
    resolved = particles_apart(linker, rt, resolved)  # "Fatou Ben Souda" (particle_apart.py)
    resolved = persons_coordinated(linker, rt, resolved)  # "Erdogan and Al-Sarraj" (person_and)
    resolved = joined_places(linker, rt, unknown_shorts(linker, resolved))  # joined_place.py
    resolved = joined_surnames(linker, rt, resolved)  # "Fathi Bash Agha" (joined_surname.py)
    resolved = spaced_compounds(linker, rt, resolved)  # "Egypt Air" (spaced_compound.py)
    resolved = longer_names(linker, rt, untie_spelled_namesakes(linker, rt, resolved, match))
    resolved = core_names(linker, rt, resolved)  # "Afriqiyah" (core_name.py)
    resolved = placed_namesakes(linker, rt, resolved)  # "Al-Hilal Club" (qualified_namesake)
    resolved = cut_corefs_unlinked(linker, rt, resolved)  # "Martyrs | of February"
    resolved = field_words_dropped(linker, rt, resolved)  # "African Federation": CAF
    resolved = competitions_or_bodies(linker, rt, resolved)  # "Confederation" (competition_word)
    resolved = own_word_bodies(linker, rt, resolved)  # "the Ifriqi" (own_word_body.py)
    resolved = modifiers_unlinked(text, tokens, resolved, rt.lex, rt.trie)  # lone_modifier.py
    resolved = prisons_named(linker, rt, resolved)  # "the Ain Zara prison" (prison_named)
    resolved = prison_of_facilities_unlinked(linker, rt, resolved)  # "prisons of Mitiga"
    resolved = place_slot_bodies_unlinked(linker, rt, resolved)  # "to La Haye" ~ Huawei
    resolved = place_slot_ties(linker, rt, resolved)  # "from Al-Jazair" (place_slot_tie)
    resolved = given_names_unplaced(linker, rt, resolved)  # given_name_place.py
    resolved = given_name_pairs(linker, rt, resolved)  # "Khalid Al-Mgharbi" (given_name_pair)
    resolved = nasab_places_unlinked(linker, rt, resolved)  # "Bin Hamid" (nasab_place.py)
    resolved = likeness_read(linker, rt, resolved)  # look-alikes the text contradicts
    resolved = french_exonyms(linker, rt, resolved)  # "La Haye" (french_exonym.py)
    resolved = slots_unlinked(linker, rt, resolved)  # "its Ibn Sina hospital" (unlinked_slots)
    resolved = models_unlinked(linker, resolved)  # "aircraft of the type Airbus" (model_of.py)
    resolved = place_named_facilities_unlinked(linker, rt, resolved)  # "the Zawiya power station"
    resolved = orphan_corefs_unlinked(linker, resolved)  # orphan_coref.py
    for k, (seg, cand, evidence) in enumerate(resolved):
        if cand is None and (
            seg.phrase or seg.generic or (seg.first == seg.last and tokens[seg.first].sent_start)
        ):
            continue  # a phrase, or a capital any sentence gives its first word: no name
        last = seg.last
        if cand is not None and cand.type in ("ORG", "LOC"):
            last, cand, extra = _extend_with_head(linker, rt, seg, cand, resolved, k, match)
            if cand.type != "ORG" and last != seg.last and not _named_with(rt, cand, last, linker):
                last = seg.last
            evidence = {**evidence, **extra}
            place = _seated_in(linker, rt, cand, last, resolved, k)
            if place is not None:
                last = place.last
                evidence = {**evidence, "seated_in": linker.surface(place.first, place.last)}
        elif cand is None and not (seg.phrase or seg.generic):
            found = _facility(linker, rt, seg, resolved, k, match)
            found = eponym_facility_kept(evidence, found)  # "Ibn Sina hospital" (eponym_head)
            if found is not None:
                last, cand = found
                evidence = {**evidence, "matched": cand.matched}
        start, end = tokens[seg.first].start, tokens[last].end
        if start < taken_until:
            continue
        taken_until = end
        if cand is None:
            yield Mention(
                start,
                end,
                text[start:end],
                None,
                None,
                _guess_type(linker, rt, seg),
                0.0,
                "none",
                evidence,
            )
        else:
            yield linked_mention(text, start, end, cand, evidence)


def _names(rt: Runtime, record_id: str, lang: str) -> tuple[str, ...]:
    """The record's names in *lang* (none for an unknown id): :mod:`normx.resolve.club_city`."""
    rec = rt.normalizer.by_id.get(record_id)
    return rec.names(lang) if rec is not None else ()


def _en_names(rt: Runtime, record_id: str) -> tuple[str, ...]:
    """The record's English names (none for an unknown id): :mod:`normx.resolve.english_word`."""
    rec = rt.normalizer.by_id.get(record_id)
    return rec.names("en") if rec is not None else ()


def _owner_first(linker: SpanLinker, rt: Runtime, resolved: list) -> list:
    """A place in the possessive right before a body named for it ("Libya's Central Bank",
    the Central Bank of Libya) is a word of the body's name, as "in Libya" is after one
    (:func:`_seated_in`): the two make one mention of the body. Only a place the body's own
    names hold counts ("Libya's National Oil Corporation" names both)."""
    tokens = linker.tokens
    n = len(resolved)
    # the one case the loop looks at: a place in the possessive before a linked segment; most
    # documents have none, and the loop over every segment then only copied the list
    if not any(
        cand is not None and cand.type == "LOC" and tokens[seg.last].possessive
        for seg, cand, _ in resolved[: n - 1]
    ):
        return list(resolved)
    out: list = []
    k = 0
    while k < n:
        seg, cand, evidence = resolved[k]
        if k + 1 < n and cand is not None and cand.type == "LOC":
            body_seg, body, body_ev = resolved[k + 1]
            if (
                tokens[seg.last].possessive
                and body is not None
                and body.type == "ORG"
                and not body_seg.context
                and body_seg.first == seg.last + 1
                and tokens[body_seg.first].joined
                and _names_hold(rt, body.id, cand.id, linker.surface(seg.first, seg.last))
            ):
                grown = Seg(seg.first, body_seg.last, body, body_seg.partial, context=seg.context)
                owner = {"owner": linker.surface(seg.first, seg.last)}
                out.append((grown, body, {**body_ev, **owner}))
                k += 2
                continue
        out.append((seg, cand, evidence))
        k += 1
    return out


def _names_hold(rt: Runtime, body_id: str, place_id: str, said: str) -> bool:
    """The body's English names hold the place's (or the word the text wrote for it), or its
    Arabic names the place's Arabic name, as whole words."""
    record, where = rt.normalizer.by_id.get(body_id), rt.normalizer.by_id.get(place_id)
    if record is None or where is None:
        return False
    english = {fold(n) for n in where.names("en")} | {fold(said)}
    if any(_has_words(fold(n), p) for n in record.names("en") for p in english):
        return True
    arabic = {normalize_arabic(n) for n in where.names("ar")}
    return any(_has_words(normalize_arabic(n), p) for n in record.names("ar") for p in arabic)


def _has_words(name: str, words: str) -> bool:
    return bool(words) and f" {words} " in f" {name} "


def _seated_in(
    linker: SpanLinker, rt: Runtime, cand: Candidate, last: int, resolved: list, k: int
) -> Seg | None:
    """The place after "in" that the body's own name ends with ("UN mission | in | Libya" for
    the United Nations Support Mission in Libya): part of the body's name, not a mention of
    the place, so the body's mention covers it. Only a place the body's English name holds
    after "in" (or its Arabic name after في) counts: the Government of National Accord "in
    Tripoli" is seated there, but that is not its name.
    """
    if cand.type != "ORG" or k + 1 >= len(resolved):
        return None
    seg, place, _ = resolved[k + 1]
    if place is None or place.type != "LOC" or seg.context:
        return None
    tokens = linker.tokens
    if linker.text[tokens[last].end : tokens[seg.first].start] != " in ":
        return None
    said = fold(linker.surface(seg.first, seg.last))
    key = (cand.id, place.id, said)
    seated = rt.seated.get(key)
    if seated is None:  # the names are folded once per body, place and spelling in a run
        seated = _named_seated_in(rt, cand.id, place.id, said)
        rt.seated.put(key, seated)
    return seg if seated else None


def _named_seated_in(rt: Runtime, body_id: str, place_id: str, said: str) -> bool:
    """The body's English names end with "in" and the place (one of its English names or
    *said*, the folded words the text wrote for it), or its Arabic names with في and the
    place's Arabic name (see :func:`_seated_in`)."""
    record, where = rt.normalizer.by_id.get(body_id), rt.normalizer.by_id.get(place_id)
    if record is None or where is None:
        return False
    english = {fold(n) for n in where.names("en")} | {said}
    if any(_ends_with(fold(n), f"in {p}") for n in record.names("en") for p in english):
        return True
    arabic = {normalize_arabic(n) for n in where.names("ar")}
    return any(
        _ends_with(normalize_arabic(n), f"في {p}") for n in record.names("ar") for p in arabic
    )


def _ends_with(name: str, tail: str) -> bool:
    return name == tail or name.endswith(" " + tail)


def _extend_with_head(
    linker: SpanLinker,
    rt: Runtime,
    seg: Seg,
    cand: Candidate,
    resolved: list,
    k: int,
    match: Callable[[str], list[Candidate]],
) -> tuple[int, Candidate, dict[str, Any]]:
    """Include a following lower-case head noun when the name lacks one ("Accord forces").

    A unit head (forces, troops) names a part of the body: the mention grows, the link stays.
    A body head the entity's names have ("Al-Wefaq government") grows the mention too. Any
    other body head makes another body ("UN mission" is not the UN): the longer phrase is
    matched on its own and linked only if it names an organisation cleanly.
    """
    tokens = linker.tokens
    nxt = following_head(linker, rt, seg.last)
    if nxt is None:
        return seg.last, cand, {}
    if any(tokens[i].form in rt.lex.body_heads for i in range(seg.first, seg.last + 1)):
        return seg.last, cand, {}
    if k + 1 < len(resolved) and resolved[k + 1][0].first <= nxt:
        return seg.last, cand, {}
    head = tokens[nxt].form
    if head in rt.lex.unit_heads or head in {w.form for w, _ in rt.name_words(cand.id)}:
        return nxt, cand, {}
    best = _headed_match(linker, seg, nxt, match)
    if best is not None and (best.type == "ORG" or _named_with(rt, best, nxt, linker)):
        return nxt, best, {"matched": best.matched, "extended_from": cand.id}
    return seg.last, cand, {}


def _headed_match(
    linker: SpanLinker,
    seg: Seg,
    nxt: int,
    match: Callable[[str], list[Candidate]],
    clean: Callable[[Candidate], bool] = is_clean,
) -> Candidate | None:
    """The clear, clean winner for the segment's words with the head noun after them."""
    tokens = linker.tokens
    phrase = linker.text[tokens[seg.first].start : tokens[nxt].end]
    found = match_with_kin(match, phrase, tokens[nxt].form, NO_MATCH_THRESHOLD)  # "airfield"
    cands, _ = loose_words_agree(found, phrase, linker.lex)  # "Caselle airport"
    if not cands or cands[0].type == "PER" or cands[0].score < NO_MATCH_THRESHOLD:
        return None
    best = cands[0]
    if not clean(best) or any(c.score >= best.score - 0.05 for c in cands[1:]):
        return None
    return best


def _named_with(rt: Runtime, cand: Candidate, head: int, linker: SpanLinker) -> bool:
    """The entity's own names hold the head noun ("Benina International Airport"), glued or
    apart: "Jufra airbase" names "Al Jufra Air Base" (:func:`compound_parts`)."""
    form = linker.tokens[head].form
    words = {w.form for w, _ in rt.name_words(cand.id)}
    glued = all(part in words for part in compound_parts(form))
    return form in words or glued or named_with_kin(form, words)  # airfield ~ airport


def _facility(
    linker: SpanLinker,
    rt: Runtime,
    seg: Seg,
    resolved: list,
    k: int,
    match: Callable[[str], list[Candidate]],
) -> tuple[int, Candidate] | None:
    """An unlinked name with a lower-case head noun after it ("Maitika airport", "Al-Wattia
    base"): the head is part of the facility's name the translation left out of the capitals,
    so the words and the head are matched together; a place or body whose names hold the head
    links, and the mention grows to cover it."""
    nxt = following_head(linker, rt, seg.last)
    if nxt is None or linker.tokens[nxt].form in rt.lex.unit_heads:
        return None
    if k + 1 < len(resolved) and resolved[k + 1][0].first <= nxt:
        return None
    best = _headed_match(linker, seg, nxt, match)
    if best is None and seg.last > seg.first:  # "Green Stream pipeline": Greenstream pipeline
        best = _headed_match(linker, seg, nxt, rt.match_joined, clean_joined)
    if best is None or not _named_with(rt, best, nxt, linker):
        return None
    return nxt, best


def _guess_type(linker: SpanLinker, rt: Runtime, seg: Seg) -> str | None:
    tokens = linker.tokens
    if tokens[seg.last].form in rt.lex.body_heads:
        return "ORG"
    if seg.context and any(c.split()[-1].lower() in rt.lex.titles for c in seg.context):
        return "PER"
    return None


# -- many documents ----------------------------------------------------------------------------
_WORKER: Normalizer | None = None


def _work(item: tuple[str, str | None]) -> Document:
    assert _WORKER is not None
    return canonicalize_text(_WORKER, item[0], item[1])


def _one_model_thread() -> None:
    """A worker's torch on one thread: N workers each on torch's default (one thread per core)
    would share the cores N times over, and a back-transliteration call then costs many times
    its single-threaded CPU (benchmarks/README.md, "Session 24 (h-btbatch24)")."""
    torch = sys.modules.get("torch")  # loaded only when the model is: never imported here
    if torch is not None:
        torch.set_num_threads(1)


def canonicalize_stream(
    normalizer: Normalizer,
    texts: Iterable[str] | Iterable[tuple[str, str | None]],
    jobs: int = 1,
) -> Iterator[Document]:
    """Canonicalize documents in input order; items are texts or ``(text, doc id)`` pairs."""
    items = ((t, None) if isinstance(t, str) else (t[0], t[1]) for t in texts)
    if jobs is None or jobs <= 1:
        for text, doc in items:
            yield canonicalize_text(normalizer, text, doc)
        return
    global _WORKER
    runtime_for(normalizer)  # built before forking, so workers inherit it
    _WORKER = normalizer
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(jobs, initializer=_one_model_thread) as pool:
        yield from pool.imap(_work, items, chunksize=4)
