"""French prepositions and sentence adverbs that open a sentence of French copy are no names."""

from __future__ import annotations

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:tunisia", "LOC", "Tunisia", "تونس"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
]

_links = pairs_for(RECORDS)


def test_dans_opening_a_sentence_is_no_name() -> None:
    found = _links(
        "Tripoli, 3 mai 2025 (AFP) - Dans les locaux d'une rédaction de Tripoli, les chaises "
        "sont vides. Plusieurs journalistes sont partis en Tunisie."
    )
    assert ("Tunisie", "loc:tunisia") in found
    assert all(t != "Dans" for t, _ in found)


def test_selon_and_depuis_open_no_name() -> None:
    found = _links(
        "Selon un responsable, la chaîne émet de Tunisie. Depuis 2014, Tripoli et Tunis se "
        "parlent. Malgré cela, Tunis reste prudente."
    )
    assert all(t not in {"Selon", "Depuis", "Malgré"} for t, _ in found)
