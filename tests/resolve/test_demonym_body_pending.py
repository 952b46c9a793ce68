"""The demonym rule's query may be one no earlier decision fetched: canonicalize must fetch it
(normx.resolve.batch) instead of letting :class:`~normx.resolve.batch.Pending` escape."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record


def test_a_demonym_led_composite_span_with_an_unfetched_query_does_not_raise():
    # "Libyan Airlines and African Airlines" yields nothing, opens with a demonym and holds a
    # capitalised body head, so the rule decides the whole range: a query no one asked before
    nz = Normalizer.from_records([Record("loc:1", "LOC", "Tripoli", "طرابلس")])
    doc = nz.canonicalize("Flights by Libyan Airlines and African Airlines resumed from Tripoli.")
    assert [(m.text, m.id) for m in doc.mentions] == [("Tripoli", "loc:1")]
