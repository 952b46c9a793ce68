"""A partial body name ending in a unit head ("National Army") goes to the body whose own name
holds the head with the other words, even when a nearer body shares the other words ("the
Government of National Accord" says "National" too); a head no name holds ("Accord forces")
still goes to the body its other words name."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:lna", "ORG", "Libyan National Army", "الجيش الوطني الليبي"),
    Record("org:gna", "ORG", "Government of National Accord", "حكومة الوفاق الوطني"),
]


def _links(text: str) -> dict[str, str | None]:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    return {m.text: m.id for m in doc.mentions}


def test_the_head_picks_the_body_whose_name_holds_it():
    text = (
        "Forces of the Libyan National Army closed the ports. The Government of National "
        "Accord condemned the move. The National Army said the ports would stay shut."
    )
    assert _links(text)["National Army"] == "org:lna"


def test_a_head_no_name_holds_leaves_the_other_words_to_decide():
    text = (
        "The Libyan National Army advanced. The Government of National Accord called for "
        "help, and National forces pushed back."
    )
    links = _links(text)
    assert links.get("National") == "org:gna" or links.get("National forces") == "org:gna"
