"""A body the gazetteer holds under the very words of "the <Head> of <X>", X a linked place.

:mod:`normx.resolve.unknown_body_seat` makes "the University of Omar Al-Mukhtar" one unlinked
mention when the span "Omar Al-Mukhtar" linked a place: an unknown body named by its seat. It
counted on a body the gazetteer holds under that phrase being linked whole before it runs. That
holds while the body wins the span: a small gazetteer answers "Omar Al-Mukhtar" with Omar
Al-Mukhtar University (its name less its head word). Among 40,000 places the village Qaryat
Omar al Mukhtar spells those two words nearer (0.98 against 0.92), the span became a place, and
the phrase, which names the university word for word, was left unlinked (articles-v30, session
22's +40k loss).

So before the phrase is unlinked the matcher is asked for it whole: the best answer stands
when it is a body at :data:`NO_MATCH_THRESHOLD` or more one of whose English names is made of
exactly the words the text says, the head word and X's words, in any order ("Omar Al-Mukhtar
University" for "the University of Omar Al-Mukhtar"; "of" and "the" aside). The type word the
text gives ("University") is then part of the body's own name, which no village has, and a body
named by other words ("Municipal Council of Zawiya" for "the Municipal Council of Zuwara")
stays out: the phrase is still an unknown body of that seat.

The same look-alike can fuse a person's name with his body's: with "Omar Al-Mukhtar" a place,
"Ahmed Bouzaid of the University of Omar Al-Mukhtar" stayed one unknown name (articles-v20 at
+40k; plain cuts it before "Omar"). :func:`fused_cut` cuts such an unlinked span before "the
<Head> of <X>" when that phrase names a body word for word, as above.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from normx.match.candidate import Candidate
from normx.match.score import NO_MATCH_THRESHOLD
from normx.text.latin import fold

_WORD = re.compile(r"[^\W\d_]+")
_LINKING = frozenset({"of", "the"})


def _words(name: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(fold(name)) if w not in _LINKING)


def body_named_by_phrase(
    phrase: str,
    match: Callable[[str], list[Candidate]],
    en_names: Callable[[str], tuple[str, ...]],
) -> Candidate | None:
    """The body *phrase* ("University of Omar Al-Mukhtar") names word for word, or None (see
    the module docstring)."""
    said = _words(phrase)
    found = match(phrase)
    if not found or len(said) < 2:
        return None
    best = found[0]
    if best.type != "ORG" or best.score < NO_MATCH_THRESHOLD:
        return None
    if any(_words(n) == said for n in (best.name, *en_names(best.id))):
        return best
    return None


_FUSED = re.compile(
    r"[ \t]+[Tt]he[ \t]+((?:[A-Z][\w'’-]*[ \t]+)*[A-Z][\w'’-]*)[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"(?:[A-Z][\w'’-]*[ \t]+)*[A-Z][\w'’-]*$"
)
_OF_TAIL = re.compile(r"[ \t,]+of$")


def fused_cut(
    text: str,
    start: int,
    end: int,
    heads: frozenset[str],
    match: Callable[[str], list[Candidate]],
    en_names: Callable[[str], tuple[str, ...]],
) -> tuple[int, int, Candidate] | None:
    """For an unlinked span *start*..*end* that ends in "of the <Head> of <X>" ("Ahmed
    Bouzaid of the University of Omar Al-Mukhtar": a person's name fused with his body's once
    X linked a look-alike place), the end of the words before it, the phrase's start and the
    body the phrase names word for word; None otherwise."""
    found = _FUSED.search(text, start, end)
    if found is None or fold(found.group(1).split()[-1]) not in heads:
        return None
    before = _OF_TAIL.sub("", text[start : found.start()])
    body = body_named_by_phrase(text[found.start(1) : end], match, en_names)
    if body is None or not before.strip():
        return None
    return start + len(before), found.start(1), body
