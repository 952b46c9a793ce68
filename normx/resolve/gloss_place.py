"""A body reached through an Arabic gloss is no link of a span that names a place it lacks.

The gloss matcher renders a span's English words into Arabic and scores them against the
gazetteers' Arabic names (:mod:`normx.mt.gloss`). A place word at the edge of the span that the
body's Arabic name does not hold costs the score something but does not stop the match
(``"place not in name: X"`` among the costs; :func:`normx.mt.gloss_score.score_name`), so one
common word can carry the link: "State of Qatar" ~ المجلس الأعلى للدولة (the High Council of
State, 0.79: only "state" matched) or ~ الدولة الإسلامية (Islamic State); "Barqa Transitional
Council" ~ the National Transitional Council. The span names a place the body's name never
says: it is that place ("the State of Qatar"), or a body of that place the gazetteer holds
under another name, or one it lacks; the body named for another place or for none is the one
reading it cannot be. Rejected as a whole-span decision, the span is cut as any other, so its
place word can still link alone.

Only when the match leaves words of the body's name unsaid (name coverage below
:data:`~normx.resolve.segment.WHOLE_COVERAGE`): a place beside the body's *whole* name is its
seat ("Tobruk Parliament": مجلس النواب, every word glossed), as the gloss matcher means its
cost; a place said *instead of* the rest of the name ("State of Qatar": المجلس الأعلى left
unsaid) names something else.

Only the gloss matcher's own verdict is read (its cost line): an English spelling match never
carries this cost, and a place the body's name holds is no cost at all.
"""

from __future__ import annotations

from normx.match.candidate import Candidate
from normx.resolve.segment import WHOLE_COVERAGE

PLACE_LEFT_OUT = "place not in name:"  # the cost line of normx.mt.gloss_score.score_name


def place_left_out(cand: Candidate) -> bool:
    """The candidate was reached by gloss while a place word of the query is not in its
    name and words of its name are left unsaid (see the module docstring)."""
    if cand.method != "gloss" or cand.type == "PER":
        return False
    inner = cand.explain.get("score components")
    if not isinstance(inner, dict) or float(inner.get("name_coverage", 1.0)) >= WHOLE_COVERAGE:
        return False
    return any(str(c).startswith(PLACE_LEFT_OUT) for c in inner.get("costs") or ())
