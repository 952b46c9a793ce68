"""Numbers and day-month dates before a head noun belong to the name (normx.detect.dated_names):
"the 444 Brigade", "June 11 Stadium", "the Martyrs of 17 February"; a count does not."""

from __future__ import annotations

from link_pairs import pairs_for

from normx.detect.dated_names import name_numbers
from normx.detect.lexicon import lexicon
from normx.detect.spans import find_spans
from normx.detect.tokens import tokenize
from normx.detect.units import name_units
from normx.gazetteer.schema import Record


def _spans(text: str, sparse: bool = True) -> list[str]:
    lex = lexicon()
    toks = name_numbers(text, tokenize(text, lex.keep_words if sparse else None))
    spans = find_spans(toks, name_units(toks), lex)
    return [text[toks[s.first].start : toks[s.last].end] for s in spans]


def test_a_number_before_a_formation_head_joins_the_span() -> None:
    assert "444 Brigade" in _spans("Escorted by units of the 444 Brigade.")
    assert "128th Brigade" in _spans("The fighters of the 128th Brigade deployed.")


def test_a_day_month_date_before_a_head_joins_the_span_in_either_order() -> None:
    for sparse in (True, False):
        assert "June 11 Stadium" in _spans("The match at the June 11 Stadium ended.", sparse)
        assert "11 June Stadium" in _spans("The match at the 11 June Stadium ended.", sparse)
        assert "17th of February Brigade" in _spans(
            "The fighters of the 17th of February Brigade left.", sparse
        )
        assert "September 1 Stadium" in _spans("They entered the September 1 Stadium.", sparse)


def test_a_date_after_of_joins_the_name_it_dates() -> None:
    for sparse in (True, False):
        assert "Martyrs of 17 February" in _spans("He praised the Martyrs of 17 February.", sparse)


def test_a_date_before_a_few_capitalised_words_and_a_head() -> None:
    assert "17 February Martyrs Brigade" in _spans("He praised the 17 February Martyrs Brigade.")


def test_a_count_stays_out() -> None:
    spans = _spans("Some 300 Army soldiers and 300 soldiers entered.")
    assert not any(s[0].isdigit() for s in spans)
    assert "Brigade" in _spans("He said some 300 Brigade members left.")  # a word of quantity
    assert not any("1,300" in s or "300" in s for s in _spans("A total of 1,300 Brigade men."))


def test_a_year_is_no_units_number() -> None:
    assert not any("2011" in s for s in _spans("The 2011 Revolution ended the regime."))


def test_a_date_of_time_before_another_name_stays_out() -> None:
    assert "Tripoli Stadium" in _spans("On 11 June Tripoli Stadium hosted the match.")
    spans = _spans("On 11 June Brigade 444 entered the town.")  # the head has its number after
    assert "Brigade 444" in spans and not any("June" in s for s in spans)


def test_a_lone_date_is_no_name() -> None:
    assert _spans("The vote was held on 11 June in the capital.") == []
    assert _spans("The vote was held on June 11 in the capital.") == []


def test_a_number_after_a_slash_stays_with_the_units_number() -> None:
    assert "Division 20/20" in _spans("The Division 20/20 entered the town.")


RECORDS = [
    Record("loc:11-june-stadium", "LOC", "11 June Stadium", "ملعب 11 يونيو"),
    Record("loc:cairo-stadium", "LOC", "Cairo International Stadium", "استاد القاهرة الدولي"),
    Record("org:444-brigade", "ORG", "444 Brigade", "اللواء 444 قتال"),
    Record("org:128-brigade", "ORG", "128th Brigade", "اللواء 128"),
    Record("org:116-brigade", "ORG", "Brigade 116", "اللواء 116"),
    Record("org:17feb", "ORG", "17 February Revolution", "ثورة 17 فبراير"),
]

_links = pairs_for(RECORDS, linked_only=True)


def test_a_dated_stadium_links_whatever_the_order() -> None:
    for text in (
        "The match at the June 11 Stadium ended.",
        "The match at the 11 June Stadium ended.",
        "The match at the 11th of June Stadium ended.",
    ):
        assert _links(text) == [(text.split("the ", 1)[1][:-7], "loc:11-june-stadium")]


def test_a_dated_stadium_is_not_taken_for_another_stadium() -> None:
    text = "Cairo International Stadium was full. The June 11 Stadium was empty."
    assert _links(text) == [
        ("Cairo International Stadium", "loc:cairo-stadium"),
        ("June 11 Stadium", "loc:11-june-stadium"),
    ]


def test_numbered_brigades_link_by_their_own_number() -> None:
    text = "The 444 Brigade, the Brigade 128 and the 116th Brigade met."
    assert _links(text) == [
        ("444 Brigade", "org:444-brigade"),
        ("Brigade 128", "org:128-brigade"),
        ("116th Brigade", "org:116-brigade"),
    ]


def test_the_revolution_links_in_either_order() -> None:
    assert _links("It marked the February 17 Revolution anniversary.") == [
        ("February 17 Revolution", "org:17feb")
    ]
