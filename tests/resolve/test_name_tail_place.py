"""An article-led word of an unknown name is no village it spells
(normx.resolve.name_tail_place)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    # الخير: the text's "al-Khair" writes the article; a village named خير without it is
    # another name (normx.resolve.spelled_article)
    Record("loc:khair", "LOC", "Khair", "الخير"),
    Record("loc:hadi", "LOC", "Hadi", "هادي"),
    Record("loc:brak", "LOC", "Brak", "براك"),
]


def _links(text: str) -> dict[str, str | None]:
    return {m.text: m.id for m in Normalizer.from_records(RECORDS).canonicalize(text).mentions}


def test_the_family_word_of_an_unknown_man_is_not_the_village() -> None:
    links = _links("The envoy Abdelwahab Nouri al-Khair spoke on Monday.")
    assert "loc:khair" not in links.values()


def test_a_village_apart_from_the_name_still_links() -> None:
    links = _links("Abdelwahab Nouri went to al-Khair on Monday.")
    assert links.get("al-Khair") == "loc:khair"


def test_a_place_run_into_a_linked_place_is_not_judged() -> None:
    records = [*RECORDS, Record("loc:zintan", "LOC", "Zintan", "الزنتان")]
    doc = Normalizer.from_records(records).canonicalize("Fighters from Zintan al-Khair arrived.")
    assert ("al-Khair", "loc:khair") in [(m.text, m.id) for m in doc.mentions]


def test_a_lower_case_article_word_after_the_place_word_is_the_same_name() -> None:
    links = _links("Residents of al-Khair al-Qibliya say the roads were never rebuilt.")
    assert "loc:khair" not in links.values()
