"""The eastern government by the name it gives itself: "the Libyan Government".

Since 2023 the government the House of Representatives designated (Hammad's Government of
National Stability) signs its statements الحكومة الليبية, and word-for-word translation writes
"the Libyan Government" as a name: "the president of the Libyan Government, Usama Hamad", "the
Libyan Government had appointed on Monday ...", "the Libyan Government in the east said". The
words are generic (any Libyan government), so no match reads them, and the wire's "the Libyan
government" is no name at all. Read as that government only where the document says so
(:func:`normx.resolve.rival_government.self_name_placed`: its head or region beside the name,
or the other government named elsewhere in the text) and where the document links that
government under its own name ("Government of (the) National Stability"): each capitalised
"Libyan Government" standing alone (not inside a longer name, "the Ministry of the Education in
the Libyan Government", where it is the owner said within the ministry's name) is then a
mention of it. Session 25 (h-left25).
"""

from __future__ import annotations

import re
from functools import cache

from normx.resolve.cabinet import only_government
from normx.resolve.document import Mention, borrowed_mention
from normx.resolve.rival_government import alternation, rival_words, self_name_placed

METHOD = "self_name"


@cache
def _phrase() -> re.Pattern[str]:
    """A self-name as written (case kept)."""
    names = alternation(rival_words()["self_names"])
    return re.compile(rf"(?<![\w’'-])(?:{names})(?![\w’'-])")


# a longer name holds it: "... Education in the Libyan Government", "Minister of X of the ..."
_OWNER_OF = re.compile(r"[A-Z][\w’'-]*[ \t]+(?:in|of)[ \t]+the[ \t]+$")


def self_named_governments(text: str, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """*mentions* (in text order) with each standalone "Libyan Government" linked to the
    eastern government the document links under its own name (see the module docstring)."""
    if not any(n in text for n in rival_words()["self_names"]):
        return mentions
    government = only_government(mentions, rival=True)
    if government is None or not self_name_placed(text):
        return mentions
    out = list(mentions)
    changed = False
    for found in _phrase().finditer(text):
        start, end = found.start(), found.end()
        if any(x.start < end and x.end > start for x in out):
            continue  # a mention holds it already (linked or not)
        if _OWNER_OF.search(text, max(0, start - 60), start):
            continue  # the owner said inside a longer name
        evidence = {"matched": government.evidence.get("matched"), "self_name_of": government.text}
        mention = borrowed_mention(text, start, end, government, METHOD, evidence)
        out = sorted([*out, mention], key=lambda x: x.start)
        changed = True
    return tuple(out) if changed else mentions
