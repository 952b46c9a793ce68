"""A prison named in the Arabic order, "the prison of Mitiga", is no facility of another kind.

Translation keeps the Arabic order of سجن معيتيقة: "the prison of Mitiga", "the prisons of
Mitiga and Al-Jadeeda". :mod:`normx.resolve.prison_named` reads the English order ("the Mitiga
prison") and leaves the name unlinked when it reached a record that is not a prison; here the
head comes before the name, after "of". The reading is narrower than the English order's: a
town after "the prisons of" may be where the prisons are ("the prisons of Tripoli"), so only a
name that reached a *facility* of another kind is unlinked: a record whose matched name holds
a facility head (``facility`` of ``heads.yaml``: airport, base, port ...) that the mention did
not say (Mitiga International Airport, by coreference or spelling). The prison is an unknown
name; the airport is not what the text speaks of. AFP's French copy writes the same order
("la prison de Mitiga"), read alike, and its pronoun for a prison just said: "plusieurs prisons
..., dont celle de Mitiga" ("celle(s) de" after "prison(s)" earlier in the same sentence).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from normx.resolve.facility_unsaid import unsaid_heads
from normx.resolve.segment import Resolved
from normx.text.latin import fold

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime

# English "the prison(s) of (the)", and AFP's French "la prison de" / "les prisons de"
_PRISON_OF = re.compile(
    r"\b(?:prison|jail|gaol)s?[ \t]+(?:of[ \t]+(?:the[ \t]+)?|de[ \t]+(?:la[ \t]+)?)$"
)
_WORD = re.compile(r"[^\W\d_]+")
# French "celle(s) de (la)": the head noun said before in the sentence, by a pronoun
_PRONOUN_OF = re.compile(r"\bcelles?[ \t]+de[ \t]+(?:la[ \t]+)?$")
_PRISON_SAID = re.compile(r"\bprisons?\b")
_SENTENCE_END = re.compile(r"[.!?]\s")
SENTENCE_CHARS = 200  # how far back the pronoun's prison may be said


def prison_before(text: str, start: int) -> bool:
    """A lower-case "prison(s) of" (or jail, gaol; "the" allowed after "of"), or French
    "prison(s) de" ("la" allowed after it), ends right before ``text[start]``; or French
    "celle(s) de" does, after "prison(s)" earlier in its sentence."""
    if _PRISON_OF.search(text, max(0, start - 30), start) is not None:
        return True
    if _PRONOUN_OF.search(text, max(0, start - 20), start) is None:
        return False  # "dont celle de Mitiga": the prison said before in the sentence
    before = text[max(0, start - SENTENCE_CHARS) : start]
    ends = list(_SENTENCE_END.finditer(before))
    return _PRISON_SAID.search(before, ends[-1].end() if ends else 0) is not None


def prison_of_facilities_unlinked(
    linker: SpanLinker, rt: Runtime, resolved: list[Resolved]
) -> list[Resolved]:
    """*resolved* with each name after "the prison(s) of" that reached a facility of another
    kind unlinked (see the module docstring)."""
    text = linker.text
    if "prison" not in text and "jail" not in text and "gaol" not in text:
        return resolved
    heads = {fold(h) for h in rt.lex.facility_heads}
    out = resolved
    tokens = linker.tokens
    for k, (seg, cand, evidence) in enumerate(resolved):
        if cand is None or cand.type == "PER" or seg.phrase:
            continue
        if not prison_before(text, tokens[seg.first].start):
            continue
        said = {fold(w) for w in _WORD.findall(linker.surface(seg.first, seg.last))}
        if not unsaid_heads(cand.matched or cand.name, said, heads):
            continue
        if out is resolved:
            out = list(resolved)
        out[k] = (seg, None, {**evidence, "prison_of": cand.id})
    return out
