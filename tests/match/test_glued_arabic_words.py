"""Arabic names run together after a letter that does not join the next (حسن ظاهرعويس: no
space after ر, invisible on the page): the index reads such a word as its two halves when both
are name parts other names hold and no other name writes the word so (normx.match.index,
``_unglued``; normx.text.arabic.glued_splits)."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.index import NameIndex
from normx.text.arabic import glued_splits

# other names of a gazetteer that hold the halves ظاهر and عويس as words of their own
_HOLDERS = [
    Record("per:zaher-salem", "PER", None, "ظاهر سالم الكبير"),
    Record("per:owais-karim", "PER", None, "كريم عويس المصري"),
]


def _forms(records: list[Record], text: str) -> list[str]:
    index = NameIndex.build(records)
    (name,) = [n for n in index.names if n.text == text]
    return [t.form for t in name.tokens]


def test_splits_are_after_non_joining_letters_only():
    assert glued_splits("ظاهرعويس") == [("ظاهر", "عويس")]
    assert glued_splits("محمد") == []  # no non-joining letter inside
    assert glued_splits("مرزوق") == []  # مر: two letters


def test_a_glued_word_reads_as_its_halves_when_both_are_name_parts():
    records = [Record("per:hassan-dahir-aweys", "PER", None, "حسن ظاهرعويس"), *_HOLDERS]
    assert _forms(records, "حسن ظاهرعويس") == ["hsn", "zahr", "'uis"]


def test_the_name_keeps_its_text():
    records = [Record("per:hassan-dahir-aweys", "PER", None, "حسن ظاهرعويس"), *_HOLDERS]
    (cand, *_) = Normalizer.from_records(records).match("Hassan Dahir Aweys", min_score=0.0)
    assert cand.id == "per:hassan-dahir-aweys"
    assert cand.matched == "حسن ظاهرعويس"


def test_a_word_stays_whole_without_both_halves_held():
    records = [
        Record("per:hassan-dahir-aweys", "PER", None, "حسن ظاهرعويس"),
        Record("per:zaher-salem", "PER", None, "ظاهر سالم الكبير"),
    ]
    assert _forms(records, "حسن ظاهرعويس") == ["hsn", "zahr'uis"]


def test_a_word_other_names_write_so_stays_whole():
    # written alike by two names: a name of its own, not a slip of the space bar
    records = [
        Record("per:hassan-dahir-aweys", "PER", None, "حسن ظاهرعويس"),
        Record("per:ali-dahir-aweys", "PER", None, "علي ظاهرعويس"),
        *_HOLDERS,
    ]
    assert _forms(records, "حسن ظاهرعويس") == ["hsn", "zahr'uis"]


def test_real_names_with_the_same_letters_stay_whole():
    # البوعزيزي (al-Bouazizi): بو is two letters, and Abu is the analyser's; ابراهيم: اهيم is
    # no name part; عبدالرزاق: the analyser's glued Abd
    records = [
        Record("per:a", "PER", None, "محمد البوعزيزي"),
        Record("per:b", "PER", None, "ابراهيم عبدالرزاق"),
        Record("per:c", "PER", None, "عزيزي ابر الرزاق"),
    ]
    assert _forms(records, "محمد البوعزيزي") == ["mhmd", "bu'zizi"]
    assert _forms(records, "ابراهيم عبدالرزاق") == ["abrahim", "abd-rzaq"]


def test_queries_that_spell_or_order_the_halves_otherwise_find_the_glued_name():
    # Awes, and Aweys put first: the joined query pair no longer matches the glued word
    records = [
        Record("per:hassan-dahir-aweys", "PER", None, "حسن ظاهرعويس"),
        Record("per:hussein-al-tahir", "PER", None, "حسين ممنعة الطاهر"),
        Record("per:hassan-ali", "PER", None, "حسن طاهر علي"),
        *_HOLDERS,
    ]
    nz = Normalizer.from_records(records)
    for query in ("Hassan Dahir Awes", "Aweys Hassan Dahir"):
        (cand, *_) = nz.match(query, min_score=0.0)
        assert cand.id == "per:hassan-dahir-aweys", query


def test_places_stay_whole():
    # أبيدجان (Abidjan) holds أبيد and جان, both words of other names: a place's name is one
    # word, and only persons' names are read as glued
    records = [
        Record("loc:abidjan", "LOC", "Abidjan", "أبيدجان"),
        Record("per:obeid-salem", "PER", None, "أبيد سالم"),
        Record("per:jan-karim", "PER", None, "جان كريم"),
    ]
    assert _forms(records, "أبيدجان") == ["abid·jan"]  # one token
