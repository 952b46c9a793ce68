"""An abbreviation said before a noun names its entity ("US officials said", "the UN envoy");
a French indefinite article opening a sentence is no acronym ("Un responsable a déclaré").

Session 36 (h-un), tests/data/articles/README.md "Abbreviations said before a noun". A small
hold-out gazetteer: the entities under their canonical names, the UN and the US with their
acronyms as the shipped gazetteer holds them.
"""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

UN = Record("org:united-nations", "ORG", "United Nations", "الأمم المتحدة", aliases_en=("UN",))
US = Record("loc:united-states", "LOC", "United States", "الولايات المتحدة", aliases_en=("US",))
LIBYA = Record("loc:libya", "LOC", "Libya", "ليبيا")


def _links(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records([UN, US, LIBYA]).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions if m.id is not None]


def test_sentence_initial_us_before_a_noun_is_the_country():
    # "us" is a stop word; written in capitals it is the acronym (main dropped it)
    text = "Fighting resumed near Sirte. US officials said the talks in Libya would go on."
    assert ("US", "loc:united-states") in _links(text)


def test_us_after_the_article_is_the_country():
    text = "Fighting resumed near Sirte. The US said it would send an envoy to Libya."
    assert ("US", "loc:united-states") in _links(text)


def test_un_before_a_noun_stays_the_un():
    text = "Fighting resumed near Sirte. The UN envoy said the talks in Libya would go on."
    assert ("UN", "org:united-nations") in _links(text)


def test_french_un_opening_a_sentence_is_the_article():
    # with the acronym "UN" held, the title-case article linked the UN (main)
    text = "Un responsable libyen a déclaré que la situation était calme en Libye."
    assert ("Un", "org:united-nations") not in _links(text)


def test_french_une_and_un_after_a_dateline_are_articles():
    text = "TRIPOLI (AFP) - Un haut responsable a démenti. Une source a confirmé l'accord."
    assert all(m_id != "org:united-nations" for _, m_id in _links(text))


def test_french_onu_beside_the_article_stays_the_un():
    text = "Un porte-parole de l'ONU a appelé au calme en Libye."
    links = _links(text)
    assert ("ONU", "org:united-nations") in links
    assert ("Un", "org:united-nations") not in links
