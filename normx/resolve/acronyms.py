"""Acronyms of names linked in the same document: "Government of National Accord (GNA)".

News names a body in full once and by its acronym afterwards (GNA, LNA, HoR, NOC, UNSMIL).
An acronym is linked to an entity the document itself names:

1. a definition: a linked mention followed by the acronym in parentheses, "... (GNA)", whose
   letters are the initials of the mention's words (function words may be skipped);
2. otherwise, initials: the acronym spells the initials of exactly one linked entity's
   mention or canonical name in the document (House of Representatives -> HoR);
3. otherwise, the gazetteers: an acronym of three capitals or more spells the initials of
   exactly one body's English name in the gazetteers (UNSMIL), or one written with dots
   (U.N., U.S.) those of one body or place: wire copy writes "U.N." without ever naming the
   United Nations in full. Two bare capitals ("AS", "OK") and lines written in capitals are
   too often something else.

Abbreviations written with dots ("U.N.") are acronyms too, read without the dots. An acronym
that opens a longer name ("U.N. Security Council") is that name when the words after it,
with the acronym spelled out, match a gazetteer name closely (``expand``). An acronym none of
these accounts for stays as it was (it may be unlinked, or an acronym the gazetteers list
themselves, which the matcher links like any name). Acronym mentions keep their spelling in
the rewritten text: the acronym is already consistent, and "(GNA)" after the full name must
not become the full name twice.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import pairwise

from normx.detect.lexicon import function_words
from normx.gazetteer.schema import Record
from normx.resolve.document import Mention
from normx.resolve.known_as import known_as
from normx.resolve.reordered_initials import reordered_initials

METHOD = "acronym"
# English function words and the French articles: no acronym spells them (connectors.yaml,
# function_word_sets: acronym_core)
CORE_FUNCTION_WORDS = function_words("acronym_core")
# French ones too: the acronym of a French name may spell its content words only ("Front pour
# l'alternance et la concorde au Tchad": FACT; "Forces de soutien rapide": FSR), but it may
# also spell "pour" and "et" (Rassemblement pour la République: RPR; Union pour la
# Méditerranée: UpM), so :func:`initials` skips these in a third form, not in place of the
# core form (connectors.yaml, function_word_sets: acronym_french)
FRENCH_FUNCTION_WORDS = function_words("acronym_french")
FUNCTION_WORDS = CORE_FUNCTION_WORDS | FRENCH_FUNCTION_WORDS
# The words that may be acronyms, found by the regex engine alone: a whole word of 2-8 ASCII
# letters (checked ahead) starting with a capital, whose rest is capitals with at most one
# lower-case letter before the last capital; exactly the 2-8 letter capitalised words that
# is_acronym accepts. The text is scanned once per document, and a capitalised word that is no
# acronym (most of them) costs no Python call. The pattern opens with the capital (the word
# boundary before it is checked behind it), so the engine skips to capitals at C speed.
_ACRONYM_RE = re.compile(r"[A-Z](?<!\w.)(?=[A-Za-z]{1,7}\b)(?:[A-Z]+|[A-Z]*[a-z][A-Z]+)\b")
# Abbreviations written with a dot after each capital: "U.N.", "U.S." (not inside a longer
# dotted run or word). Opened with the capital, as above, so that the engine skips to capitals
# at C speed instead of trying the pattern at every character of the text.
_DOTTED_RE = re.compile(r"[A-Z](?<![\w.].)\.(?:[A-Z]\.){1,5}(?![A-Za-z])")
_NEXT_WORDS_RE = re.compile(r"[ \t]+((?:[A-Z][\w'’-]*[ \t]+){0,3}[A-Z][\w'’-]*)")
EXPAND_SCORE = 0.9  # "<spelled-out acronym> <words>" must match a name this closely
GAZETTEER_SCORE = 0.8  # an acronym only the gazetteers' names explain: no document evidence
# "(GNA)" right after the name, or after the quote that closes a quoted name: '"Front for
# Alternation and Concord in Chad" (FACT)'
_DEFINITION_RE = re.compile(r"[\"”’']?\s*\(\s*([A-Z][A-Za-z]{1,7})\s*\)")
DEFINITION_WINDOW = 14  # characters after a mention where "(GNA)" may stand
_OPENING_QUOTES = '"“'
QUOTED_NAME_MAX = 120  # characters back from a mention to the quote that opens its name
NEAR_INITIALS_MIN = 4  # an acronym this long may differ from the initials by one letter
_WORD_RE = re.compile(r"[^\W\d_]+")


def is_acronym(word: str) -> bool:
    """Two or more capitals, at most one lower-case letter between them (GNA, HoR, UNSMIL)."""
    if not word or not word[-1].isupper():  # most words asked end lower-case: no count
        return False
    upper = sum(c.isupper() for c in word)
    return upper >= 2 and len(word) - upper <= 1 and word[-1].isupper()


def initials(name: str) -> set[str]:
    """The acronyms a name's words can make: with and without its function words."""
    return set(_initials(name))


@lru_cache(maxsize=65_536)
def _initials(name: str) -> frozenset[str]:
    """:func:`initials`, cached: a document repeats its mentions and news its names."""
    words = _WORD_RE.findall(name.replace("-", " "))
    words = [w for w in words if w.lower() not in ("al", "el")]  # the article is no initial
    full = "".join(w[0] for w in words).upper()
    core = "".join(w[0] for w in words if w.lower() not in CORE_FUNCTION_WORDS).upper()
    content = "".join(w[0] for w in words if w.lower() not in FUNCTION_WORDS).upper()
    return frozenset(a for a in (full, core, content) if len(a) >= 2)


@lru_cache(maxsize=65_536)
def _both_initials(text: str, canonical: str) -> frozenset[str]:
    """The initials of a mention's text and of its entity's canonical name (cached)."""
    return _initials(text) | _initials(canonical)


def _definitions(text: str, mentions: Iterable[Mention]) -> dict[str, Mention]:
    """Acronyms defined right after a linked mention: "Libyan National Army (LNA)"."""
    out: dict[str, Mention] = {}
    for m in mentions:
        if m.id is None:
            continue
        declared = known_as(text, m.end) if m.type == "ORG" else None  # known_as.py
        if declared is not None and is_acronym(declared):
            out.setdefault(declared.upper(), m)
            continue
        window = m.end + DEFINITION_WINDOW
        if text.find("(", m.end, window) < 0:  # the usual case: no bracket, no definition
            continue
        after = _DEFINITION_RE.match(text, m.end, window)
        if after and is_acronym(after.group(1)):
            acronym = after.group(1).upper()
            said = _initials(m.text) | _initials(m.canonical or "")
            if acronym in said or reordered_initials(acronym, m.text):
                out.setdefault(acronym, m)  # "Fédération libyenne de football (LFF)"
                continue
            quoted = _quoted_name(text, m, after.group(0))
            if quoted is not None and _near_initials(acronym, _initials(quoted)):
                out.setdefault(acronym, m)
    return out


def _quoted_name(text: str, m: Mention, after: str) -> str | None:
    """The whole quoted name a mention ends, when a closing quote follows it: the linker may
    have linked only its last words ("Concord in Chad" of "Front for Alternation and Concord
    in Chad"), and the acronym after the quote spells the whole name."""
    if not after or after[0] not in '"”':
        return None
    lo = max(0, m.start - QUOTED_NAME_MAX)
    opening = max(text.rfind(q, lo, m.start + 1) for q in _OPENING_QUOTES)
    if opening < 0 or "\n" in text[opening : m.start]:
        return None
    return text[opening + 1 : m.end]


def _near_initials(acronym: str, spelled: Iterable[str]) -> bool:
    """The acronym of a quoted name in another language: its initials but for one letter after
    the first (FACT, "Front pour l'Alternance et la Concorde au Tchad", for a name translated
    "Front for Alternation and Concord in Chad": FACC). Asked only of an acronym in brackets
    right after the quoted name, and of four letters or more: the bracket says it is defined
    there, the length that one letter of difference is no other name's initials."""
    if len(acronym) < NEAR_INITIALS_MIN:
        return False
    return any(
        len(s) == len(acronym)
        and s[0] == acronym[0]
        and sum(a != b for a, b in zip(s, acronym, strict=True)) <= 1
        for s in spelled
    )


def _by_initials(mentions: Iterable[Mention]) -> dict[str, Mention]:
    """Acronyms that spell the initials of exactly one linked entity of the document."""
    found: dict[str, dict[str, Mention]] = {}
    for m in mentions:
        if m.id is None or m.method == METHOD or m.type not in ("ORG", "LOC"):
            continue
        for acronym in _both_initials(m.text, m.canonical or ""):
            found.setdefault(acronym, {}).setdefault(m.id, m)
    return {a: next(iter(ents.values())) for a, ents in found.items() if len(ents) == 1}


class _Intervals:
    """``(start, end)`` spans, asked which of them overlap a range.

    A document's mentions are sorted and never overlap, so their ends are sorted too: the
    spans overlapping ``[start, end)`` are a run found by one bisection, not a scan of all
    the mentions for every acronym in the text (spans given in another shape are scanned).
    """

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.ends = [e for _, e in spans]
        self.ordered = all(a[1] <= b[0] and a[0] < a[1] for a, b in pairwise(spans))

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        spans = self.spans
        if not self.ordered:
            return [(s, e) for s, e in spans if s < end and start < e]
        i = bisect_right(self.ends, start)  # the first span ending after start
        out: list[tuple[int, int]] = []
        while i < len(spans) and spans[i][0] < end:
            out.append(spans[i])
            i += 1
        return out


GAZETTEER_MIN_LETTERS = 3  # "AS", "OK", "TB": two capitals are too often something else
_CAPS_WORD_RE = re.compile(r"\b[A-Z]{2,}\b")
CAPS_LINE_WORDS = 4  # a line with this many all-capital words is written in capitals
CAPS_WINDOW = 120  # characters either side of the word that stand for its line


def _may_be_gazetteer_acronym(text: str, start: int, end: int, key: str, dotted: bool) -> bool:
    """Whether rule 3 may read this word as an acronym: two letters only with dots ("U.N.");
    never inside a line written in capitals ("HAFTAR FORCES ADVANCE AS UN TALKS STALL")."""
    if not dotted and len(key) < GAZETTEER_MIN_LETTERS:
        return False
    # the line around the word, at most CAPS_WINDOW characters either side (a document may
    # be one 5 MB line)
    line_start = max(text.rfind("\n", max(0, start - CAPS_WINDOW), start) + 1, start - CAPS_WINDOW)
    line_end = text.find("\n", end, end + CAPS_WINDOW)
    line = text[max(0, line_start) : line_end if line_end >= 0 else end + CAPS_WINDOW]
    return len(_CAPS_WORD_RE.findall(line)) < CAPS_LINE_WORDS


KnownAcronym = Callable[[str, bool], tuple[str, str, str, str] | None]
"""(acronym, written with dots) -> (id, canonical, type, the name it abbreviates) of the one
gazetteer entity the acronym spells, or None (see the module docstring, rule 3)."""


def _acronyms_in(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, letters, dotted) of each acronym of *text*, in order."""
    found = [(m.start(), m.end(), m.group(0), False) for m in _ACRONYM_RE.finditer(text)]
    if "." in text:
        dotted = [
            (m.start(), m.end(), m.group(0).replace(".", ""), True)
            for m in _DOTTED_RE.finditer(text)
        ]
        if dotted:
            found = sorted(found + dotted)
    return found


Expand = Callable[[str], tuple[str, str, str, float] | None]
"""A name -> (id, canonical, type, score) of the entity it matches, or None."""


def _expanded(
    text: str, end: int, spelled: str, expand: Expand
) -> tuple[int, tuple[str, str, str, float]] | None:
    """(end, entity) of a longer name the acronym opens: its spelled-out form *spelled* and
    the capitalised words after it (longest first) match one entity (see the module)."""
    m = _NEXT_WORDS_RE.match(text, end)
    if m is None:
        return None
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        found = expand(f"{spelled} {' '.join(words[:n])}")
        if found is not None and found[3] >= EXPAND_SCORE:
            last = m.start(1)
            for w in words[:n]:
                last = text.index(w, last) + len(w)
            return last, found
    return None


def link_acronyms(
    text: str,
    mentions: tuple[Mention, ...],
    known: KnownAcronym | None = None,
    expand: Expand | None = None,
) -> tuple[Mention, ...]:
    """*mentions* with the document's acronyms linked (see the module docstring)."""
    defined = _definitions(text, mentions)
    derived = _by_initials(mentions)
    if not defined and not derived and known is None:
        return mentions
    # a mention is either taken (linked, not by resemblance) or open to the acronym rules
    open_ = [m.id is None or _resembles(m) for m in mentions]
    taken = _Intervals(
        [(m.start, m.end) for m, is_open in zip(mentions, open_, strict=True) if not is_open]
    )
    unlinked = {(m.start, m.end): m for m, is_open in zip(mentions, open_, strict=True) if is_open}
    unlinked_spans = _Intervals(list(unlinked))
    added: list[Mention] = []
    replaced: set[tuple[int, int]] = set()
    for start, end, word, dotted in _acronyms_in(text):
        if taken.overlapping(start, end):
            continue
        key = word.upper()
        source = defined.get(key) or derived.get(key)
        if source is not None:
            how = "definition" if key in defined else "initials"
            found = (source.id, source.canonical, source.type, source.score)
            evidence: dict[str, object] = {
                "antecedent": {"text": source.text, "start": source.start},
                "acronym": how,
            }
        else:
            if known is None or not _may_be_gazetteer_acronym(text, start, end, key, dotted):
                continue
            entity = known(key, dotted)
            if entity is None:
                continue
            found = (entity[0], entity[1], entity[2], GAZETTEER_SCORE)
            evidence = {"acronym": "gazetteer", "name": entity[3]}
        spelled = (source.canonical if source is not None else evidence.get("name")) or ""
        longer = _expanded(text, end, str(spelled), expand) if expand is not None else None
        if longer is not None and not longer[1][0] and not taken.overlapping(end, longer[0]):
            continue  # opens a longer name matched in a tie: normx.resolve.held_acronym
        if longer is not None and not taken.overlapping(end, longer[0]):
            rest = text[end : longer[0]].strip()
            end, found = longer
            evidence = {**evidence, "expanded": f"{spelled} {rest}"}
        other = unlinked_spans.overlapping(start, end)
        if any(s < start or e > end for s, e in other):
            continue  # part of a longer unlinked name: not this acronym
        replaced.update(other)
        added.append(Mention(start, end, text[start:end], *found, METHOD, evidence))
    if not added:
        return mentions
    kept = [m for m in mentions if (m.start, m.end) not in replaced]
    return tuple(sorted([*kept, *added], key=lambda m: m.start))


def _resembles(mention: Mention) -> bool:
    """A lone acronym-shaped word the matcher linked only by resemblance (sound, spelling,
    romanised Arabic: 'GNA' ~ قناة): letters read as syllables say nothing about a name, so
    the acronym rules may replace the link; a gazetteer name or alias written so stays."""
    return mention.method not in _SPELLED and is_acronym(mention.text)


_SPELLED = frozenset({"exact", "normalised", METHOD})
_Entry = tuple[str, str, str, str]  # id, canonical name, type, the name abbreviated


def gazetteer_acronyms(records: Iterable[Record]) -> KnownAcronym:
    """Rule 3's look-up over *records*: the initials of every English name of two words or
    more of every body (and, for dotted acronyms, place), kept where exactly one entity makes
    them."""
    tables: dict[str, dict[str, dict[str, _Entry]]] = {"ORG": {}, "LOC": {}}
    for rec in records:
        table = tables.get(rec.type)
        if table is None:
            continue
        for name in rec.names("en"):
            if len(_WORD_RE.findall(name)) < 2:
                continue
            for acronym in _initials(name):
                table.setdefault(acronym, {}).setdefault(
                    rec.id, (rec.id, rec.canonical, rec.type, name)
                )

    def unique(kind: str, acronym: str) -> _Entry | None:
        entities = tables[kind].get(acronym)
        return next(iter(entities.values())) if entities and len(entities) == 1 else None

    def known(acronym: str, dotted: bool) -> _Entry | None:
        body = unique("ORG", acronym)
        if not dotted:
            return body
        place = unique("LOC", acronym)
        if body is not None and place is not None:
            return None  # a body and a place spell it: not this rule's to choose
        return body or place

    return known
