"""Health bodies known only by their Arabic names are reached through the gloss lexicon."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:lcdc", "ORG", None, "المركز الليبي لمكافحة الأمراض"),
    Record("org:tripoli-centre", "ORG", "Tripoli Medical Centre", "مركز طرابلس الطبي"),
]


_links = pairs_for(RECORDS, linked_only=True)


def test_disease_control_glosses_its_arabic_name() -> None:
    found = _links("The Libyan Center for Disease Control reported ten new cases.")
    # "Libyan" may stand as context before the name: the link is what counts
    assert [i for t, i in found if t.endswith("Center for Disease Control")] == ["org:lcdc"]


def test_its_acronym_after_it_follows() -> None:
    text = "The Centre for Disease Control (CDC) said. Later the CDC added more cases."
    assert [i for _, i in _links(text)] == ["org:lcdc", "org:lcdc", "org:lcdc"]
