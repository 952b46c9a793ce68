"""A word a person title calls a person looks back for persons only: "The minister Trabulsi".

MT output drops the given name after a title ("The minister Trabulsi", "deputy Al-Gharbawi"),
and the bare surname is often spelled like a place: Trabulsi is literally "of Tripoli"
(طرابلسي), Misrati "of Misrata". :func:`normx.resolve.segment.as_person` already drops the
place or body the matcher reached only by a spelling likeness; without more, the coreference
pass (:mod:`normx.resolve.references`) then looks for an antecedent of any type and may find
the place itself named just before ("a press conference in Tripoli ... The minister
Trabulsi"). The title said PER, so the drop leaves a mark on the segment (:data:`TITLED`, an
``extra`` key that evidence leaves out) and the antecedent search keeps to persons.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

TITLED = "_titled"  # Seg.extra key: a title before the span called it a person
PERSON_TYPES = frozenset({"PER"})


def titled_extra(extra: Mapping[str, Any]) -> dict[str, Any]:
    """*extra* with the mark that a title called the segment a person."""
    return {**extra, TITLED: True}


def antecedent_types(
    extra: Mapping[str, Any], types: frozenset[str] | None
) -> frozenset[str] | None:
    """The entity types a segment's antecedent may have: persons only when a title called it
    a person, else *types* unchanged."""
    return PERSON_TYPES if extra.get(TITLED) else types
