"""A place run into a capitalised body head noun opens the name of a body named for it.

"Fezzan Movement" is a movement of the Fezzan, a body the gazetteer lacks: one unknown name,
not a mention of the region. A head noun the place's own names hold ("Mitiga Airport" for
Mitiga International Airport) is still the place's word.
"""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:fezzan", "LOC", "Fezzan", "فزان"),
    Record("loc:mitiga", "LOC", "Mitiga International Airport", "مطار معيتيقة الدولي"),
    Record("loc:zintan", "LOC", "Zintan", "الزنتان"),
]


def _found(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_a_place_and_a_body_head_are_one_unknown_name():
    found = _found('Protesters of the "Fezzan Movement" marched in Fezzan on Friday.')
    assert found == [("Fezzan Movement", None), ("Fezzan", "loc:fezzan")]


def test_a_head_the_places_names_hold_stays_its_word():
    found = _found("Flights resumed at Mitiga Airport on Friday.")
    assert ("Mitiga Airport", "loc:mitiga") in found or ("Mitiga", "loc:mitiga") in found
    assert all(m_id is not None for _, m_id in found)


def test_a_place_in_the_possessive_is_not_run_into_the_head():
    found = _found("The elders said Zintan's Council met on Friday.")
    assert ("Zintan", "loc:zintan") in found


def test_a_modifier_may_stand_between_the_place_and_the_head():
    # "Zintan Military Council": the town's military council, a body the gazetteer lacks
    found = _found("The Zintan Military Council, which controls the town, said it was ready.")
    assert found == [("Zintan Military Council", None)]


def test_modifiers_without_a_head_leave_the_place_linked():
    found = _found("Residents of Zintan Old Town said it was calm.")
    assert ("Zintan", "loc:zintan") in found
