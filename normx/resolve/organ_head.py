"""A body's organ named alone: "the General Command said" for the General Command of the
Libyan Arab Armed Forces.

A body that signs its statements with one of its organs ("General Command of the Libyan Arab
Armed Forces", :mod:`normx.gazetteer.organ_names`) is called by that organ alone in the news
("The General Command accused ...", "the spokesman of the General Command"). The words are
generic nouns and titles ("General" is a rank), so the linker reads them as context and a
head noun and names nothing. Yet a reader who knows the body's official name knows which body
says "the General Command": the one whose name opens with those words and "of".

The rule: a span of capitalised words, at least :data:`MIN_WORDS` of them and ending in a body
head noun, that the gazetteers hold only as the opening of names ``<span> of/for ...``, all of
them names of one organisation, links to that organisation. Nothing is linked when two
organisations' names open so (two bodies' "High Council"), when a name is the span itself (the
matcher's business), or when the span is followed by "of"/"for" (the text names the complement
itself), nor when it follows a capitalised head noun and "of" ("the Media Office of the General
Command": another body, the organ's office).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from normx.detect.lexicon import function_word_list
from normx.match.candidate import Candidate
from normx.resolve.segment import Seg

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker

METHOD = "organ"  # the mention's method: a body named by its organ's words alone
MIN_WORDS = 2  # "General Command"; one generic noun names no organ
OPENERS = function_word_list("head_openers")  # connectors.yaml, tried in its order
ARTICLES = ("the",)
MAX_NAMES = 64  # names looked at under one opening: a generic opening names no one body
_END = ""  # the trie's terminal key (normx.detect.trie)


def _ends_below(node: dict[str, Any], limit: int) -> list[int] | None:
    """The name ids in the trie below *node*; None past *limit* names."""
    out: list[int] = []
    stack = [node]
    while stack:
        cur = stack.pop()
        for key, child in cur.items():
            if key == _END:
                out.extend(child)
            else:
                stack.append(child)
        if len(out) > limit:
            return None
    return out


def _complement_of_a_head(linker: SpanLinker, first: int) -> bool:
    """The span follows a capitalised body head noun and "of"/"for" ("the Media Office of the
    General Command"): the words name the outer body's complement, and the outer body, one
    the gazetteers lack, is what the text names."""
    tokens, forms = linker.tokens, linker.forms
    k = first - 1
    if k >= 0 and forms[k] in ARTICLES and tokens[k + 1].joined:
        k -= 1
    if k < 1 or forms[k] not in OPENERS or not tokens[k + 1].joined or not tokens[k].joined:
        return False
    head = tokens[k - 1]
    return head.cap and forms[k - 1] in linker.lex.body_heads


def organ_body(linker: SpanLinker, first: int, last: int) -> Seg | None:
    """The organisation whose organ the span names alone, if exactly one (module docstring)."""
    first, last = linker.trim(first, last)
    if last - first + 1 < MIN_WORDS or linker.forms[last] not in linker.lex.body_heads:
        return None
    tokens = linker.tokens
    if not all(t.cap for t in tokens[first : last + 1]):
        return None
    if last + 1 < len(tokens) and linker.forms[last + 1] in OPENERS:
        return None
    if _complement_of_a_head(linker, first):
        return None
    trie = linker.trie
    if trie is None:
        return None
    node: dict[str, Any] | None = trie.root
    for form in linker.forms[first : last + 1]:
        node = node.get(form) if node is not None else None
    if node is None or _END in node:
        return None
    names: list[int] = []
    for opener in OPENERS:
        below = node.get(opener)
        if below is None:
            continue
        found = _ends_below(below, MAX_NAMES)
        if found is None:
            return None
        names.extend(found)
    if not names:
        return None
    entity_of_name = linker.decisions.entity_of_name
    bodies: dict[str, Candidate] = {}
    for ni in names:
        rid, canonical, etype, matched = entity_of_name(ni)
        if etype != "ORG":
            return None
        bodies.setdefault(rid, Candidate(rid, canonical, etype, 1.0, matched, METHOD, {}))
    if len(bodies) != 1:
        return None
    (cand,) = bodies.values()
    return Seg(first, last, cand, False)
