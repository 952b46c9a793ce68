"""A ministry of Libya's other government is not the Tripoli ministry of the same name.

Since 2014 Libya has had two governments, each with a Ministry of Finance, of Local Government,
of Higher Education, all under the same Arabic names (وزارة المالية, وزارة الحكم المحلي). The
gazetteers hold, as a rule, the Tripoli government's (the GNA's, then the GNU's); the one the
House of Representatives designated, seated in the east (al-Thinni's, Bashagha's, Hammad's),
has ministries they lack. A text says which it means right beside the name: "the Ministry of
Local Government of the eastern government", "the Ministry of Higher Education of the
government headed by Osama Hamad", "the Hammad government's Ministry of Finance". Such a
mention is the other government's ministry, an unknown body: its link to the namesake
ministry is undone, unless the linked record's own English names say it is that government's
(a gazetteer that holds the eastern ministry under a name of its own).

The frame is read only right beside the mention (the words after it up to the end of the
sentence's clause, or the possessive before it): one article speaks of both governments'
ministries ("... which follow the Ministry of Higher Education of the government headed by
Osama Hamad" beside the Tripoli ministry's statements), so a mention that says nothing is left
to the ordinary rules. How news names that government is data
(``data/rival_governments.yaml``): its adjectives, heads and names; its region, in English
and French ("de l'Est"); the name it gives itself ("the Libyan Government", read only in a
document that places that name with it); and, for a general authority, the cities its bodies
sit in ("the Authority of Awqaf in Al-Bayda"), compared by the linked place's Arabic name.
A translated name may go on past the words linked ("the General Authority of Awqaf" + "and
Islamic Affairs in Binghazi"): a conjunct of capitalised words right after it is read as part
of it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.minister_office import MINISTRY_AR, is_ministry
from normx.resolve.segment import Seg
from normx.text.arabic import normalize_arabic
from normx.text.latin import fold
from normx.text.resources import package_data

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker

AFTER_CHARS = 90  # how far after the mention its owner may be said ("of the government ...")
BEFORE_CHARS = 50  # how far before it a possessive may stand ("the eastern government's")
_CLAUSE_END = re.compile(r"[.;:!?\n]|,\s")
ITS_CHARS = 240  # how far back "its" may find its owner, within the sentence
_ITS_WRITTEN = re.compile(r"\b[Ii]ts[ \t]+$")  # "its"/"Its" as written (its_owner_other)
_SENTENCE_END = re.compile(r"[.!?\n][\"”’)]*\s")
_GOVERNMENT_WORD = re.compile(r"\b[Gg]overnment\b")
# the rest of a name the link stopped short of: "and Islamic Affairs" before "in"/"of"
# (word-for-word translation may put "the" before it: "Media" + "and the Culture affiliated to
# the government of ..."; only before "affiliated/belonging/attached": "and the Ministry of the
# eastern government" is another body)
_CONJUNCT = re.compile(
    r"^[ \t]+and[ \t]+(?:(?:[A-Z][\w'’-]*[ \t]+){1,3}(?=(?:of|in)[ \t])"
    r"|the[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,3}(?=(?:affiliated|belonging|attached)[ \t]))"
)
# a place right after an authority's name: "in Al-Bayda", "à Benghazi"; or a branch's label
# after a dash ("the Agency of the Libyan News - Binghazi")
_AT_PLACE = re.compile(
    r"^[ \t]*,?[ \t]*(?:(?:in|at|à|a|de)[ \t]+(?:the[ \t]+city[ \t]+of[ \t]+)?|[-–][ \t]+)"
)


@cache
def rival_words() -> dict[str, Any]:
    """``data/rival_governments.yaml``: the words that name the other government, read once
    (this module and :mod:`normx.resolve.designated_government` build their patterns on it)."""
    return package_data("normx.resolve", "rival_governments.yaml")


def alternation(words: list[str]) -> str:
    """A regex alternation of *words* as written, longest first so that a longer phrase wins
    over a word it starts with."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(the other government named right after a mention, ... right before it, the region it
    sits in named right after it, in English or French)."""
    data, alt = rival_words(), alternation
    adjectives, heads = alt(data["adjectives"]), alt(data["heads"])
    names = alt(data["names"]).replace(r"of\ ", r"of\ (?:the\ )?")  # "of the National Stability"
    regions = alt(data["regions"])
    regions_fr = alt(data["regions_fr"])
    person = r"(?:[a-z][\w'-]* ){0,3}"  # "Osama", "Prime Minister Osama"
    government = (
        rf"(?:(?:{adjectives})\s+government"
        rf"|government\s+(?:of|headed\s+by|led\s+by|chaired\s+by|of\s+prime\s+minister)\s+"
        rf"{person}(?:{heads})\b"
        rf"|(?:{heads})(?:'s|’s|s)?\s+government"
        rf"|{names}"
        rf"|(?:{alt(data['acronyms'])})(?=s?\b))"  # folded "GNS's" is "gnss"
    )
    after = re.compile(
        rf"^\s*,?\s*(?:of|in|at|under|in\s+charge\s+of|affiliated\s+(?:to|with)|belonging\s+to"
        rf"|attached\s+to)\s+(?:the\s+)?{government}"
    )
    before = re.compile(rf"{government}(?:'s|’s|s)\s+$")  # folded: "governments"
    region = re.compile(  # "in the east", "de l'Est" after the mention, or ending it
        rf"^\s*,?\s*(?:(?:in|of)\s+the\s+(?:{regions})|(?:{regions_fr}))\b"
        rf"|\s(?:(?:in|of)\s+the\s+(?:{regions})|(?:{regions_fr}))$"
    )
    return after, before, region


@cache
def _government_anywhere_in() -> re.Pattern[str]:
    """The other government by an adjective, its head's name or its full name (the
    ``government`` alternation of :func:`_patterns`), matched in text as written."""
    data, alt = rival_words(), alternation
    adjectives, heads = alt(data["adjectives"]), alt(data["heads"])
    names = alt(data["names"]).replace(r"of\ ", r"of\ (?:the\ )?")
    person = r"(?:[a-z][\w'-]* ){0,3}"
    return re.compile(
        rf"(?:(?:{adjectives})\s+government"
        rf"|government\s+(?:of|headed\s+by|led\s+by|chaired\s+by|of\s+prime\s+minister)\s+"
        rf"{person}(?:{heads})\b"
        rf"|(?:{heads})(?:'s|’s|s)?\s+government"
        rf"|{names})",
        re.IGNORECASE,
    )


def its_owner_other(text: str, start: int) -> bool:
    """``text[start:]`` follows "its", and the government named last before it in its sentence
    is the other one: "the Government of the Stability announced a campaign in Binghazi, and
    its Ministry of the Labour said" (articles-v51), "the Libyan Government in the east said
    that its Ministry of the Higher Education" (v42). The possessive's owner is that
    government, so the ministry is its own, not the Tripoli namesake (session 36, h-wrong)."""
    before = text[max(0, start - ITS_CHARS) : start]
    if _ITS_WRITTEN.search(before) is None:
        return False
    ends = list(_SENTENCE_END.finditer(before))
    sentence = before[ends[-1].end() :] if ends else before
    words = list(_GOVERNMENT_WORD.finditer(sentence))
    if not words:
        return False
    last = words[-1].start()
    _, placed = _self_name_patterns()
    spans = [m.span() for m in _government_anywhere_in().finditer(sentence)]
    spans += [m.span() for m in placed.finditer(sentence)]
    return any(a <= last < b for a, b in spans)


@cache
def _self_name_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(the other government's self-name right after a mention: "... of the Libyan
    Government"; that name placed with it in the document: its head or region beside it).
    Case kept: the name is read only as a name, never the generic "the Libyan government"."""
    data, alt = rival_words(), alternation
    names, heads = alt(data["self_names"]), alt(data["heads"])
    regions = alt(data["regions"])
    after = re.compile(rf"^\s*,?\s*(?:of|in)\s+the\s+(?:{names})\b")
    placed = re.compile(
        rf"\b(?:{names}),?\s+(?:(?:headed|led|chaired)\s+by\s+)?"
        rf"(?:(?:[Pp]rime\s+[Mm]inister\s+)?(?:[A-Z][\w'’-]*\s+){{0,2}}(?i:{heads})\b"
        rf"|(?:in|of)\s+the\s+(?:{regions})\b)"
    )
    return after, placed


@lru_cache(maxsize=64)
def self_name_placed(text: str) -> bool:
    """The document places the other government's self-name with it (see
    :func:`_self_name_patterns`) or names that government otherwise: its "Libyan Government"
    is then that government. Read once per document."""
    _, placed = _self_name_patterns()
    if placed.search(text):
        return True
    return bool(_named_anywhere().search(fold(text)))


@cache
def _named_anywhere() -> re.Pattern[str]:
    """The other government by one of its names or its head's anywhere in a (folded) text:
    "the Government of National Stability", "the government of Osama Hammad"."""
    data, alt = rival_words(), alternation
    names = alt(data["names"]).replace(r"of\ ", r"of\ (?:the\ )?")
    heads = alt(data["heads"])
    person = r"(?:[a-z][\w'-]*\s+){0,3}"  # "Osama", "prime minister Osama"
    return re.compile(
        rf"\b(?:{names}|government\s+(?:(?:headed|led)\s+by\s+)?{person}(?:{heads}))\b"
    )


@cache
def _adjective_before() -> re.Pattern[str]:
    """An adjective of ``body_adjectives`` right before a mention (folded): "a parallel
    General Authority of ...", "the eastern-based Internal Security Apparatus"."""
    adjectives = alternation(rival_words()["body_adjectives"])
    # a capitalised word the link left as context may stand between: "parallel General"
    return re.compile(rf"(?:^|[\s(])(?i:{adjectives})\s+(?:[A-Z][\w-]*\s+)?$")


_ITS = re.compile(r"(?:^|\s)its\s+$")  # folded (_its_owner_other)


@cache
def _home_named() -> re.Pattern[str]:
    """The Tripoli government by one of its names or its heads' (``home_names``, folded)."""
    names = alternation(rival_words()["home_names"]).replace(r"of\ ", r"of\ (?:the\ )?")
    return re.compile(rf"\b(?:{names})\b")


def _its_owner_other(text: str, start: int) -> bool:
    """The mention follows "its" and the government its sentence last named before it is the
    other one: "the Government of the Stability announced ..., and its Ministry of the Labour
    said", "the Libyan Government in the east said that its Ministry of ...". A sentence that
    names the Tripoli government after it gives "its" to Tripoli."""
    if not _ITS.search(fold(text[max(0, start - 8) : start])):
        return False
    return _sentence_names_other(text, start)


def _sentence_names_other(text: str, start: int) -> bool:
    """The government the sentence of ``text[start]`` last names before it is the other one
    (by a name, an adjective, its head's name, its acronym or its placed self-name), and no
    name of the Tripoli government follows that."""
    opening = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    raw = text[opening:start]
    sentence = fold(raw)
    ends = [m.end() for m in _named_anywhere().finditer(sentence)]
    ends += [m.end() for m in _government_anywhere().finditer(sentence)]
    ends += [m.end() for m in _acronym_anywhere().finditer(sentence)]
    _, placed = _self_name_patterns()
    ends += [len(fold(raw[: m.end()])) for m in placed.finditer(raw)]
    if not ends:
        return False
    home = [m.start() for m in _home_named().finditer(sentence)]
    return not home or max(home) < max(ends)


@cache
def _acronym_anywhere() -> re.Pattern[str]:
    """The other government's acronym (``acronyms``, folded): "the GNS"."""
    return re.compile(rf"\b(?:{alternation(rival_words()['acronyms'])})\b")


def other_government(text: str, start: int, end: int, *, region: bool = False) -> bool:
    """The words right after ``text[start:end]`` (in its clause) or right before it say it is
    the other government's: "... of the eastern government", "the Hammad government's ...";
    with *region*, also "... in the east" (a cabinet ministry: each government has its own,
    where a department is one body with offices in the east, as v30's "the Department of
    Antiquities in the east" is Libya's one department)."""
    after_re, before_re, region_re = _patterns()
    raw = text[end : end + AFTER_CHARS]
    if conjunct := _CONJUNCT.match(raw):  # "... Awqaf" + "and Islamic Affairs of the ..."
        raw = raw[conjunct.end() - 1 :]
    cut = _CLAUSE_END.search(raw)
    raw = raw[: cut.start()] if cut else raw
    tail = fold(raw)
    head = fold(text[max(0, start - BEFORE_CHARS) : start])
    if region and (region_re.search(tail) or region_re.search(fold(text[start:end]))):
        return True
    if after_re.search(tail) or before_re.search(head) or its_owner_other(text, start):
        return True
    raw_head = text[max(0, start - BEFORE_CHARS) : start]
    if _adjective_before().search(raw_head) or _its_owner_other(text, start):
        return True
    self_after, _ = _self_name_patterns()
    return bool(self_after.search(raw)) and self_name_placed(text)


def _own_name(name: str) -> bool:
    """The record's English name says it is the other government's ministry."""
    words = fold(name)
    return any(f" {w}" in f" {words}" for w in ("eastern", "stability", "interim government"))


def _cabinet_ministry(name: str) -> bool:
    """The record's English name is a cabinet ministry's ("Ministry of Health (Libya)"), not a
    department's or an authority's (an Arabic name: وزارة, not مصلحة)."""
    return "ministry" in fold(name).split() or normalize_arabic(name).startswith(MINISTRY_AR)


AUTHORITY_AR = normalize_arabic("الهيئة")  # a general authority: الهيئة العامة للأوقاف
AUTHORITY_INDEF_AR = normalize_arabic("هيئة")  # an authority named in construct: هيئة الإعلام


def _authority(cand: Candidate) -> bool:
    """The candidate is a general authority (its English name says "Authority", or its Arabic
    name starts الهيئة): Libya's two governments each appoint their own where the post is
    political (the Awqaf authority of the east beside Tripoli's: one Arabic name, two bodies
    and two chairmen), so one the text places with the other government, by its name or by
    its region ("... in the east"), is not the Tripoli record."""
    return cand.type == "ORG" and any(
        n and _names_an_authority(n) for n in (cand.matched, cand.name)
    )


@lru_cache(maxsize=65_536)
def _names_an_authority(name: str) -> bool:
    """The name (English or Arabic) is a general authority's: remembered per name, as
    minister_office remembers a ministry's, since every linked body asks it again."""
    arabic = normalize_arabic(name)
    return "authority" in fold(name).split() or arabic.startswith(
        (AUTHORITY_AR, AUTHORITY_INDEF_AR)
    )


@cache
def _cities(key: str) -> frozenset[str]:
    """The Arabic names, normalised, of the cities listed under *key* in the data:
    ``seat_cities`` (the other government's bodies sit there), ``home_seat_cities`` (the
    Tripoli government's)."""
    return frozenset(normalize_arabic(c) for c in rival_words()[key])


def _place_after(
    linker: SpanLinker,
    resolved: list[tuple[Seg, Any, dict]],
    i: int,
    records: Mapping[str, Record],
) -> frozenset[str]:
    """The Arabic names (normalised) of the place linked right after ``resolved[i]`` ("in
    Al-Bayda", "and Islamic Affairs in Binghazi", "à Benghazi"); empty when no place is."""
    found = _linked_place_after(linker, resolved, i, records)
    return found[1] if found is not None else frozenset()


def _linked_place_after(
    linker: SpanLinker,
    resolved: list[tuple[Seg, Any, dict]],
    i: int,
    records: Mapping[str, Record],
) -> tuple[int, frozenset[str], bool] | None:
    """(the index in *resolved* of the place linked right after ``resolved[i]``, its Arabic
    names normalised, whether a dash joins it: "the Agency of the Libyan News - Binghazi"), or
    None when no place is linked there."""
    text, tokens = linker.text, linker.tokens
    end = tokens[resolved[i][0].last].end
    where = end
    if conjunct := _CONJUNCT.match(text[end : end + AFTER_CHARS]):
        where += conjunct.end() - 1
    at = _AT_PLACE.match(text[where : where + AFTER_CHARS])
    if at is None:
        return None
    dashed = "-" in at.group() or "–" in at.group()
    where += at.end()
    for k in range(i + 1, min(i + 4, len(resolved))):
        seg, cand, _ = resolved[k]
        start = tokens[seg.first].start
        if start < where:
            continue
        if start > where or not isinstance(cand, Candidate) or cand.type != "LOC":
            break
        record = records.get(cand.id)
        names = record.names("ar") if record is not None else ()
        return k, frozenset(normalize_arabic(n) for n in names), dashed
    return None


def _twin_agency(cand: Candidate, records: Mapping[str, Record] | None) -> bool:
    """The candidate is one of Libya's state agencies or bureaus (its English name has a head
    noun of ``twin_heads``, and a name of its record says Libya: "Internal Security Agency
    (Libya)", "Libyan News Agency"): since the split each government runs its own under the
    same name, LANA's Benghazi branch and the eastern Internal Security Agency among them.
    A foreign agency (Anadolu's office in Benghazi) has no such twin."""
    if cand.type != "ORG" or records is None:
        return False
    record = records.get(cand.id)
    if record is None:
        return False
    heads = _twin_heads()
    english = [fold(n) for n in record.names("en")]
    if not any(heads & set(n.replace("(", " ").replace(")", " ").split()) for n in english):
        return False
    country_en, country_ar = _twin_country()
    if any(w in n for n in english for w in country_en):
        return True
    arabic = [normalize_arabic(n) for n in record.names("ar")]
    return any(w in n for n in arabic for w in country_ar)


@cache
def _twin_country() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``twin_country_en`` (folded) and ``twin_country_ar`` (normalised) of the data: the words
    of a twin_heads record's names that make it Libya's (a part of a word: "Libyan", الليبية)."""
    data = rival_words()
    english = tuple(fold(str(w)) for w in data["twin_country_en"])
    return english, tuple(normalize_arabic(str(w)) for w in data["twin_country_ar"])


@cache
def _twin_heads() -> frozenset[str]:
    """``twin_heads`` of the data: the head nouns of state bodies each government has its own
    of, read with a seat city only in a document that speaks of the other government."""
    return frozenset(fold(w) for w in rival_words()["twin_heads"])


@lru_cache(maxsize=64)
def _eastern_document(text: str) -> bool:
    """The document speaks of the other government: names it ("the Government of the National
    Stability", "the government of Usama Hamad", "the parallel government") anywhere. Read once
    per document."""
    folded = fold(text)
    return bool(_named_anywhere().search(folded) or _government_anywhere().search(folded))


@cache
def _government_anywhere() -> re.Pattern[str]:
    """The other government by an adjective: "the eastern government", "the parallel
    government" (folded)."""
    return re.compile(rf"\b(?:{alternation(rival_words()['adjectives'])})\s+government\b")


def _east_opening(text: str, start: int) -> bool:
    """The sentence of ``text[start]`` opens on the other government's region: "In the east,
    the Internal Security Agency in Binghazi ..."."""
    opening = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    return bool(_east_opening_re().match(fold(text[opening:start])))


@cache
def _east_opening_re() -> re.Pattern[str]:
    """A sentence that opens on the other government's region: "In the east, ...", or "And
    in the east, ..." as word-for-word translation opens it (و, session 30)."""
    regions = alternation(rival_words()["regions"])
    return re.compile(rf"^\s*(?:and\s+)?in\s+the\s+(?:{regions})\b\s*,")


def _home_placed(
    linker: SpanLinker,
    resolved: list[tuple[Seg, Any, dict]],
    i: int,
    records: Mapping[str, Record] | None,
) -> bool:
    """``resolved[i]`` is placed with the Tripoli government: said in its seat ("the Awqaf
    Authority in Tarabulus"), or in a sentence that opens on its region ("In the west, ...
    the Ministry")."""
    if records is not None and _place_after(linker, resolved, i, records) & _cities(
        "home_seat_cities"
    ):
        return True
    text, start = linker.text, linker.tokens[resolved[i][0].first].start
    opening = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    return bool(_home_opening().match(fold(text[opening:start])))


@cache
def _home_opening() -> re.Pattern[str]:
    """A sentence that opens on the Tripoli government's region: "(And) in the west, ..."."""
    regions = alternation(rival_words()["home_regions"])
    return re.compile(rf"^\s*(?:and\s+)?in\s+the\s+(?:{regions})\b\s*,")


def rival_ministries_unlinked(
    linker: SpanLinker,
    resolved: list[tuple[Seg, Any, dict]],
    records: Mapping[str, Record] | None = None,
) -> list[tuple[Seg, Any, dict]]:
    """*resolved* (segments with their final candidates, coreference applied) with the links
    of ministries the text gives to the other government undone. After coreference, so that
    the Tripoli ministry named elsewhere in the document is no antecedent for them either.
    With *records* (the gazetteer by id), a general authority said in one of that
    government's seat cities is its too. A coreference whose antecedent is undone here keeps
    its link when the text places it with the Tripoli government (:func:`_home_placed`);
    otherwise :mod:`normx.resolve.orphan_coref` drops it later."""
    out = []
    tokens = linker.tokens
    rival: set[int] = set()  # the starts of the links undone here
    kept: dict[str, int] = {}  # a record linked as itself (not undone here): its first start
    labels: set[int] = set()  # the indices of the places that label a body undone here
    last: dict[str, tuple[int, bool]] = {}  # a record's latest mention: its start, undone here
    for i, (seg, cand, evidence) in enumerate(resolved):
        start = tokens[seg.first].start
        if i in labels:  # "... - Binghazi": the label of the branch undone before it
            cand, evidence = None, {"branch_label": True, "candidates": [cand.id]}
        elif (
            (
                isinstance(cand, Candidate)
                and (
                    (authority := _authority(cand))
                    or is_ministry(cand)
                    # the text calls it an authority, the record not (a department, مصلحة): only
                    # an adjective before it says it is the other one ("a parallel General
                    # Authority of ..."); its office "in the eastern region" is the one body
                    or (
                        _said_authority(linker.surface(seg.first, seg.last))
                        and _adjective_before().search(
                            linker.text[
                                max(0, tokens[seg.first].start - BEFORE_CHARS) : tokens[
                                    seg.first
                                ].start
                            ]
                        )
                        is not None
                    )
                )
                and not _own_name(cand.name)
                and (
                    other_government(
                        linker.text,
                        tokens[seg.first].start,
                        tokens[seg.last].end,
                        region=authority or _cabinet_ministry(cand.name),
                    )
                    or (
                        authority
                        and records is not None
                        and bool(
                            _place_after(linker, resolved, i, records) & _cities("seat_cities")
                        )
                    )
                )
            )
            or (isinstance(cand, Candidate) and _twin_agency_placed(linker, resolved, i, records))
        ):
            if (
                records is not None
                and (found := _linked_place_after(linker, resolved, i, records))
                and (
                    found[2]
                    or (_twin_agency(cand, records) and bool(found[1] & _cities("seat_cities")))
                )
            ):  # "the Agency of the Libyan News - Binghazi", "the Internal Security Agency in
                # Binghazi": the city names the branch (وكالة الأنباء الليبية - بنغازي); an
                # authority "in Al-Bayda" sits there, the city a place of its own
                labels.add(found[0])
            last[cand.id] = (start, True)
            cand, evidence = None, {"other_government": True, "candidates": [cand.id]}
            rival.add(start)
        elif (
            isinstance(cand, Candidate)
            and "antecedent" in evidence
            and seg.first == seg.last
            and last.get(cand.id, (0, False))[1]
            and _SENTENCE_END.search(linker.text, last[cand.id][0], start) is None
            and not _home_placed(linker, resolved, i, records)
        ):  # "the Ministry of the Education in the Government of the Stability in Binghazi did
            # not comment, and a source in the Ministry said": the bare head after the other
            # government's ministry in its own sentence is that ministry (v55, v56); not one
            # the text places with Tripoli's ("... called the Authority in Tarabulus", v49)
            cand, evidence = None, {"other_government": True, "candidates": [cand.id]}
            rival.add(start)
        elif (
            isinstance(cand, Candidate)
            and isinstance(evidence.get("antecedent"), dict)
            and _bare_government(linker, seg)
            and (
                _home_placed(linker, resolved, i, records)
                if _own_name(cand.name)
                else _sentence_names_other(linker.text, tokens[seg.first].start)
            )
        ):  # a bare "the Government" read by coreference as the other government's where the
            # text places it in Tripoli ("the Government in Tarabulus forgot us"), or as the
            # Tripoli one right after its sentence named the other ("the Ministry of the Economy
            # in the Libyan Government headed by Osama Hammad ..., and its Minister said that
            # the Government will ..."): which of the two it is, is left unsaid
            cand, evidence = None, {"government_unsaid": True, "candidates": [cand.id]}
        elif (
            isinstance(cand, Candidate)
            and isinstance(evidence.get("antecedent"), dict)
            and _head_after_rival(linker, resolved, i, rival)
            and not _home_placed(linker, resolved, i, records)
        ):  # "the Ministry of the Justice in the Government of the National Stability ...
            # said that the Ministry": the bare head repeats the other government's body its
            # sentence last wrote, not the Tripoli one coreference found further back
            cand, evidence = None, {"other_government": True, "candidates": [cand.id]}
            rival.add(tokens[seg.first].start)
        elif (
            isinstance(cand, Candidate)
            and isinstance(ante := evidence.get("antecedent"), dict)
            and ante.get("start") in rival
            and (
                _home_placed(linker, resolved, i, records)
                or kept.get(cand.id, ante["start"]) < ante["start"]
            )
        ):  # the antecedent was the other government's body; this one is placed with Tripoli's,
            # or the record was named as itself before that body (the document's own ministry:
            # a bare "Ministry" after "the Ministry of the Economy in the Libyan Government")
            rest = {k: v for k, v in evidence.items() if k != "antecedent"}
            evidence = {**rest, "home_government": True}
        if isinstance(cand, Candidate):
            kept.setdefault(cand.id, start)
            last[cand.id] = (start, False)
        out.append((seg, cand, evidence))
    return out


def _twin_agency_placed(
    linker: SpanLinker,
    resolved: list[tuple[Seg, Any, dict]],
    i: int,
    records: Mapping[str, Record] | None,
) -> bool:
    """``resolved[i]`` links one of Libya's state agencies (:func:`_twin_agency`) that the text
    gives to the other government: by its owner right beside it ("... affiliated to the
    government of Usama Hamad"), or by one of that government's seat cities right after it
    ("the Internal Security Agency in Binghazi", "the Agency of the Libyan News - Binghazi")
    in a document that speaks of that government or a sentence that opens on its region ("In
    the east, ..."). A seat city alone is not enough: "<body> in <town>" is most often the body
    and a place it acts in (UNSMIL in Tunis)."""
    seg, cand, _ = resolved[i]
    if records is None or not _twin_agency(cand, records) or _own_name(cand.name):
        return False
    text, tokens = linker.text, linker.tokens
    start, end = tokens[seg.first].start, tokens[seg.last].end
    if other_government(text, start, end) or _region_right_after(text, end):
        return True  # "... Apparatus in the east"
    found = _linked_place_after(linker, resolved, i, records)
    if found is None or not found[1] & _cities("seat_cities"):
        return False
    return _eastern_document(text) or _east_opening(text, start)


def _said_authority(surface: str) -> bool:
    """The text calls the body an authority ("the General Authority of Civil Aviation"), whatever
    the record's own name (a department, مصلحة): each government appoints its own."""
    return bool({"authority", "autorite"} & set(fold(surface).split()))


def _head_after_rival(
    linker: SpanLinker, resolved: list[tuple[Seg, Any, dict]], i: int, rival: set[int]
) -> bool:
    """``resolved[i]`` is a bare generic head ("the Ministry", one capitalised word) whose
    nearest mention before it, in its sentence, with that word is a body undone here as the
    other government's (its start in *rival*)."""
    seg = resolved[i][0]
    if seg.first != seg.last:
        return False
    tokens, text = linker.tokens, linker.text
    word = linker.surface(seg.first, seg.last)
    if not word[:1].isupper():
        return False
    start = tokens[seg.first].start
    # its own sentence only: a repeat in a later one is read as before, by the record the
    # document named as itself (test_twin_agencies: "Teachers said the Ministry ...")
    paragraph = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start))
    for k in range(i - 1, -1, -1):
        before = resolved[k][0]
        at = tokens[before.first].start
        if at <= paragraph:
            return False
        if word in linker.surface(before.first, before.last).split():
            return at in rival
    return False


def _bare_government(linker: SpanLinker, seg: Seg) -> bool:
    """The segment is the one word "Government" (or French "Gouvernement")."""
    return seg.first == seg.last and fold(linker.surface(seg.first, seg.last)) in (
        "government",
        "gouvernement",
    )


@cache
def _region_after_re() -> re.Pattern[str]:
    """The other government's region said right after a mention (folded): "in the east"."""
    data = rival_words()
    regions, regions_fr = alternation(data["regions"]), alternation(data["regions_fr"])
    return re.compile(rf"^\s*,?\s*(?:(?:in|of)\s+the\s+(?:{regions})|(?:{regions_fr}))\b")


def _region_right_after(text: str, end: int) -> bool:
    """``text[end:]`` opens on the other government's region ("the Internal Security Apparatus
    in the east"); not the end of a clause that goes on elsewhere ("the Agency of the Libyan
    News in Tarabulus denies a news published by its namesake in the east")."""
    return bool(_region_after_re().search(fold(text[end : end + AFTER_CHARS])))
