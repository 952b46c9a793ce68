"""An acronym that opens the name linked right after it: "the U.N. Support Mission in Libya".

Wire copy abbreviates the parent's name inside a body's name ("U.N. Support Mission in Libya",
"U.N. Security Council"). :mod:`normx.resolve.acronyms` reads such a name whole when the
capitalised words after the acronym, spelled out, match a name; its words stop at the first
lower-case word ("Support Mission"), and the rest ("Support Mission in Libya") may already be
linked to the body by the matcher, its words alone. The acronym then stands as the parent (the
United Nations) beside its own body. When an acronym linked to one body is followed, across a
space, by a mention linked to another whose canonical name is the acronym's canonical name and
then more words ("United Nations" + "Support Mission in Libya"), the two are one mention of the
longer body: the reader reads the acronym as the opening of that name. A body whose English
name leaves its parent out ("Panel of Experts on Libya") is the parent's when its Arabic name
says the parent's whole Arabic name (فريق خبراء الأمم المتحدة المعني بليبيا holds الأمم
المتحدة): "U.N. Panel of Experts" is one mention of the panel too. The acronym may be any
entity's, a country's as well as a body's: "the U.S. Embassy in Tripoli", the country's
abbreviation before the embassy whose Arabic name says the country's whole name (سفارة الولايات
المتحدة), is one mention of the embassy, as the text writes it, not the country and the
embassy. The Arabic name is the check that the body is that entity's (a body of another
country's is never joined). Session 26 weighed narrowing the join to a body's acronym (the
panel case it was written for): the embassy then kept "U.S." as a mention of the United
States beside it, and :mod:`normx.resolve.country_embassy` does not join the two once the
embassy is linked on its own (tests/resolve/test_acronym_opened.py).

The other way round, the acronym's words may reach the body ("U.N. Support Mission", spelled
out, matches the mission's name) and stop before its seat: a body linked so whose canonical
name ends with "in" and the place that follows it in the text ("... in Libya") takes that place
into its mention; the country there is a word of the name, not a mention of its own.
"""

from __future__ import annotations

from collections.abc import Callable

from normx.resolve.capital_country import holds_words
from normx.resolve.document import Mention, stretched_mention
from normx.text.latin import fold

ACRONYM = "acronym"


def _opens(parent: str, body: str) -> bool:
    """*body*'s canonical name opens with *parent*'s and goes on ("United Nations ...")."""
    parent, body = fold(parent), fold(body)
    return len(body) > len(parent) + 1 and body.startswith(parent + " ")


ArabicNames = Callable[[str], tuple[tuple[str, ...], ...]]  # record id -> names as words


def _holds(parent: str, body: str, arabic_names: ArabicNames | None) -> bool:
    """One of *body*'s Arabic names says one of *parent*'s whole (two words at least)."""
    if arabic_names is None:
        return False
    bodies = arabic_names(body)
    return any(len(p) >= 2 and holds_words(b, p) for p in arabic_names(parent) for b in bodies)


def acronyms_opening(
    text: str, mentions: tuple[Mention, ...], arabic_names: ArabicNames | None = None
) -> tuple[Mention, ...]:
    """*mentions* (in text order) with each acronym that opens the next mention's body's name
    joined to it (see the module docstring); *arabic_names* (record id -> its Arabic names as
    words) lets a body whose Arabic name holds the parent's be joined too."""
    out: list[Mention] = []
    joined = False
    k = 0
    while k < len(mentions):
        m = mentions[k]
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if (
            nxt is not None
            and m.method == ACRONYM
            and m.id is not None
            and nxt.id is not None
            and nxt.id != m.id
            and m.canonical
            and nxt.canonical
            and text[m.end : nxt.start] == " "
            and (
                _opens(m.canonical, nxt.canonical)
                or (nxt.type == "ORG" and _holds(m.id, nxt.id, arabic_names))
            )
        ):
            out.append(
                stretched_mention(text, nxt, nxt.end, {"acronym_opens": m.text}, start=m.start)
            )
            joined = True
            k += 2
            continue
        if nxt is not None and m.id is not None and _seat_completes(text, m, nxt):
            out.append(stretched_mention(text, m, nxt.end, {"seat": nxt.text}))
            joined = True
            k += 2
            continue
        out.append(m)
        k += 1
    return tuple(out) if joined else mentions


def _seat_completes(text: str, m: Mention, nxt: Mention) -> bool:
    """*m*, an acronym's body, is followed by "in" and the place its canonical name ends with
    ("U.N. Support Mission" + "in Libya")."""
    if m.method != ACRONYM or m.type != "ORG" or not m.canonical:
        return False
    if text[m.end : nxt.start] != " in " or " in " in m.text:
        return False
    return fold(m.canonical).endswith(" in " + fold(nxt.text))
