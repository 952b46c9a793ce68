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
"""

from __future__ import annotations

from collections.abc import Sequence

from normx.detect.lexicon import function_words
from normx.match.candidate import Candidate

# words that make what comes before the cut a head with the body as its complement ("the
# Office of the National Oil Corporation", "Minister of Justice of the Government of National
# Unity"): another office or body, not the same body padded (connectors.yaml,
# function_word_sets: complement)
COMPLEMENT_WORDS = function_words("complement")


def same_body(whole: Candidate | None, cut: Candidate | None, before: Sequence[str] = ()) -> bool:
    """Whether the whole span's match and its best cut's are the same organisation, and the
    words of the span before the cut (*before*, folded forms) do not make the cut a
    complement ("Office of the ...")."""
    if whole is None or cut is None or whole.type != "ORG" or whole.id != cut.id:
        return False
    return not COMPLEMENT_WORDS.intersection(before)
