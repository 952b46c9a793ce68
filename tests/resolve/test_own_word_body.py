"""A lone word romanised from Arabic is the body whose name is that word and a kind word
(session 24, h-v39c24): "the Ifriqi" (الإفريقي) is Club Africain (النادي الأفريقي), not the
African football confederation whose Arabic name holds the word as an adjective."""

from __future__ import annotations

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record(
        id="org:caf",
        type="ORG",
        name_en="Confederation of African Football",
        name_ar="الاتحاد الأفريقي لكرة القدم",
    ),
    Record(id="org:club-africain", type="ORG", name_en="Club Africain", name_ar="النادي الأفريقي"),
]
_links = pairs_for(RECORDS, linked_only=True)


def test_a_lone_word_is_the_club_named_by_it() -> None:
    text = (
        "The African Union of Football approved the fans. Al-Ittihad travels to face the "
        "African Club on Sunday. Its coach said his team respects the history of the Ifriqi."
    )
    links = _links(text)
    assert ("Ifriqi", "org:caf") not in links
    assert ("Ifriqi", "org:club-africain") in links


def test_a_word_of_no_linked_body_stays() -> None:
    text = (
        "The African Union of Football approved the fans. "
        "Its coach said his team respects the history of the Ifriqi."
    )
    assert ("Ifriqi", "org:club-africain") not in _links(text)
