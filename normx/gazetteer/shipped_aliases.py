"""A shipped record's alias does not keep the user's qualified title from its bare name.

:func:`normx.gazetteer.titles.with_bare_titles` gives a title's bare form ("Cyrene" of
"Cyrene, Libya", "Apollonia" of "Apollonia (Cyrenaica)") unless another record holds that
form: the qualifier is what tells namesakes apart, so the user's title then stays as written.
When the shipped gazetteers are loaded beside the user's, that test also counted the
alternative spellings OpenStreetMap mappers tagged on *shipped* places: the modern town
Shahhat holds "Cyrène", Susah holds "Apollonia" (the ancient cities they stand on). The user's
ancient city then answered "Cyrene" only as the partial "Cyrene, Libya" (0.78), and the
shipped town took every "Cyrene" of the articles (articles-v14, ``--as-user``: 16 mentions).

A shipped record that holds the form only as an *alias* is no namesake the user wrote down:
one source's spelling among many, and the user's record stands above it (the user said which
entities matter, :mod:`normx.gazetteer.inherit` and :mod:`normx.resolve.standing` read the
user's data first likewise). So for a user's record such holders do not block the bare form;
a shipped record whose canonical name is the form still does ("Tripoli, Lebanon" beside the
shipped Tripoli), and so does every record of the user's own. Without the shipped gazetteers
loaded nothing here changes.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Sequence

from normx.gazetteer.schema import Record

__all__ = ["alias_only_shipped"]


def _shipped(rec: Record, shipped: Container[str]) -> bool:
    return rec.origin is not None and rec.origin.path in shipped


def alias_only_shipped(
    holders: Iterable[int],
    key: str,
    records: Sequence[Record],
    shipped: Container[str],
    key_of: Callable[[str], str],
) -> set[int]:
    """The *holders* (indexes into *records*) read from a *shipped* file that hold *key* (a
    normalised name, read by *key_of*) by none of their canonical names."""
    out: set[int] = set()
    for j in holders:
        rec = records[j]
        if not _shipped(rec, shipped):
            continue
        canonical = (n for n in (rec.name_en, rec.name_ar) if n)
        if all(key_of(n) != key for n in canonical):
            out.add(j)
    return out
