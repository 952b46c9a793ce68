"""An office named by its holder's title: "the Office of the Public Prosecutor".

Arabic names an office by the title of the man at its head (مكتب النائب العام, "the office of
the attorney general"), and translation writes the title as it pleases: "Attorney General",
"Public Prosecutor", "Prosecutor General". Detection keeps a person title out of a name
(``normx/detect/data/titles.yaml``: "prosecutor", "attorney", "general" are context before a
man's name), so "the Office of the Public Prosecutor" became the span "Office of the Public",
which names nothing, and the office was missed (articles-v20, v31). The possessive form ("the
Attorney General's Office") is :mod:`normx.resolve.office_possessive`'s.

So the phrase "<Office|Bureau> of the <capitalised words>" whose last word is a person title
is read whole: it links to the one organisation the matcher finds for it at
:data:`MIN_SCORE` or above (letter for letter, or by the gloss of its words:
``public prosecutor`` is النائب العام in ``normx/mt/data/gloss.yaml``), when the document's
mentions inside it are unlinked and none runs past it. Nothing else changes: a phrase that
ends in a name word was detected whole and judged by the linker already.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from normx.detect.lexicon import lexicon
from normx.match.candidate import Candidate
from normx.resolve.document import Mention
from normx.text.latin import fold

METHOD = "office"
MIN_SCORE = 0.9  # the office's name, near letter for letter or word for word
_PHRASE = re.compile(
    r"\b(?P<head>Office|Bureau) of the (?P<holder>(?:[A-Z][\w-]*[ -]){0,3}(?P<last>[A-Z][\w-]*))"
)


def _office(phrase: str, match: Callable[[str], list[Candidate]]) -> Candidate | None:
    """The one organisation the matcher finds for *phrase* at :data:`MIN_SCORE`, if one."""
    found = {c.id: c for c in match(phrase) if c.type == "ORG" and c.score >= MIN_SCORE}
    return next(iter(found.values())) if len(found) == 1 else None


def offices_of_title(
    text: str, mentions: tuple[Mention, ...], match: Callable[[str], list[Candidate]]
) -> tuple[Mention, ...]:
    """*mentions* (in text order) with each "Office of the <title>" read whole (module doc)."""
    if "Office of the " not in text and "Bureau of the " not in text:
        return mentions
    titles = lexicon().titles
    out = list(mentions)
    changed = False
    for m in _PHRASE.finditer(text):
        if fold(m.group("last")) not in titles:
            continue
        start, end = m.start(), m.end()
        inside = [x for x in out if x.start < end and x.end > start]
        if not inside or any(x.id is not None or x.start < start or x.end > end for x in inside):
            continue  # nothing cut here, a linked name inside, or a longer name
        cand = _office(text[start:end], match)
        if cand is None:
            continue
        evidence = {"matched": cand.matched, "office_of": m.group("holder")}
        joined = Mention(
            start, end, text[start:end], cand.id, cand.name, cand.type, cand.score, METHOD, evidence
        )
        out = sorted([x for x in out if x not in inside] + [joined], key=lambda x: x.start)
        changed = True
    return tuple(out) if changed else mentions
