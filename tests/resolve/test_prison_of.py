"""A prison named in the Arabic order ("the prisons of Mitiga") is no facility of another
kind (normx.resolve.prison_of); a town after "the prisons of" keeps its link."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.prison_of import prison_before

RECORDS = [
    Record("loc:mitiga-airport", "LOC", "Mitiga International Airport", "مطار معيتيقة الدولي"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
]


def _links(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_the_prisons_of_a_name_that_reached_an_airport_name_no_airport() -> None:
    text = (
        "Flights resumed at Mitiga International Airport on Monday. Relatives gathered outside "
        "the prisons of Mitiga on Tuesday."
    )
    found = _links(text)
    assert ("Mitiga International Airport", "loc:mitiga-airport") in found  # its head said
    assert found[-1] == ("Mitiga", None)  # the prison: an unknown name


def test_the_prison_of_a_name_the_document_never_calls_an_airport_is_no_airport() -> None:
    found = _links("Detainees in the prison of Mitiga went on hunger strike, the mission said.")
    assert found == [("Mitiga", None)]


def test_the_prisons_of_a_town_keep_the_town() -> None:
    found = _links("Hundreds are held in the prisons of Tripoli without trial.")
    assert ("Tripoli", "loc:tripoli") in found


def test_prison_before_reads_the_head_and_of_right_before_the_name() -> None:
    text = "in the prisons of Mitiga and the jail of the Maitika base"
    assert prison_before(text, text.index("Mitiga"))
    assert prison_before(text, text.index("Maitika"))
    assert not prison_before("the prison director Mitiga", len("the prison director "))


def test_the_french_prison_de_reads_alike() -> None:
    found = _links("L'Italie a renvoyé à Tripoli un responsable de la prison de Mitiga, dit-on.")
    assert ("Mitiga", None) in found
    assert prison_before("un responsable de la prison de ", 31)
    assert not prison_before("la prison à ", 12)


def test_the_french_pronoun_for_a_prison_said_before_reads_alike() -> None:
    text = "Le ministère a repris plusieurs prisons tenues par des milices, dont celle de Mitiga."
    assert ("Mitiga", None) in _links(text)
    assert prison_before(text, text.index("Mitiga"))
    # no prison in the sentence: "celle de" stands for something else
    other = "Les compagnies ont repris plusieurs lignes. Il cite celle de Mitiga."
    assert not prison_before(other, other.index("Mitiga"))
