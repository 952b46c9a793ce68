"""A nickname the text declares right after a person's full name ("X, known as "Y"", "X (Y)")
is an alias of that person for the whole document; without a cue, after a place, or when the
nickname spells another gazetteer name exactly, nothing changes."""

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.appositive import cue_between

RECORDS = [
    Record("per:hamza-al-turki", "PER", "Hamza al-Turki", "حمزة التركي"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("loc:ghazala", "LOC", "Ghazala", "غزالة"),
]


def _links(text: str, records: list[Record] = RECORDS) -> list[tuple[str, str | None, str]]:
    doc = Normalizer.from_records(records).canonicalize(text)
    return [(m.text, m.id, m.method) for m in doc.mentions]


def test_a_quoted_nickname_after_known_as_and_its_later_mentions_link_to_the_person():
    text = (
        'The force headed by Hamza Al-Turki, known as "Abu Shanab", stormed the house. '
        "Later the men of Abu Shanab denied it."
    )
    found = _links(text)
    assert ("Abu Shanab", "per:hamza-al-turki", "alias") in found
    assert [f for f in found if f[0] == "Abu Shanab"] == [
        ("Abu Shanab", "per:hamza-al-turki", "alias")
    ] * 2


def test_the_evidence_names_the_full_name_and_the_cue():
    text = "The commander Hamza Al-Turki, better known as Abu Shanab, left."
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    (nick,) = [m for m in doc.mentions if m.text == "Abu Shanab"]
    assert nick.evidence["alias_of"] == {
        "text": "Hamza Al-Turki",
        "start": text.index("Hamza"),
        "cue": "cue",
    }


def test_a_nickname_in_brackets_links_and_so_does_it_without_its_article_later():
    text = "The commander Hamza Al-Turki (Al-Shanab) left. Shanab did not return."
    found = _links(text)
    assert ("Al-Shanab", "per:hamza-al-turki", "alias") in found
    assert ("Shanab", "per:hamza-al-turki", "alias") in found


def test_without_a_cue_the_next_name_stays_unknown():
    found = _links("The commander Hamza Al-Turki and Abu Shanab left.")
    assert ("Abu Shanab", None, "none") in found


def test_after_a_place_the_cue_names_something_else():
    found = _links("The road to Tripoli, known as Tariq Shanab, was closed.")
    assert all(f[1] != "loc:tripoli" for f in found if f[0] != "Tripoli")


def test_a_nickname_that_spells_another_gazetteer_name_exactly_keeps_it():
    found = _links('The commander Hamza Al-Turki, nicknamed "Ghazala", left.')
    assert ("Ghazala", "loc:ghazala", "exact") in found


def test_an_acronym_in_brackets_is_no_nickname():
    found = _links("The commander Hamza Al-Turki (SSA) left.")
    assert not [f for f in found if f[0] == "SSA" and f[1] == "per:hamza-al-turki"]


def test_a_quote_that_does_not_close_after_the_name_declares_nothing():
    found = _links('Hamza Al-Turki, known as "Abu Shanab of the west", left.')
    assert not [f for f in found if f[1] == "per:hamza-al-turki" and f[0] != "Hamza Al-Turki"]


@pytest.mark.parametrize(
    ("between", "after", "how"),
    [
        (', known as "', '", said', "cue"),
        (", better  Known as ", " said", "cue"),
        (", alias ", ".", "cue"),
        (" (nicknamed ", ") said", "cue"),
        (" (", ") said", "brackets"),
        (' ("', '") said', "brackets"),
        (' ("', " of the west", None),
        (" (", " and others", None),
        (", who met ", " said", None),
        (", dubbed ", " said", None),
        (" known as ", " said", None),
    ],
)
def test_cue_between(between: str, after: str, how: str | None):
    assert cue_between(between, after) == how
