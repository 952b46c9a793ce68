"""A minister's office is a person's post, not the ministry: "Minister of Health" is no link.

"The Minister of Education, Musa al-Megarief, said ..." names a person by his office. The
gloss and spelling matchers read "Minister of Education" close to the Ministry of Education
(وزير / وزارة share their root, and "Minister" ~ "Ministry" by spelling), so the phrase was
linked to the ministry: a wrong link wherever the text speaks of the minister and not of his
ministry. Here a phrase whose head is the office ("Minister of X", "Minister for X", with
"Deputy", "Acting", "Vice", "Assistant", "Former" or "Interim" before it, or the office word
closing the phrase as English puts it: "Labor Minister", "Defense Minister") does not take a
body that is a ministry or department (its English name says so, or its Arabic name starts
with وزارة). Other bodies named inside the phrase stay candidates ("Minister of the
Government of National Unity": the government is named there).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from normx.detect.lexicon import function_words
from normx.match.candidate import Candidate
from normx.text.arabic import normalize_arabic
from normx.text.latin import fold
from normx.text.resources import word_list

# data/office_words.yaml: the office's word, the words before it, a ministry's words
OFFICE_WORDS = frozenset(word_list("normx.resolve", "office_words.yaml", "office"))
BEFORE_OFFICE = frozenset(word_list("normx.resolve", "office_words.yaml", "before_office"))
LINKS = function_words("head_openers")  # "Minister of/for" (connectors.yaml)
MINISTRY_WORDS = frozenset(word_list("normx.resolve", "office_words.yaml", "ministry"))
MINISTRY_AR = normalize_arabic("وزارة")


def names_an_office(query: str) -> bool:
    """*query* is a minister's office: title words, "Minister", then "of" or "for"; or words
    closing with "Minister" ("Labor Minister": the ministry's domain before the office)."""
    words = fold(query).replace("-", " ").split()
    if len(words) >= 2 and words[-1] in OFFICE_WORDS:
        return True
    i = 0
    while i < len(words) and words[i] in BEFORE_OFFICE:
        i += 1
    return i + 1 < len(words) and words[i] in OFFICE_WORDS and words[i + 1] in LINKS


def is_ministry(cand: Candidate) -> bool:
    """The candidate is a ministry or department, as its matched or canonical name says."""
    if cand.type != "ORG":
        return False
    return any(name and _names_a_ministry(name) for name in (cand.matched, cand.name))


@lru_cache(maxsize=65_536)
def _names_a_ministry(name: str) -> bool:
    """The name (English or Arabic) is a ministry's or department's: remembered per name, since
    every segment linked to a body asks it of the same gazetteer names again."""
    if normalize_arabic(name).startswith(MINISTRY_AR):
        return True
    return bool(MINISTRY_WORDS.intersection(fold(name).replace("-", " ").split()))


def ministries_dropped(query: str, cands: Sequence[Candidate]) -> list[Candidate]:
    """*cands* without the ministries when *query* names a minister's office."""
    if not cands or "inister" not in query or not names_an_office(query):
        return list(cands)
    return [c for c in cands if not is_ministry(c)]
