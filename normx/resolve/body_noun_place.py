"""A name right after a common noun of a body ("the company Meta", "the channel X") is no place.

Arabic names a company, a channel or a paper by its kind and its name: شركة ميتا, قناة النبأ,
صحيفة الوسط; MT writes "the company Meta", or "the channel of Al-Naba". A name in apposition,
right after the noun, says which company or channel, never a country or town, but a short
foreign name may resemble a place's (coreference took "Meta" for the "Emirates" named later,
through their shared sounds). So (:func:`place_after_body_noun`) a place link right after "the"
and one of those nouns (data: ``data/body_nouns.yaml``) is a look-alike and is dropped; the
mention stays unlinked or finds the body by another rule. After "of" the complement may be the
body's seat ("the agency of Tarabulus", وكالة طرابلس: the Tripoli agency, and Tripoli is a
mention), so "of" is not read. Only places reached by coreference are judged (the look-alike
is a place the document names elsewhere): a place the matcher reached by likeness is left to
the later rules, which may still find the body (under 40k distractors "Meta" first reaches
the village Maddah, and the company after it); a person after "the channel" is the channel's
guest, not said to be the channel.
"""

from __future__ import annotations

import re
from functools import cache

from normx.match.candidate import Candidate
from normx.text.resources import package_data

# "the company ", "the channel ": the noun right before the mention, on one line
_BEFORE = re.compile(r"\bthe[ \t]+([A-Za-z]+)[ \t]+$", re.IGNORECASE)


@cache
def body_nouns() -> frozenset[str]:
    """Nouns of a body after which a name is the body's (lower case)."""
    data = package_data("normx.resolve", "body_nouns.yaml")
    return frozenset(str(w).lower() for w in data.get("words") or ())


def place_after_body_noun(text: str, start: int, cand: Candidate) -> bool:
    """Whether *cand*, a place reached by coreference, is linked for the mention at
    ``text[start]`` right after "the" and a noun of a body (see the module docstring)."""
    if cand.type != "LOC" or cand.method != "coref":
        return False
    m = _BEFORE.search(text, max(0, start - 40), start)
    return m is not None and m.group(1).lower() in body_nouns()
