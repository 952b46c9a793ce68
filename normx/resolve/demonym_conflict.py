"""A place or body whose people the text's demonym contradicts is not the one meant.

"Libyan Arab Armed Forces" shares every word but one with the Sudanese Armed Forces; the
matcher pairs the shared words and may prefer the Sudanese body. The demonym decides: an
entity whose English names hold another people's demonym and none of those said is no link.

A body matched only in part is judged more strictly: "Amazigh High Council" is not the High
Council of State, whose names say nothing of the Amazigh; a people's word its names lack is
enough, unless it is the country every Libyan body belongs to (the gloss lexicon's
``weak_arabic`` frame: "Libyan High Council" may well be the High Council of State). A club
whose name the text left out only its sports kind word ("the Tunisian Etoile du Sahel" of
Étoile Sportive du Sahel; ``CLUB_WORDS``: Sportive, SC, Club ...) is said whole for this: the
kind word is a translation of نادي, no part of what the club is called (articles-v39). So is a
body named by its own words and kind words only (:func:`normx.resolve.core_name.kind_forms`:
"the Egyptian Hassan Allam" of Hassan Allam Holding, session 28, articles-v43).

A body's Arabic name may hold its people where its English names hold the country ("The
American Africa Command": القيادة الأمريكية في أفريقيا, United States Africa Command): a
demonym whose country words (the gloss lexicon's renderings) are words of the entity's Arabic
names is its own, however the English names say it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from normx.detect.lexicon import function_words
from normx.gazetteer.peoples import is_people_name
from normx.mt.lexicon import default_lexicon
from normx.resolve.clitic_country import writes_country
from normx.resolve.club_city import CLUB_WORDS
from normx.resolve.core_name import kind_forms
from normx.resolve.generic import arabic_words
from normx.resolve.kind_phrase import country_of
from normx.resolve.segment import PEOPLE, Seg
from normx.text.latin import fold

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker


def contradicted_by_demonym(linker: SpanLinker, seg: Seg, first: int) -> bool:
    """The demonyms said of *seg* (its context, its own words and those right before it in
    the span starting at *first*) all differ from the demonyms of its place or body's
    English names. Persons are not judged so (a Libyan may be named anywhere)."""
    cand = seg.cand
    if cand is None or cand.type == "PER" or PEOPLE in seg.extra:  # "Tebu": peoples.py
        return False
    if is_people_name(cand.name):  # "the Toubou and Touareg": the people is the word's own
        return False
    demonyms = linker.lex.demonyms
    forms = linker.forms
    said = {fold(w) for c in seg.context for w in c.split()} & demonyms
    said.update(f for f in forms[seg.first : seg.last + 1] if f in demonyms)
    t = seg.first - 1
    while t >= first and forms[t] in demonyms:
        said.add(forms[t])
        t -= 1
    if not said:
        return False
    words = linker.english_words(cand.id) | arabic_own(linker, cand.id, said)
    partial = seg.partial and not _club_said_whole(forms[seg.first : seg.last + 1], cand.matched)
    if partial and cand.type == "ORG" and any(not _frame(d) for d in said - words):
        return True
    return not (words & said or not words & demonyms)


def arabic_own(linker: SpanLinker, rid: str, said: Iterable[str]) -> frozenset[str]:
    """The demonyms of *said* whose country words (:func:`country_of`) are words of the
    entity's Arabic names: its own people, however its English names say it."""
    arabic_names = linker.decisions.arabic_names
    if arabic_names is None:
        return frozenset()
    arabic = {w for name in arabic_names(rid) for w in name}
    return frozenset(d for d in said if writes_country(arabic, country_of(d)))  # "لطوارق"


@cache
def _frame(demonym: str) -> bool:
    """The demonym names the country every body of the gazetteers' region belongs to."""
    weak = {w for text in default_lexicon().weak_arabic for w in arabic_words(text)}
    return bool(country_of(demonym) & weak)


# connectors a name's translation adds, drops or fuses ("du" = "of the", "de la"):
# connectors.yaml, function_word_sets: translation
CONNECTORS = function_words("translation")
_NAME_WORD = re.compile(r"[^\W\d_]+")


def _club_said_whole(said: Iterable[str], matched: str) -> bool:
    """Every word of the club or kind-named body's name *matched* the text left out (*said*: its
    folded words) is a sports kind word, a body's kind word or a connector, and one at least is
    a kind word."""
    left = {fold(w) for w in _NAME_WORD.findall(matched)} - set(said) - CONNECTORS
    return bool(left) and left <= CLUB_WORDS | kind_forms()
