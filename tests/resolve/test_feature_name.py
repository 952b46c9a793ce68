"""A lone word whose loose matches tie is the place named by it and a natural feature word
English drops ("the Mediterranean": the Mediterranean Sea), not a longer name that holds it
(the Trans-Mediterranean Pipeline); with no such place, or two, the tie stays unlinked."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

SEA = Record("loc:med", "LOC", "Mediterranean Sea", "البحر الأبيض المتوسط")
PIPE = Record("loc:pipeline", "LOC", "Trans-Mediterranean Pipeline")
TEXT = "The two countries discussed migration across the Mediterranean."


def _links(records: list[Record]) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(records).canonicalize(TEXT)
    return [(m.text, m.id) for m in doc.mentions if m.id is not None]


def test_the_name_and_a_dropped_feature_word_wins_the_tie():
    assert _links([SEA, PIPE]) == [("Mediterranean", "loc:med")]


def test_without_such_a_place_the_tie_stays_unlinked():
    other = Record("loc:med-hotel", "LOC", "Mediterranean Hotel")
    assert _links([other, PIPE]) == []
