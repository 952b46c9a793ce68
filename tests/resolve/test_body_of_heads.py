"""Two generic head nouns may name one body; one alone names none."""

from link_pairs import pairs_for

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:presidential-council", "ORG", "Presidential Council", "المجلس الرئاسي"),
    Record("org:hor", "ORG", "House of Representatives", "مجلس النواب"),
]


_links = pairs_for(RECORDS)


def test_two_head_nouns_that_gloss_a_body_link_to_it():
    # "Presidency" and "Council" are both generic heads, together the Presidential Council
    assert ("Presidency Council", "org:presidential-council") in _links(
        "The head of the Presidency Council called for calm."
    )


def test_a_lone_head_noun_or_heads_naming_no_body_stay_out():
    assert _links("The Council met on Monday.") == []
    assert all(i is None for _, i in _links("The Mission Authority said nothing."))


def test_heads_after_a_title_of_still_name_the_body():
    # the whole span is titles, connectors and heads: the title is context, the heads the body
    assert ("Presidency Council", "org:presidential-council") in _links(
        "The Vice President of the Presidency Council, Musa al-Koni, spoke."
    )


def test_a_demonym_and_one_head_name_the_body_of_that_people_the_gazetteer_has():
    nz = Normalizer.from_records(
        [
            *RECORDS,
            Record("org:lna", "ORG", "Libyan National Army", "الجيش الوطني الليبي"),
            Record("org:saf", "ORG", "Sudanese Armed Forces", "القوات المسلحة السودانية"),
        ]
    )
    doc = nz.canonicalize("The Libyan Army launches an operation on the border")
    assert [(m.text, m.id) for m in doc.mentions] == [("Libyan Army", "org:lna")]
    doc = nz.canonicalize("The Chadian Army said nothing.")
    assert all(m.id is None for m in doc.mentions)
