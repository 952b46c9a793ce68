"""A body named by a number: read only beside a kind noun, its own name's word or a linked body
in a list, and only where one record's English name holds the number (session 26, h-eastern26).

Hand-written gazetteer: a channel named by a number, two channels named by words, a brigade
named by another number.
"""

from itertools import pairwise

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:24-tv", "ORG", "24 TV", "قناة 24"),
    Record("org:nour", "ORG", "Al-Nour TV", "قناة النور"),
    Record("org:dawn", "ORG", "Dawn Channel", "قناة الفجر"),
    Record("org:brigade-77", "ORG", "Brigade 77", "اللواء 77"),
]


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(RECORDS)


def links(nz: Normalizer, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.id) for m in nz.canonicalize(text).mentions if m.id is not None]


def test_a_number_after_its_kind_noun_is_the_channel(nz: Normalizer) -> None:
    assert ("24", "org:24-tv") in links(nz, "The channel of 24 said the road was closed.")
    assert ("24", "org:24-tv") in links(nz, "He told the channel 24 that the road was closed.")
    assert ("24", "org:24-tv") in links(nz, "La chaîne 24, lancée en 2019, diffuse en arabe.")


def test_the_number_with_its_own_word_is_one_mention(nz: Normalizer) -> None:
    assert ("24 TV", "org:24-tv") in links(nz, "Channels such as 24 TV stayed neutral.")


def test_the_own_word_is_not_taken_from_another_mention() -> None:
    # "TV" begins another body's name: the number alone is the channel, and no two mentions
    # overlap (h-review26a)
    nz = Normalizer.from_records([*RECORDS, Record("org:tv-union", "ORG", "TV Union")])
    mentions = nz.canonicalize("The channel 24 TV Union said it.").mentions
    assert [(m.text, m.id) for m in mentions if m.id is not None] == [
        ("24", "org:24-tv"),
        ("TV Union", "org:tv-union"),
    ]
    assert all(a.end <= b.start for a, b in pairwise(mentions))


def test_a_number_in_a_list_of_linked_channels(nz: Normalizer) -> None:
    found = links(nz, "Pages using the names of Al-Nour TV, 24 and Dawn Channel spread lies.")
    assert ("24", "org:24-tv") in found


def test_a_figure_is_no_name(nz: Normalizer) -> None:
    # no kind noun beside it: a count
    assert links(nz, "The fire killed 24 people in the market.") == []
    # a kind noun, but no record's English name holds the number
    assert links(nz, "The channel of 31 journalists closed.") == []
    # a figure with decimals or a percent sign is never a name
    assert links(nz, "The channel 24.5 percent of viewers watch closed.") == []


LETTERED = [
    Record("org:twitter-like", "ORG", "Twitter", "تويتر"),
    Record("org:facebook-like", "ORG", "Facebook", "فيسبوك"),
]


@pytest.fixture(scope="module")
def nz_letters() -> Normalizer:
    return Normalizer.from_records(LETTERED)


def test_a_listed_letter_is_the_body_of_its_former_name(nz_letters: Normalizer) -> None:
    # "X" (formerly Twitter) beside its kind noun, or in a list with a linked body
    found = links(nz_letters, 'He wrote on the platform X that "the road" is closed.')
    assert found == [("X", "org:twitter-like")]
    found = links(nz_letters, "Rumours spread on Facebook, Telegram and X last year.")
    assert ("X", "org:twitter-like") in found


def test_a_letter_alone_is_no_body(nz_letters: Normalizer) -> None:
    assert links(nz_letters, "The suspect, known as X in the file, was released.") == []
    # a letter the data does not list
    assert links(nz_letters, "He wrote on the platform Q that the road is closed.") == []
