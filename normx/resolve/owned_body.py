"""A body named for the organisation that owns it: "European Union Agency for Criminal
Justice Cooperation" (Eurojust), "United Nations Office for ...".

An organisation's agencies, offices and missions are named "<owner> <head> for|of <field>",
and a gazetteer that lacks the agency's long name (it holds "Eurojust") still holds the owner.
The owner then linked alone, and the rest fell off as an unknown name ("European Union" +
"Agency for Criminal Justice Cooperation"): a wrong link to the owner, where the text names
its agency. :func:`names_agency` says the linked organisation is only the first words of such
a name, so the whole span stays one name (:func:`normx.resolve.fused_names.fused`), linked or
not as a whole. It asks for the complement ("for ...", "of ...") after the head: "the African
Union Commission" alone may be the owner's own organ, said in its place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.detect.lexicon import function_words
from normx.resolve.segment import Seg
from normx.resolve.span_tokens import SpanTokens

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker

# "Agency for ...", "Office of ...", "Mission on" (connectors.yaml, function_word_sets)
COMPLEMENTS = function_words("owned_complement")


def names_agency(linker: SpanLinker, first: int, last: int, s1: int, sub: Seg) -> bool:
    """The organisation linked by ``sub`` (ending at ``s1``) is followed by a capitalised
    body head noun its own names lack, a complement word and a capitalised word: the owner's
    words of its agency's name. (The span's natural pieces cut after a head noun the owner's
    name may end in, "European Union | Agency", so the pieces are not asked.)"""
    cand = sub.cand
    head = s1 + 1
    if cand is None or cand.type != "ORG" or head + 2 > last or linker.tokens[s1].possessive:
        return False
    if linker.own_word(cand.id, linker.forms[head]):
        return False  # the owner's own head said again ("United Nations Organisation for")
    return agency_head_at(linker, head, last)


def agency_head_at(words: SpanTokens, head: int, last: int) -> bool:
    """Token *head* is a capitalised body head noun followed by a lower-case complement word
    ("for", "of": "the" may follow) and a capitalised word, all by token *last*: an agency's
    name goes on there. The span's natural pieces (:func:`normx.resolve.pieces.pieces`) do
    not cut before it after another head noun ("European Union | Agency for ..."): a head
    followed by a man's name is cut there ("Al-Wefaq Forces | Khaled"), an agency's is not."""
    tokens, forms = words.tokens, words.forms
    if head + 2 > last:
        return False
    tok = tokens[head]
    if not (tok.cap and tok.joined) or forms[head] not in words.lex.body_heads:
        return False
    k = head + 1
    if forms[k] not in COMPLEMENTS or tokens[k].cap:
        return False
    k += 1
    if k <= last and forms[k] == "the" and not tokens[k].cap:
        k += 1
    return k <= last and tokens[k].cap and tokens[k].joined
