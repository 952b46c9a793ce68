""" "The Company" after an airline: a business said by its own name's kind words.

A generic noun refers to the body just named whose English names or written words hold the
noun, or whose Arabic name opens with a gloss of it (:mod:`normx.resolve.generic`). A firm is
شركة whatever its own name: Arabic news names the airline (الخطوط الجوية الليبية, "the Libyan
Airlines") and then calls it الشركة, "the Company". Neither test sees that: the airline's
English name holds "Airlines", its Arabic name opens with الخطوط, not شركة, so "said that the
Company prepared two planes" stayed unlinked, or went to another firm the text had called a
company paragraphs before.

So a body whose English names hold a business's kind word (``firm_kinds`` of
``data/kind_words.yaml``: airlines, airways, transport, holding ...) says a firm noun
(``firm_nouns``: company) as if its name held it; the rivals and distances of
:func:`~normx.resolve.generic.find_body` and :mod:`normx.resolve.noun_rivals` then decide as
for any body that says the noun.
"""

from __future__ import annotations

from functools import cache

from normx.text.latin import fold
from normx.text.resources import word_list


@cache
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    nouns = frozenset(fold(w) for w in word_list("normx.resolve", "kind_words.yaml", "firm_nouns"))
    kinds = frozenset(fold(w) for w in word_list("normx.resolve", "kind_words.yaml", "firm_kinds"))
    return nouns, kinds


def firm_said(noun: str, english_words: frozenset[str]) -> bool:
    """The folded generic *noun* is a firm's ("company") and *english_words* (a body's
    English name words, folded) hold a business's kind word (see the module docstring)."""
    nouns, kinds = _lists()
    return noun in nouns and not english_words.isdisjoint(kinds)
