"""A bare "Council of Ministers" is the cabinet of the one government the document names.

Arabic news names a government's cabinet, its seat and its decisions by مجلس الوزراء ("a
decision of the Council of Ministers", "the headquarters of the Council of the Ministers in
Tripoli", "a meeting of the Council of Ministers"), and translation writes it word for word.
Gazetteers hold the government (حكومة الوحدة الوطنية), not its cabinet under a name of its own;
the phrase is made of generic words only, so no match reaches anything and it went unread in
every set that wrote it (articles-v35, v38, v39 and v42: eight mentions, all the Government of
National Unity's). The cabinet is the government at work: a "Council of (the) Ministers" that
says nothing of whose (no country or adjective before it, no "of ..." after it, no other
government's frame: :func:`normx.resolve.rival_government.other_government`) is the
government the document links, when it links exactly one. Libya's other government, the
eastern one, is not counted: the gazetteers hold it under its own name ("Government of
National Stability"), the texts name it beside the Tripoli cabinet, and its ministers' council
is said with its name or its region ("the Council of Ministers of the eastern government").
"""

from __future__ import annotations

import re

from normx.detect.lexicon import function_words
from normx.resolve.document import Mention, borrowed_mention, in_longer, put_in
from normx.resolve.rival_government import other_government, rival_words
from normx.text.latin import fold

METHOD = "cabinet"
# French copy writes the cabinet "le Conseil des ministres" (AFP: articles-v48, session 26)
_PHRASE = re.compile(
    r"(?<![\w’'-])(?:Council of (?:the )?Ministers|Conseil des ministres)(?![\w’'-])"
)
_OWNER_AFTER = re.compile(r"[ \t]+(?:of|de|du|des)[ \t]|[ \t]+d[’']")
_WORD_BEFORE = re.compile(r"([\w’'-]+)[ \t]+$")
_ARTICLES = function_words("cabinet_determiners")  # connectors.yaml, function_word_sets


def government_name(name: str | None) -> bool:
    """*name* is a government's English name ("Government of National Unity")."""
    words = fold(name or "").split()
    return bool(words) and (words[0] == "government" or words[-1] == "government")


def rival_name(name: str | None) -> bool:
    """*name* is the eastern government's ("Government of National Stability", "Interim
    Government"): it holds one of the words or names that mark it (data/rival_governments.yaml)."""
    folded = fold(name or "")
    data = rival_words()
    return not set(folded.split()).isdisjoint(data["adjectives"]) or any(
        n in folded for n in data["names"]
    )


def only_government(mentions: tuple[Mention, ...], *, rival: bool) -> Mention | None:
    """The one government the document links, the eastern one (*rival*) or not: a mention of
    it (its last mention), or None when it links none or several."""
    governments = {
        m.id: m
        for m in mentions
        if m.id is not None
        and m.type == "ORG"
        and government_name(m.canonical)
        and rival_name(m.canonical) == rival
    }
    return next(iter(governments.values())) if len(governments) == 1 else None


def _owner_before(text: str, start: int) -> bool:
    """The word right before ``text[start:]`` is a capitalised word other than an article,
    or a possessive: it says whose council this is."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None or fold(before.group(1)) in _ARTICLES:
        return False
    word = before.group(1)
    return word[:1].isupper() or word.endswith(("'s", "’s"))


def cabinets_linked(text: str, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """*mentions* (in text order) with each bare "Council of (the) Ministers" ("Conseil des
    ministres") linked to the one
    government the document links (see the module docstring)."""
    if "Ministers" not in text and "Conseil des ministres" not in text:
        return mentions
    government = only_government(mentions, rival=False)
    if government is None:
        return mentions
    out = list(mentions)
    changed = False
    for found in _PHRASE.finditer(text):
        start, end = found.start(), found.end()
        if in_longer(out, start, end, linked=True):
            continue  # a linked name holds it, or a longer one: "Arab Council of Ministers of"
        if _owner_before(text, start):
            continue  # "the Egyptian Council of Ministers", "Tunisia's Council of ..."
        if _OWNER_AFTER.match(text, end) or other_government(text, start, end):
            continue  # its owner said: another country's or the eastern government's
        evidence = {"matched": government.evidence.get("matched"), "cabinet_of": government.text}
        joined = borrowed_mention(text, start, end, government, METHOD, evidence)
        out = put_in(out, joined)
        changed = True
    return tuple(out) if changed else mentions
