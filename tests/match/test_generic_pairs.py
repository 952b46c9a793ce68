"""Generic place words across languages and on one side only: a translated place word
("village", "city", "town") reads as the Arabic one (qria, mdina, blda), a pair of place words
says nothing of order, and a place word that the query adds and the name leaves out costs only
part of its weight, wherever it stands (``arabic_readings`` in
``normx/text/data/generic_words.yaml``; ``score._forgivable``)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.score import NO_MATCH_THRESHOLD, score_tokens, score_upper_bound
from normx.match.score import _token_options as token_options
from normx.text.generic import arabic_readings
from normx.text.normalize import analyse_name, core_tokens


def _best(records: list[Record], query: str):
    (found,) = Normalizer.from_records(records).match(query, top=1, min_score=0.0, explain=True)
    return found


def test_a_translated_place_word_reads_as_the_arabic_one():
    assert arabic_readings("village") == ("qria",)
    assert set(arabic_readings("town")) == {"mdina", "blda"}
    assert arabic_readings("tobruk") == ()
    (village,) = analyse_name("Village")
    assert "qria" in {a for a, _ in village.alts}
    (qaryat,) = analyse_name("Qaryat")  # a transliteration pairs by its spelling already
    assert "qria" not in {a for a, _ in qaryat.alts}


def test_city_pairs_with_madinat_across_scripts():
    # the city record and the town's own record: "Tobruk City" is the first
    records = [
        Record("loc:tobruk-city", "LOC", None, "مدينة طبرق"),
        Record("loc:tobruk", "LOC", None, "طبرق"),
    ]
    found = _best(records, "Tobruk City")
    assert found.id == "loc:tobruk-city"
    assert found.score >= NO_MATCH_THRESHOLD


def test_a_pair_of_place_words_is_no_reordering():
    q = core_tokens(analyse_name("Umm as Safa Qaryat"))
    found = score_tokens(q, core_tokens(analyse_name("Qaryat Umm as Safa")), cross_script=False)
    assert "reordered" not in found.penalties
    records = [Record("loc:safa", "LOC", None, "قرية أم الصفا")]
    assert _best(records, "Umm as Safa Village").score >= NO_MATCH_THRESHOLD


def test_a_place_word_on_the_query_side_only_costs_part_of_its_weight():
    for query, arabic in (("Baldat Tuqtah", "تقطة"), ("Qaryat al Fayasilah", "الفياصلة")):
        found = _best([Record("loc:x", "LOC", None, arabic)], query)
        assert found.score >= NO_MATCH_THRESHOLD, (query, found.score)


def test_a_place_word_on_the_name_side_only_keeps_its_weight():
    # forgiven on the name side too, "Al Karmah Town" (0.884) took "Garama" from Germa (0.879)
    records = [
        Record("loc:germa", "LOC", "Germa", None),
        Record("loc:karmah", "LOC", "Al Karmah Town", None),
    ]
    assert _best(records, "Garama").id == "loc:germa"


def test_the_bound_holds_for_a_forgiven_place_word():
    cases = (("Baldat Tuqtah", "تقطة"), ("Village Mazzu Bu", "مزو"), ("Qaryat", "قرية"))
    for query, name in cases:
        q, n = core_tokens(analyse_name(query)), core_tokens(analyse_name(name))
        options = token_options(q, n, True, {})
        bound = score_upper_bound(q, n, options, person=False, cross_script=True)
        assert bound >= score_tokens(q, n, cross_script=True).score - 1e-12


def test_a_place_word_alone_still_names_no_place():
    records = [Record("loc:safa", "LOC", None, "قرية أم الصفا")]
    assert _best(records, "Village").score < NO_MATCH_THRESHOLD
