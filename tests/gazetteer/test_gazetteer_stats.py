"""gazetteer_stats and find_collisions: counts, names per entity, shared normalised names."""

from __future__ import annotations

import json

import pytest

from normx.gazetteer import Record, find_collisions, gazetteer_stats, load_gazetteers

RECORDS = (
    Record("per:a", "PER", "Abd al-Hamid Dbeibah", "عبد الحميد الدبيبة", ("Abdul Hamid Dbeibah",)),
    Record("per:b", "PER", "Abdelhamid Dbeibah"),
    Record("per:c", "PER", None, "خالد المشري", (), ("خالد عمار المشري",)),
    Record("loc:d", "LOC", "Sirte", "سرت", ("Surt", "Syrte"), ("سرت الكبرى",)),
)


def test_counts_and_names_per_entity():
    stats = gazetteer_stats(RECORDS, key=str.casefold)
    assert stats.records == 4 and stats.files == 0
    assert stats.by_type == (("PER", 3), ("ORG", 0), ("LOC", 1))
    # names per entity: per:a 3, per:b 1, per:c 2, loc:d 5
    assert (stats.names_en, stats.names_ar, stats.names) == (6, 5, 11)
    assert stats.names_per_entity_min == 1
    assert stats.names_per_entity_max == 5
    assert stats.names_per_entity_mean == pytest.approx(11 / 4)
    assert stats.names_histogram == ((1, 1), (2, 1), (3, 1), (5, 1))


def test_collisions_use_the_key_and_list_most_entities_first():
    records = (
        Record("loc:a", "LOC", "Zawiya"),
        Record("loc:b", "LOC", "ZAWIYA", None, ("Misrata",)),
        Record("loc:c", "LOC", "zawiya"),
        Record("loc:d", "LOC", "misrata", None, ("MISRATA",)),  # twice in one entity: counted once
        Record("loc:e", "LOC", "Sirte"),
    )
    found = find_collisions(records, key=str.casefold)
    assert [(c.key, c.entities) for c in found] == [
        ("zawiya", ("loc:a", "loc:b", "loc:c")),
        ("misrata", ("loc:b", "loc:d")),
    ]
    assert found[1].names == (("loc:b", "Misrata"), ("loc:d", "misrata"), ("loc:d", "MISRATA"))


def test_collisions_default_to_the_shared_name_normaliser():
    # "Abd al-Hamid", "Abdul Hamid" and "Abdelhamid" are one name to the normaliser.
    found = find_collisions(RECORDS)
    assert [(c.key, c.entities) for c in found] == [("abd-hamid dbeibah", ("per:a", "per:b"))]


def test_names_the_key_maps_to_nothing_are_ignored():
    records = (Record("loc:a", "LOC", "Zawiya"), Record("loc:b", "LOC", "Zawiya"))
    assert find_collisions(records, key=lambda _text: "") == ()


def test_to_dict_is_json_and_top_limits_the_list_not_the_total(write, good_yaml):
    gaz = load_gazetteers([write("g.yaml", good_yaml)], defaults=False)
    stats = gazetteer_stats(gaz, key=lambda _text: "same")
    assert stats.files == 1
    data = json.loads(json.dumps(stats.to_dict(top=0)))
    assert data["records"] == 2
    assert data["by_type"] == {"PER": 1, "ORG": 0, "LOC": 1}
    assert data["names"] == {"total": 5, "en": 3, "ar": 2}
    assert data["names_per_entity"]["histogram"] == {"2": 1, "3": 1}
    assert data["collisions"] == {"total": 1, "top": []}
    top = stats.to_dict()["collisions"]["top"]
    assert top[0]["entities"] == ["loc:sirte", "per:khalid-al-mishri"]


def test_an_empty_gazetteer_has_zero_stats():
    stats = gazetteer_stats([])
    assert (stats.records, stats.names, stats.names_per_entity_max) == (0, 0, 0)
    assert stats.names_per_entity_mean == 0.0
    assert stats.collisions == ()


@pytest.mark.parametrize("junk", [None, 5, "records", b"x", [None], ["per:a"]])
def test_stats_of_junk_is_a_type_error(junk):
    with pytest.raises(TypeError, match="gazetteer_stats needs"):
        gazetteer_stats(junk)
