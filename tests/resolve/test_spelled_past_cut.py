"""The few records that spell a word of the name exactly are read past the matcher's cut
(normx.resolve.spelled_past_cut). Hold-out gazetteer: no set's records; the look-alike villages
are made up, as the synthetic distractors are."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.spelled_past_cut import RARE_RECORDS, spelled_past_cut, word_forms
from normx.text.normalize import analyse_name, core_tokens

CLUB = Record("org:al-najma-sc", "ORG", "Al-Najma SC", "نادي النجمة")
CITY = Record("loc:benghazi", "LOC", "Benghazi", "بنغازي")
# seven villages a letter or two from "Najma", every one scored above the club's 0.78 (one word
# of a longer name): the club is eighth, past the cut of four
LOOKALIKES = [
    Record(f"loc:village-{i}", "LOC", name)
    for i, name in enumerate(
        ["Najmia", "Najmiya", "Najmawi", "Najmi", "Najmy", "Najmieh", "Najmiyeh"]
    )
]


def _links(text: str, records: list[Record]) -> dict[str, str | None]:
    doc = Normalizer.from_records(records).canonicalize(text)
    return {m.text: m.id for m in doc.mentions}


def test_the_club_past_the_cut_is_read():
    # fails on main 92c9f17: unlinked (the club never reaches the decision)
    text = "The derby in Benghazi between the two clubs ended when Al-Najma scored late."
    links = _links(text, [CLUB, CITY, *LOOKALIKES])
    assert links.get("Al-Najma") == "org:al-najma-sc"


def test_glued_article_reads_the_club_past_the_cut():
    # fails on main 92c9f17: "Alnajma" -> the village Najmia (0.94 by key)
    text = "The derby in Benghazi between the two clubs ended when Alnajma scored late."
    links = _links(text, [CLUB, CITY, *LOOKALIKES])
    assert links.get("Alnajma") == "org:al-najma-sc"


def test_a_village_said_as_written_stays_the_village():
    text = "The road from Benghazi to Najmawi was closed."
    links = _links(text, [CLUB, CITY, *LOOKALIKES])
    assert links.get("Najmawi") == "loc:village-2"


def test_word_forms_reads_a_glued_article_off():
    assert word_forms(core_tokens(analyse_name("Alnajma"))) == ["alnajma", "najma"]
    assert word_forms(core_tokens(analyse_name("Al-Najma"))) == ["najma"]


def _cand(cid: str, score: float, method: str = "phonetic") -> Candidate:
    return Candidate(cid, cid, "LOC", score, cid, method)


def test_a_word_many_records_spell_is_no_evidence():
    cut = [_cand(f"loc:{i}", 0.9) for i in range(4)]
    asked: list[int] = []

    def ask(kind: str | None, n: int, floor: float) -> list[Candidate]:
        asked.append(n)
        return [*cut, _cand("org:far", 0.7)]

    many = frozenset(f"per:{i}" for i in range(RARE_RECORDS + 1)) | {"org:far"}
    assert spelled_past_cut(cut, 4, ["mohamed"], lambda f: many, ask, 0.5) == cut
    assert asked == []  # not asked again
    few = frozenset({"org:far", "loc:0"})
    assert spelled_past_cut(cut, 4, ["najma"], lambda f: few, ask, 0.5) == [
        *cut,
        _cand("org:far", 0.7),
    ]


def test_an_exact_best_or_a_short_cut_is_left_alone():
    def ask(kind: str | None, n: int, floor: float) -> list[Candidate]:
        raise AssertionError("not asked")

    exact = [_cand("loc:0", 1.0, "exact"), *(_cand(f"loc:{i}", 0.9) for i in range(1, 4))]
    few = frozenset({"org:far"})
    assert spelled_past_cut(exact, 4, ["najma"], lambda f: few, ask, 0.5) == exact
    short = exact[1:]
    assert spelled_past_cut(short, 4, ["najma"], lambda f: few, ask, 0.5) == short
