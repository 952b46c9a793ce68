"""The distractor filter of benchmarks.eval.articles drops an extra record that is the same place
as a set record's inherited names (its Arabic and its English name both the shipped record's,
session 17), and keeps one that shares only the Arabic name with them."""

from __future__ import annotations

from benchmarks.eval.articles import Article, filter_extras
from normx.gazetteer.schema import Record

# the set's town under its canonical name only; the shipped record of its id also holds the
# name of a second map node merged into it ("Beit Sahra", بيت صحرا)
OWN = [Record("loc:umm-zahra", "LOC", "Umm Zahra", "أم زهرة")]
INHERITED = [("loc:umm-zahra", "en", "Beit Sahra"), ("loc:umm-zahra", "ar", "بيت صحرا")]
ARTICLES = [Article("a", "Nothing here.", ())]


def _kept(extra: Record) -> bool:
    kept, _, _ = filter_extras(OWN, [extra], ARTICLES, INHERITED)
    return bool(kept)


def test_the_merged_node_is_the_same_place_and_is_dropped() -> None:
    assert not _kept(Record("bench:loc:1", "LOC", "Beit Sahra", "بيت صحرا"))


def test_an_arabic_namesake_with_another_english_name_is_kept() -> None:
    # a district and a village may share an Arabic word; that alone shows no same place
    assert _kept(Record("bench:loc:2", "LOC", "Bayt Sahara", "بيت صحرا"))


def test_without_the_inherited_names_nothing_changes() -> None:
    kept, _, _ = filter_extras(
        OWN, [Record("bench:loc:1", "LOC", "Beit Sahra", "بيت صحرا")], ARTICLES
    )
    assert kept
