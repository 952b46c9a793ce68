"""Which entity each linked segment of a document refers to, once the document is read whole.

The linker decides each span on its own words. Here the document's other mentions are brought
in: a partial name or surname ("al-Mishri", "Akar") goes to the entity the document named in
full, the most recent first; a word the matcher reached only loosely yields to a person the
document named whose words are as close; a generic noun ("the Chamber", "the Corporation")
goes to the body just named that it names, a title ("the Marshal") to the person it introduced;
the last word of a name no gazetteer holds stays that unknown name. The words after a segment
are read here too, since the linker sees only its span: a lower-case designator shared by
coordinated names ("the Sharara and El-Feel fields"), a descent group ("the Zuwayya tribe":
no place), a military head after a demonym ("the Egyptian army": :mod:`normx.resolve.armies`);
the word lists are data (:mod:`normx.resolve.designators`). :func:`resolve_references` gives
each segment its final candidate and the evidence, for :mod:`normx.resolve.pipeline` to turn
into mentions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from normx.detect.hijri_dates import hijri_months
from normx.detect.tokens import lower_word_after, lowercase_words
from normx.match.candidate import LATIN_LIKENESS_METHODS, Candidate
from normx.match.score import NO_MATCH_THRESHOLD, token_similarity
from normx.mt.french import default_french_names
from normx.resolve import armies, place_body_kind, unsaid_field
from normx.resolve.arabic_surname import surname_in_arabic
from normx.resolve.article_short import glued_short
from normx.resolve.article_word import definite_article_word
from normx.resolve.bare_head import History, settled_head
from normx.resolve.body_place import places_inside
from normx.resolve.coref import Antecedent, Antecedents, covers, query_tokens
from normx.resolve.decision import acronym_shaped
from normx.resolve.definite_lookalike import definite_lookalike, place_nouns
from normx.resolve.descriptor_word import descriptor_only
from normx.resolve.designators import designator_words, kin_words
from normx.resolve.dropped_abd import with_abd
from normx.resolve.english_head import said_only
from normx.resolve.facility_qualifier import region_not_facility
from normx.resolve.family_bearer import bearer_records
from normx.resolve.family_group import names_a_family
from normx.resolve.far_bare_noun import bare_noun_before
from normx.resolve.field_cataphora import field_named_later
from normx.resolve.firm_noun import firm_said
from normx.resolve.french_facility import facility_complement, named_facility
from normx.resolve.french_seat import french_complement
from normx.resolve.generic import find_body, find_titled, starts_with_gloss
from normx.resolve.gloss_named import gloss_named_body
from normx.resolve.head_modifier import modifier_unsaid
from normx.resolve.head_word import headed_by_word
from normx.resolve.headline_body import headline_body
from normx.resolve.headline_subject import headline_ids, subject_of
from normx.resolve.key_rival import key_rival_of
from normx.resolve.kind_ahead import kind_before_body
from normx.resolve.latest_written import latest_written
from normx.resolve.linker import BORROWED, SpanLinker
from normx.resolve.locative import placed_by_preposition as placed
from normx.resolve.minister_ministry import ministry_of_title
from normx.resolve.month_person import month_phrase
from normx.resolve.month_word import month_not_place, words_before
from normx.resolve.name_head_place import name_head_place
from normx.resolve.name_tail_place import name_tail_place
from normx.resolve.named_before import named_before
from normx.resolve.named_rival import named_in_document
from normx.resolve.nasab_short import nasab_not_antecedent
from normx.resolve.nearer_unknown_body import unknown_body_between
from normx.resolve.nisba import nisba_apart
from normx.resolve.nisba_article import nisba_of_unknown
from normx.resolve.of_complement import of_complement
from normx.resolve.of_designation import named_of_place
from normx.resolve.opener_attested import written_inside
from normx.resolve.opening_part import opening_part
from normx.resolve.peoples import plural_not_person
from normx.resolve.place_adjective import adjective_of_place
from normx.resolve.place_named_first import place_named_first
from normx.resolve.place_noun_of import after_place_noun
from normx.resolve.principal_first import principal_first
from normx.resolve.qualified_body import qualified_among_strangers
from normx.resolve.quoted_name import part_of_quoted_name
from normx.resolve.relative_namesake import principal_namesake, relatives_of
from normx.resolve.rival_body import settle_body
from normx.resolve.runtime import Runtime
from normx.resolve.said_kind import other_kind
from normx.resolve.said_words import generic_words, linked_place_names, said_by_words
from normx.resolve.seat_country import seated_in_country
from normx.resolve.segment import Seg, is_clean
from normx.resolve.settled_antecedents import Settled
from normx.resolve.sole_head import sole_head_body
from normx.resolve.surname_over_place import surname_over_lookalike
from normx.resolve.tied_document import linked_elsewhere, linked_ids
from normx.resolve.titled_person import antecedent_types
from normx.resolve.unknown_person_short import person_after_unknown
from normx.resolve.unlinked_antecedent import antecedent_unlinked
from normx.resolve.unsaid_article import article_unsaid, person_article_unsaid
from normx.resolve.unsaid_qualifier import said_namesake, unsaid_qualifier
from normx.resolve.written_noun import Found, find_written_first, written_for
from normx.resolve.written_surname import written_namesake
from normx.text.generic import compound_parts
from normx.text.normalize import NameToken
from normx.text.particles import particle_table

# the entity types coreference may look for (frozen: Antecedents.find keys its answers on them)
_ORG = frozenset({"ORG"})
_PER = frozenset({"PER"})
_PER_LOC = frozenset({"PER", "LOC"})
_LIKENESS = LATIN_LIKENESS_METHODS  # a Latin match by likeness, not spelling
_ORG_LOC = frozenset({"ORG", "LOC"})


def _unknown_at(unknown_last: dict[str, int], said: tuple[NameToken, ...]) -> int | None:
    """Where the document wrote the unknown name whose last word *said* is: one word, or one
    word after bin/ben ("Bin Ghashir" after "Ali Bin Ghashir", whose core words leave the
    particle out inside the name but keep it opening the short form; session 33, h-v54)."""
    if len(said) == 2 and particle_table().latin.get(said[0].form) == "bin":
        said = said[1:]
    return unknown_last.get(said[0].form) if len(said) == 1 else None


def _query_forms(linker: SpanLinker, rt: Runtime, seg: Seg) -> tuple[list[str], list[str]]:
    """The folded words of a segment that say who or what it is (connectors, unit heads and
    context words left out): what coreference compares; and the same words with the unit
    heads kept ("national army", not "national"), read in the same pass.

    A unit head is left out of what coreference compares so that "Accord forces" finds the
    Government of National Accord, whose names lack "forces". When the head is a word of a
    body's own name, though, that body is the one meant: "National Army" is the Libyan
    National Army, not the nearer Government of National Accord that also says "National".
    """
    lex = rt.lex
    connectors, unit_heads, titles, demonyms = (
        lex.connectors,
        lex.unit_heads,
        lex.titles,
        lex.demonyms,
    )
    out: list[str] = []
    headed: list[str] = []
    for u in linker.core_units(seg.first, seg.last):
        form = u.forms[0]
        # lex.is_context(form), inlined: this runs for every segment of every document
        if form in connectors or form in titles or form in demonyms:
            continue
        headed.append(form)
        if form not in unit_heads:
            out.append(form)
    return out, headed


def resolve_references(
    linker: SpanLinker, rt: Runtime, segs: list[Seg]
) -> list[tuple[Seg, Any, dict]]:
    """Each segment with its final candidate (coreference applied) and evidence."""
    antecedents: list[Antecedent] = []
    surnames: list[Antecedent] = []  # lone words linked loosely to a person named in full
    both = [_query_forms(linker, rt, seg) for seg in segs]
    seg_forms = [forms for forms, _ in both]
    # each segment's query words, made once: the loop below and the index's entries ask
    # them of the same segment up to eight times
    seg_query = [query_tokens(forms) for forms in seg_forms]
    unknown_last: dict[str, int] = {}  # last word of an unlinked name of 2+ words -> position
    kind_only: set[int] = set()  # segments linked to a body whose field they leave unsaid
    for pos, seg in enumerate(segs):
        if seg.cand is None and len(seg_forms[pos]) >= 2 and not seg.phrase:
            words = linker.core_words(seg.first, seg.last)
            # "Abdel Jalil" is one word, as "Abduljalil" is; "Military Council of Zuwara"
            # ends in a complement (a seat), no surname: the word alone is that place
            of = of_complement(linker.forms, seg.first, seg.last)
            if len(words) >= 2 and not (of or french_complement(linker, seg.first, seg.last)):
                unknown_last.setdefault(words[-1].form, pos)
        if seg.cand is not None and unsaid_field.said_a_kind(linker, seg, seg.cand):
            # "Holding Company" reached by likeness to a body whose field it leaves unsaid:
            # no link of its own (below), so no antecedent for its repeats either
            kind_only.add(pos)
            continue
        if seg.cand is None or (seg.partial and len(seg_forms[pos]) <= 1):
            if seg.cand is not None and seg.cand.type == "PER" and len(seg_forms[pos]) == 1:
                cand = seg.cand
                said = seg_query[pos]
                surface = linker.surface(seg.first, seg.last)
                surnames.append(Antecedent(pos, cand, surface, rt.name_words(cand.id), said))
            continue
        if not _approximate_word(seg_forms[pos], seg.cand):  # tentative: no antecedent
            cand = seg.cand
            said = seg_query[pos]
            surface = linker.surface(seg.first, seg.last)
            antecedents.append(Antecedent(pos, cand, surface, rt.name_words(cand.id), said))
    # entities the document names by more than a bare word's look-alike
    firm = {
        seg.cand.id
        for pos, seg in enumerate(segs)
        if seg.cand is not None
        and pos not in kind_only
        and not _approximate_word(seg_forms[pos], seg.cand)
    }
    firm |= places_inside(linker, segs)  # "Sabha Medical Center" names Sabha (body_place)
    bare = _bare_places(linker, segs, seg_forms)  # "Tawergha, a town": the word is a name
    index = Antecedents(antecedents, rt.name_keys, rt.key_index)
    by_surname = Antecedents(surnames, rt.name_keys, rt.key_index) if surnames else None
    relative = relatives_of(linker, rt, segs)
    bearers = bearer_records(rt.normalizer, rt.standing)  # principal_first.py
    linked = linked_ids(segs)  # normx.resolve.tied_document
    out: list[tuple[Seg, Any, dict]] = []
    relative.settled = out  # the links made so far (relative_by_given.py)
    heads_used: History = {}
    subject = headline_ids(linker.text, antecedents, lambda a: _start(linker, segs, a))
    settled = Settled(antecedents, out, linker, rt, segs)  # settled_antecedents.py
    for pos, seg in enumerate(segs):
        evidence: dict[str, Any] = {}
        cand = seg.cand
        if seg.context:
            evidence["context"] = list(seg.context)
        if seg.extra:  # most segments have none
            evidence.update((k, v) for k, v in seg.extra.items() if not k.startswith("_"))
        if cand is not None and place_body_kind.said_a_kind(linker, rt, seg, cand):
            cand = None  # "Medical Center": any town's, not Benghazi's (place_body_kind)
        if cand is not None and pos in kind_only:
            cand = None  # "Holding Company": no aviation said (unsaid_field)
        shared = seg.extra.get(BORROWED)
        if cand is None and shared is not None and _shared_designator(linker, rt, seg, shared):
            cand = shared  # "the Sharara and El-Feel fields": each name with its designator
        # a whole bare word the matcher linked only approximately: a person named in full may
        # outrank the link (see _approximate_word); so may the surname of a person named in
        # full, or the last word of an unknown name, over a place or body spelled exactly
        # (see _surname_shaped)
        loose = not seg.partial and _approximate_word(seg_forms[pos], cand)
        surname = not seg.partial and not loose and _surname_shaped(seg_forms[pos], cand)
        # a person spelled exactly by the last word of an unknown name written before it
        # ("Halima Abdel Rahman ... Abdel Rahman added"): read as a surname
        # (unknown_person_short.py)
        if not (loose or surname) and unknown_last and cand is not None and cand.type == "PER":
            said = linker.core_words(seg.first, seg.last)
            at_unknown = unknown_last.get(said[0].form) if len(said) == 1 else None
            surname = person_after_unknown(seg_forms[pos], cand, seg.partial, at_unknown, pos)
        if armies.ARMY_OF in seg.extra:  # "the Egyptian army"
            army = armies.army_of(seg.extra[armies.ARMY_OF], linker.decisions.match, bare=True)
            if army is not None:
                a, query = army
                cand = Candidate(a.id, a.name, a.type, a.score, a.matched, armies.METHOD, {})
                evidence["linked_as"] = query
        elif seg.generic and linker.forms[seg.first] in rt.lex.titles:  # "the Marshal"
            ante = find_titled(
                antecedents,
                pos,
                linker.tokens[seg.first].start,
                linker.forms[seg.first],
                lambda a: segs[a.position].context,
                lambda a: linker.tokens[segs[a.position].first].start,
            )
            if ante is not None:
                tok = linker.tokens[segs[ante.position].first]
                evidence["antecedent"] = {"text": ante.surface, "start": tok.start}
                a = ante.cand
                cand = Candidate(a.id, a.name, a.type, a.score, a.matched, "coref", {})
        elif seg.generic and (titled := ministry_of_title(linker, rt, segs, pos)) is not None:
            cand = titled  # "The Minister of Health ... the Ministry" (minister_ministry.py)
        elif seg.generic:  # "The Chamber": the body just named whose Arabic name it glosses
            found = _generic_body(linker, rt, segs, settled.before(pos), pos)
            glosses = rt.generic_glosses(linker.forms[seg.first])  # normx.resolve.bare_head
            topic = subject_of(linker, segs, pos, found, subject)  # headline_subject.py
            found = settled_head(
                heads_used,
                glosses,
                found,
                antecedents,
                pos,
                topic,
                partial(_in_sentence, linker, segs, pos),
            )
            blocked = antecedent_unlinked(found, out)  # an unknown body (unlinked_antecedent.py)
            # the noun's own word names an unknown body nearer (nearer_unknown_body.py)
            blocked = blocked or unknown_body_between(linker, segs, out, pos, found)
            if not blocked:
                found = headline_body(linker, segs, pos, found, antecedents)  # the subject's
                found = found or bare_noun_before(linker, rt, segs, out, pos)  # said so before
            else:
                found = None
            if found is not None:
                ante, gloss = found
                tok = linker.tokens[segs[ante.position].first]
                evidence["antecedent"] = {"text": ante.surface, "start": tok.start}
                if gloss:
                    evidence["gloss"] = " ".join(gloss)
                a = ante.cand
                cand = Candidate(a.id, a.name, a.type, a.score, a.matched, "coref", {})
            else:  # "the Parliament": a gloss that is one body's whole name (gloss_named.py)
                cand = gloss_named_body(rt, linker.forms[seg.first], glosses, linked)
            if cand is None and not blocked:  # the one body written with the noun (sole_head)
                sole = sole_head_body(linker, out, seg)
                if sole is not None and _headed_rival_in_paragraph(linker, rt, out, seg, sole[0]):
                    sole = None  # another body the noun's Arabic head opens, just named
                if sole is not None:
                    a, named = sole
                    tok = linker.tokens[named.first]
                    evidence["antecedent"] = {
                        "text": linker.surface(named.first, named.last),
                        "start": tok.start,
                    }
                    cand = Candidate(a.id, a.name, a.type, a.score, a.matched, "coref", {})
        elif (cand is None or seg.partial or loose or surname) and not seg.phrase:
            forms = seg_forms[pos]
            ante = None
            # a lone letter ("U" of "U.N.") is an initial, which any name word may open; an
            # acronym ("OCHA") is read by its letters, not as a word of a name (Issa)
            surface = linker.surface(seg.first, seg.last)
            if forms and max(map(len, forms)) > 1 and not acronym_shaped(surface):
                lex = rt.lex
                body = linker.tokens[seg.last].form in lex.body_heads
                headed = body or linker.tokens[seg.last].form in lex.unit_heads
                nxt = following_head(linker, rt, seg.last)
                headed = headed or nxt is not None
                # a bare word ("Jufrah") is no mention of a body whose name contains it; with
                # "the" before it ("the Crescent") it may be
                definite = headed or _definite(linker, seg)
                types = _ORG if body else None if definite else _PER_LOC
                if types is None and nxt is not None and _facility_head(linker, rt, nxt):
                    types = _ORG_LOC  # "Mitiga airport" is no person (Maiteeq)
                if loose or surname:
                    # a word the matcher did link, loosely: only a person named in full
                    # outranks it (a surname); a place's look-alike does not (Zuara/Ain Zara)
                    types = _PER
                types = antecedent_types(seg.extra, types)  # "The minister X" (titled_person)
                ante = None
                if cand is None and len(seg.ambiguous) > 1:
                    close = tuple(c for c in seg.ambiguous if types is None or c.type in types)
                    ante = _among_candidates(index, antecedents, pos, forms, close)
                    query = seg_query[pos]
                    ante = written_namesake(index, pos, query, ante)
                    ante = latest_written(index, pos, query, ante)
                    ante = principal_namesake(index, pos, query, ante, relative)
                    ante = principal_first(index, pos, query, ante, relative, bearers)
                    ante = named_before(index, pos, query, ante)  # the Crescent
                    ante = ante or named_in_document(antecedents, pos, close)  # Tarabulus
                headed_forms = both[pos][1]
                if ante is None and len(headed_forms) > len(forms):  # "National Army"
                    ante = index.find(pos, query_tokens(headed_forms), types=types)
                if ante is None:
                    query = seg_query[pos]
                    ante = written_namesake(index, pos, query, index.find(pos, query, types))
                    ante = latest_written(index, pos, query, ante)  # "Kadhafi": the father
                    ante = principal_namesake(index, pos, query, ante, relative)
                    ante = principal_first(index, pos, query, ante, relative, bearers)  # "Hifter"
                if ante is None and cand is None and types != _ORG:
                    abd = with_abd(forms, rt.core_words)  # "Abdel Fattah Ghaffar"
                    ante = index.find(pos, abd, types=_PER) if abd is not None else None
                if (
                    (loose or surname)
                    and ante is not None
                    and not _explains(ante, forms[0], cand, index, vowels=surname)
                    and not (loose and surname_over_lookalike(ante, forms[0], cand, firm))
                    and not (loose and surname_in_arabic(ante, cand, firm, rt.arabic_names))
                ):
                    ante = None  # the gazetteer's name is the closer spelling: it stands
                if surname and ante is not None and named_of_place(forms[0], _names_of(ante)):
                    ante = None  # "Belgium", not "Laurent of Belgium" (of_designation.py)
                if loose and ante is None and cand is not None and cand.type != "PER":
                    ante = _document_entity(index, pos, forms[0], cand)
                if ante is None and cand is None and by_surname is not None and len(forms) == 1:
                    # a variant of a surname the document linked to a person ("Al-Dbeiba"
                    # after "Dbeibah"): the same person
                    ante = by_surname.find(pos, seg_query[pos], types=_PER)
                # "Al-Ahly" after "Al-Ahly Benghazi": a body said short (article_short.py),
                # also over a look-alike of the word ("Al-Madar" ~ Masdar)
                alike = loose and cand is not None and cand.type != "PER"
                # "the port of Al-Zuwaytina": the town, not the firm said short (place_noun_of)
                if ante is None and not after_place_noun(
                    linker.text, linker.tokens[seg.first].start
                ):
                    ante = glued_short(
                        linker.tokens,
                        seg,
                        None if alike else cand,
                        antecedents,
                        pos,
                        forms,
                        lookalike=alike,
                    )
                unknown = None
                if cand is None and ante is not None and ante.position > pos and unknown_last:
                    # a word of a name the document wrote in full before, which no gazetteer
                    # holds ("the mayor Miftah Hamadi" ... "Hamadi recalled"), is that unknown
                    # name again: not a person the document names only later, whom the word
                    # resembles ("Sheikh Ahmed Zarruq", session 24, h-v41fix24)
                    said = linker.core_words(seg.first, seg.last)
                    earlier = _unknown_at(unknown_last, said)
                    if earlier is not None and earlier < pos:
                        ante = None
                        tok = linker.tokens[segs[earlier].first]
                        evidence["antecedent"] = {
                            "text": linker.surface(segs[earlier].first, segs[earlier].last),
                            "start": tok.start,
                        }
                if ante is not None and ante.position < pos and unknown_last:
                    # "Awbari" ... "Abdul Rahman Al-Awbari" ... "Al-Awbari": the nisba with
                    # its article is the unknown name between them (nisba_article.py)
                    said = linker.core_words(seg.first, seg.last)
                    earlier = _unknown_at(unknown_last, said)
                    if (
                        earlier is not None
                        and ante.cand.type == "LOC"  # the town, not a person named in full
                        and ante.position < earlier < pos
                        and not placed(linker.text, linker.tokens[seg.first].start, cand)
                        and nisba_of_unknown(
                            surface,
                            linker.surface(segs[earlier].first, segs[earlier].last),
                            ante.surface,
                        )
                    ):
                        ante, cand = None, None
                        tok = linker.tokens[segs[earlier].first]
                        evidence["antecedent"] = {
                            "text": linker.surface(segs[earlier].first, segs[earlier].last),
                            "start": tok.start,
                        }
                if (loose or surname or seg.partial) and ante is None and unknown_last:
                    said = linker.core_words(seg.first, seg.last)
                    unknown = _unknown_at(unknown_last, said)
                at = linker.tokens[seg.first].start  # "in Benghazi": the place (locative.py)
                if place_named_first(segs, seg_forms, pos, unknown, cand):
                    unknown = None  # "the station of Ubari" before "Salah Al-Ubari"
                if unknown is not None and unknown < pos and not placed(linker.text, at, cand):
                    # the last word of a name the document wrote in full and no gazetteer
                    # holds ("Abdel Moneim Al-Ghaithi" ... "Al-Ghaithi"): that unknown name
                    # again, not a look-alike the matcher reached by one word
                    tok = linker.tokens[segs[unknown].first]
                    evidence["antecedent"] = {
                        "text": linker.surface(segs[unknown].first, segs[unknown].last),
                        "start": tok.start,
                    }
                    cand = None
            ante = settle_body(index, pos, seg_query[pos], ante, seg.cand)  # two bodies
            ante = headed_by_word(index, pos, forms, ante)  # "the River" (head_word.py)
            if modifier_unsaid(linker, rt, seg, forms, ante, index):  # head_modifier.py
                ante = None  # "Islamic Bank" is no antecedent Sahara Bank
            ante = None if plural_not_person(ante, forms) else ante  # "Gaddadfa" (peoples.py)
            if kind_before_body(forms, ante, pos, rt.lex.body_heads):  # kind_ahead.py
                ante = None  # "the Fonds ..." before "Fonds de développement ..."
            ante = None if month_phrase(ante, forms, linker, seg) else ante  # "month of Ramadan"
            ante = None if nasab_not_antecedent(surface, ante) else ante  # "Ben Khalifa"
            ante = None if field_named_later(ante, forms, pos) else ante  # "the Culture"
            if ante is not None and cand is None and _described_only(rt, forms, ante.cand):
                ante = None  # "Oil Minister ...": no short form of the Sharara oil field
            if ante is not None and region_not_facility(
                forms, ante.cand, rt.english_words(ante.cand.id), rt.lex.facility_heads
            ):
                ante = None  # "Brak Al-Shati" after "Brak Al-Shati Base": the town
            if ante is not None:
                tok = linker.tokens[segs[ante.position].first]
                evidence["antecedent"] = {"text": ante.surface, "start": tok.start}
                if cand is None or cand.id != ante.cand.id:
                    a = ante.cand
                    cand = Candidate(a.id, a.name, a.type, a.score, a.matched, "coref", {})
            elif seg.ambiguous and cand is None:
                described = partial(_described_only, rt, forms)  # "Gas": no Waha gas field
                cand = linked_elsewhere(seg.ambiguous, linked, forms, described)  # "Debdab"
                cand = cand or said_namesake(linker.text, rt.normalizer.by_id, seg.ambiguous)
                cand = cand or qualified_among_strangers(  # normx.resolve.qualified_body
                    linker.text, rt.normalizer.by_id, seg.ambiguous
                )
                if cand is None:  # "Al-Ittihad" in a text that says Tripoli, not Jeddah
                    generic = generic_words(rt.lex)
                    lower = lowercase_words(linker.text)
                    surface = linker.surface(seg.first, seg.last)
                    cand = said_by_words(
                        linker.text,
                        seg.ambiguous,
                        surface,
                        set(forms),
                        generic,
                        lower,
                        linked_place_names(rt.normalizer.by_id, linked),
                    )
                if cand is None:  # "Egypt's Al Ahly": the club seated in Cairo (seat_country)
                    cand = seated_in_country(
                        linker.text,
                        linker.tokens[seg.first].start,
                        linker.surface(seg.first, seg.last),
                        seg.context,
                        rt.normalizer.by_id,
                        seg.ambiguous,
                    )
                if cand is None:  # "Zlitan": Zliten, not Zulten (key_rival), the last word
                    cand = key_rival_of(seg)
                    if cand is not None:
                        evidence["key_rivals"] = [c.id for c in seg.ambiguous if c.id != cand.id]
                if cand is None:  # "Martyrs' Square" in a text that says Tripoli, not Beirut
                    evidence["candidates"] = [c.id for c in seg.ambiguous]
        chance = loose and cand is seg.cand and cand is not None and cand.id not in firm
        if chance and (
            (
                _capital_says_nothing(linker, rt, seg, cand)
                and not written_inside(linker, segs, pos, cand.id)
            )
            or (
                definite_lookalike(
                    linker.text,
                    linker.tokens[seg.first].start,
                    linker.tokens[seg.last].end,
                    cand,
                    _place_end(linker, out),
                )
                and (tuple(seg_forms[pos]), cand.id) not in bare
            )
        ):
            cand = None  # "None" ~ Nono; "the Karama" ~ Germa; "his son Saadi" ~ Saddi
        if (
            cand is seg.cand
            and cand is not None
            and cand.id not in firm
            and _approximate_word(seg_forms[pos], cand)
            and article_unsaid(linker.core_words(seg.first, seg.last), rt.name_words(cand.id))
        ):
            cand = None  # "Al-Sabri" ~ Ali Sabri, "Al-Marisa" ~ America: another name
        if (
            cand is seg.cand
            and cand is not None
            and cand.type == "PER"
            and cand.method in _LIKENESS
            and person_article_unsaid(
                linker.core_words(seg.first, seg.last), rt.name_words(cand.id)
            )
        ):
            cand = None  # "Tariq Al-Matar" ~ Tarek Mitri (طارق متري): another family
        if cand is not None and name_head_place(linker, segs, pos, cand, firm):
            cand = None  # "Hana al-Fituri": a given name, not the village Hanna (name_head_place)
        before_linked = bool(out) and out[-1][1] is not None
        if cand is not None and name_tail_place(linker, segs, pos, cand, before_linked):
            cand = None  # "Seif al-Nasr": a word of an unknown name, not the village Nasr
        if cand is not None and part_of_quoted_name(linker, seg, cand):
            cand = None  # "... of Derna and the Affected Cities": a word of it (quoted_name)
        if opening_part(linker, seg, cand, seg_forms[pos], linked):
            cand = None  # "Aid groups say": one word of a long name (opening_part)
        if facility_complement(linker, seg, cand):
            cand = named_facility(linker, rt, seg, cand)  # "le barrage de Derna": the dam's
        if names_a_family(linker, seg, cand, seg_forms[pos]):
            cand = None  # "the Haftar clan": the family, none of its members (family_group)
        if cand is not None and _of_a_kin_group(linker, rt, seg, cand):
            cand = None  # "the Zuwayya tribe": the people, not the place Azwaiya
        if cand is not None and cand.type == "LOC" and _place_adjective(linker, rt, seg, cand):
            cand = None  # "the Zintani commanders", "the North African nation"
        if cand is not None and _place_of_a_facility(linker, rt, seg, cand):
            cand = None  # "the Tarhuna hospital": the pipeline may still match the facility
        if cand is not None and other_kind(linker, rt, seg, cand, seg_forms[pos]):
            cand = None  # "the Al-Dahra area": the district, not Dahra Airport (said_kind)
        if cand is not None and unsaid_qualifier(
            linker.text, rt.normalizer.by_id.get(cand.id), cand
        ):
            cand = None  # "Martyrs' Square" in a text that never says Beirut
        # the words before are read (a regex search) only for a lone month's name, the one
        # case month_not_place looks at them: most segments are not one
        if (
            cand is not None
            and len(seg_forms[pos]) == 1
            and seg_forms[pos][0] in hijri_months()
            and month_not_place(
                seg_forms[pos], cand, words_before(linker.text, linker.tokens[seg.first].start)
            )
        ):
            cand = None  # "on the eve of Ramadan": the month, not a village Ramadan
        if cand is not None and "matched" not in evidence:
            evidence["matched"] = cand.matched
        out.append((seg, cand, evidence))
    return out


def _described_only(rt: Runtime, forms: list[str], cand: Candidate) -> bool:
    """A lone word that the entity's English names hold only in lower case
    (:mod:`normx.resolve.descriptor_word`)."""
    record = rt.normalizer.by_id.get(cand.id)
    if len(forms) != 1 or record is None:
        return False
    return descriptor_only(forms[0], cand.type, record.names("en"))


_APPOSED = re.compile(r",[ \t]+(?:a|an|the)[ \t]+(?:[a-z-]+[ \t]+){0,2}?([a-z]+)\b")


def _bare_places(
    linker: SpanLinker, segs: Sequence[Seg], seg_forms: Sequence[Sequence[str]]
) -> set[tuple[tuple[str, ...], str]]:
    """The words and places of the segments linked to a place, with no "the" before them, that
    the text calls a place by a noun of place in apposition ("Tawergha, a town of some 40,000").

    A loose spelling after "the" is no mention of a place the document names nowhere else
    (:func:`~normx.resolve.definite_lookalike.definite_lookalike`). When the document writes
    the same word bare for the same place and says it is a town, it names the place by that
    word, and "the Tawergha talks" is the town too (articles-v45, session 25). A bare
    occurrence alone is not enough: it may be a chance likeness itself (under 40,000
    distractors "in Maitika", the prison, ~ a synthetic village; a headline's "NGOs")."""
    text, tokens = linker.text, linker.tokens
    nouns = place_nouns()
    out: set[tuple[tuple[str, ...], str]] = set()
    for pos, seg in enumerate(segs):
        cand = seg.cand
        if cand is None or cand.type != "LOC":
            continue
        start, end = tokens[seg.first].start, tokens[seg.last].end
        if text[max(0, start - 4) : start].lower() == "the ":
            continue
        apposed = _APPOSED.match(text, end)
        if apposed is not None and apposed.group(1) in nouns:
            out.add((tuple(seg_forms[pos]), cand.id))
    return out


def _place_end(linker: SpanLinker, out: list[tuple[Seg, Any, dict]]) -> int | None:
    """Where the last segment resolved so far ends, if it is a place."""
    if not out or out[-1][1] is None or out[-1][1].type != "LOC":
        return None
    return linker.tokens[out[-1][0].last].end


def _capital_says_nothing(linker: SpanLinker, rt: Runtime, seg: Seg, cand: Candidate) -> bool:
    """A bare word opening a sentence, or a function word ("On", "No"), that only resembles a
    place's or body's name the document names nowhere else: its capital says nothing, and in a
    gazetteer of thousands of villages an English word ("None" ~ Nono, "On" ~ Awn) nearly always
    resembles one. A gazetteer name spelled out still links, and so does a place the document
    also names elsewhere ("Sebha ..." after "in Sabha"). Persons are not judged so: a surname
    opens sentences ("Erdogan said"); nor are acronyms."""
    if cand.type == "PER" or acronym_shaped(linker.surface(seg.first, seg.last)):
        return False  # "UN envoy ...": an acronym is read by its letters, not as a word
    tok = linker.tokens[seg.first]
    return tok.sent_start or tok.form in rt.lex.stopwords


def _facility_head(linker: SpanLinker, rt: Runtime, t: int) -> bool:
    return linker.tokens[t].form in rt.lex.facility_heads


def _place_of_a_facility(linker: SpanLinker, rt: Runtime, seg: Seg, cand: Candidate) -> bool:
    """A place followed by a lower-case body head noun its names lack ("the Jufra airbase")
    may name a facility or body there rather than the place, as a capitalised head does
    (:func:`~normx.resolve.body_names.named_for`). When the words with the head come close to
    a record without naming it cleanly, the segment is an unknown name, which the pipeline
    matches again with the head (a facility whose names hold it links: "Jufra base" is the Al
    Jufra Air Base). When they name nothing at all ("a Tripoli court", "the Misrata
    hospital", "the Tripoli government"), the place stays: annotators and readers take the
    word as the place (measured over the eight article sets: +6 right links, 2 wrong where a
    set's gold wanted the body or a nil facility). When the words with the head name a body
    or a place with that head cleanly ("Tobruk parliament", the House of Representatives),
    the place stays too, for the pipeline to extend it to that body as before. Unit heads
    ("Misrata forces") keep the place: fighters from there."""
    if cand.type != "LOC" or seg.phrase:
        return False
    nxt = following_head(linker, rt, seg.last, glued=False)  # "the Sidi Barani air base"
    if nxt is None:
        return False
    head = linker.tokens[nxt].form
    if head in rt.lex.unit_heads or head not in rt.lex.body_heads:
        return False
    if _own_english_word(rt, cand.id, head):
        return False
    tokens = linker.tokens
    phrase = linker.text[tokens[seg.first].start : tokens[nxt].end]
    found = linker.decisions.match(phrase, False)  # the pipeline asks the same query next
    if not found or found[0].score < NO_MATCH_THRESHOLD:
        return False  # "a Tripoli court", "the Misrata hospital": the place, named as such
    if found[0].type == "PER":
        return True
    best = found[0]
    if not is_clean(best) or any(c.score >= best.score - 0.05 for c in found[1:]):
        return True
    return best.type != "ORG" and not _own_english_word(rt, best.id, head)


def _definite(linker: SpanLinker, seg: Seg) -> bool:
    """A capitalised word after "the" ("the teams of the Crescent"): a body's name said short,
    as "Jufrah" alone is not; "the Al-Azhar" too (normx.resolve.article_word)."""
    tok = linker.tokens[seg.first]
    before = linker.text[max(0, tok.start - 4) : tok.start]
    one = seg.first == seg.last or definite_article_word(linker.tokens, seg.first, seg.last)
    return one and tok.cap and before.lower() == "the "


def _approximate_word(forms: list[str], cand: Candidate | None) -> bool:
    """A bare word the matcher reached only approximately: the document's own full names come
    first ("Akar" after "Hulusi Akar" is the minister, not the village Aqar)."""
    return cand is not None and len(forms) == 1 and cand.method not in ("exact", "normalised")


def _among_candidates(
    index: Antecedents,
    antecedents: list[Antecedent],
    pos: int,
    forms: list[str],
    ambiguous: tuple[Candidate, ...],
) -> Antecedent | None:
    """The nearest antecedent (earlier first) that is one of the entities a name was too close
    to call between: "Darnah", between Derna and the village Daryanah, after "Derna" and "Wadi
    Darna" is Derna, though "Wadi Darna" is nearer and holds the word too. The document
    settles which of the close candidates it means; a longer name that holds the word is none
    of them. The caller passes only the candidates of the types the word may name (a bare
    "Oil" names no body)."""
    ids = {c.id for c in ambiguous}
    query = query_tokens(forms)
    before: Antecedent | None = None
    after: Antecedent | None = None
    for a in antecedents:
        if a.cand.id not in ids or not covers(query, tuple(index.words.get(a.cand.id, ()))):
            continue
        if a.position < pos:
            before = a  # antecedents come in document order: the last one is the nearest
        elif a.position > pos and after is None:
            after = a
    return before or after


def _names_of(ante: Antecedent) -> tuple[str, ...]:
    """The names an antecedent goes by: as the document wrote it and as the gazetteer does."""
    return (ante.surface, ante.cand.name, ante.cand.matched)


def _surname_shaped(forms: list[str], cand: Candidate | None) -> bool:
    """A bare word that spells a place's or body's whole name ("Al-Koni" ~ the village Koni,
    "Salame" ~ Salam): in a large gazetteer many surnames are also some village's name, and
    when the document named a person in full with that word ("Musa al-Koni"), or wrote it
    last in a name no gazetteer holds, the word is that person again. Only a person's word
    spelled the same way outranks the exact name (:func:`_explains` at score 1)."""
    return (
        cand is not None
        and len(forms) == 1
        and cand.type != "PER"
        and cand.method in ("exact", "normalised")
    )


DOCUMENT_MARGIN = 0.05
"""How much closer a look-alike's name may be to a bare word than a word of an entity the
document names elsewhere, for the document's entity to stand (see :func:`_document_entity`)."""


def _document_entity(index: Antecedents, pos: int, form: str, cand: Candidate) -> Antecedent | None:
    """The entity the document names elsewhere that a bare word loosely linked to a place or
    body it names nowhere else is closest to, if its words are about as close as the link's
    name: "Fazan" beside "Fezzan" is Fezzan (0.94), not the village Fawzan (0.95). A large
    gazetteer holds a near look-alike of most words; one sense per document holds better than
    a difference of a letter. The document must have named the entity by one word itself
    ("Fezzan", not "Wadi Darna" for "Darnah"), and persons are :func:`_explains`'s."""
    ante = index.find(pos, query_tokens([form]), types=_ORG_LOC)
    if ante is None or ante.cand.id == cand.id or len(ante.surface_words) != 1:
        return None  # "Darnah" beside "Wadi Darna" is Derna: a word of a name is no name
    score = cand.score + (CROSS_SCRIPT_LIFT if cand.method == "cross-script" else 0.0)
    (tok,) = query_tokens([form])
    (said,) = ante.surface_words
    best = token_similarity(tok, said, cross_script=False)[0]
    return ante if best >= score - DOCUMENT_MARGIN else None


CROSS_SCRIPT_LIFT = 0.09
"""Cross-script scores run lower than same-script ones that are right as often (by up to this
much for places: ``benchmarks/eval/calibrate.py``); comparisons across the two lift them."""


def _explains(
    ante: Antecedent,
    form: str,
    cand: Candidate,
    index: Antecedents | None = None,
    *,
    vowels: bool = False,
) -> bool:
    """True if a word the document wrote for *ante*, or a word of its gazetteer names (Latin
    script), is as close to *form* as the gazetteer's name: "Akar" after "Hulusi Akar" (1.0
    against the village Aqar's 0.96), "Saeid" after "Kais Saied" (0.97 against Sayyad's 0.88),
    "Al-Koni" after "Moussa Al-Kouni" (Musa al-Koni: 1.0 against the village Koni's 1.0), but
    not "Tarablus" after "Imad Trabelsi" (0.89 against Tripoli's Arabic name, 0.84 across
    scripts). With *vowels* (a bare word spelling a place's whole name, :func:`_surname_shaped`)
    a word the document wrote for the person with the same consonants, its vowels aside, is as
    close: "Al-Serraj" after "Fayez Al-Sarraj" is he, not the village whose OSM name is "Al
    Serraj" (both render السراج; an English text varies the short vowels of one name, and the
    person it named outranks a village it never did)."""
    score = cand.score + (CROSS_SCRIPT_LIFT if cand.method == "cross-script" else 0.0)
    (tok,) = query_tokens([form])
    if vowels and any(_vowel_variant(tok, word) for word in ante.surface_words):
        return True
    words = list(ante.surface_words)
    if index is not None:
        words += [w for w, cross in index.words.get(ante.cand.id, ()) if not cross]
    return any(token_similarity(tok, word, cross_script=False)[0] >= score for word in words)


VOWEL_VARIANT = 0.95
"""How close a same-consonant word must be to count as the same name with other short vowels
(a consonant key in common; "Serraj"/"Sarraj" 0.95, "Koni"/"Kouni" 0.97; see
:func:`_explains`)."""


def _vowel_variant(tok: NameToken, word: NameToken) -> bool:
    """Whether *word* spells *tok*'s consonants (its key), article and all, with other vowels
    only."""
    if tok.key != word.key or tok.article != word.article or nisba_apart(tok.form, word.form):
        return False  # "Tarabulus" is no "Tarabulsi" with other vowels (nisba.py)
    return token_similarity(tok, word, cross_script=False)[0] >= VOWEL_VARIANT


def _start(linker: SpanLinker, segs: list[Seg], ante: Antecedent) -> int:
    return linker.tokens[segs[ante.position].first].start


def _in_sentence(linker: SpanLinker, segs: list[Seg], pos: int, ante: Antecedent) -> bool:
    """*ante* was named in the sentence of segment *pos*, before it."""
    tokens = linker.tokens
    return not any(t.sent_start for t in tokens[segs[ante.position].last + 1 : segs[pos].first + 1])


def _generic_body(
    linker: SpanLinker,
    rt: Runtime,
    segs: list[Seg],
    antecedents: list[Antecedent],
    pos: int,
) -> tuple[Antecedent, tuple[str, ...]] | None:
    """The organisation a generic noun segment refers to (:mod:`normx.resolve.generic`)."""
    tok = linker.tokens[segs[pos].first]
    glosses = rt.generic_glosses(tok.form)
    if not glosses:
        return None
    noun = tok.form

    def says_noun(ante: Antecedent) -> bool:
        return (
            _own_english_word(rt, ante.cand.id, noun)
            or written_for(noun, ante)
            or firm_said(noun, rt.english_words(ante.cand.id))  # "the Company": firm_noun.py
        )

    def same_paragraph(ante: Antecedent) -> bool:
        return "\n" not in linker.text[linker.tokens[segs[ante.position].last].end : tok.start]

    def find(says: Callable[[Antecedent], bool]) -> Found | None:
        return find_body(
            antecedents,
            pos,
            tok.start,
            glosses,
            rt.arabic_names,
            lambda a: linker.tokens[segs[a.position].first].start,
            says,
            partial(_in_sentence, linker, segs, pos),
            same_paragraph,
            own_word=noun in default_french_names().only_french,  # "la Caisse" (own_head.py)
        )

    found = find_written_first(noun, find, says_noun)  # written_noun.py
    return said_only(noun, found, says_noun)  # "the House" (english_head.py)


def _headed_rival_in_paragraph(
    linker: SpanLinker, rt: Runtime, out: list[tuple[Seg, Any, dict]], seg: Seg, body: Candidate
) -> bool:
    """Another organisation than *body*, linked in the paragraph of generic noun *seg* before
    it, whose Arabic name a gloss of the noun opens (the House of Representatives, مجلس
    النواب, for "the Council"): the Arabic text may have meant either (session 17's reading,
    :mod:`normx.resolve.generic`), so :mod:`normx.resolve.sole_head` does not choose."""
    glosses = rt.generic_glosses(linker.forms[seg.first])
    start = linker.tokens[seg.first].start
    for before, cand, _ in reversed(out):
        if cand is None or cand.type != "ORG" or cand.id == body.id:
            continue
        if "\n" in linker.text[linker.tokens[before.last].end : start]:
            break
        if starts_with_gloss(rt.arabic_names(cand.id), glosses) is not None:
            return True
    return False


def _place_adjective(linker: SpanLinker, rt: Runtime, seg: Seg, cand: Candidate) -> bool:
    """The segment is an adjective of the place it linked to (:mod:`place_adjective`)."""
    if seg.phrase or seg.generic:
        return False
    words = tuple(linker.forms[seg.first : seg.last + 1])
    return adjective_of_place(words, cand.method, rt.lex.demonyms, rt.english_words(cand.id))


def _own_english_word(rt: Runtime, record_id: str, form: str) -> bool:
    return form in rt.english_words(record_id)


def following_head(linker: SpanLinker, rt: Runtime, last: int, *, glued: bool = True) -> int | None:
    """The index of a lower-case head noun right after token *last* ("Accord forces"); a head
    written as two words that English also glues into one ("air base", airbase: data
    ``compounds`` of ``generic_words.yaml``) ends at its second word ("the Al-Wattiya air
    base"); *glued* False reads one-word heads only."""
    tokens = linker.tokens
    nxt = last + 1
    if nxt >= len(tokens) or tokens[last].possessive:
        return None
    t = tokens[nxt]
    if t.cap or not t.joined or t.sent_start:
        return None
    lex = rt.lex
    if t.form in lex.body_heads or t.form in lex.unit_heads:
        return nxt
    if glued and nxt + 1 < len(tokens):
        u = tokens[nxt + 1]
        word = t.form + u.form
        if (
            not (u.cap or u.sent_start)
            and (word in lex.body_heads or word in lex.unit_heads)
            and compound_parts(word) == (t.form, u.form)
        ):
            return nxt + 1
    return None


def _of_a_kin_group(linker: SpanLinker, rt: Runtime, seg: Seg, cand: Candidate) -> bool:
    """A place name followed by a lower-case noun of a descent group ("the Zuwayya tribe")
    names the people, not a place of that name (data: ``kin`` of ``heads.yaml``)."""
    if cand.type != "LOC" or seg.phrase or linker.tokens[seg.last].possessive:
        return False
    return lower_word_after(linker.text, linker.tokens[seg.last].end) in kin_words()


# names coordinated after a segment ("and El-Feel", ", Hariga and Zueitina"), then the next word
_AFTER_COORDINATED = re.compile(
    r"((?:\s*(?:,|and|,\s*and)\s+[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*)*)*)[ \t]+([a-z]+)\b"
)


def _shared_designator(linker: SpanLinker, rt: Runtime, seg: Seg, cand: Candidate) -> bool:
    """A lone word unlinked as borrowed from a place's name (:func:`~normx.resolve.one_name.
    borrowed_word`) that is one of names coordinated before a lower-case designator they share
    ("the southern Sharara and El-Feel fields"): the designator, a word of the place's own
    name ("Sharara oil field"), said once for all, says the word is that place. Designators
    are the data's head, feature, administrative and compound words
    (:func:`~normx.resolve.designators.designator_words`); a plural counts as its singular."""
    if cand.type == "PER":
        return False
    found = _AFTER_COORDINATED.match(linker.text, linker.tokens[seg.last].end)
    if found is None:
        return False
    word = found.group(2)
    forms = {word, word[:-1]} if word.endswith("s") else {word}
    forms &= designator_words()
    return bool(forms & rt.english_words(cand.id))
