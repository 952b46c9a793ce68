"""A body's name said in the Arabic order ("Corps of the Desert" for "Desert Corps") is that body,
not the place its second word names (normx/resolve/inverted_of.py)."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record
from normx.resolve.inverted_of import _words

RECORDS = [
    Record("org:sahara-legion", "ORG", "Sahara Legion", "الفيلق الصحراوي"),
    Record("loc:sahara", "LOC", "Sahara", "الصحراء الكبرى"),
    Record("org:tibesti-company", "ORG", "Tibesti Company", "شركة تيبستي"),
    Record("loc:tibesti", "LOC", "Tibesti", "تيبستي"),
]
_links = pairs_for(RECORDS)


def test_head_of_modifier_is_the_modifier_head_name():
    found = _links("And the Legion of Sahara was formed after the war, the ministry said.")
    assert ("Legion of Sahara", "org:sahara-legion") in found
    assert ("Sahara", "loc:sahara") not in found


def test_a_trailing_demonym_is_no_word_of_the_name():
    # فيلق الصحراء الروسي: MT writes the adjective after the name, "the Russian"
    found = _links("The Legion of Sahara the Russian inherits the bases in the south.")
    assert ("Legion of Sahara", "org:sahara-legion") in found
    assert ("Sahara", "loc:sahara") not in found


def test_the_place_alone_stays_the_place():
    found = _links("Fighters crossed the Sahara on Sunday, the ministry said.")
    assert ("Sahara", "loc:sahara") in found


def test_words_fold_and_drop_articles():
    assert _words("the Sahara Legion") == ["sahara", "legion"]
