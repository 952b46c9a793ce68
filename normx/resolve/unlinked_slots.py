"""The pipeline's hook for links the words around a name contradict by type (session 21):
a person before a facility noun (:mod:`normx.resolve.eponym_head`), a body after "the
municipality of" (:mod:`normx.resolve.place_slot_org`), a place after a capitalised compass
word (:mod:`normx.resolve.compass_place`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.resolve.compass_place import compass_places_unlinked
from normx.resolve.eponym_head import eponym_facility_kept, eponym_persons_unlinked
from normx.resolve.place_slot_org import place_slot_orgs_unlinked

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime
    from normx.resolve.segment import Resolved

__all__ = ["eponym_facility_kept", "slots_unlinked"]


def slots_unlinked(linker: SpanLinker, rt: Runtime, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* with the three modules' links undone (a compass word's place moved to the
    longer name the gazetteer holds)."""
    resolved = eponym_persons_unlinked(linker, resolved)
    resolved = place_slot_orgs_unlinked(linker, resolved)
    return compass_places_unlinked(linker, rt, resolved)
