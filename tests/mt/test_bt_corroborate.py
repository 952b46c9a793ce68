"""A decisive, spelled Arabic reading the spelling matcher puts first too is accepted at the
threshold (normx.mt.bt_corroborate), with a hand-written gazetteer and a stand-in model (no
torch). Each test fails on main 0d8bc47, where such a name stayed below the threshold."""

from __future__ import annotations

from pathlib import Path

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.score import NO_MATCH_THRESHOLD
from normx.mt.arabic_match import ArabicMatch
from normx.mt.backtranslate import BackTransliterator, backtranslate_many
from normx.mt.bt_corroborate import spelled_reading
from normx.mt.model import TranslitModel

RECORDS = (
    Record("per:muammar", "PER", None, "معمر القذافي"),
    Record("per:hamadi", "PER", None, "حمادي القذافي"),
    Record("per:omar-mukhtar", "PER", None, "عمر المختار"),
    Record("per:yunis", "PER", None, "محمد يونس أحمد"),
    Record("per:yunis-kasih", "PER", None, "محمد يونس الكاسح"),
)

TABLE = {
    "omar": [("عمر", -0.1)],
    "muammar": [("معمر", -0.2), ("مؤمر", -2.0)],
    "gaddafi": [("القذافي", -0.3), ("القدافي", -1.5)],
    "muhammad": [("محمد", -0.1)],
    "yunis": [("يونس", -0.1)],
    "ahmed": [("أحمد", -0.1)],
    "al-moali": [("المعلي", -0.5)],
}


class TableModel(TranslitModel):
    """A stand-in model: a fixed table of spellings."""

    def __init__(self, table: dict[str, list[tuple[str, float]]]) -> None:
        super().__init__(None, None, Path("table"))
        self.table = table

    def generate(self, tokens, k):
        return [self.table.get(t, [("زززز", -5.0)])[:k] for t in tokens]


def _answers(nz: Normalizer, name: str, table=TABLE, min_score: float = NO_MATCH_THRESHOLD):
    return backtranslate_many(
        nz, [name], BackTransliterator(TableModel(table)), min_score=min_score
    )[0]


def test_a_longer_query_both_witnesses_read_as_one_person_is_accepted():
    # persons-xscript: "Omar Muammar Gaddafi" (a given name the list adds) is معمر القذافي
    # first on both sides, under the threshold on each
    nz = Normalizer.from_records(RECORDS)
    latin = nz.match("Omar Muammar Gaddafi", min_score=0.0)
    assert latin[0].id == "per:muammar" and latin[0].score < NO_MATCH_THRESHOLD
    (best,) = _answers(nz, "Omar Muammar Gaddafi")
    assert best.id == "per:muammar" and best.score == NO_MATCH_THRESHOLD
    assert best.method == "backtranslate" and best.explain["corroborated"] is True
    assert best.explain["latin_score"] == round(latin[0].score, 4)
    # the same first answer, with the same score, at min_score=0
    first = _answers(nz, "Omar Muammar Gaddafi", min_score=0.0)[0]
    assert (first.id, first.score) == (best.id, best.score)
    # a name with a word the gazetteer's name lacks (Muhammad Yunis Ahmed Al-Moali)
    assert [c.id for c in _answers(nz, "Muhammad Yunis Ahmed Al-Moali")] == ["per:yunis"]


def test_a_reading_that_only_resembles_is_not_lifted():
    # the guess for gaddafi now only resembles القذافي: one witness, nothing crosses
    nz = Normalizer.from_records(RECORDS)
    table = {**TABLE, "gaddafi": [("الغدفي", -0.3)]}
    assert _answers(nz, "Omar Muammar Gaddafi", table) == []


def test_witnesses_that_disagree_lift_nothing():
    # the Arabic side reads محمد يونس الكاسح, the spelling matcher puts محمد يونس أحمد first
    nz = Normalizer.from_records(RECORDS)
    table = {**TABLE, "ahmed": [("الكاسح", -0.1)]}
    assert nz.match("Muhammad Yunis Ahmed Al-Moali", min_score=0.0)[0].id == "per:yunis"
    assert _answers(nz, "Muhammad Yunis Ahmed Al-Moali", table) == []


def test_a_reading_must_pair_two_name_words_and_spell_each():
    def reading(pairs) -> ArabicMatch:
        return ArabicMatch(0, 0.7, "x", tuple(pairs), 0.67, 1.0)

    two = [((0,), "a", (0,), 0.95), ((1,), "b", (1,), 0.92)]
    assert spelled_reading(reading(two))
    assert not spelled_reading(reading(two[:1]))  # one name word
    assert not spelled_reading(reading([two[0], ((1,), "b", (1,), 0.85)]))  # resembles only


def test_common_given_names_alone_are_no_person():
    # articles-v3: the nil "Ahmed Mohammed" read أحمد ... امحمد of a four-word name, first on
    # both sides of a small gazetteer; two common given names name no one
    from normx.match.candidate import Candidate
    from normx.mt.arabic_match import part_guesses
    from normx.mt.bt_corroborate import corroborated

    records = [Record("per:fitouri", "PER", None, "أحمد عمر امحمد الفيتوري")]
    latin = [Candidate("per:fitouri", "x", "PER", 0.68, "x", "cross-script", {})]
    parts = [part_guesses([("احمد", 0.0)]), part_guesses([("امحمد", 0.0)])]
    reading = ArabicMatch(
        0, 0.7, "أحمد عمر امحمد الفيتوري", (((0,), "احمد", (0,), 1.0), ((1,), "امحمد", (2,), 1.0)),
        1.0, 0.5,
    )  # fmt: skip

    def lift(tokens):
        return corroborated(
            latin, lambda: latin, [reading], parts, tokens, records,
            threshold=NO_MATCH_THRESHOLD, min_score=0.0, top=5,
        )[0].score  # fmt: skip

    assert lift(["ahmed", "mohammed"]) == 0.68  # given names only: left as it was
    assert lift(["ahmed", "imhamad"]) == NO_MATCH_THRESHOLD  # a rarer word: two witnesses
