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
    Record("org:north-oil-company", "ORG", "North Oil Company", "شركة نفط الشمال"),
    Record("loc:north-korea", "LOC", "North Korea", "كوريا الشمالية"),
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


def test_a_compass_word_before_a_demonym_is_an_adjective_not_a_name():
    # "the North African nation": no longer name the text wrote, and "North" alone none
    text = (
        "The country's state-run oil company said output climbed, weeks after an engineer took"
        " over an industry hostage to the rivalry between the North African nation's governments."
    )
    assert _links(text) == []
