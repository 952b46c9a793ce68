"""A one-unit name after a lower-case head noun of its own ("the naval operation Irene") is
matched with the head: the body whose name opens with it, not a look-alike of the word."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

IRINI = Record("org:operation-irini", "ORG", "Operation Irini", "عملية إيريني")
SHAHHAT = Record("loc:shahhat", "LOC", "Shahhat", "شحات", aliases_en=("Cirene",))


def _irene(text: str) -> str | None:
    doc = Normalizer.from_records([IRINI, SHAHHAT]).canonicalize(text)
    found = [m for m in doc.mentions if m.text == "Irene"]
    return found[0].id if found else None


def test_the_head_before_names_the_body():
    text = "The spokesman of the European naval operation Irene said the departures rose."
    assert _irene(text) == "org:operation-irini"


def test_without_the_head_the_word_is_not_the_operation():
    assert _irene("The spokesman said that Irene monitors the departures.") != (
        "org:operation-irini"
    )
