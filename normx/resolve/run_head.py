"""A piece cut from a longer body name, without the run's head noun: not the body it resembles.

When no gazetteer holds "the Libyan Civil Aviation Authority" or "the Center for Curricula and
Educational Research", the linker asks about pieces of the capitalised run, and a piece
("Civil Aviation", "Educational Research") may reach by gloss or likeness another body that
shares those words: the International Civil Aviation Organization, the Ministry of Higher
Education and Scientific Research. The run's own head noun says which kind of body the text
names: the last word of the run ("Authority"), or the word before its first "of"/"for"
("Center for ..."). When that head is a body head noun outside the piece, and the linked
body's names lack it and every other head noun of the run ("Accord" in "the Presidential
Council of the Government of Accord" is the Government's) while holding a head noun of their
own (Organization, Ministry), the piece names a different body, unknown to the gazetteer, and
the link is dropped. A piece saying every word of the body's canonical name but its head
("Special Deterrence" of "the Special Deterrence Apparatus", the Special Deterrence Force) is
that body with its head rendered another way, and stands. A piece holding a head noun of its
own ("the Presidential Council of the Accord Government") names a body itself, the outer one's
complement, and is not judged.

A generalisation of :mod:`normx.resolve.head_complement` (the head right before "for"/"of")
to the whole run. Only organisations reached by likeness or gloss are judged: an exact name
stands ("Libyan National Army General Command").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from normx.detect.lexicon import function_words
from normx.match.candidate import LIKENESS_METHODS, Candidate
from normx.text.latin import fold

JUDGED_METHODS = LIKENESS_METHODS | {"gloss"}
CONNECTORS = function_words("run")  # connectors.yaml, function_word_sets: run
OPENERS = function_words("head_openers")  # "<Head> of/for <complement>" (connectors.yaml)
WINDOW = 160  # characters scanned either side of the piece
_WORD = re.compile(r"[^\W\d_][\w'\-]*|\S")


def _run(text: str, start: int, end: int) -> tuple[list[str], list[str], list[str]] | None:
    """The capitalised run around ``text[start:end]``: (words before, the piece, words after),
    connectors inside kept, dangling ones and an opening "The" trimmed."""
    left = [m.group() for m in _WORD.finditer(text, max(0, start - WINDOW), start)]
    right = [m.group() for m in _WORD.finditer(text, end, min(len(text), end + WINDOW))]
    piece = text[start:end].split()
    if not piece:
        return None
    before: list[str] = []
    for w in reversed(left):
        if w[:1].isupper() or w in CONNECTORS:
            before.insert(0, w)
        else:
            break
    after: list[str] = []
    for w in right:
        if w[:1].isupper() or w in CONNECTORS:
            after.append(w)
        else:
            break
    while before and (before[0] in CONNECTORS or fold(before[0]) == "the"):
        before.pop(0)
    while after and after[-1] in CONNECTORS:
        after.pop()
    return before, piece, after


def name_words(name: str) -> list[str]:
    """A gazetteer name's words, folded, hyphens and brackets read as spaces ("Internal
    Security Agency (Libya)" -> internal, security, agency, libya)."""
    return fold(name).replace("-", " ").replace("(", " ").replace(")", " ").split()


def head_index(words: list[str]) -> int:
    """Index of the run's head noun: the word before its first "of"/"for", else the last
    ("Authority of the Man-Made River" is headed by Authority; :mod:`normx.resolve.head_word`
    reads a written name's head so too)."""
    for i, w in enumerate(words):
        if w in OPENERS and i > 0:
            return i - 1
    return len(words) - 1


def cut_from_other_body(
    text: str,
    start: int,
    end: int,
    cand: Candidate,
    names: Iterable[str],
    body_heads: Collection[str],
) -> bool:
    """The piece ``text[start:end]``, linked to the organisation *cand* by likeness or gloss,
    is cut from a capitalised run whose head noun (a body head, *body_heads* folded) lies
    outside it, while *cand*'s names (*names*, with its matched and canonical name) lack that
    head and hold another (see the module docstring)."""
    if cand.type != "ORG" or cand.method not in JUDGED_METHODS:
        return False
    # the piece's own words first: they need no reading of the run around it
    if any(fold(w) in body_heads for w in text[start:end].split()):
        return False  # a body's name of its own ("the Presidential Council of the Accord
        # Government"): the complement of the outer head, judged by its own head
    run = _run(text, start, end)
    if run is None:
        return False
    before, piece, after = run
    words = [*before, *piece, *after]
    at = head_index(words)
    if len(before) <= at < len(before) + len(piece):
        return False  # the piece holds the run's head
    head = fold(words[at])
    if head not in body_heads:
        return False
    own = {w for n in (cand.matched, cand.name, *names) for w in name_words(n)}
    said = {fold(w) for w in piece}
    if not set(name_words(cand.name)) - said - set(body_heads) - CONNECTORS:
        return False  # the body's whole name but its head ("Special Deterrence Apparatus" of
        # the Special Deterrence Force, جهاز/قوة الردع): its head rendered another way
    outside = {fold(w) for w in (*before, *after)} & set(body_heads)
    return not own.intersection(outside) and bool(own.intersection(body_heads))
