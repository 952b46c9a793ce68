"""A bare definite head ("the Council") that no other rule linked: the one body named with it.

Arabic news names a body in full once and then by its head noun alone (المجلس, "the
Council"); :mod:`normx.resolve.generic` links the noun to the body just named whose Arabic
name that noun glosses, and leaves it unlinked when two bodies in reach open with the same
Arabic head (the Presidential Council, المجلس الرئاسي, and the House of Representatives, مجلس
النواب) or when the body was named farther back than it reaches. The English text still tells
them apart: only one of them was *written* with the noun. So a generic noun left unlinked is
the body the document named in full (two words or more) with that very noun among its words
("Presidential Council", "Conseil présidentiel"), when the document, before the noun and within
:data:`~normx.resolve.generic.FAR_DISTANCE`, named exactly one such body. Two bodies written
with the noun ("the Presidential Council", "the Council of Representatives"), or one such name
the resolver left unlinked (an unknown body: the noun may be that one), leave it unlinked: the
text is ambiguous, and a wrong link costs more than a missed one (over the open sets' gold,
the sole body so named was the gold's in 507 generic-head mentions of 522, the most recent of
several in 87 of 146).

Several bodies written with the noun, or one and an unknown one, are not always a coin toss:
the paragraph that says the noun usually names the body it is about. When the noun's own
paragraph wrote exactly one of them before it, and no unknown one, the noun is that body ("the
Central Hospital of Tripoli ... the University Hospital of Tripoli.\n\nAnd in Misrata, the
administration of the Misrata Central Hospital said that the doctors of the Hospital ...");
two in the paragraph (or in one sentence), or none there, still leave it unlinked. Session 35
(h-heads).

The head nouns and their spellings are data (``data/sole_heads.yaml``). Session 34
(h-resolve).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from normx.match.candidate import Candidate
from normx.resolve.generic import FAR_DISTANCE
from normx.text.latin import fold
from normx.text.resources import package_data

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.segment import Seg


@cache
def head_spellings() -> dict[str, frozenset[str]]:
    """Folded head noun -> every spelling of that head (``data/sole_heads.yaml``)."""
    out: dict[str, frozenset[str]] = {}
    for entry in package_data("normx.resolve", "sole_heads.yaml"):
        forms = frozenset(fold(str(w)) for w in entry)
        for form in forms:
            out[form] = forms
    return out


# words before a capitalised head that leave it bare ("The Council", "la Commission"), and the
# connectors after it that open its complement ("Ministry of Justice", "Conseil de ...")
_ARTICLES = frozenset({"the", "a", "an", "le", "la", "les", "l"})
_COMPLEMENT = frozenset({"of", "for", "de", "du", "des", "d"})


def _named_in_full(linker: SpanLinker, k: int) -> bool:
    """Token *k*, a capitalised head, is a word of a longer name: a capitalised word other than
    an article before it ("Presidential Council"), or "of"/"for" and a capitalised word after it
    ("Council of Representatives")."""
    tokens, forms = linker.tokens, linker.forms
    if k > 0 and tokens[k - 1].cap and forms[k - 1] not in _ARTICLES:
        return True
    nxt = k + 1
    if nxt < len(forms) and forms[nxt] in _COMPLEMENT:
        nxt += 1
        if nxt < len(forms) and forms[nxt] in _ARTICLES:
            nxt += 1
        return nxt < len(forms) and tokens[nxt].cap
    return False


def sole_head_body(
    linker: SpanLinker,
    out: Sequence[tuple[Seg, Any, dict]],
    seg: Seg,
) -> tuple[Candidate, Seg] | None:
    """The organisation generic noun segment *seg* refers to, and the segment that named it
    last (see the module docstring); None when the text leaves it open. *out* holds the
    segments resolved so far, in order, with their candidates: each capitalised head of a
    longer name before the noun belongs to the segment that holds it, or that ends right before
    it ("Judicial Police | Apparatus", the head cut off as a kind word); one no segment holds
    ("Ministry of Justice" read as a title's words) is an unknown body.

    One body written with the noun: that one. Several, or one and an unknown one: the one
    written in the noun's own paragraph, when that paragraph wrote no other before the noun
    (:func:`_in_paragraph`). None: no link."""
    spellings = head_spellings().get(linker.forms[seg.first])
    if spellings is None:
        return None
    tokens, forms = linker.tokens, linker.forms
    start = tokens[seg.first].start
    owner: dict[int, tuple[Seg, Any]] = {}
    after: dict[int, tuple[Seg, Any]] = {}  # the token right after a segment
    for before, cand, _ in out:
        if before.last >= seg.first:
            break
        owner.update((k, (before, cand)) for k in range(before.first, before.last + 1))
        after[before.last + 1] = (before, cand)
    found: dict[str, tuple[Candidate, Seg]] = {}
    bodies: list[tuple[int, str | None]] = []  # (head token, record id; None: unknown), in order
    unowned: list[tuple[int, frozenset[str]]] = []  # each name no segment holds, and its words
    for k in range(seg.first):
        if start - tokens[k].start > FAR_DISTANCE or forms[k] not in spellings:
            continue
        if not tokens[k].cap or not _named_in_full(linker, k):
            continue
        held = owner.get(k) or after.get(k)
        if held is None:
            unowned.append((k, _name_words(linker, k)))
            continue
        before, cand = held
        if cand is None or before.generic or cand.type != "ORG":
            bodies.append((k, None))  # an unknown body written with the noun: it may be meant
            continue
        found.pop(cand.id, None)  # the last segment that named it, most recent last
        found[cand.id] = (cand, before)
        bodies.append((k, cand.id))
    if not found:
        return None
    if len(found) > 1 or any(rid is None for _, rid in bodies):
        # several bodies, or one and an unknown one: the noun's paragraph decides
        here = _in_paragraph(linker, bodies, start)
        if here is None:
            return None
        found = {here: found[here]}
        unowned = [u for u in unowned if _same_paragraph(linker, u[0], start)]
    cand, named = next(iter(found.values()))
    said = _content(forms[named.first : named.last + 1])
    if any(not (said <= words or words <= said) for _, words in unowned):
        return None  # "Ministry of Justice" unlinked, another than the "Ministry of Interior"
    return cand, named


def _same_paragraph(linker: SpanLinker, k: int, start: int) -> bool:
    """Token *k* is in the paragraph of the text at *start* (no line break between)."""
    return "\n" not in linker.text[linker.tokens[k].end : start]


def _in_paragraph(
    linker: SpanLinker, bodies: Sequence[tuple[int, str | None]], start: int
) -> str | None:
    """Of several bodies written with the noun (*bodies*: head token, record id or None for an
    unknown body), the one the noun's paragraph (the text since the last line break before the
    noun at *start*) wrote, when it wrote no other: "The Presidential Council ... the Security
    Council ...\n\nThe president of the Council of Deputies ... the Council" is the House. Two
    bodies so written in the paragraph ("the Ministry of Local Rule and the Ministry of Finance
    ... the Ministry"), an unknown one there, or none (the noun opens its paragraph), leave it
    open: over the open sets' gold (bodies read off the gold's own mentions), the most recent
    of several bodies was the noun's in 102 mentions of 171, the one of the noun's own
    paragraph, when it wrote one, in 73 of 81."""
    here = {rid for k, rid in bodies if _same_paragraph(linker, k, start)}
    return next(iter(here)) if len(here) == 1 and None not in here else None


_JOINS = frozenset({"of", "for", "and", "the", "de", "du", "des", "d", "et", "la", "le", "l"})


def _content(words: Sequence[str]) -> frozenset[str]:
    return frozenset(w for w in words if w not in _JOINS)


def _name_words(linker: SpanLinker, k: int) -> frozenset[str]:
    """The words of the capitalised name around head token *k*: capitalised words before it
    (no article), and after it capitalised words and the connectors between them
    ("Ministry of Communications and Transport")."""
    tokens, forms = linker.tokens, linker.forms
    first = k
    while first > 0 and tokens[first - 1].cap and forms[first - 1] not in _ARTICLES:
        first -= 1
    last = k
    while last + 1 < len(forms) and (tokens[last + 1].cap or forms[last + 1] in _JOINS):
        last += 1
    while last > k and not tokens[last].cap:
        last -= 1
    return _content(forms[first : last + 1])
