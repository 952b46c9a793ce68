"""A rank's ordinal belongs to the title that opens a name: ملازم أول / Mulazim Awwal "first
lieutenant" (``after_title`` in normx/text/data/titles.yaml). Alone, "Awwal" is a name."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.text.normalize import TITLE, analyse_name


def _kinds(name: str) -> list[tuple[str, str]]:
    return [(t.form, t.kind) for t in analyse_name(name)]


def test_rank_and_ordinal_are_the_title():
    tokens = _kinds("Mulazim Awwal Salim Nuri Zawi")
    assert tokens[:2] == [("mulazim", TITLE), ("awwal", TITLE)]
    assert [f for f, k in tokens if k != TITLE] == ["salim", "nuri", "zawi"]
    arabic = _kinds("ملازم أول سالم الزاوي")
    assert [k for _, k in arabic[:2]] == [TITLE, TITLE]


def test_an_ordinal_alone_is_a_name():
    assert _kinds("Awwal Salim Zawi")[0] == ("awwal", "name")


def test_the_ordinal_needs_a_name_after_it():
    # two words at least must follow a title: "Awwal Zawi" could be the name
    assert _kinds("Mulazim Awwal Zawi")[1] == ("awwal", "name")


def test_a_ranked_query_scores_as_the_name_alone():
    records = [
        Record("per:salim-zawi", "PER", "سالم الزاوي"),
        Record("per:maloum-zawi", "PER", "معلوم الزاوي"),
    ]
    nz = Normalizer.from_records(records)
    (ranked, *_) = nz.match("Mulazim Awwal Salim Nuri al-Zawi", min_score=0.0)
    (plain, *_) = nz.match("Salim Nuri al-Zawi", min_score=0.0)
    assert ranked.id == plain.id == "per:salim-zawi"
    assert ranked.score == plain.score
