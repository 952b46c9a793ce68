"""A lone word that spells one word of a longer place or body name whose other words tell the
entity apart ("the South" ~ South Sudan: an ordinary word; "Roman theatre" ~ Sabratha Roman
Theatre: beside another place's name) names no such entity; a lone word that is the name's
only distinctive word ("Nafusa" of the Nafusa Mountains) or its head ("Kremlin" of the Moscow
Kremlin) still links."""

from link_pairs import pairs_for

from normx.api import Normalizer
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


def test_a_compass_word_before_a_demonym_links_to_nothing_whatever_the_method() -> None:
    # "North" of "The North African country" would reach NATO by coreference with its full
    # name named before; a compass word joined to a demonym is half of an adjective.
    records = [
        Record("org:nato", "ORG", "NATO", "حلف شمال الأطلسي"),
        Record("org:noc-north", "ORG", "North Oil Company", "شركة نفط الشمال"),
    ]
    normalizer = Normalizer.from_records(records)
    doc = normalizer.canonicalize(
        "The North Atlantic Treaty Organization struck in 2011. The North African country has "
        "been split since. North Oil Company resumed pumping."
    )
    links = [(m.text, m.id) for m in doc.mentions]
    assert ("North Atlantic Treaty Organization", "org:nato") in links
    assert ("North", "org:nato") not in links
    assert ("North Oil Company", "org:noc-north") in links
