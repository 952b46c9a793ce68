"""Titles, title phrases and demonyms around names: the words that say who, not which.

A span often opens with context ("Turkish Defense Minister Hulusi Akar", "Special Envoy
Abdoulaye Bathily"): no gazetteer name holds those words, so the linker strips them, keeps them
as the mention's context, and lets them judge the name (a person title makes it a person).
These functions read a document's tokens (:class:`~normx.resolve.span_tokens.SpanTokens`) and
the lexicon's word lists; the gazetteer enters only where a name may begin with a context
word (the trie: "Libyan National Army", "General National Congress") or hold one
(``in_names``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from normx.detect.lexicon import Lexicon
from normx.detect.trie import NameTrie
from normx.detect.units import ARTICLE
from normx.resolve.segment import LOOSE_METHODS, Seg
from normx.resolve.span_tokens import SpanTokens
from normx.text.latin import fold
from normx.text.resources import word_list


def context_at(words: SpanTokens, t: int) -> bool:
    """Token *t* is a title or demonym here: not after a hyphen-joined article, which makes
    it a family name ("Bashir Al-Sheikh Hammouda", الشيخ; "Al-Masri"), and not a title
    between a name word and a capitalised body head noun, which makes it a word of a body's
    name ("Tarhuna General Hospital"), where no person is named. (A span that opens with it,
    "General Command of ...", keeps it as context: such a bare head names no particular body.)
    """
    if not words.lex.is_context(words.forms[t]):
        return False
    nxt = t + 1
    if (
        0 < t < len(words.tokens) - 1
        and words.tokens[t].joined
        and words.tokens[t - 1].cap
        and not words.lex.is_context(words.forms[t - 1])
        and not words.is_stop_word(t - 1)
        and words.forms[t] in words.lex.titles
        and words.forms[t] not in words.lex.demonyms
        and words.tokens[nxt].cap
        and words.tokens[nxt].joined
        and words.forms[nxt] in words.lex.body_heads
    ):
        return False
    if t == 0 or not words.tokens[t].hyphen_before:
        return True
    before = words.units[words.unit_index[t - 1]]
    return before.kind != ARTICLE or before.last != t - 1


def title_phrase_at(words: SpanTokens, t: int, last: int) -> bool:
    """A person title phrase ("Special Envoy") starts at token *t* and ends by *last*."""
    forms = words.forms
    if not 0 <= t < len(forms):
        return False
    return any(
        t + len(p) - 1 <= last and tuple(forms[t : t + len(p)]) == p
        for p in words.lex.title_phrases_at(forms[t])  # only those opening with this word
        if p[-1] not in ("of", "the")  # "head of": the body after it is a name
    )


def name_word(words: SpanTokens, t: int) -> bool:
    """Token *t* is a capitalised word of a name: no function word, title or demonym."""
    tok = words.tokens[t]
    lex = words.lex
    return (
        tok.cap
        and not words.is_stop_word(t)
        and tok.form not in lex.connectors
        and not context_at(words, t)
        and not title_phrase_at(words, t, len(words.tokens) - 1)
    )


def opens_with_context(
    words: SpanTokens, in_names: Callable[[str], bool], first: int, last: int
) -> bool:
    """The span opens with a title or demonym that no gazetteer name contains (a cheap test
    that saves a matcher call on the whole span)."""
    form = words.forms[first]
    return first < last and words.lex.is_context(form) and not in_names(form)


def context_edge(words: SpanTokens, in_names: Callable[[str], bool], first: int, last: int) -> bool:
    """A sub-span that starts or ends with a title or demonym no gazetteer name has
    ("... and Turkish", "Turkish Defense"): never a name, so no matcher call."""
    lex = words.lex
    return any(
        lex.is_context(words.forms[t]) and not in_names(words.forms[t]) for t in {first, last}
    )


@cache
def _french_articles() -> frozenset[str]:
    """The French articles and determiners (``normx/detect/data/stopwords.yaml``)."""
    return frozenset(word_list("normx.detect", "stopwords.yaml", "french_articles"))


def only_context(words: SpanTokens, first: int, last: int) -> bool:
    """Only titles, demonyms, function words and generic head nouns: no particular name. A
    capitalised demonym of another language is a noun of people ("les Libyens") and counts
    too (:attr:`~normx.detect.lexicon.Lexicon.people_nouns`), and so does the French article
    that opens a sentence before one ("Les Libyens d'ici attendent ...", articles-v53: glossed
    to Libya; session 34, h-v53), when a people noun follows it in the span."""
    lex = words.lex
    tokens = words.tokens
    return all(
        context_at(words, k)
        or (t.cap and t.form in lex.people_nouns)
        or (
            t.form in _french_articles()
            and k < last
            and tokens[k + 1].cap
            and tokens[k + 1].form in lex.people_nouns
        )
        or words.is_stop_word(k)
        or t.form in lex.connectors
        or t.form in lex.body_heads  # "the Chamber", "Forces": no particular body
        or t.form in lex.unit_heads
        for k, t in enumerate(words.tokens[first : last + 1], first)
    )


def strip_context(
    words: SpanTokens, trie: NameTrie, first: int, last: int
) -> tuple[int, tuple[str, ...], bool]:
    """Skip leading titles, title phrases and demonyms: the first token after them, the
    skipped context, and whether the context ends in "of" (what follows is the office's
    domain: "Minister of Oil and Gas")."""
    i = first
    ctx: list[str] = []
    after_of = False
    forms = words.forms
    while i <= last:
        for phrase in words.lex.title_phrases_at(forms[i]):
            n = len(phrase)
            if i + n - 1 <= last and tuple(forms[i : i + n]) == phrase:
                ctx.append(words.surface(i, i + n - 1))
                after_of = phrase[-1] in ("of", "the")
                i += n
                break
        else:
            if context_at(words, i):
                if _starts_a_name(words, trie, i, last):
                    break  # "Libyan" of "Libyan National Army", "General" of "... Congress"
                ctx.append(words.tokens[i].text)
                after_of = False
                i += 1
            elif forms[i] in words.lex.connectors and ctx:
                after_of = after_of or forms[i] == "of"
                i += 1
            else:
                break
    return i, tuple(ctx), after_of


def _starts_a_name(words: SpanTokens, trie: NameTrie, t: int, last: int) -> bool:
    """Token *t* begins a gazetteer name of two words or more spelled out up to *last*."""
    u0 = words.unit_index[t]
    if words.units[u0].first != t:
        return False
    hit = trie.walk(words.units, u0, words.unit_index[last] + 1)
    return hit is not None and hit.last > u0


def person_context(lex: Lexicon, context: tuple[str, ...]) -> bool:
    """The context words end in a person title ("Minister", "Chief of Staff"), not in a
    demonym or a title phrase that opens a body's name ("Head of")."""
    return bool(context) and fold(context[-1].split()[-1]) in lex.titles


def titled_body_name(words: SpanTokens, first: int, last: int) -> bool:
    """The span opens with a title word (no demonym) and holds a capitalised body head noun
    after it ("General Intelligence Service", "General Administration of the ..."): the title
    word may be the first word of a body's name (العامة, "General"), which only the matcher
    can tell (:meth:`~normx.resolve.linker.SpanLinker._resolve` asks it before stripping)."""
    forms, lex = words.forms, words.lex
    if forms[first] not in lex.titles or forms[first] in lex.demonyms:
        return False
    return any(
        words.tokens[t].cap and forms[t] in lex.body_heads for t in range(first + 1, last + 1)
    )


def rank_before_body(words: SpanTokens, seg: Seg) -> bool:
    """A capitalised title word right before a body's name that ends in its capitalised head
    noun ("the General Intelligence Service", "the General Administration of the Criminal
    Investigation Department") is a word of that name MT left in front, not a rank: no person
    is named there, so the title does not make the segment a person's (the body stays linked,
    however loosely). A person's name after a rank ends in a name word, not in a head noun."""
    cand, before = seg.cand, seg.first - 1
    if cand is None or cand.type != "ORG" or before < 0:
        return False
    lex, tokens = words.lex, words.tokens
    title, end = tokens[before], tokens[seg.last]
    return (
        title.cap
        and tokens[seg.first].joined
        and words.forms[before] in lex.titles
        and words.forms[before] not in lex.demonyms
        and end.cap
        and words.forms[seg.last] in lex.body_heads
    )


def is_title_complement(words: SpanTokens, seg: Seg) -> bool:
    """An unlinked segment after "<title> of" that names the office's domain, not someone:
    a body the gazetteers lack ("... Land Forces"), a title, or a single word ("Oil",
    "Health": a portfolio; a person's name after a title has two words or more). A single
    word that only a word of a longer name resembles ("Gas" of "Mellitah Oil & Gas") is the
    portfolio too: a linked lone word counts only when it is a whole name or links closely."""
    if seg.cand is not None:
        loose = seg.partial and seg.cand.method in LOOSE_METHODS
        return loose and len(words.name_units(seg.first, seg.last)) <= 1
    form = words.tokens[seg.last].form
    if form in words.lex.body_heads or form in words.lex.titles:
        return True
    return len(words.name_units(seg.first, seg.last)) <= 1


def is_further_complement(words: SpanTokens, seg: Seg) -> bool:
    """A lone word after "and" that continues an office's domain just read as one ("Minister
    of Oil and Gas"): linked to nothing, or only loosely (a lone word resembles some village's
    name in a large gazetteer: "Gas" ~ Kass), it is the office's second portfolio. A name
    spelled out ("Minister of Interior and Tripoli ...") is still a mention."""
    if seg.first == 0 or words.forms[seg.first - 1] not in words.lex.coordinating:
        return False
    if len(words.name_units(seg.first, seg.last)) > 1:
        return False
    return seg.cand is None or seg.cand.method in LOOSE_METHODS


def is_portfolio(words: SpanTokens, seg: Seg) -> bool:
    """A segment after "for" in a span a person title opens, linked to nothing or only loosely
    by part of a longer name: the office's domain ("Under-Secretary-General of the United
    Nations for Humanitarian Affairs"), not a mention of a body that shares its words. An
    exact name after "for" ("Special Envoy for Libya") is still a mention."""
    if seg.first == 0 or words.forms[seg.first - 1] != "for":
        return False
    cand = seg.cand
    return cand is None or (seg.partial and cand.method in LOOSE_METHODS)


def is_name(words: SpanTokens, first: int, last: int) -> bool:
    """Worth reporting as an unlinked proper name: a capitalised word that is not context."""
    lex = words.lex
    return any(
        t.cap and not words.is_stop_word(k) and not lex.is_context(t.form)
        for k, t in enumerate(words.tokens[first : last + 1], first)
    )
