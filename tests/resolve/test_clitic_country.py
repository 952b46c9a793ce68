"""A people's word inside an Arabic name behind a proclitic (لطوارق) is the name's own people,
so a demonym said of it is no contradiction (normx.resolve.clitic_country,
normx.resolve.demonym_conflict). Hand-written records."""

from __future__ import annotations

from link_pairs import pairs

from normx.gazetteer.schema import Record
from normx.gazetteer.titles import with_bare_titles
from normx.resolve.clitic_country import without_article, writes_country

RECORDS = with_bare_titles(
    [
        Record("org:tuareg-council", "ORG", None, "المجلس الأعلى لطوارق ليبيا"),
        Record("org:amazigh-council", "ORG", None, "المجلس الأعلى لأمازيغ ليبيا"),
        Record("org:tuareg-people", "ORG", "Tuareg people", "الطوارق"),
        Record("loc:ghat", "LOC", "Ghat", "غات"),
    ]
)


def test_the_article_comes_off_a_stem_of_three_letters_or_more() -> None:
    assert without_article("الطوارق") == "طوارق"
    assert without_article("الى") == "الى"  # no stem of its own left


def test_a_country_word_behind_a_proclitic_is_written() -> None:
    assert writes_country(("المجلس", "الاعلي", "لطوارق", "ليبيا"), {"الطوارق"})
    assert writes_country(("الطوارق",), {"الطوارق"})
    assert not writes_country(("المجلس", "لامازيغ"), {"الطوارق"})


def test_a_council_of_a_people_links_when_the_people_is_said() -> None:
    text = "The dispute in Ghat was settled by the Higher Council of the Tuareg last year."
    assert ("Higher Council of the Tuareg", "org:tuareg-council") in pairs(RECORDS, text)


def test_another_peoples_council_is_still_contradicted() -> None:
    # the Amazigh council's Arabic name holds no Tuareg word: not a council of the Tuareg
    text = "The dispute in Ghat was settled by the Higher Council of the Tuareg last year."
    ids = [i for _, i in pairs(RECORDS, text)]
    assert "org:amazigh-council" not in ids
