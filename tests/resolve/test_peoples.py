"""Peoples named by their bare name, tribes told from towns and from persons
(normx.resolve.peoples). Hand-written records (English names only where the rule is the
matcher's: no Arabic name to gloss)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.gazetteer.titles import with_bare_titles

PEOPLES = [
    Record("org:tuareg-people", "ORG", "Tuareg people"),
    Record("org:toubou-people", "ORG", "Toubou people"),
    Record("org:toubou-front", "ORG", "Toubou Front for the Salvation of Libya"),
    Record("org:tuareg-council", "ORG", "Supreme Council of Libyan Tuareg"),
    Record("loc:libya", "LOC", "Libya", "ليبيا"),
    Record("org:arab-league", "ORG", "Arab League", "جامعة الدول العربية"),
    Record("loc:ubari", "LOC", "Ubari", "أوباري"),
]

TRIBES = [
    Record("org:hasawna", "ORG", "Hasawna", "الحساونة"),
    Record("loc:al-hasawnah", "LOC", "Al Hasawnah", "الحساونة"),
    Record("org:magarha", "ORG", "Magarha", "المقارحة"),
    Record("per:abdelbaset-al-megrahi", "PER", "Abdelbaset al-Megrahi", "عبد الباسط المقرحي"),
    Record("org:warfalla", "ORG", "Warfalla", "ورفلة"),
    Record("org:toubou-people", "ORG", "Toubou people"),
]


def _links(records: list[Record], text: str) -> list[tuple[str, str | None]]:
    # as a load makes them: the titles' bare forms added ("Tuareg people" -> "Tuareg")
    doc = Normalizer.from_records(with_bare_titles(records)).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_a_people_named_bare_is_the_people_record() -> None:
    links = _links(PEOPLES, "Clashes between the Tuareg and the Toubou broke out in Ubari.")
    assert ("Tuareg", "org:tuareg-people") in links
    assert ("Toubou", "org:toubou-people") in links


def test_spelling_variants_come_from_the_matcher() -> None:
    links = dict(_links(PEOPLES, "The Tebu said so. Later the Tuareg replied."))
    assert links["Tebu"] == "org:toubou-people"
    assert links["Tuareg"] == "org:tuareg-people"


def test_coordinated_peoples_before_a_head_noun_each_link() -> None:
    text = "In 2014, Tuareg and Toubou fighters waged a war for Ubari."
    ids = {i for _, i in _links(PEOPLES, text)}
    assert {"org:tuareg-people", "org:toubou-people", "loc:ubari"} <= ids


def test_bodies_named_after_a_people_keep_their_names() -> None:
    text = (
        "The Toubou Front for the Salvation of Libya and the Supreme Council of Libyan Tuareg "
        "met in Ubari."
    )
    ids = [i for _, i in _links(PEOPLES, text)]
    assert "org:toubou-front" in ids and "org:tuareg-council" in ids
    assert "org:toubou-people" not in ids and "org:tuareg-people" not in ids


def test_a_demonym_used_as_an_adjective_names_no_people() -> None:
    text = "A Tebu military commander spoke. In Ghat, the Tuareg town, residents waited."
    ids = [i for _, i in _links(PEOPLES, text)]
    assert "org:toubou-people" not in ids and "org:tuareg-people" not in ids


def test_other_demonyms_stay_context() -> None:
    text = "Arab states and Libyans welcomed the talks; the Arab League met."
    links = _links(PEOPLES, text)
    assert ("Libyans", "loc:libya") not in links
    assert [t for t, i in links if i == "org:arab-league"] == ["Arab League"]


def test_without_a_people_record_a_demonym_is_no_mention() -> None:
    records = [r for r in PEOPLES if not r.id.endswith("-people")]
    ids = [i for _, i in _links(records, "The Tuareg and the Tebu met in Ubari.")]
    assert ids == ["loc:ubari"]


def test_a_tribe_noun_makes_a_tie_the_tribe_for_the_whole_document() -> None:
    text = (
        "The Hasauna tribe met on Monday. Later the sons of the Hasauna and the Toubou agreed, "
        "and the Hasauna left."
    )
    hasauna = [i for t, i in _links(TRIBES, text) if t == "Hasauna"]
    assert hasauna == ["org:hasawna"] * 3


def test_without_a_tribe_word_the_tie_is_not_decided_for_the_tribe() -> None:
    links = _links(TRIBES, "Fighters reached Hasauna on Monday.")
    assert ("Hasauna", "org:hasawna") not in links


def test_a_tribe_plural_is_no_mention_of_a_member() -> None:
    # "Megarha" is near enough to "al-Megrahi" for a later surname; its -a ending is the
    # tribe's plural (المقارحة), the person's -i his nisba (المقرحي)
    links = _links(TRIBES, "Abdelbaset al-Megrahi died in 2012. Later the Megarha met.")
    assert ("Megarha", "org:magarha") in links


def test_a_tribe_named_with_the_article_is_the_tribe() -> None:
    links = _links(TRIBES, "The families of the Al-Warfalla residing in the city signed.")
    assert ("Al-Warfalla", "org:warfalla") in links
