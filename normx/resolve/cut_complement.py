"""A body's name cut before the rest of its of-complement: not the body it partly resembles.

Arabic names a body by a head, its task and the task's object: المركز الوطني لمكافحة الجراد
الصحراوي, rendered "the National Center for the Control of the Desert Locust". When no
gazetteer holds that centre, the linker cuts the run and asks about the piece "National Center
for the Control", which the gloss matcher finds inside another centre's name (المركز الوطني
لمكافحة الأمراض, the disease-control centre): the two share a head and a task, not the object,
and the object is what the text goes on to say. So a piece that already holds its own "for"/"of"
("Center for the Control"), linked to an organisation by gloss or likeness to part of its name
only, and followed by "of (the)" and capitalised words none of which is a word of the body's
names, each a translated common word of the gloss lexicon (the task's object: "Desert",
"Locust"), is cut from a longer name of another body, unknown to the gazetteer: the link is
dropped (articles-v47).

The rest of the body's own name stands ("Bank of Libya" after "the Central Bank": Libya is a
word of its name), and so does a complement holding a body head noun of its own ("the Ministry
of the Agriculture of the Government of National Unity": an owner, another body), which
:mod:`normx.resolve.run_head` and coreference judge, and so does a complement holding a name (a
seat: "the Chamber of the Commerce of Tarabulus", "the Social Council of the Tribes of
Warshafana"; a word the lexicon does not translate, or a country's), which
:mod:`normx.resolve.unknown_body_seat` and the span rules read as one unknown body's name. A
piece without an inner "for"/"of" ("Red Crescent of Misrata", "Al-Ahly of Benghazi") is a short
name with its seat (:mod:`normx.resolve.of_qualifier`), not judged here.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from normx.match.candidate import Candidate
from normx.mt.lexicon import default_lexicon
from normx.resolve.run_head import JUDGED_METHODS, OPENERS, name_words
from normx.resolve.segment import WHOLE_COVERAGE, coverage
from normx.text.latin import fold

# right after the piece: "of" or "for", an optional "the", then the complement's capitalised
# words (connectors between them kept)
_COMPLEMENT = re.compile(
    r" (?:of|for) (?:the )?((?:[A-Z][\w'\-]*)(?: (?:of|for|and|the|[A-Z][\w'\-]*))*)"
)
_TRAILING = frozenset({"of", "for", "and", "the"})


def cut_before_complement(
    text: str,
    start: int,
    end: int,
    cand: Candidate,
    names: Iterable[str],
    body_heads: Collection[str],
) -> bool:
    """The piece ``text[start:end]`` holds its own "for"/"of", is linked to the organisation
    *cand* by gloss or likeness to part of its name only, and runs on into "of (the)
    <Capitalised ...>" whose words are none of *cand*'s names (*names*) nor a body head
    (*body_heads*, folded): a longer name of another body (see the module docstring)."""
    if cand.type != "ORG" or cand.method not in JUDGED_METHODS:
        return False
    piece = fold(text[start:end]).split()
    if not any(w in OPENERS for w in piece[1:]):
        return False
    m = _COMPLEMENT.match(text, end, min(len(text), end + 120))
    if m is None:
        return False
    words = m.group(1).split()
    while words and words[-1] in _TRAILING:
        words.pop()
    said = {fold(w) for w in words if w[:1].isupper()}
    if not said or said & set(body_heads):
        return False
    if coverage(cand)[1] >= WHOLE_COVERAGE:
        return False
    own = {w for n in (cand.matched, cand.name, *names) for w in name_words(n)}
    return not said & own and all(_translated(w) for w in said)


def _translated(word: str) -> bool:
    """*word* (folded) is a common word the gloss lexicon translates: not a name, a
    transliteration or a country's word."""
    entry = default_lexicon().entries.get((word,))
    return entry is not None and not entry.transliterated and not entry.place
