"""A village's alternative spelling does not keep a place of note's name from the user's record.

Alias inheritance (:mod:`normx.gazetteer.inherit`) gives the user's record the names the
shipped gazetteers hold for its entity, unless another loaded record holds the name: the user's
data wins and no new ambiguity is made. Among the "other records" were OpenStreetMap villages
holding the name only as one mapper's alternative spelling: the village Al Ja`afirah
(الجعافرة) carries "Jafara", which is the curated Jafara District's alias (الجفارة) too. So the
user's "Jafara District", identified with the curated district, never inherited "Jafara", and
every "Al-Jafara" of the articles went to the village, the one record spelling it exactly
(articles-v17, v21, ``benchmarks.eval.articles --as-user``).

A shipped minor settlement (``note: OSM place=village`` or ``hamlet``,
:mod:`normx.resolve.standing`) holding a name by an alias only is the weakest claim on it there
is, and the standing rules already let it give way to a place of note the name fits nearly as
well. So such holders do not block the name from a user record identified with a shipped place
of note (a record that is no minor settlement itself). The village keeps its alias: the text's
name is then spelled exactly by both, and the user's record, holding it where the village
holds only an alias, takes it (:func:`normx.resolve.user_first.exact_user_first`). A village
holding the name as its canonical name, any record of the user's, and any other shipped record
still block it, as before. Identification reads such holders the same way
(:meth:`VillageAliases.aside`): the user's "Janzour" is the town's, not the alias of the
village Zawia Janzour.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence

from normx.gazetteer.schema import LANGS, Record

__all__ = ["VillageAliases"]

Normalise = Callable[[str], str]


def _minor(rec: Record) -> bool:
    from normx.resolve.standing import MINOR, standing_of  # resolve imports the gazetteer

    return standing_of(rec.note, True) == MINOR


class VillageAliases:
    """The shipped minor settlements holding each normalised name as an alias only."""

    def __init__(self, shipped: Sequence[Record], norm: Normalise) -> None:
        self._holders: dict[str, set[str]] = defaultdict(set)
        for rec in shipped:
            if not _minor(rec):
                continue
            canonical = {norm(n) for n in (rec.name_en, rec.name_ar) if n}
            for lang in LANGS:
                for text in rec.names(lang):
                    n = norm(text)
                    if n and n not in canonical:
                        self._holders[n].add(rec.id)

    def yielding(self, name: str, source: Record) -> set[str]:
        """The villages holding *name* (normalised) by an alias only, which give way to the
        user's record identified with *source*; none when *source* is a minor settlement."""
        held = self._holders.get(name)
        if not held or _minor(source):
            return set()
        return held

    def aside(self, name: str, ids: set[str], records: Mapping[str, Record]) -> set[str]:
        """*ids* (the shipped records holding *name*, normalised) without the villages that hold
        it by an alias only, when what remains is places of note (none a minor settlement);
        *ids* itself otherwise. Identification (:func:`normx.gazetteer.inherit.identify`) asks
        a name held by one shipped record: the town Janzour (جنزور) and the village Zawia
        Janzour, whose mappers tagged "Janzour" as an alternative spelling, are one holder, the
        town (articles-v26: the user's "Janzour" tied with the shipped town, unidentified)."""
        held = self._holders.get(name)
        if not held or len(ids) < 2:
            return ids
        rest = ids - held
        if not rest or any(_minor(records[i]) for i in rest):
            return ids
        return rest
