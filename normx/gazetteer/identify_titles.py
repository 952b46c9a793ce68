"""Identification with the shipped records when the user's gazetteer holds a namesake.

:func:`normx.gazetteer.inherit.identify` identifies a user record with a shipped one by its
canonical name only when one user record of the type holds that name: two user records so
named are two entities, and which of them the shipped record is, the name cannot tell. The
Arabic names can. A user's plain *namesake* ("Al Ghat", the Saudi town, beside "Ghat": one
name once the article is normalised away) made "Ghat" the user's twice, so the user's Ghat
was never identified with the shipped town, the two tied on every "Ghat" and the mention went
unlinked (articles-v17, ``--as-user``). When exactly one of the user's records holding the
name shares an Arabic name with the shipped record (غات, not الغاط), that one is the shipped
record's entity (:func:`arabic_decides`). When a namesake has no Arabic name, or has the
shipped record's, nothing is identified, as before.

Not done: a body's title qualified by a proper name ("Africa Corps (Russia)") identified by
its bare form when the Arabic names agree. A body's Arabic name is often generic (مجلس النواب
for the House of Representatives of Libya and of Egypt), so "House of Representatives
(Egypt)" would take the shipped Libyan House's names.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from normx.gazetteer.schema import Record

__all__ = ["arabic_decides"]

Normalise = Callable[[str], str]


def _arabic(rec: Record, norm: Normalise) -> set[str]:
    """The record's normalised Arabic names: what tells two namesakes apart here."""
    return {n for n in map(norm, rec.names("ar")) if n}


def arabic_decides(
    user: Record, holders: Sequence[Record], shipped: Record, norm: Normalise
) -> bool:
    """Whether *user*, one of several user records (*holders*) holding the name *shipped*
    is identified by, is the only one of them sharing an Arabic name with *shipped*, the
    others having Arabic names of their own (an English-only namesake could be either)."""
    theirs = _arabic(shipped, norm)
    if not theirs or not _arabic(user, norm) & theirs:
        return False
    others = [_arabic(h, norm) for h in holders if h.id != user.id]
    return all(names and not names & theirs for names in others)
