"""Is a match over a whole span one name, or several names run together?

A matcher candidate for "Presidential Council and the Government of National Unity" may pair
words of both names and still score well; a candidate for "Saddam Khalifa Haftar" may pair a
father's name inside. The linker asks these questions before it takes a whole-span match or
cuts the span (:mod:`normx.resolve.linker`, :mod:`normx.resolve.subspans`), reading the
span's natural cuts (:mod:`normx.resolve.pieces`) and the words the candidate paired.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from normx.match.candidate import Candidate
from normx.resolve.coordinated_order import GLOSS, clitic_of
from normx.resolve.generic import arabic_words
from normx.resolve.pieces import pieces
from normx.resolve.segment import (
    CALQUE_ARTICLE,
    LOOSE_METHODS,
    WHOLE_COVERAGE,
    Seg,
    coverage,
    is_clean,
    matched_words,
    spelled_whole,
)
from normx.resolve.span_tokens import SpanTokens

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
from normx.text.arabic import normalize_arabic
from normx.text.latin import fold

# how much of its Arabic name (by the matcher's word weights) a gloss match across "and" must
# say to be the name whole: three quarters, so a word or two left to the span's context or cut
# off by detection may be unsaid (الليبية of "the Libyan Company for the Post and the ...":
# 0.96; الصناعي of "the Man-made River Project Implementation and Management Authority",
# whose span loses "Man-made": 0.77), not the name's own word of a short name ("Oil and Gas"
# of "Minister of Oil and Gas" is no mention of مليتة للنفط والغاز, Mellitah Oil and Gas: 0.5)
GLOSS_AND_NAME_COVERAGE = 0.75


def one_name_across(words: SpanTokens, first: int, last: int, cand: Candidate) -> bool:
    """A match over the span's natural cuts (:func:`~normx.resolve.pieces.pieces`) is one
    name, not several run together.

    Across a coordinating "and" it must be a coordinated name ("Ministry of Oil and Gas",
    "Justice and Construction Party", "Sirte and Jufrah Operations Room"), not two names
    ("Presidential Council and the Government ...", "Sirte and Al-Jufra"): a gazetteer name
    spelled out (trie), or a clean match of a whole gazetteer name. Across any cut the match
    must pair a word of every piece (a generic head noun does not count: "106 Brigade and
    the Tariq bin Ziyad Brigade"; nor does a word it left over: "Libyan Arab Armed Forces |
    Khalifa" is not the army): a name that explains one side only says the sides are
    separate names. A name whose own "and" the match paired is coordinated too
    (:func:`coordinated_name`). A spelling match of the whole name across "and"
    (:func:`~normx.resolve.segment.spelled_whole`) needs no piece test: it would refuse a piece
    that holds only a head noun or a word the lexicons also read as a title or a stop word
    ("Ministry | of the Hajj | and the Umrah" for وزارة الحج والعمرة: the honorific "Hajj",
    the rite "Umrah"), and two names an "and" joins are never one name spelled whole.
    """
    sides = pieces(words, first, last)
    if len(sides) <= 1 or cand.method == "exact":
        return True
    coordinated = any(words.forms[k] in words.lex.coordinating for k in range(first, last))
    if coordinated and spelled_whole(cand):  # "Ministry of the Hajj and the Umrah"
        return True
    whole_name = is_clean(cand) and coverage(cand)[1] >= WHOLE_COVERAGE
    if coordinated and cand.method == GLOSS and not _and_in_arabic(cand.matched):
        # a gloss reads words in any order: "Airways and the African" says all of الخطوط
        # الجوية الأفريقية, which holds no "and" (و) to pair the span's (session 30)
        whole_name = False
    if coordinated and not (whole_name or coordinated_name(words, first, last, cand)):
        return False
    said = matched_words(cand)
    sides_units = [_side_units(words, a, b) for a, b in _complements_joined(words, sides)]
    for k, units in enumerate(sides_units):
        elsewhere = [u for j, other in enumerate(sides_units) if j != k for u in other]
        # a word paired more often than the other sides spell it counts for this side
        if not any(
            n > sum(w in u for u in elsewhere) and any(w in u for u in units)
            for w, n in said.items()
        ):
            return False
    return True


def _and_in_arabic(name: str) -> bool:
    """The Arabic *name* joins two words with "and": a word after its first carries و
    (والبحث of وزارة التعليم العالي والبحث العلمي). A word that merely starts with the
    letter (وزارة) opens a name, it does not follow one."""
    return any(w.startswith("و") and len(w) > 3 for w in normalize_arabic(name).split()[1:])


def _complements_joined(words: SpanTokens, sides: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """*sides* with a lone body head noun joined to the piece its "of the" opens.

    :func:`~normx.resolve.pieces.pieces` cuts before a title word or a demonym, so MT's
    "Ministry of the Foreign Affairs" (وزارة الخارجية: "foreign" is a title word, as in
    "Foreign Minister") and "Ministry of the Egyptian Foreign Affairs" (وزارة الخارجية
    المصرية) come in two pieces, the first a generic head alone, which names no body and so
    pairs no unit: the per-piece test then refused every such match, and the span was cut to
    "Affairs". A head whose "of the" complement is the next piece is one name with it:
    "Ministry of the | Egyptian Foreign Affairs" is the ministry, as "Ministry of Egypt" would
    be, and "Company of the | Chinese Railways for the Construction" the firm
    (الشركة الصينية لإنشاءات السكك الحديدية, matched whole by gloss). Only across "of the",
    the Arabic article MT writes: English copy's "Ministry of Foreign
    Affairs" is every country's ministry alike, a tie the government or country after it
    decides (:mod:`normx.resolve.ministry_government`). Not a head piece with words of its
    own ("Ministry of Defense | Turkish ..."), nor pieces an "and" parts, nor a unit head
    ("Forces of the | Libyan National Army": the body's men, a mention of the army, not one
    name with it)."""
    lex = words.lex
    forms = words.forms
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(sides):
        a, b = sides[k]
        if (
            a == b
            and forms[a] in lex.body_heads
            and forms[a] not in lex.unit_heads
            and k + 1 < len(sides)
        ):
            c, d = sides[k + 1]
            between = forms[b + 1 : c]
            # "of the": "of" and MT's article (connectors.yaml, calque_article)
            if len(between) == 2 and between[0] == "of" and between[1] in CALQUE_ARTICLE:
                out.append((a, d))
                k += 2
                continue
        out.append((a, b))
        k += 1
    return out


def side_spellings(words: SpanTokens, first: int, last: int) -> list[list[frozenset[str]]]:
    """The span's natural pieces, each as the spellings of the name units a match must pair
    one of for :func:`one_name_across` to hold (an empty side: no match but an exact one
    can)."""
    return [_side_units(words, a, b) for a, b in pieces(words, first, last)]


def coordinated_name(words: SpanTokens, first: int, last: int, cand: Candidate) -> bool:
    """The match pairs the span's "and" with its name's own and every other word of the span
    but function words: one coordinated name said with a word more or less ("International
    Federation of the Red Cross and Red Crescent" for the International Federation of Red
    Cross and Red Crescent Societies), not two names an "and" joins. Each side of the
    span's "and" must pair a word of the same side of the name's (:func:`_sides_kept`):
    "Siemens Energy and Turkey's Enka" cut at "Energy and Turkey" pairs "Turkey" with the
    qualifier of the Ministry of Energy and Natural Resources (Turkey), not with what the
    ministry's "and" joins."""
    lex = words.lex
    said = matched_words(cand)
    if not any(said[w] for w in lex.coordinating) and not _arabic_and_said(
        words, first, last, cand
    ):
        return False
    content = Counter(
        words.forms[t]
        for t in range(first, last + 1)
        if words.forms[t] not in lex.connectors and not words.is_stop_word(t)
    )
    if not content or not all(said[w] >= n for w, n in content.items()):
        return False
    return _sides_kept(words, first, last, cand)


def _arabic_and_said(words: SpanTokens, first: int, last: int, cand: Candidate) -> bool:
    """A gloss match pairs each "and" of the span with its Arabic name's own "and": the first
    word after it is glossed into a name word that carries the conjunction و written onto it
    ("and the Telecommunications": والاتصالات of الشركة الليبية للبريد والاتصالات وتقنية
    المعلومات), the match says the name nearly whole (``GLOSS_AND_NAME_COVERAGE``), and the
    span's first word is glossed into a name word without و (the span opens at the name's
    first conjunct, not at its second: "Communications and the Information Technology" is a
    piece of the name). The gloss matcher lists the English words it glossed, never the
    "and", whose Arabic is no word of its own; machine translation writes such a name word for
    word ("Company for the Post and the Telecommunications and the Information Technology")."""
    glossed = cand.explain.get("matched_words") if cand.method == GLOSS else None
    if not glossed or coverage(cand)[1] < GLOSS_AND_NAME_COVERAGE:
        return False
    lex = words.lex
    ands = [t for t in range(first + 1, last) if words.forms[t] in lex.coordinating]
    if not ands:
        return False
    opening = _glossed_clitic(words.forms[first], glossed)
    if opening is None or opening.startswith("و"):
        return False
    for t in ands:
        after = next(
            (k for k in range(t + 1, last + 1) if words.forms[k] not in lex.connectors), None
        )
        clitic = None if after is None else _glossed_clitic(words.forms[after], glossed)
        if clitic is None or not clitic.startswith("و"):
            return False
    return True


def _glossed_clitic(form: str, glossed: list[dict[str, object]]) -> str | None:
    """What the Arabic name writes before the gloss of the English word *form* where the gloss
    matcher paired it (*glossed*: its ``matched_words``): "و" for وتقنية, "" for a bare word;
    None if the word was not glossed or its name word is not found."""
    for entry in glossed:
        if fold(str(entry.get("english", ""))).split()[:1] != [form]:
            continue
        said = arabic_words(str(entry.get("arabic", "")))[:1]
        named = entry.get("name_words")
        if not said or not isinstance(named, list) or not named:
            return None
        return clitic_of(normalize_arabic(str(named[0])), frozenset(said))
    return None


def _sides_kept(words: SpanTokens, first: int, last: int, cand: Candidate) -> bool:
    """Whether each side of the span's first "and" pairs at least one word of the same side
    of the name's (its parenthetical qualifier left out): "Energy and Turkey" pairs nothing
    after the "and" of the Ministry of Energy and Natural Resources (Turkey) but the
    qualifier. A match that lists no pairs (a gloss) is not judged."""
    pairs = cand.explain.get("pairs")
    if not pairs:
        return True
    coordinating = words.lex.coordinating
    name = [fold(w) for w in cand.matched.split("(")[0].replace("-", " ").split()]
    joins = [k for k, w in enumerate(name) if w in coordinating]
    at = next((t for t in range(first, last + 1) if words.forms[t] in coordinating), None)
    if not joins or at is None:
        return True
    sides = (
        ({words.forms[t] for t in range(first, at)}, set(name[: joins[0]])),
        ({words.forms[t] for t in range(at + 1, last + 1)}, set(name[joins[0] + 1 :])),
    )
    paired = [(fold(str(p.get("query", ""))), fold(str(p.get("name", "")))) for p in pairs]
    for said, own in sides:
        found = [n for q, n in paired if q in said and q not in coordinating]
        if found and not any(n in own for n in found):
            return False
    return True


def _side_units(words: SpanTokens, first: int, last: int) -> list[frozenset[str]]:
    """The name units of one side, each as the spellings a matcher may report for it."""
    lex = words.lex
    out: list[frozenset[str]] = []
    for u in words.core_units(first, last):
        form = words.forms[u.first]
        if u.forms[0] in lex.connectors or form in lex.stopwords:
            continue
        if form in lex.body_heads or form in lex.unit_heads:
            continue  # "Brigade and the Tariq bin Ziyad": a head alone names no body
        spellings = {*u.forms, *(words.forms[t] for t in range(u.first, u.last + 1))}
        out.append(frozenset(spellings))
    return out


def father_inside(words: SpanTokens, first: int, last: int, cand: Candidate) -> bool:
    """A person named in full with a father's (or grandfather's) name inside: "Saddam
    Khalifa Haftar" is Saddam Haftar, son of Khalifa. Arabic names a man given name, father's
    name, family name, and English texts keep or drop the middle names freely; so a match of
    every word of a person's gazetteer name that pairs the span's first and last name words
    and leaves only inner words over is the whole span, not a cut at the inner name (even
    where the inner words and the surname spell another person: the father)."""
    if cand.type != "PER" or coverage(cand)[1] < WHOLE_COVERAGE:
        return False
    names = words.name_units(first, last)
    if len(names) < 3 or any(words.tokens[u.first].form in words.lex.titles for u in names):
        return False
    said = matched_words(cand)
    return all(any(fold(f) in said for f in u.forms) for u in (names[0], names[-1]))


def borrowed_word(
    linker: SpanLinker, seg: Seg, first: int, last: int, beside: Seg | None = None
) -> bool:
    """A lone word, a piece of span ``first``..``last`` cut at its natural pieces, that links
    only loosely as one word of a longer body's or place's name, while no other word of the
    span is a word of that name: "Support" of "Centre of Emergency Medicine and Support" is not
    the UN Support Mission. An unknown name borrows common words from known names; the same
    word among other words of that name ("Front for Alternation and Concord in Chad", "Change
    and Concord Front") is a variant of that name. Persons are not judged so: a surname alone
    is their ordinary mention ("Haftar and Serraj"). A word left over *beside* another linked
    name of the span is judged without that name's words: "White" of "White Mediterranean
    Sea" (a literal rendering of البحر الأبيض المتوسط) is no mention of the White Sea though
    "Sea" is a word of both."""
    cand = seg.cand
    if cand is None or cand.type == "PER" or not seg.partial:
        return False
    if cand.method not in LOOSE_METHODS or len(linker.name_units(seg.first, seg.last)) > 1:
        return False
    function_words = linker.lex.stopwords | linker.lex.connectors
    own = linker.english_words(cand.id) - function_words
    return not any(
        form in own
        for t, form in enumerate(linker.forms[first : last + 1], first)
        if not seg.first <= t <= seg.last
        and not (beside is not None and beside.first <= t <= beside.last)
    )
