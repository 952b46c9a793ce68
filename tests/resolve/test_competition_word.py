"""One word a competition and the body that runs it both hold ("Confederation" of the CAF
Confederation Cup and of the Confederation of African Football), read by the sentence
(session 24, h-v39c24): a stage names the competition, an organ or an agent the body."""

from __future__ import annotations

from link_pairs import pairs_for

from normx.gazetteer.schema import Record
from normx.resolve.competition_word import reading

RECORDS = [
    Record(
        id="org:caf",
        type="ORG",
        name_en="Confederation of African Football",
        name_ar="الاتحاد الأفريقي لكرة القدم",
        aliases_en=("CAF",),
    ),
    Record(
        id="org:cafcc",
        type="ORG",
        name_en="CAF Confederation Cup",
        name_ar="كأس الكونفدرالية الأفريقية",
    ),
]
_links = pairs_for(RECORDS)


def test_the_sentence_reads_a_competition_or_a_body() -> None:
    def read(text: str) -> str | None:
        start = text.index("Confederation")
        return reading(text, start, start + len("Confederation"))

    assert read("in the round of sixteen of the Confederation, in a match") == "competition"
    assert read("Al-Ahly had left the Confederation in the preliminary round") == "competition"
    assert read("the committee of the Confederation will visit") == "body"
    assert read("the committee of the stadiums in the Confederation last month") == "body"
    assert read("the commissioner appointed by the Confederation inspected") == "body"
    assert read("fans spoke of the Confederation at length") is None


def test_a_stage_moves_the_word_to_the_competition() -> None:
    text = (
        "The Confederation of African Football approved the fans. "
        "The team plays in the CAF Confederation Cup on Sunday. "
        "Al-Ittihad will face the African Club in the round of sixteen of the Confederation."
    )
    links = _links(text)
    assert ("Confederation", "org:cafcc") in links
    assert ("Confederation", "org:caf") not in links


def test_an_organ_moves_the_word_to_the_body() -> None:
    text = (
        "The team plays in the CAF Confederation Cup on Sunday. "
        "The Confederation of African Football approved the fans. "
        "The committee of the Confederation will visit the stadium."
    )
    assert ("Confederation", "org:caf") in _links(text)


def test_an_organ_of_a_competition_with_no_body_named_is_unlinked() -> None:
    text = (
        "The team plays in the CAF Confederation Cup on Sunday. "
        "The committee of the Confederation will visit the stadium."
    )
    links = _links(text)
    assert ("Confederation", "org:cafcc") not in links
