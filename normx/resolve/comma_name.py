"""A gazetteer name with a comma inside, written out in the text: one mention.

Some bodies' official English names hold a comma: "Libyan Post, Telecommunications and
Information Technology Company" (LPTIC's own name). Detection ends a name at a comma, so the
text's exact spelling of that name became two or three pieces, the first of which glossed to
another body ("Libyan Post" -> Libya Post, articles-v50). A comma inside a name cannot be read
from the words, but the gazetteer says it: each English name (or alias) of three words or more
holding a comma is looked for in the text as written (case and all, on word boundaries), and
an occurrence is one mention of its record, linked exactly, in place of the mentions inside it.
An occurrence that a mention crosses (starting inside it and ending beyond, or the converse)
is left alone, and so is a name two records share.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.document import Mention, linked_mention

MIN_WORDS = 3  # "Washington, D.C." (two words) is left to the ordinary reading

CommaName = tuple[str, str, str, str]  # (name as written, record id, canonical, type)


def comma_names(records: Iterable[Record]) -> tuple[CommaName, ...]:
    """The English names with a comma inside, of one record each (see the module)."""
    found: dict[str, set[tuple[str, str, str]]] = {}
    for rec in records:
        for name in rec.names("en"):
            if ", " in name and len(name.split()) >= MIN_WORDS:
                found.setdefault(name, set()).add((rec.id, rec.canonical, rec.type))
    return tuple((name, *next(iter(owners))) for name, owners in found.items() if len(owners) == 1)


def comma_names_joined(
    text: str, mentions: Sequence[Mention], names: Sequence[CommaName]
) -> tuple[Mention, ...]:
    """*mentions* with each written-out comma name made one linked mention (see the module)."""
    out = tuple(mentions)
    for name, rid, canonical, typ in names:
        if name not in text:
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            start, end = m.span()
            crossed = any((x.start < start < x.end) or (x.start < end < x.end) for x in out)
            if crossed:
                continue
            cand = Candidate(rid, canonical, typ, 1.0, name, "exact", {})
            joined = linked_mention(text, start, end, cand, {"comma_name": True})
            kept = [x for x in out if not (start <= x.start and x.end <= end)]
            out = tuple(sorted([*kept, joined], key=lambda x: (x.start, x.end)))
    return out
