"""A lone word that spells one word of a longer place or body name whose other words tell the
entity apart ("the South" ~ South Sudan: an ordinary word; "Roman theatre" ~ Sabratha Roman
Theatre: beside another place's name) names no such entity; a lone word that is the name's
only distinctive word ("Nafusa" of the Nafusa Mountains) or its head ("Kremlin" of the Moscow
Kremlin) still links."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:south-sudan", "LOC", "South Sudan", "جنوب السودان"),
    Record("loc:roman-theatre", "LOC", "Sabratha Roman Theatre", None),
    Record("loc:sabratha", "LOC", "Sabratha", "صبراتة"),
    Record("loc:nafusa", "LOC", "Nafusa Mountains", "جبل نفوسة"),
    Record("loc:moscow", "LOC", "Moscow", "موسكو"),
    Record("loc:moscow-kremlin", "LOC", "Moscow Kremlin", None),
]

_links = pairs_for(RECORDS, linked_only=True)


def test_a_modifier_without_the_name_s_distinctive_word_is_no_link():
    assert _links('He announced a "special plan for the development of the South" on Monday.') == []
    assert _links("The town, known for its Roman theatre, voted on Saturday.") == []


def test_the_name_s_only_distinctive_word_or_its_head_still_links():
    assert _links("Water was cut in the towns of the Nafusa on Monday.") == [
        ("Nafusa", "loc:nafusa")
    ]
    assert _links("The talks were held in the Kremlin on Monday.") == [
        ("Kremlin", "loc:moscow-kremlin")
    ]


def test_the_whole_name_still_links():
    assert _links("Refugees from South Sudan arrived in Kufra.") == [
        ("South Sudan", "loc:south-sudan")
    ]
