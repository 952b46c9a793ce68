"""A loose likeness of the words before a body's own head noun is no other body: "Libyan Civil
Aviation Authority" is not the International Civil Aviation Organization."""

from link_pairs import pairs_for

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record(
        "org:icao",
        "ORG",
        "International Civil Aviation Organization",
        "منظمة الطيران المدني الدولي",
    ),
    Record("org:african-union", "ORG", "African Union", "الاتحاد الأفريقي"),
]


_links = pairs_for(RECORDS)


def test_the_words_before_an_unknown_authority_do_not_take_another_body() -> None:
    found = _links("The Libyan Civil Aviation Authority suspended all flights.")
    assert all(i is None for _, i in found)


def test_an_exact_name_before_a_head_still_links() -> None:
    found = _links("The African Union Commission said on Monday it was concerned.")
    assert ("African Union", "org:african-union") in found


def test_a_head_swapped_for_another_still_links() -> None:
    doc = Normalizer.from_records(
        [Record("org:rada", "ORG", "Special Deterrence Force", "قوة الردع الخاصة")]
    ).canonicalize("The Special Deterrence Apparatus said it had arrested him.")
    assert [(m.text, m.id) for m in doc.mentions if m.id] == [("Special Deterrence", "org:rada")]
