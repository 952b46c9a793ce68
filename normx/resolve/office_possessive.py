"""An office named by its holder in the possessive: "the Attorney General's Office".

Arabic names an office by its holder's title (مكتب النائب العام, "the office of the attorney
general"), and translation and English copy write it either way round: "the Office of the
Attorney General" or "the Attorney General's Office". Gazetteers hold the first. In the second
the possessive ends the name run and "Attorney General" is a title, which detection keeps as
context, so nothing was found at all (articles-v23 and v26 both wrote it). The phrase
"<capitalised words>'s Office" (or "Bureau") is one mention of the body the gazetteers hold as
"Office of the <words>" (or "Bureau of the <words>"; wire copy writes "office" in lower
case, "the Attorney General's office", and means the same body): one organisation whose name, its
qualifier aside, reads so, found by the matcher with a close score. A phrase that overlaps a
linked mention (a person's office, "Dbeibah's office") is left alone: the holder is named
there, not the office.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from normx.match.candidate import Candidate
from normx.resolve.document import Mention, in_longer, spliced
from normx.text.latin import fold

METHOD = "office"
MIN_SCORE = 0.9  # the office's name, near letter for letter
_PHRASE = re.compile(
    r"(?<![\w’'])(?P<holder>(?:[A-Z][\w-]*[ -]){0,3}[A-Z][\w-]*)['’]s (?P<head>[Oo]ffice|Bureau)\b"
)
_ARTICLES = frozenset({"The", "THE"})
_QUALIFIER = re.compile(r"\s*(?:\([^)]*\)|,.*)$")


def _office(holder: str, head: str, match: Callable[[str], list[Candidate]]) -> Candidate | None:
    """The one body named "<head> of the <holder>" (its qualifier aside), if one."""
    head = head.capitalize()  # wire copy's "the Attorney General's office" (articles-v42)
    said = fold(f"{head} of the {holder}")
    found: dict[str, Candidate] = {}
    for cand in match(f"{head} of the {holder}"):
        if cand.type != "ORG" or cand.score < MIN_SCORE:
            continue
        if any(fold(_QUALIFIER.sub("", name)) == said for name in (cand.name, cand.matched)):
            found.setdefault(cand.id, cand)
    return next(iter(found.values())) if len(found) == 1 else None


def _holder_office(
    holder: str, head: str, match: Callable[[str], list[Candidate]]
) -> tuple[str, Candidate | None]:
    """The holder's words and their office, the whole run first, then without a leading
    article: a sentence opens "The Attorney General's Office" with a capital the title lacks,
    and the run of capitals takes it in ("Office of the The Attorney General" names nothing)."""
    cand = _office(holder, head, match)
    words = holder.split(" ")
    if cand is None and len(words) > 1 and words[0] in _ARTICLES:
        holder = " ".join(words[1:])
        cand = _office(holder, head, match)
    return holder, cand


def offices_by_holder(
    text: str, mentions: tuple[Mention, ...], match: Callable[[str], list[Candidate]]
) -> tuple[Mention, ...]:
    """*mentions* (in text order) with each "<title>'s Office" linked to the body named
    "Office of the <title>" (see the module docstring)."""
    if "s Office" not in text and "s Bureau" not in text and "s office" not in text:
        return mentions
    out = list(mentions)
    changed = False
    for m in _PHRASE.finditer(text):
        start, end = m.start(), m.end()
        if in_longer(out, start, end, linked=True):
            continue  # a linked name inside (a person's office), or a longer name
        holder, cand = _holder_office(m.group("holder"), m.group("head"), match)
        if cand is None:
            continue
        if holder != m.group("holder"):  # "The Attorney General's Office": no title's article
            start = m.start("holder") + len(m.group("holder")) - len(holder)
        evidence = {"matched": cand.matched, "office_of": holder}
        out = spliced(text, out, start, end, cand, METHOD, evidence)
        changed = True
    return tuple(out) if changed else mentions
