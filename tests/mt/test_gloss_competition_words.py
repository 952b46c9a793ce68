"""Competition words in the gloss lexicon: MT renders كأس الكونفدرالية الأفريقية word by word
("Cup of the African Confederation"); with "cup" (كأس) and the second rendering of
"confederation" (الكونفدرالية) the gloss reaches the cup, not the continental union whose Arabic
name "African Confederation" alone glosses."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:south-cup", "ORG", "SFA Confederation Cup", "كأس الكونفدرالية الجنوبية"),
    Record("org:southern-union", "ORG", "Southern Union", "الاتحاد الجنوبي"),
    Record("loc:northtown", "LOC", "Northtown", "نورثتاون"),
]

_links = pairs_for(RECORDS, linked_only=True)


def test_the_cup_of_the_confederation_is_the_cup() -> None:
    text = "The club of Northtown will play in the Cup of the Southern Confederation next season."
    assert ("Cup of the Southern Confederation", "org:south-cup") in _links(text)
    assert all(oid != "org:southern-union" for _, oid in _links(text))


def test_the_confederation_alone_is_still_the_union() -> None:
    text = "The Southern Confederation met in Northtown."
    assert ("Southern Confederation", "org:southern-union") in _links(text)
