"""A compound surname written without its Abd ("Abdel Fattah Ghaffar") is the person the
document names in full (Abdul Fattah Abdul Ghaffar) (normx.resolve.dropped_abd)."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record(
        "per:abdel-fattah-abdel-ghaffar",
        "PER",
        "Abdel Fattah Abdel Ghaffar",
        "عبد الفتاح عبد الغفار",
    ),
    Record("per:omar-ghaffar", "PER", "Omar Ghaffar", "عمر غفار"),
]


_links = pairs_for(RECORDS)


def test_headline_without_the_second_abd_is_the_person_named_in_full():
    text = (
        "Abdel Fattah Ghaffar to run the bank\n\n"
        "The council appointed Abdul Fattah Abdul Ghaffar on Sunday."
    )
    assert _links(text) == [
        ("Abdel Fattah Ghaffar", "per:abdel-fattah-abdel-ghaffar"),
        ("Abdul Fattah Abdul Ghaffar", "per:abdel-fattah-abdel-ghaffar"),
    ]


def test_without_the_full_name_in_the_document_nothing_is_read_into_it():
    found = _links("Abdel Fattah Ghaffar spoke to reporters on Sunday.")
    assert ("Abdel Fattah Ghaffar", "per:abdel-fattah-abdel-ghaffar") not in found


def test_a_lone_bare_surname_is_not_read_as_the_compound():
    text = "Abdul Fattah Abdul Ghaffar met the minister. Later Ghaffar left."
    assert ("Ghaffar", "per:abdel-fattah-abdel-ghaffar") not in _links(text)
