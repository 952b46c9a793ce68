"""A close rival person whose name holds the text's words in other roles is no rival
(normx.resolve.person_rivals)."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("per:salem-aoun", "PER", None, "سالم عون"),
    # Awn son of Salem: the text's given name is his father's, its family name his given name
    Record("per:awn-tarhouni", "PER", "Awn Salem Tarhouni", "عون سالم الترهوني"),
]


def _links(text: str, records: list[Record]) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(records).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_a_rival_with_the_name_parts_in_other_roles_does_not_block_the_match() -> None:
    found = _links("The minister, Salim Aon, spoke on Monday.", RECORDS)
    assert ("Salim Aon", "per:salem-aoun") in found


def test_a_rival_whose_words_agree_still_blocks() -> None:
    # a namesake holding the text's words in the text's order is a real rival: no winner
    records = [RECORDS[0], Record("per:salem-aoun-2", "PER", "Salem Aoun Masri", "سالم عون المصري")]
    found = _links("The minister, Salem Aoun, spoke on Monday.", records)
    assert ("Salem Aoun", None) in found
