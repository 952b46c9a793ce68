"""Names of bodies: generic head nouns ("Council", "Forces", "Apparatus") and the names they end.

Translation renders a body's name loosely: its adjectives differ (Supreme / High Council of
State), its head noun is swapped for another of its names (Special Deterrence Force /
Apparatus), two generic heads stand for the whole name ("Presidency Council"), a demonym and a
head name the people's army ("The Libyan Army"). A place run into a head its names lack opens
a body named for the place ("Fezzan Movement"). These rules read the head nouns of the lexicon
and the entity's own words (``english_words``, ``own_word``) and ask the linker's decision for
a range (:meth:`~normx.resolve.linker.SpanLinker.link`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.match.candidate import Candidate
from normx.resolve.context_words import strip_context
from normx.resolve.demonym_conflict import arabic_own
from normx.resolve.one_name import one_name_across
from normx.resolve.organ_head import organ_body
from normx.resolve.pieces import same_piece
from normx.resolve.portfolio_head import portfolio_then_head
from normx.resolve.segment import Seg, is_clean, with_context
from normx.resolve.title_before_name import trailing_title
from normx.text.generic import compound_parts

# How a head with its complement may link: its words are generic, so a loose spelling of them
# matches every country's ministry alike, while their gloss reaches the body's Arabic name.
GENERIC_EVIDENCE = ("exact", "gloss")
MAX_HEAD_MODIFIERS = 2  # capitalised words between a place and the head of a body named for it

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker


def body_of_heads(linker: SpanLinker, first: int, last: int, context: tuple[str, ...]) -> list[Seg]:
    """Two generic head nouns together may name one body ("Presidency Council"), and so may
    one head with its "of" complement ("Ministry of Interior": the portfolio word reads as
    context, as in "Interior Minister"): linked only when the whole span names an organisation
    cleanly; one head alone ("the Chamber", "Forces") names none."""
    lex = linker.lex
    if first < last and trailing_title(linker, last):  # "European Commission | President" X
        return body_of_heads(linker, first, last - 1, context)
    if (organ := organ_body(linker, first, last)) is not None:  # normx.resolve.organ_head
        return [with_context(organ, context)]
    heads = sum(t.form in lex.body_heads for t in linker.tokens[first : last + 1])
    if heads == 1 and first < last and linker.forms[first] in lex.demonyms:
        return _people_body(linker, first, last, context)
    if heads and (named := _named_with_complement(linker, first, last)) is not None:
        return [with_context(named, context)]  # "Ministry of Local Government": وزارة الحكم المحلي
    if heads and (named := portfolio_then_head(linker, first, last)) is not None:
        return [with_context(named, context)]  # "Interior Ministry": normx.resolve.portfolio_head
    rest, ctx, _ = strip_context(linker, linker.trie, first, last)
    rest, last = linker.trim(rest, last)
    if first < rest <= last:  # "Vice President of the | Presidency Council"
        return body_of_heads(linker, rest, last, context + ctx)
    if heads < 2 and not head_with_complement(linker, first, last):
        return []
    whole = linker.link(first, last)
    if heads < 2 and whole.cand is not None and whole.cand.method not in GENERIC_EVIDENCE:
        return []  # "Ministry of Defense" spelled like the UK's "Ministry of Defence": no evidence
    # two bodies an "and" joins ("the African Union and the European Union") are no one name
    # for a match that explains one side only (:func:`~normx.resolve.one_name.one_name_across`)
    coordinated = any(f in lex.coordinating for f in linker.forms[first : last + 1])
    if whole.cand is None or (coordinated and not one_name_across(linker, first, last, whole.cand)):
        return _leading_name(linker, first, last, context)
    if whole.cand.type != "ORG" or not is_clean(whole.cand):
        return []
    return [with_context(whole, context)]


def _named_with_complement(linker: SpanLinker, first: int, last: int) -> Seg | None:
    """The whole span, a head with its complement ("Ministry of Local Government"), when an
    exact name or a gloss of a body's Arabic name says all of it: its words are then the
    body's name, not a title phrase and a portfolio, even when the gazetteers' English names
    hold none of them (a body known by its Arabic name only)."""
    if not head_with_complement(linker, first, last):
        return None
    whole = linker.link(first, last)
    cand = whole.cand
    if cand is None or cand.type != "ORG" or whole.partial or not is_clean(cand):
        return None
    return whole if cand.method in GENERIC_EVIDENCE else None


def _leading_name(linker: SpanLinker, first: int, last: int, context: tuple[str, ...]) -> list[Seg]:
    """Generic words that name no body as a whole ("African Union Commission": the AU's
    commission, which the gazetteers lack) may open with the exact name of one organisation
    ("African Union"): the body they belong to is named, and links. The longest such name of
    two words or more wins; a loose match is no evidence here, the words being generic. When
    "and" follows it, another name may follow too ("the Arab League and the European Union"):
    the rest is read on its own, as a span of its own would be."""
    for k in range(last - 1, first, -1):
        exact = linker.exact_candidates(first, k)
        if exact and len(exact) == 1 and exact[0].type == "ORG":
            lead = with_context(Seg(first, k, exact[0], False), context)
            if linker.forms[k + 1] in linker.lex.coordinating:
                return [lead, *linker.resolve(k + 1, last)]
            return [lead]
    return []


def _people_body(linker: SpanLinker, first: int, last: int, context: tuple[str, ...]) -> list[Seg]:
    """A demonym and one head noun ("The Libyan Army") name the body of that people that
    the gazetteer calls so: a clean match of an organisation whose English names hold the
    demonym and the head (the Libyan National Army), or whose Arabic names hold the demonym's
    country ("The Turkish Ministry of Defense": وزارة الدفاع التركية); anything else is no
    name."""
    whole = linker.link(first, last)
    cand = whole.cand
    if cand is None or cand.type != "ORG" or not is_clean(cand):
        return []
    if "linked_as" in whole.extra:  # named by another military head (normx.resolve.armies)
        return [with_context(whole, context)]
    words = linker.english_words(cand.id) | arabic_own(linker, cand.id, (linker.forms[first],))
    if any(  # a glued head is its parts ("coastguard": the Libyan Coast Guard)
        linker.forms[t] not in words and not set(compound_parts(linker.forms[t])) <= words
        for t in (first, last)
    ):
        return []
    return [with_context(whole, context)]


def with_own_head(linker: SpanLinker, last: int, sub: Seg, s1: int) -> tuple[Seg, int]:
    """A linked body followed by a capitalised head noun its own names hold ("Special
    Deterrence | Apparatus" when the gazetteer knows the Deterrence Apparatus): the head is
    its word (translation swaps a body's head for another of its names), not the start of
    another name, so the segment covers it. Returns the segment and its last token."""
    nxt = s1 + 1
    if sub.cand is None or sub.cand.type != "ORG" or nxt > last:
        return sub, s1
    tokens = linker.tokens
    tok = tokens[nxt]
    if not tok.cap or tok.possessive or tokens[s1].possessive:
        return sub, s1
    if tok.form not in linker.lex.body_heads or not linker.own_word(sub.cand.id, tok.form):
        return sub, s1
    if any(tokens[t].form in linker.lex.body_heads for t in range(sub.first, nxt)):
        return sub, s1  # it has its head: a second one starts another name ("Forces Khaled")
    extra = {**sub.extra, "linked_by": linker.surface(sub.first, s1)}
    return Seg(sub.first, nxt, sub.cand, sub.partial, context=sub.context, extra=extra), nxt


def absorbs(
    linker: SpanLinker, first: int, s0: int, s1: int, sub: Seg, whole: Candidate | None = None
) -> bool:
    """A body's name whose leading adjective the gazetteer spells otherwise (Supreme/High).

    The linked part must be an organisation whose span holds a body head noun; the words
    before it in its piece (*first* is the piece's start: at most two words, capitalised,
    not context, linked to nothing else) join the mention. Words that name another entity
    join it too when they stand right before the name and the match of the whole span
    (*whole*) was the same body: its owner, said as part of its name ("UN | Office for the
    Coordination of Humanitarian Affairs").
    """
    lex = linker.lex
    if sub.cand is None or sub.cand.type != "ORG" or s0 <= first or s0 - first > 2:
        return False
    if not any(linker.tokens[t].form in lex.body_heads for t in range(s0, s1 + 1)):
        return False
    lead = linker.tokens[first:s0]
    if not all(t.cap and not lex.is_context(t.form) and t.form not in lex.stopwords for t in lead):
        return False
    cand = linker.link(first, s0 - 1).cand
    if cand is None or cand.id == sub.cand.id:
        return True
    owner = cand.type != "PER" and linker.tokens[s0].joined and not linker.is_edge_word(s0 - 1)
    return owner and whole is not None and whole.id == sub.cand.id


def named_for(linker: SpanLinker, first: int, last: int, s1: int, sub: Seg) -> bool:
    """A place followed, in the same piece, by a capitalised body head noun its own names
    lack ("Fezzan Movement", "Zintan Council") opens the name of a body named for it, which
    the gazetteers lack: not a mention of the place."""
    nxt = s1 + 1
    if sub.cand is None or sub.cand.type != "LOC" or nxt > last:
        return False
    if linker.tokens[s1].possessive:
        return False
    # the head may follow a modifier or two: "Zouara Military Council", "Misrata Municipal
    # Council" (capitalised words of the same name, each joined to the one before)
    for head in range(nxt, min(last, nxt + MAX_HEAD_MODIFIERS) + 1):
        tok = linker.tokens[head]
        if not tok.cap or not tok.joined or (tok.possessive and head < last):
            return False
        if tok.form in linker.lex.body_heads:
            if linker.own_word(sub.cand.id, tok.form):
                return False
            return same_piece(linker, first, last, s1, head)
    return False


def head_with_complement(linker: SpanLinker, first: int, last: int) -> bool:
    """A span that opens with a generic head noun and "of" and goes on ("Ministry of Finance",
    "Ministry of the Interior"): the head's complement says which of its kind it is, so the
    whole may be one body's name even when each word alone is context."""
    forms = linker.forms
    return last - first >= 2 and forms[first] in linker.lex.body_heads and forms[first + 1] == "of"
