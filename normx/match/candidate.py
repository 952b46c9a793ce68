"""The result of matching one name: a ranked candidate entity with its evidence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

# methods that found a name by resemblance alone, not by its spelling or a translation
LIKENESS_METHODS = frozenset({"phonetic", "fuzzy", "cross-script"})
LATIN_LIKENESS_METHODS = frozenset({"phonetic", "fuzzy"})  # ... in the text's own script


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entity a name may refer to.

    ``score`` is in [0, 1] and calibrated so that :data:`normx.match.score.NO_MATCH_THRESHOLD`
    means the same for persons, bodies and places; ``matched`` is the gazetteer name or alias
    that won; ``method`` says how (exact, normalised, phonetic, fuzzy, cross-script, gloss);
    ``explain`` holds the score components.
    """

    id: str
    name: str
    type: str
    score: float
    matched: str
    method: str
    explain: dict[str, Any] = field(default_factory=dict, compare=False)

    def to_dict(self, *, explain: bool = True) -> dict[str, Any]:
        """The JSON form used by ``normx match --format jsonl`` (a contract)."""
        out: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "score": round(self.score, 4),
            "matched": self.matched,
            "method": self.method,
        }
        out["explain"] = self.explain if explain else {}
        return out


def clear_best(found: Sequence[Candidate], min_score: float, margin: float) -> Candidate | None:
    """The first of *found* (best first) when it scores *min_score* or more and the next
    candidate, if another entity, trails it by *margin* or more; None otherwise. A rule that
    re-asks the matcher with words the text wrote around a name ("the U.N. refugee agency",
    "the naval operation Irene") overrules the linker only on a sure and unrivalled answer."""
    if not found or found[0].score < min_score:
        return None
    best = found[0]
    if len(found) > 1 and found[1].id != best.id and found[1].score > best.score - margin:
        return None
    return best
