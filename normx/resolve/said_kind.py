"""The words around a place or body link that say it names another kind of thing.

One entry point for :mod:`normx.resolve.references` (one call per linked segment), so each rule
stays in its own module:

* :mod:`normx.resolve.facility_unsaid`: "the Al-Dahra area" is a district, not Dahra Airport;
* :mod:`normx.resolve.head_complement`: "the Department for Combating Crime" is no mention of
  the Deterrence Apparatus for Combating Organized Crime and Terrorism;
* :mod:`normx.resolve.feature_unit`: "the Western Mountain" is the range, not the Jabal al
  Gharbi District named for it;
* :mod:`normx.resolve.quoted_term`: "Yennayer" in quotes is a feast, not the village Inir;
* :mod:`normx.resolve.run_head`: "Civil Aviation" cut from "the Libyan Civil Aviation
  Authority" is no mention of the International Civil Aviation Organization;
* :mod:`normx.resolve.body_noun_place`: "the company Meta" is a company, not the Emirates;
* :mod:`normx.resolve.cut_complement`: "National Center for the Control" cut from "... of the
  Desert Locust" is no mention of the disease-control centre.

Persons are judged by their own rules and never here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from normx.match.candidate import Candidate
from normx.resolve.body_noun_place import place_after_body_noun
from normx.resolve.cut_complement import cut_before_complement
from normx.resolve.facility_unsaid import settlement_not_facility
from normx.resolve.feature_unit import feature_not_unit
from normx.resolve.head_complement import complement_of_head
from normx.resolve.quoted_term import quoted_lookalike
from normx.resolve.run_head import cut_from_other_body

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime
    from normx.resolve.segment import Seg


def other_kind(
    linker: SpanLinker, rt: Runtime, seg: Seg, cand: Candidate, said: Sequence[str]
) -> bool:
    """The segment's words (*said*: folded, as coreference compares them) or the words right
    around it say it names something other than *cand* (see the module docstring)."""
    if cand.type == "PER":
        return False
    text, lex = linker.text, rt.lex
    if settlement_not_facility(text, linker.tokens[seg.last].end, cand, said, lex.facility_heads):
        return True
    start = linker.tokens[seg.first].start
    if place_after_body_noun(text, start, cand):
        return True
    if complement_of_head(text, start, cand, lex.body_heads):
        return True
    if quoted_lookalike(text, start, linker.tokens[seg.last].end, cand):
        return True
    record = rt.normalizer.by_id.get(cand.id)
    names = record.names("en") if record is not None else ()
    end = linker.tokens[seg.last].end
    if cut_from_other_body(text, start, end, cand, names, lex.body_heads):
        return True
    if cut_before_complement(text, start, end, cand, names, lex.body_heads):
        return True
    return record is not None and feature_not_unit(said, cand, record.name_en or "")
