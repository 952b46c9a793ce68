"""An unlinked name before a lower-case facility head is matched again with two of its words
read as one name part ("the Green Stream pipeline" for the Greenstream pipeline), and a
pipeline is a facility head like an airport (normx.resolve.pipeline, heads.yaml)."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:greenstream-pipeline", "LOC", "Greenstream pipeline", "خط أنابيب غرين ستريم"),
    Record("loc:italy", "LOC", "Italy", "إيطاليا"),
]


_links = pairs_for(RECORDS)


def test_two_words_of_one_glued_name_part_before_the_head():
    found = _links("Gas reaches Italy through the Green Stream pipeline, he said.")
    assert found == [
        ("Italy", "loc:italy"),
        ("Green Stream pipeline", "loc:greenstream-pipeline"),
    ]


def test_without_the_head_the_two_words_stay_unlinked():
    # the joined reading is asked only with a facility head after the name
    found = _links("Gas reaches Italy through Green Stream, he said.")
    assert ("Green Stream", "loc:greenstream-pipeline") not in found


def test_a_name_that_joins_into_no_facility_stays_unlinked():
    found = _links("Gas reaches Italy through the Blue Stream pipeline, he said.")
    assert not any(eid == "loc:greenstream-pipeline" for _, eid in found)
