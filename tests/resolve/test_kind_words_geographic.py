"""A mountain range, a castle-town or a company written by its own word alone: the kind words
of ``kind_words.yaml`` now hold mountains / jebel (جبل), qasr (قصر), biotech and energies, so
:mod:`normx.resolve.core_name` reads "Tadraart" as the Tadrart Mountains when nothing else is
named by the word. A word spelled exactly as the name's own word was linked before (the
matcher's one word of a name); a vowel or a letter doubled, as translations write Arabic
names (DOMAIN.md), only by the rule."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record
from normx.resolve.core_name import kind_forms

BASE = [
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("loc:ghat", "LOC", "Ghat", "غات"),
]
RANGE = Record("loc:tadrart-mountains", "LOC", "Tadrart Mountains", "جبل تادرارت")
CASTLE = Record("loc:qasr-al-akhyar", "LOC", "Qasr al Akhyar", "قصر الأخيار")
COMPANY = Record("org:vaxira-biotech", "ORG", "Vaxira Biotech", "فاكسيرا بيوتك")
RENAMED = Record("org:solvaenergies", "ORG", "SolvaEnergies", "سولفا إنرجيز")


def test_the_geographic_and_company_kind_words_are_kind_words():
    assert {"mountains", "jebel", "qasr", "biotech", "energies"} <= kind_forms()


def test_a_range_written_by_its_own_word_links_to_the_range():
    links = pairs_for([*BASE, RANGE])
    text = "The smugglers crossed from Ghat into the Tadraart before dawn, the army said."
    assert ("Tadraart", "loc:tadrart-mountains") in links(text)


def test_a_town_named_by_the_word_keeps_the_word():
    town = Record("loc:tadrart", "LOC", "Tadrart", "تادرارت")
    links = pairs_for([*BASE, RANGE, town])
    text = "The smugglers crossed from Ghat into the Tadraart before dawn, the army said."
    assert ("Tadraart", "loc:tadrart-mountains") not in links(text)


def test_a_castle_town_written_without_qasr_links_to_it():
    links = pairs_for([*BASE, CASTLE])
    text = "The coast road east of Tripoli was closed at Akhiyar on Sunday, residents said."
    assert ("Akhiyar", "loc:qasr-al-akhyar") in links(text)


def test_a_company_written_without_biotech_links_to_it():
    links = pairs_for([*BASE, COMPANY])
    text = "The first doses of the vaccine made by Vaxirra arrived in Tripoli on Monday."
    assert ("Vaxirra", "org:vaxira-biotech") in links(text)


def test_a_company_renamed_with_energies_is_written_by_its_old_word():
    links = pairs_for([*BASE, RENAMED])
    text = "The operators of the field near Ghat include Solva, which has worked there since 2005."
    assert ("Solva", "org:solvaenergies") in links(text)
