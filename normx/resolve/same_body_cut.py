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
prison"), an unknown name of its own.
"""

from __future__ import annotations

from normx.match.candidate import Candidate


def same_body(whole: Candidate | None, cut: Candidate | None) -> bool:
    """Whether the whole span's match and its best cut's are the same organisation."""
    return whole is not None and cut is not None and whole.type == "ORG" and whole.id == cut.id
