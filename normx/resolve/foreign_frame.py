"""A foreign body named without its country, in a document that never names that country.

Every state has a "Public Prosecution" and a "Civil Aviation Authority". A gazetteer that holds
Egypt's under "Public Prosecution (Egypt)" and "Egyptian Civil Aviation Authority", and Libya's
only under another name ("Office of the Attorney General") or only in Arabic (مصلحة الطيران
المدني), hands a Libyan text's "the Public Prosecution" to Egypt's, exactly or by likeness: the
name is the only evidence and it is the foreign body's. The gazetteers' frame is Libya
(:mod:`normx.resolve.country_frame`): a Libyan writer names a foreign body with its country
("the Egyptian Public Prosecution", "Egypt's civil aviation authority"), and leaves bare only
his own country's. So when the body a segment links to is marked as another country's and the
document never names that country, the link is not what the text means:

* the segment takes instead the body the matcher reached for the same words through the gloss
  lexicon (``method`` "gloss": the Arabic name of the frame's own body, which glosses to the
  span's words) when that body holds no foreign country itself, or else the one body of the
  frame the document links elsewhere whose Arabic name renders every word of the span ("the
  Awqaf said" after Libya's الهيئة العامة للأوقاف والشؤون الإسلامية, not Egypt's Ministry of
  Awqaf);
* otherwise it links nothing (the Libyan body the gazetteer lacks or names otherwise is an
  unknown name; the foreign record stays listed as the ambiguous candidate).

A document that names the country somewhere ("students in Malaysia, Turkey and Egypt") still
means its own country's body by the bare name, when the gloss reaches one: "the Public
Prosecution is investigating" in a Libyan text is Libya's (النيابة العامة, headed by the
النائب العام whose office the gazetteer holds), not Egypt's, though Egypt is named. The foreign
body keeps the link only when the words just before the span or the span itself name its
country ("the Egyptian Public Prosecution", "Egypt's ..."), or when the document names that
country more often than Libya (a story about Egypt): otherwise the frame's body takes it.
With no body of the frame reached, a named country keeps the foreign link as before.

It runs on the segments before coreference (:func:`~normx.resolve.references.resolve_references`),
so the repeats of the name ("the Prosecution") find no foreign antecedent either.

A body is marked as a country's by its English qualifier naming a country the lexicon knows
("Public Prosecution (Egypt)": Egyptian; a town's qualifier, "(Benghazi)", marks nothing) or
by a country word of the gloss lexicon in its English name ("Egyptian Civil Aviation
Authority"). Its Arabic name alone does not mark it: the lexicon
knows the country's adjective (الأمريكية, American) but not every name of the country ("the
United States", "U.S."), so a document naming it so would not be seen to. The document names
the country when any of its words is one of its English words, the qualifier's name, or the
adjective or demonym of one (Egypt, Egyptian, Egyptians), or when it links a place whose
Arabic name holds the country's Arabic word (the qualifier مصر, the adjective's المصري) or
whose English name is so related. Libya's own words (the lexicon's weak words) and peoples or
regions that are no country (Arab, African, European) mark nothing, and a body whose name
holds one, or Libya's, is named for it, no kind every state has ("Africa Corps (Russia)").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from normx.gazetteer.countries import is_country
from normx.match.candidate import Candidate
from normx.match.score import NO_MATCH_THRESHOLD
from normx.mt.lexicon import default_lexicon
from normx.resolve.coordinated_order import clitic_of, content_words, glosses, writes_gloss
from normx.resolve.country_frame import NOT_A_COUNTRY, holds_words
from normx.resolve.demonym_span import demonym_of
from normx.resolve.generic import arabic_words
from normx.resolve.qualifier_country import qualifier_words
from normx.resolve.segment import Seg, relinked, sole_linked
from normx.text.clitics import IN_BODY
from normx.text.latin import fold
from normx.text.qualifier import head_of, trailing_qualifier

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime

_WORD = re.compile(r"[^\W\d_]+")
GLOSS = "gloss"
_NEAR = 40  # characters before a span read for its country ("the Egyptian", "Egypt's")


@cache
def _countries() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """(Arabic country word -> the English words of the lexicon glossing to it, frame words)."""
    lex = default_lexicon()
    weak = frozenset(w for a in lex.weak_arabic for w in arabic_words(a))
    peoples = frozenset(fold(w) for w in NOT_A_COUNTRY)
    by_arabic: dict[str, set[str]] = {}
    frame: set[str] = set()
    for key, entry in lex.entries.items():
        if not entry.place or len(key) != 1 or fold(key[0]) in peoples:
            continue
        words = {w for r in entry.renderings for a in r for w in arabic_words(a)}
        if words & weak:
            frame.add(key[0])
            continue
        for w in words:
            by_arabic.setdefault(w, set()).add(key[0])
    return {k: frozenset(v) for k, v in by_arabic.items()}, frozenset(frame)


@cache
def _place_words() -> frozenset[str]:
    """Every one-word place entry of the lexicon, folded (regions and peoples too)."""
    lex = default_lexicon()
    return frozenset(fold(k[0]) for k, e in lex.entries.items() if e.place and len(k) == 1)


Country = tuple[frozenset[str], frozenset[str]]  # folded English words, Arabic words


def country_of(rt: Runtime, cand: Candidate) -> Country:
    """The English and Arabic words that name the foreign country *cand* is marked with (both
    empty when it is marked with none; see the module docstring)."""
    english, arabic = english_marks(cand.name)
    if not english:
        return frozenset(), frozenset()
    by_arabic, _ = _countries()
    more = set(arabic)
    for name in rt.arabic_names(cand.id):
        for w in name:
            bare = w.strip("()")
            if bare in by_arabic or w.startswith("("):  # النيابة العامة (مصر): the qualifier
                more.add(bare)
    return english, frozenset(more)


@lru_cache(maxsize=16_384)  # a pure function of a record's name, asked at every ORG link
def english_marks(name: str) -> Country:
    """The country words *name* is marked with, and their Arabic words (lexicon)."""
    by_arabic, frame = _countries()
    places = _place_words() - {w for words in by_arabic.values() for w in words}
    english: set[str] = set()
    arabic: set[str] = set()
    found = trailing_qualifier(name)
    bracketed = found if found is not None and found.parenthetical and found.words else None
    if bracketed is not None:
        qualifier = fold(bracketed.words).strip()
        if qualifier not in frame and (_a_country(qualifier, by_arabic) or is_country(qualifier)):
            english.add(qualifier)  # a shipped country the lexicon lacks: "(France)"
            english |= qualifier_words(qualifier, by_arabic)  # "(Turkey)": Turkish too
    head = name if bracketed is None else head_of(name, bracketed)
    name_words = set(fold(head).replace("-", " ").split())
    if name_words & places:
        return frozenset(), frozenset()  # "Africa Corps (Russia)": named for a place
    for ar, words in by_arabic.items():
        if words & name_words:  # "Turkey": and "Turkish", which glosses alike (تركيا)
            english |= words
            arabic.add(ar)
    return frozenset(english - frame), frozenset(arabic)


def _a_country(name: str, by_arabic: dict[str, frozenset[str]]) -> bool:
    """*name* (folded) is a country the lexicon knows: one of its country words, or the place
    one of them is the adjective of (Egypt: Egyptian). A town ("(Benghazi)") is none."""
    known = {w for words in by_arabic.values() for w in words}
    return name in known or any(demonym_of(w, {name}) for w in known)


def _named(country: Country, said: frozenset[str], places: list[Candidate], rt: Runtime) -> bool:
    """The document names *country*: its words (*said*) do (:func:`_says`), or a place it
    links (*places*) holds one of the country's Arabic words ("U.S." -> الولايات المتحدة
    الأمريكية) or an English name word that is one of its English words or so related."""
    english, arabic = country
    if _says(english, said):
        return True
    for place in places:
        if holds_words(place.id, arabic, rt.arabic_names):
            return True
        words = set(fold(place.name).replace("-", " ").split())
        if english & words or any(demonym_of(c, words) for c in english):
            return True
    return False


def framed_segs(linker: SpanLinker, rt: Runtime, segs: list[Seg]) -> list[Seg]:
    """*segs* with each link to an unnamed foreign country's body given to the frame's body
    the gloss reaches, or undone (see the module docstring)."""
    said: frozenset[str] | None = None
    places: list[Candidate] = []
    out = segs
    for k, seg in enumerate(segs):
        cand = seg.cand
        if cand is None or cand.type != "ORG" or seg.phrase:
            continue
        country = country_of(rt, cand)
        if not country[0]:
            continue
        if said is None:
            said = frozenset(fold(w) for w in _WORD.findall(linker.text))
            places = [s.cand for s in segs if s.cand is not None and s.cand.type == "LOC"]
        surface = linker.surface(seg.first, seg.last)
        own = _frame_body(rt, surface, cand) or _linked_own(rt, surface, segs, cand)
        if _named(country, said, places, rt) and (
            own is None or said_near(linker, seg, country) or framed_by(country, linker.text)
        ):
            continue
        if out is segs:
            out = list(segs)
        out[k] = relinked(seg, own, (cand,) if own is None else seg.ambiguous)
    return out


def _says(english: frozenset[str], said: frozenset[str]) -> bool:
    """A word of *said* (folded) is one of a country's English words *english* or the
    adjective or demonym of one (:func:`_of`), or *said* holds every word of a name of two
    ("united states")."""
    return any(_of(w, english) for w in said) or any(
        " " in c and all(p in said for p in c.split()) for c in english
    )


def said_near(linker: SpanLinker, seg: Seg, country: Country) -> bool:
    """The span, or the few words before it, name *country* ("Egypt's Public Prosecution",
    "the Egyptian Public Prosecution", "the Public Prosecution in Cairo" is not read)."""
    start = linker.tokens[seg.first].start
    near = linker.text[max(0, start - _NEAR) : linker.tokens[seg.last].end]
    return _says(country[0], frozenset(fold(w) for w in _WORD.findall(near)))


def framed_by(country: Country, text: str) -> bool:
    """The document is about *country* more than about Libya: its words (Egypt, Egyptian,
    Egyptians) come more often than Libya's (a Cairo story that mentions Libya)."""
    _, frame = _countries()
    own = frozenset(fold(w) for w in frame)
    foreign = mine = 0
    for word in _WORD.findall(text):
        w = fold(word)
        if _of(w, country[0]):
            foreign += 1
        elif _of(w, own):
            mine += 1
    return foreign > mine


@lru_cache(maxsize=65_536)  # every word of a document, asked once per foreign body's country
def _of(word: str, country: frozenset[str]) -> bool:
    """*word* (folded) is one of *country*'s words, or the adjective or demonym of one."""
    return word in country or any(demonym_of(word, {c}) or demonym_of(c, {word}) for c in country)


def _linked_own(rt: Runtime, query: str, segs: list[Seg], foreign: Candidate) -> Candidate | None:
    """The one body of the frame the document links elsewhere whose Arabic name holds a
    rendering of every word of *query* ("the Awqaf" after Libya's الهيئة العامة للأوقاف
    والشؤون الإسلامية), when a word of *query* is more than a kind of body."""
    lex = default_lexicon()
    words = content_words(query)
    if not words or all(w in lex.generic for w in words):
        return None
    said = [glosses(w) for w in words]
    if not all(said):
        return None

    kinds = [g for w, g in zip(words, said, strict=True) if w in lex.generic]

    def renders_query(_: Seg, c: Candidate) -> bool:
        return (
            c.type == "ORG"
            and c.id != foreign.id
            and not country_of(rt, c)[0]
            and any(
                all(writes_gloss(name, g) for g in said) and not _unit_name(name, said, kinds)
                for name in rt.arabic_names(c.id)
            )
        )

    return sole_linked(segs, renders_query)


def _unit_name(
    name: tuple[str, ...], said: list[frozenset[str]], kinds: list[frozenset[str]]
) -> bool:
    """*name* is a unit of the body the query names: its head renders no word of the query,
    and a kind word of the query ("court") is written in it only behind the preposition that
    joins the unit to its body ("Supreme Constitutional Court" against الدائرة الدستورية
    بالمحكمة العليا, the Supreme Court's constitutional chamber: a court is no chamber of one;
    :func:`normx.mt.gloss.unit_of_the_body` reads the gloss matcher's candidates so)."""
    if not name or any(clitic_of(name[0], g) is not None for g in said):
        return False
    for g in kinds:
        clitics = [c for c in (clitic_of(w, g) for w in name[1:]) if c is not None]
        if clitics and all(c.startswith(IN_BODY) for c in clitics):  # "in (the)": ب
            return True
    return False


SPELLED_OUT_SCORE = 0.9  # a likeness this close, of a name that holds every word of the span


def _frame_body(rt: Runtime, query: str, foreign: Candidate) -> Candidate | None:
    """The body the gloss lexicon reaches for *query* that is marked with no foreign country,
    or one whose English name holds every word of *query* at a close likeness: "the Ministry
    of Labour" in a Libyan wire story is Libya's "Ministry of Labour and Rehabilitation", not
    Egypt's "Ministry of Labour (Egypt)", which the text's words name exactly (articles-v48,
    session 26); the gloss reaches the Libyan ministry too (وزارة العمل) but the likeness of its
    English name ranks first."""
    words = set(fold(query).split())
    for c in rt.match(query):
        if c.id == foreign.id or c.type != "ORG":
            continue
        if c.method != GLOSS and not (
            c.score >= SPELLED_OUT_SCORE and words <= set(fold(c.matched or "").split())
        ):
            continue
        if c.score >= NO_MATCH_THRESHOLD and not country_of(rt, c)[0]:
            return c
    return None
