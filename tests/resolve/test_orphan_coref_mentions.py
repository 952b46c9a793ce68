"""A generic head whose antecedent ended as an unknown body's unlinked name is no link either
("the Municipal Council of Nalut ... the Council": not the municipal elections committee whose
name holds "Municipal Council"; normx.resolve.orphan_coref.orphan_coref_mentions). Fails on
main 92c9f17 ("the Council" went to the committee by coreference)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.document import Mention
from normx.resolve.orphan_coref import orphan_coref_mentions

RECORDS = [
    Record(
        "org:central-committee-for-municipal-council-elections",
        "ORG",
        "Central Committee for Municipal Council Elections",
        "اللجنة المركزية لانتخابات المجالس البلدية",
    ),
    Record("loc:nalut", "LOC", "Nalut", "نالوت"),
]


def test_the_council_of_an_unknown_municipal_council_stays_unlinked() -> None:
    text = (
        "And the head of the Municipal Council of Nalut, Salem Abdullah, said that the Council "
        "will open two schools."
    )
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    council = [m for m in doc.mentions if m.text == "Council"]
    assert all(m.id is None for m in council)
    assert not any(m.id == RECORDS[0].id for m in doc.mentions)


def test_a_chain_falls_whole_and_other_corefs_stay() -> None:
    def m(start: int, text: str, eid: str | None, method: str, ante: int | None) -> Mention:
        evidence = {} if ante is None else {"antecedent": {"text": "x", "start": ante}}
        return Mention(start, start + len(text), text, eid, eid, "ORG", 1.0, method, evidence)

    mentions = (
        m(0, "Municipal Council of X", None, "none", None),
        m(40, "Council", "org:a", "coref", 0),
        m(60, "Council", "org:a", "coref", 40),
        m(80, "Board", "org:b", "exact", None),
        m(90, "Board", "org:b", "coref", 80),
    )
    out = orphan_coref_mentions(mentions)
    assert [x.id for x in out] == [None, None, None, "org:b", "org:b"]
    assert "antecedent" not in out[1].evidence
