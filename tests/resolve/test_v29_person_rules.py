"""Persons in MT and wire copy (session 18, articles-v29): a title before a surname that is
spelled like a place keeps the antecedent search to persons (normx.resolve.titled_person); a
declared nickname spelled another way later is still the nickname (normx.resolve.alias_spelling),
and French "dit" declares one; a one-word surname split in two after the given name is the
person (normx.resolve.joined_surname)."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.alias_spelling import declared_hit

RECORDS = [
    Record("per:imad-trabelsi", "PER", "Imad Trabelsi", "عماد الطرابلسي"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("loc:misrata", "LOC", "Misrata", "مصراتة"),
    Record("per:kikli", "PER", "Abdul Ghani al-Kikli", "عبد الغني الككلي"),
    Record("loc:chania", "LOC", "Chania", "خانيا"),
    Record("per:fathi-bashagha", "PER", "Fathi Bashagha", "فتحي باشاغا"),
    Record("per:fathi-ali", "PER", "Fathi Ali", "فتحي علي"),
]


def _links(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_a_titled_surname_spelled_like_a_place_is_the_person_named_before() -> None:
    text = (
        "The Minister of Interior, Emad Al-Trabulsi, announced an agreement. Al-Trabulsi spoke "
        "at a press conference in Tripoli. The minister Trabulsi, who headed a security agency, "
        "replied to the critics."
    )
    found = _links(text)
    assert found[-1] == ("Trabulsi", "per:imad-trabelsi")
    assert ("Tripoli", "loc:tripoli") in found


def test_without_a_person_named_before_the_titled_surname_takes_no_place() -> None:
    found = _links("A conference was held in Tripoli. The minister Trabulsi replied.")
    assert ("Trabulsi", "loc:tripoli") not in found


def test_a_titled_nisba_looks_back_for_persons_only() -> None:
    # Misrati (مصراتي, "of Misrata") after a title is a person the gazetteer lacks: the town
    # named just before is no antecedent for it.
    for text in (
        "Fighters arrived from Misrata on Sunday. The deputy Misrati said the talks had failed.",
        "Fighters arrived from Misrata on Sunday. The minister Al-Misrati said the talks failed.",
    ):
        found = _links(text)
        assert found[0] == ("Misrata", "loc:misrata")
        assert found[-1][1] is None, found


def test_a_nickname_spelled_another_way_later_is_the_same_nickname() -> None:
    text = (
        'The head of the apparatus, Abdul-Ghani Al-Kikli, known as "Ghneiwa", was killed. '
        "An analyst said that the killing of Ghaniwa redraws the map."
    )
    found = _links(text)
    assert ("Ghneiwa", "per:kikli") in found
    assert ("Ghaniwa", "per:kikli") in found


def test_french_dit_declares_a_nickname() -> None:
    text = (
        'Après la mort de son chef Abdelghani al-Kikli, dit "Ghniwa", la milice a fui. '
        "Ghniwa était craint."
    )
    found = _links(text)
    assert found.count(("Ghniwa", "per:kikli")) == 2


def test_a_spelled_alike_nickname_needs_one_declaration_and_one_word() -> None:
    one = {("ghneiwa",): "kikli"}
    assert declared_hit(one, ("ghaniwa",)) == "kikli"
    assert declared_hit(one, ("ghneiwa",)) == "kikli"
    assert declared_hit(one, ("bija",)) is None
    assert declared_hit(one, ("ghaniwa", "al")) is None
    two = {("ghneiwa",): "kikli", ("ghaniwi",): "other"}
    assert declared_hit(two, ("ghaniwa",)) is None  # two alike: neither


def test_a_surname_split_in_two_after_the_given_name_is_the_person() -> None:
    found = _links("The forces supporting the government of Fathi Bash Agha failed to enter.")
    assert ("Fathi Bash Agha", "per:fathi-bashagha") in found


def test_a_bare_split_surname_is_left_alone() -> None:
    found = _links("Bash Agha failed to enter the capital.")
    assert ("Bash Agha", "per:fathi-bashagha") not in found
