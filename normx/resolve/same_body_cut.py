"""A body's name with a word MT added, whose best cut is the same body: keep the whole span.

Machine translation pads a body's name with words its English name lacks: بوابة الوسط is
"Al-Wasat Portal" (the gazetteer's English name is "Al-Wasat"), the UN's fact-finding mission
becomes the "Independent International Fact-Finding Mission on Libya". The whole span then
matches the body with a word left over (not clean), and the linker looks for a cleaner cut:
it finds the same body in a shorter piece ("Al-Wasat", "Fact-Finding Mission on Libya"),
and the words around it make the span read as an unknown name that merely holds that body
(the way "Libya Al-Ahrar" holds Libya), which links nothing. When the cut names the very
body the whole span matched, there is no second name to make: the whole span is that body.
Only organisations: a place's extra words are more often a facility's head ("Mitiga
prison"), an unknown name of its own. Nor when the words before the cut hold "of" or "the":
"the Office of the National Oil Corporation" and "Justice of the Government of National Unity"
name an office of the body, whose cut is the complement (:mod:`normx.resolve.head_complement`).
Unless the whole span's match paired every word before the "of" into the body's own name: "the
Gate of Al-Wasat" glosses بوابة الوسط word for word, and its "Gate" is the name's بوابة, no
office of the site (articles-v50, session 28; the shipped gazetteer's "Gate" is an alias of
the town Ghat, which the cut read alone). So too "the Company of Al-Brega for the Marketing of
the Oil" (شركة البريقة لتسويق النفط said in MT's word order): its best cut "Marketing of the Oil"
is the company again, and "Company", "Brega" before it are words the whole span's gloss match
paired into the company's name; the article written apart ("Al-") is no word that needs
pairing (session 34, h-resolve: the cut had read "Al-Brega" alone as the town).
"""

from __future__ import annotations

from collections.abc import Sequence

from normx.detect.lexicon import function_words
from normx.match.candidate import Candidate
from normx.resolve.segment import WHOLE_COVERAGE, coverage, matched_words

# words that make what comes before the cut a head with the body as its complement ("the
# Office of the National Oil Corporation", "Minister of Justice of the Government of National
# Unity"): another office or body, not the same body padded (connectors.yaml,
# function_word_sets: complement)
COMPLEMENT_WORDS = function_words("complement")
# the Arabic article written apart ("Al-Brega"): no word of the head (connectors.yaml,
# function_word_sets: cut_article)
CUT_ARTICLES = function_words("cut_article")


def same_body(whole: Candidate | None, cut: Candidate | None, before: Sequence[str] = ()) -> bool:
    """Whether the whole span's match and its best cut's are the same organisation, and the
    words of the span before the cut (*before*, folded forms) do not make the cut a
    complement ("Office of the ...")."""
    if whole is None or cut is None or whole.type != "ORG" or whole.id != cut.id:
        return False
    if not COMPLEMENT_WORDS.intersection(before):
        return True
    head = [w for w in before if w not in COMPLEMENT_WORDS and w not in CUT_ARTICLES]
    paired = matched_words(whole)
    return bool(head) and all(paired[w] > 0 for w in head)


def glossed_word_cut(whole: Candidate | None, cut: Sequence[str]) -> bool:
    """Whether the cut (*cut*, its folded forms) is one common word that the whole span's gloss
    match translated into its body's name, which it reads whole: "the Gate of the Wasat"
    glosses to بوابة الوسط with no word of either side left over, and its "Gate" (بوابة) is a word
    of that name, not the town Ghat (a shipped alias) that the word alone spells. Only a body,
    only a gloss match that left nothing unmatched and covers the whole name, and only a word
    the lexicon translated (not one read by its sound: "Tripoli" of a university is a name)."""
    if whole is None or whole.type != "ORG" or whole.method != "gloss" or len(cut) != 1:
        return False
    ex = whole.explain
    unmatched = ex.get("unmatched") or {}
    if (
        any(unmatched.get(lang) for lang in ("english", "arabic"))
        or coverage(whole)[1] < WHOLE_COVERAGE
    ):
        return False
    return (ex.get("gloss_kinds") or {}).get(cut[0]) == "lexicon" and matched_words(whole)[
        cut[0]
    ] > 0
