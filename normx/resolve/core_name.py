"""A body or facility named by its own word alone, without the words that say its kind.

An airline, an airport, a club, a company, a news agency or a military operation has a name
made of a word of its own and a word of its kind: "Afriqiyah Airways" (الخطوط الجوية
الأفريقية), "Mitiga International Airport" (مطار معيتيقة الدولي), "Al-Akhdar SC" (نادي
الأخضر), "Agenzia Nova" (وكالة نوفا). News writes it by its own word ("the Afriqiyah and
Libyan Arab Airlines companies", "the teams of Al-Akhdar", "the news agency Nova", "l'aéroport
de Mitiga") as it writes a man by his family name. The matcher scores one word of a longer
name by likeness, below the threshold (0.78 at best, spelled exactly), so the word went
unlinked in nine sets; yet when the rest of the record's name is only kind words
(``data/kind_words.yaml``, English and Arabic) the word is the whole of what names it.

So an unlinked name of one word not opening its sentence (kind words beside it allowed) links
to the one candidate whose matched name, English or Arabic, is that word spelled alike
(:data:`PAIR_SIM`) plus kind words, when no other candidate is a person bearing the word or a
record whose whole name the word spells nearly as well (:data:`RIVAL_GAP`: "Otan", French for
NATO, is 0.90 like Waddan Airport's "Waddan" and 0.83 like the whole of "Butnan"): a bare place
name is the place, a family name the man. A word the document also writes inside an unknown
longer name ("the Maitika prison") is that name's, and a word a noun of settlement follows or
opens with "of" ("the Mitiga neighbourhood", :mod:`normx.resolve.facility_unsaid`; "the areas
of Al-Dahra") names the district, and one a head of another body or facility follows ("Maitika
port" against an airport's names) names that other thing.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Any

from normx.detect.lexicon import function_words
from normx.detect.tokens import lower_word_after, word_before
from normx.match.candidate import LATIN_LIKENESS_METHODS, Candidate
from normx.match.score import NO_MATCH_THRESHOLD
from normx.resolve.coref import spelled_alike
from normx.resolve.definite_lookalike import place_nouns
from normx.resolve.facility_unsaid import settlement_not_facility
from normx.resolve.kin_heads import named_with_kin
from normx.resolve.segment import DOCUMENT_LINK_KEYS, Resolved, linked_evidence
from normx.text.arabic import is_mostly_arabic
from normx.text.latin import fold
from normx.text.normalize import NameToken, analyse_name, core_tokens
from normx.text.resources import word_list, word_table

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime

PAIR_SIM = 0.9  # the text's word and the name's own word: one spelling, a vowel apart
RIVAL_SIM = 0.8  # a person or a whole name paired this close is a rival reading
RIVAL_GAP = 0.1  # ... unless the kind-named record spells the word this much better
MIN_LETTERS = 4  # shorter words are too easily some name's look-alike
# the English words for شركة, written after a firm's own word in translation ("the Pegasus
# company"): data/kind_words.yaml, firm
FIRM_WORDS = frozenset(word_list("normx.resolve", "kind_words.yaml", "firm"))
# the words that join a name's own word to its kind words ("Ghadames Company for Air
# Transport"), none a word of its own (connectors.yaml, function_word_sets: joins); firm_of
# reads them too, where "Company of X (for the Y)" ends the firm's own word
CONNECTORS = function_words("joins")
# the kind words of an airline's English name, which translation renders one for another
# ("Libyan Airways" for Libyan Airlines; :mod:`normx.resolve.demonym_body` reads them too):
# data/kind_words.yaml, airline
AIRLINE_WORDS = frozenset(word_list("normx.resolve", "kind_words.yaml", "airline"))
# the kind words of a business's own name: what a firm word in the text may stand for (an
# airport, a club, a palace is no company); data/kind_words.yaml, firm, airline, firm_other
FIRM_KINDS = (
    FIRM_WORDS | AIRLINE_WORDS | set(word_list("normx.resolve", "kind_words.yaml", "firm_other"))
)
# Source: hand-written; the words after a name's own word that make the text's name a business
# of that word (:func:`own_word_firm`): a firm's kind words but "group". A group is several
# firms, or no firm at all ("the Contact Group"): "the Berniq Group" is not Berniq Airways
# (session 23, h-review23a).
FIRM_SAID = FIRM_KINDS - {"group"}


@cache
def kind_forms() -> frozenset[str]:
    """The kind words as the matcher writes a name's words (folded; Arabic romanised)."""
    words = [
        *word_list("normx.resolve", "kind_words.yaml", "english"),
        *word_list("normx.resolve", "kind_words.yaml", "arabic"),
    ]
    forms: set[str] = set()
    for word in words:
        forms.update(t.form for t in core_tokens(analyse_name(str(word))))
        forms.add(fold(str(word)))
    return frozenset(forms)


def _pairs(cand: Candidate) -> list[dict[str, Any]]:
    pairs = cand.explain.get("pairs")
    return pairs if isinstance(pairs, list) else []


def _forms(cand: Candidate, key: str) -> list[str]:
    tokens = cand.explain.get(key)
    return [str(t.get("form")) for t in tokens] if isinstance(tokens, list) else []


def kind_named(cand: Candidate, kinds: frozenset[str], firm: bool = False) -> float | None:
    """How closely the query spells *cand*'s own word, when *cand*'s matched name is that word
    and kind words only (and the query's other words are kind words too); else None. A firm's
    word in the query, or *firm* (the text said one after the word asked), asks a business's
    kind words of the name."""
    pairs = _pairs(cand)
    names = _forms(cand, "matched_tokens")
    if not pairs or not names:
        return None
    sims = [float(p.get("sim", 0.0)) for p in pairs]
    if min(sims) < PAIR_SIM:
        return None
    paired_names = {str(p.get("name")) for p in pairs}
    paired_query = {str(p.get("query")) for p in pairs}
    if paired_names <= kinds:
        return None  # the text said only a kind word ("the Company")
    unpaired = [w for w in names if w not in paired_names]
    if not unpaired or any(w not in kinds for w in unpaired):
        return None  # the whole name (the matcher's own), or a word the text did not say
    query = _forms(cand, "query_tokens")
    if any(w not in paired_query and w not in kinds for w in query):
        return None
    if (firm or any(w in FIRM_WORDS for w in query)) and not any(w in FIRM_KINDS for w in unpaired):
        return None  # "Ghadames Company": a company, not the airport (session 23)
    return min(sims)


def unpaired_name_words(cand: Candidate) -> frozenset[str]:
    """The words of *cand*'s matched name that the query's words did not pair."""
    paired = {str(p.get("name")) for p in _pairs(cand)}
    return frozenset(w for w in _forms(cand, "matched_tokens") if w not in paired)


def settlement_of(text: str, start: int) -> bool:
    """A noun of settlement and "of" come right before offset *start* ("the areas of
    Al-Dahra", "the neighbourhood of Mitiga"): the words name a district or town."""
    if word_before(text, start) != "of":
        return False
    of_start = text.rfind("of", 0, start)
    before = word_before(text, of_start) if of_start >= 0 else None
    return before is not None and before.lower() in place_nouns()


def other_head_after(text: str, end: int, cand: Candidate, heads: frozenset[str]) -> bool:
    """A lower-case head of a body or facility follows offset *end* that *cand*'s matched name
    lacks ("Maitika port", "Maitika airbase" against Mitiga International Airport): the text
    names another thing of that word, not the record. A firm's word (:data:`FIRM_WORDS`: "the
    Turkish Pegasus company" for Pegasus Airlines) after a body's own word names no other
    thing: an airline, an oil operator or a holding is a company whatever its name's kind word
    (session 22, h-v36fix22)."""
    after = lower_word_after(text, end)
    if after is None or fold(after) not in heads:
        return False
    if cand.type == "ORG" and fold(after) in FIRM_WORDS:
        return False
    return fold(after) not in fold(cand.matched).replace("-", " ").split()


# French heads of facilities AFP copy writes, as their English head: data/kind_words.yaml,
# french_facility_heads
FRENCH_FACILITY_HEADS = word_table("normx.resolve", "kind_words.yaml", "french_facility_heads")
_HEAD_BEFORE = (  # the head right before "of", or with one adjective between (French)
    re.compile(r"(?<![^\W\d_])([^\W\d_]+)[ \t]+(?:of|de|du)[ \t]+$"),
    re.compile(r"(?<![^\W\d_])([^\W\d_]+)[ \t]+[^\W\d_]+[ \t]+(?:of|de|du)[ \t]+$"),
)


def other_head_before(text: str, start: int, cand: Candidate, heads: frozenset[str]) -> bool:
    """A facility's head and "of" (French "de", an adjective between allowed) come right
    before offset *start*, and *cand*'s matched name lacks that head and its kin ("the stadium
    of Tripoli International", "le stade international de Tripoli" against Tripoli
    International Airport): the text names a facility of another kind by the same words, as
    :func:`other_head_after` has it for a head after (session 23, h-v39b23)."""
    words = fold(cand.matched).replace("-", " ").split()
    for pattern in _HEAD_BEFORE:
        found = pattern.search(text, max(0, start - 60), start)
        if found is None:
            continue
        head = fold(found.group(1))
        head = FRENCH_FACILITY_HEADS.get(head, head)
        if head in heads:
            return head not in words and not named_with_kin(head, words)
    return False


def _rival(cand: Candidate, best: float, kinds: frozenset[str] = frozenset()) -> bool:
    """*cand* is another reading of the word: a person bearing it, or a record whose whole
    name it spells nearly as well as the kind-named record's word. Only the text's own words
    are compared: "Berniq Air" pairs Buraq Air's "Air" exactly, yet its own word is 0.74 like
    "Buraq", no reading of it (*kinds*: the kind words; session 23, h-first23). A person reached
    through his Arabic name alone and scored under :data:`NO_MATCH_THRESHOLD` bears no word of the
    text: among 40,000 records "Elysée" pairs the family name of one "Mohamed El-Elachi"
    (العشي) across scripts, 0.59 for the man, and that chance kept the Élysée Palace's own
    word unlinked (session 22)."""
    sims = [float(p.get("sim", 0.0)) for p in _pairs(cand) if str(p.get("query")) not in kinds]
    if not sims:
        return False
    if cand.type == "PER":
        if cand.score < NO_MATCH_THRESHOLD and is_mostly_arabic(cand.matched):
            return False
        return max(sims) >= PAIR_SIM
    names = _forms(cand, "matched_tokens")
    paired = {str(p.get("name")) for p in _pairs(cand)}
    whole = bool(names) and all(w in paired for w in names)
    return whole and max(sims) >= max(RIVAL_SIM, best - RIVAL_GAP)


def kind_named_one(cands: list[Candidate], firm: bool = False) -> Candidate | None:
    """The one candidate named by the word and kind words, if no other reading rivals it.
    With *firm* (the text said a firm's or an airline's word after the word) a place is no
    reading: "Tunisian Airways" is no Tunisia, "the Ghadames Company" no town."""
    kinds = kind_forms()
    found = [(c, s) for c in cands if (s := kind_named(c, kinds, firm)) is not None]
    if len({c.id for c, _ in found}) != 1:
        return None
    cand, best = found[0]
    if any(
        c.id != cand.id and not (firm and c.type == "LOC") and _rival(c, best, kinds) for c in cands
    ):
        return None
    return cand


def own_word_firm(
    linker: SpanLinker, rt: Runtime, first: int, last: int, kinds: frozenset[str]
) -> Candidate | None:
    """The kind-named business of a name that opens with its own word and goes on with a
    firm's word ("Ghadames Company for Air Transport", "the Buraq Company"), asked by the own
    word alone. Asked whole, the firm word pairs every "... Company" record of the gazetteer
    and the matcher's first candidates are those, so the airline never came up (three misses
    in articles-v36's first run; session 23, h-first23). The own word's candidates are read
    as :func:`kind_named_one` reads any; :func:`kind_named` keeps only a record whose kind
    words are a business's (:data:`FIRM_KINDS`), since the text said "company". "Group" after
    the word is no firm's word here (:data:`FIRM_SAID`)."""
    end = own_word_end(linker, first, last, kinds)
    if end is None:
        return None
    found = kind_named_one(rt.match(linker.surface(first, end)), firm=True)
    return found if found is not None and found.type == "ORG" else None


def own_word_end(linker: SpanLinker, first: int, last: int, kinds: frozenset[str]) -> int | None:
    """The last token of the own word that opens tokens *first* .. *last* when a firm's word
    follows it ("Ghadames | Company for Air Transport"): the token before the first one that
    holds a kind word (*kinds*), when that is not the first and a word of :data:`FIRM_SAID`
    comes at or after it; None otherwise. Shared by :func:`own_word_firm` and
    :mod:`normx.resolve.firm_of`."""
    k = first
    while k <= last and not any(w.form in kinds for w in linker.core_words(k, k)):
        k += 1
    if k == first or k > last:
        return None
    if not any(w.form in FIRM_SAID for w in linker.core_words(k, last)):
        return None
    return k - 1


def named_in_full(
    cands: list[Candidate],
    form: str,
    linked_words: frozenset[tuple[str, str]],
    linked_ids: frozenset[str],
) -> Candidate | None:
    """The one kind-named candidate of the word *form* whose name the document has already
    linked with that word in it ("Afriqiyah Airways" ... "Afriqiyah chairman Ahmed al-Mashri"),
    whatever other reading rivals it: among 40,000 records a look-alike whose whole name the
    word spells nearly as well (the cable "2Africa", 0.91) kept :func:`kind_named_one` from
    choosing, though the text itself had said which record the word is the own word of
    (session 30, h-v49fix). A person is no such record (a family name is read by coreference),
    and a rival the document links elsewhere (*linked_ids*) is a reading it uses: "Sebha" in a
    text that names both the town and "the airport of Sebha" is the town's name as well."""
    kinds = kind_forms()
    found = {
        c.id: c
        for c in cands
        if c.type != "PER" and (c.id, form) in linked_words and kind_named(c, kinds) is not None
    }
    if len(found) != 1:
        return None
    (cand,) = found.values()
    if any(c.id != cand.id and c.id in linked_ids for c in cands):
        return None
    return cand


def loose_place(cand: Candidate, evidence: dict[str, Any]) -> bool:
    """A link a kind-named record may take over: a place matched by likeness alone, with no
    document link. Session 20: among 40,000 places a lone "Maitika" first meets the village
    Maiteeq (0.82, a consonant apart) and was linked to it, where the user's gazetteer alone
    links the airport whose own word it spells (Mitiga International Airport, kind-named). A
    place that is no rival reading by :func:`_rival`'s measure (its whole name paired
    :data:`RIVAL_GAP` further from the word than the kind-named record's word) is a
    look-alike, linked or not."""
    return (
        cand.type == "LOC"
        and cand.method in LATIN_LIKENESS_METHODS
        and not any(k in evidence for k in DOCUMENT_LINK_KEYS)
    )


def loose_coref(cand: Candidate, evidence: dict[str, Any], own: NameToken) -> bool:
    """A link a kind-named record may take over though the document gave it: a place reached
    by coreference from a lone word that spells none of the antecedent's words alike
    (:func:`~normx.resolve.coref.spelled_alike`). Session 24 (h-v41fix24): "the Special
    Deterrence Force in Mitiga" went to "Medina", named paragraphs before (0.76 alike, a
    look-alike of the antecedent), over the airport whose own word it spells exactly. A
    variant spelling of the antecedent ("Sebha" after "Sabha") is spelled alike and keeps it."""
    if cand.type != "LOC" or cand.method != "coref":
        return False
    antecedent = evidence.get("antecedent")
    text = antecedent.get("text") if isinstance(antecedent, dict) else None
    if not isinstance(text, str):
        return False
    return not spelled_alike(own, core_tokens(analyse_name(text)))


def _linked_words(linker: SpanLinker, resolved: list[Resolved]) -> frozenset[tuple[str, str]]:
    """(record id, word) for each word of a mention linked inside a sentence. A sentence's
    capital says nothing of its first word, so a lone opener is read as a body's own word only
    when the document already wrote that word in a mention of the same record: "from Maitiga
    airport ... Maitiga, which is in origin a military base" (session 22, h-v36fix22)."""
    tokens = linker.tokens
    return frozenset(
        (cand.id, w.form)
        for seg, cand, _ in resolved
        if cand is not None and not tokens[seg.first].sent_start
        for w in linker.core_words(seg.first, seg.last)
    )


def core_names(linker: SpanLinker, rt: Runtime, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* with each unlinked lone word that is one body's or facility's own word
    linked to it, and each lone word linked to a place by likeness alone that such a record
    spells better (:func:`loose_place`)."""
    tokens = linker.tokens
    kinds = kind_forms()
    not_own = kinds | CONNECTORS
    unknown: list[NameToken] = []  # the words of the unknown names of two own words or more
    for seg, cand, _ in resolved:
        if cand is None and not (seg.phrase or seg.generic) and seg.first != seg.last:
            words = linker.core_words(seg.first, seg.last)
            if len([w for w in words if w.form not in not_own]) >= 2:
                unknown.extend(words)
    unknown = list(dict.fromkeys(unknown))  # read by any() (spelled_alike): each word once
    linked_words = _linked_words(linker, resolved)
    linked_ids = frozenset(cand.id for _, cand, _ in resolved if cand is not None)
    out: list[Resolved] = []
    for seg, cand, evidence in resolved:
        if cand is not None and cand.method == "coref" and not (seg.phrase or seg.generic):
            said = linker.core_words(seg.first, seg.last)
            own = [w for w in said if w.form not in not_own]
            coref_loose = len(own) == 1 and loose_coref(cand, evidence, own[0])
        else:
            coref_loose = False
        if (cand is None or loose_place(cand, evidence) or coref_loose) and not (
            seg.phrase or seg.generic
        ):
            surface = linker.surface(seg.first, seg.last)
            said = linker.core_words(seg.first, seg.last)
            own = [w for w in said if w.form not in not_own]
            if (
                (not tokens[seg.first].sent_start or len(said) == 1)
                and len(own) == 1
                and len(own[0].form) >= MIN_LETTERS
                and not spelled_alike(own[0], unknown)  # "the Maitika prison" ... "Maitika"
                and not settlement_of(linker.text, tokens[seg.first].start)
            ):
                cands = rt.match(surface)
                found = kind_named_one(cands)
                if found is None:
                    found = own_word_firm(linker, rt, seg.first, seg.last, kinds)
                if found is None:  # "Afriqiyah Airways ... Afriqiyah chairman" (a rival near)
                    found = named_in_full(cands, own[0].form, linked_words, linked_ids)
                end = tokens[seg.last].end
                if (
                    found is not None
                    and (cand is None or found.id != cand.id)
                    and not settlement_not_facility(
                        linker.text, end, found, {w.form for w in said}, rt.lex.facility_heads
                    )
                    and not other_head_after(linker.text, end, found, rt.lex.body_heads)
                    and not other_head_before(
                        linker.text, tokens[seg.first].start, found, rt.lex.facility_heads
                    )
                    and (
                        not tokens[seg.first].sent_start or (found.id, own[0].form) in linked_words
                    )
                ):
                    if cand is not None:  # a look-alike's matched name is no evidence now
                        gone = ("matched", "antecedent") if coref_loose else ("matched",)
                        evidence = {k: v for k, v in evidence.items() if k not in gone}
                    cand = replace(found, method="kind-named")
                    evidence = linked_evidence(evidence, {"core_name": found.matched})
        out.append((seg, cand, evidence))
    return out
