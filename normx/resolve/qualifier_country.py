"""A record qualified by its country is marked with all the words that name the country.

Gazetteers built from Wikipedia titles tell one state's body from another's by a qualifier:
"Ministry of National Defence (Turkey)". :mod:`normx.resolve.foreign_frame` reads the qualifier
as the country the body belongs to and asks whether the document names that country; a
document names it by its adjective as often as by its name ("the Turkish Ministry of
Defense"). A regular adjective is found from the name by its ending (Egypt: Egyptian), an
irregular one is not (Turkey: Turkish, France: French, the Netherlands: Dutch), so the body of
a country named only by such an adjective was taken for an unnamed foreign country's and
unlinked. The gloss lexicon renders a country and its adjectives by one Arabic word (تركيا,
التركية), so the qualifier's country words are every English word of the lexicon that glosses
as the qualifier does.
"""

from __future__ import annotations

from collections.abc import Mapping


def qualifier_words(qualifier: str, by_arabic: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """The folded English words the lexicon renders as the folded *qualifier* is rendered
    (*by_arabic*: Arabic country word -> its English words); empty for a qualifier the
    lexicon does not know."""
    out: set[str] = set()
    for words in by_arabic.values():
        if qualifier in words:
            out |= words
    return frozenset(out)
