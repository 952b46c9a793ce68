"""An Arabic name "X التابع ل<owner>" (X affiliated to <owner>) is also named X: news and MT
say "the Council of the Security" for مجلس الأمن التابع للأمم المتحدة. Before, the affiliation
tail counted as three unsaid distinctive words (capped below the threshold), and a national
body whose Arabic shares the head and the field won by gloss alone (articles-v56: "Council of
the Human Rights" went to the NCHR; session 35, h-v56b)."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record
from normx.mt.gloss_index import ArabicWord, _before_affiliation

RECORDS = [
    Record("org:unsc", "ORG", "United Nations Security Council", "مجلس الأمن التابع للأمم المتحدة"),
    Record(
        "org:defence-council",
        "ORG",
        "Supreme Council for National Defence",
        "المجلس الأعلى للأمن والدفاع الوطني",
    ),
]

_links = pairs_for(RECORDS, linked_only=True)


def test_the_name_before_the_affiliation_tail_is_the_body() -> None:
    found = _links("The Council of the Security in New York adopted a resolution on the prisons.")
    assert ("Council of the Security", "org:unsc") in found


def test_the_national_body_keeps_its_own_name() -> None:
    found = _links("The Supreme Council for National Defence met on Monday.")
    assert ("Supreme Council for National Defence", "org:defence-council") in found


def _word(text: str, *, generic: bool = False) -> ArabicWord:
    return ArabicWord(text, frozenset({text}), 1.0, generic, False, False)


def test_a_generic_lead_alone_is_not_made_a_name() -> None:
    # the words before the tail must hold one distinctive word: "the Military Wing" is none
    tail = (_word("التابع"), _word("للحركه"))
    generic = (_word("الجناح", generic=True), _word("العسكري", generic=True))
    assert _before_affiliation((*generic, *tail)) == 0
    assert _before_affiliation((_word("مجلس", generic=True), _word("الامن"), *tail)) == 2
    assert _before_affiliation((_word("مجلس", generic=True), *tail)) == 0  # one word: too short
