"""A French adjective of nationality in lower case is no name: "le gouvernement italien".

French writes the adjective of a country in lower case after its noun ("le gouvernement
italien", "la presse italienne", "un responsable libyen"), and a lower-case French body head
opens a span over it (:mod:`normx.detect.french_lower`). The adjective alone then walked the
name trie, and some forms are another language's name of the country: German writes Italy
"Italien" and Libya "Libyen" (the exonym table, the gazetteer's inherited aliases), so
"italien" came out an exact mention of Italy (articles-v56). The gold conventions mark no
demonym ("Libyan" is linked to nothing, :mod:`normx.resolve.place_adjective`), and the English
"the Italian government" leaves "Italian" as context (:mod:`normx.resolve.context_words`).

So a range made only of lower-case French adjectives of countries (the ``fr`` forms of
``normx/gazetteer/data/country_demonyms.yaml``, :attr:`~normx.detect.lexicon.Lexicon.people_nouns`)
has no exact candidates. A capitalised form is untouched (a noun of people is context already,
and a name spelled so stays a name); so is a longer range that holds the adjective with other
words ("garde-côtes libyens": the coast guard's own name).

A noun of the state itself with such an adjective ("l'État italien", "l'État libyen":
``french_state_nouns`` of ``normx/resolve/data/country_words.yaml``) names the country's
state, no body and no mention: the gloss read "État italien" as الدولة الإيطالية and linked the
Polizia di Stato (شرطة الدولة الإيطالية), whose head شرطة goes unsaid (articles-v56; session
36, h-fr2). :func:`french_state_only`.
"""

from __future__ import annotations

from functools import cache

from normx.mt.french import default_french_names
from normx.resolve.span_tokens import SpanTokens
from normx.text.resources import word_list


@cache
def _state_nouns() -> frozenset[str]:
    return frozenset(word_list("normx.resolve", "country_words.yaml", "french_state_nouns"))


def french_adjectives_only(words: SpanTokens, first: int, last: int) -> bool:
    """Tokens *first*..*last* are all lower-case French adjectives of nationality, or French
    function words beside one ("et le turc" of "Siemens Energy et le turc Enka", a piece of a
    span the French tail ran over once "turc" became a French gloss word; session 36)."""
    nouns = words.lex.people_nouns
    glue = default_french_names().connectors
    tokens = words.tokens[first : last + 1]
    return all(not t.cap and (t.form in nouns or t.form in glue) for t in tokens) and any(
        t.form in nouns for t in tokens
    )


def french_state_only(words: SpanTokens, first: int, last: int) -> bool:
    """Tokens *first*..*last* are a French noun of the state and a lower-case French adjective
    of nationality after it ("État italien"; see the module docstring)."""
    if last != first + 1:
        return False
    noun, adjective = words.tokens[first], words.tokens[last]
    return (
        noun.form in _state_nouns()
        and not adjective.cap
        and adjective.form in words.lex.people_nouns
    )
