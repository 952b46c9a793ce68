"""The precision guards of back-translation (normx.mt.bt_guards), the equal-score rule of
bt_evidence and the cut of joined names (bt_names), each with a hand-written gazetteer and a
stand-in model (no torch)."""

from __future__ import annotations

from pathlib import Path

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.match.index import NameIndex
from normx.mt.arabic_match import ArabicMatch
from normx.mt.backtranslate import BackTransliterator, backtranslate_many, name_tokens
from normx.mt.bt_evidence import merge_evidence
from normx.mt.bt_guards import spells_alike, stands_alone, transliterated
from normx.mt.model import TranslitModel

RECORDS = (
    Record("per:ozbal", "PER", None, "عدنان أوزبال"),
    Record("per:kani", "PER", "Mohamed al-Kani", "محمد الكاني"),
    Record("loc:marwan", "LOC", None, "مروان"),
    Record("org:hcs", "ORG", "High Council of State", "المجلس الأعلى للدولة"),
)

TABLE = {
    "adnan": [("عدنان", -0.1)],
    "uzbal": [("أوزبال", -0.3)],
    "mohamed": [("محمد", -0.1)],
    "al-kilani": [("الكلاني", -0.2)],
    "abdel-basit": [("عبدالباسط", -0.2)],
    "marwan": [("مروان", -0.1)],
    "supreme": [("الاعلي", -0.3)],
    "council": [("مجلس", -0.1)],
}


class TableModel(TranslitModel):
    """A stand-in model: a fixed table of spellings."""

    def __init__(self) -> None:
        super().__init__(None, None, Path("table"))

    def generate(self, tokens, k):
        return [TABLE.get(t, [("زززز", -5.0)])[:k] for t in tokens]


def _bt() -> BackTransliterator:
    return BackTransliterator(TableModel())


def _match(name: str, pairs, q: float = 1.0) -> ArabicMatch:
    return ArabicMatch(0, 0.8, name, tuple(pairs), query_coverage=q)


def test_a_name_of_english_words_is_not_transliterated():
    tokens = ["supreme", "council"]
    found = _match("المجلس الأعلى", [((0,), "الاعلي", (1,), 0.9), ((1,), "مجلس", (0,), 1.0)])
    assert not transliterated(found, tokens)
    assert transliterated(found, ["wefaq", "council"])


def test_english_words_reach_no_body_through_arabic():
    (found,) = backtranslate_many(NameIndex.build(RECORDS), ["Supreme Council"], _bt())
    assert all(c.method != "backtranslate" for c in found)


def test_spells_alike_needs_every_pairing_to_spell_its_word():
    exact = _match("محمد الكاني", [((0,), "محمد", (0,), 1.0), ((1,), "الكاني", (1,), 0.95)])
    resembling = _match("محمد الكاني", [((0,), "محمد", (0,), 1.0), ((1,), "الكلاني", (1,), 0.8)])
    assert spells_alike(exact)
    assert not spells_alike(resembling)


def test_an_arabic_look_alike_does_not_raise_a_latin_look_alike():
    """Kilani is not Kani: the Arabic guesses miss the same letter the Latin spelling did."""
    latin = [Candidate("per:kani", "Mohamed al-Kani", "PER", 0.82, "Mohamed al-Kani", "fuzzy")]
    arabic = _match("محمد الكاني", [((0,), "محمد", (0,), 1.0), ((1,), "الكلاني", (1,), 0.83)])
    (out,) = merge_evidence(latin, [(arabic, {})], RECORDS[:2][1:], top=5, min_score=0.5)
    assert out.method == "fuzzy" and out.score == 0.82


def test_an_arabic_spelling_still_raises_a_latin_candidate():
    latin = [Candidate("per:kani", "Mohamed al-Kani", "PER", 0.8, "Mohamed al-Kani", "fuzzy")]
    arabic = _match("محمد الكاني", [((0,), "محمد", (0,), 1.0), ((1,), "الكاني", (1,), 1.0)])
    (out,) = merge_evidence(latin, [(arabic, {})], RECORDS[1:2], top=5, min_score=0.5)
    assert out.method == "backtranslate" and out.score > 0.8


def test_an_equal_score_keeps_the_latin_method():
    """agree() of a strong Latin score and a weak Arabic one is the Latin score: no raise, so
    the candidate keeps the method the resolver's guards read (rounding once made it one)."""
    latin = [Candidate("per:kani", "Mohamed al-Kani", "PER", 8 / 9, "Mohamed al-Kani", "phonetic")]
    arabic = _match("محمد الكاني", [((0,), "محمد", (0,), 1.0), ((1,), "الكاني", (1,), 1.0)])
    weak = ArabicMatch(0, 0.66, arabic.name, arabic.pairs)
    (out,) = merge_evidence(latin, [(weak, {})], RECORDS[1:2], top=5, min_score=0.5)
    assert out.method == "phonetic"


def test_an_entity_only_arabic_reaches_must_explain_the_whole_query():
    assert not stands_alone(_match("مروان", [((1,), "مروان", (0,), 1.0)], q=0.5))
    (found,) = backtranslate_many(NameIndex.build(RECORDS), ["Abdel-Basit Marwan"], _bt())
    assert "loc:marwan" not in [c.id for c in found]
    (alone,) = backtranslate_many(NameIndex.build(RECORDS), ["Adnan Uzbal"], _bt())
    assert alone[0].id == "per:ozbal" and alone[0].method == "backtranslate"


def test_joined_names_are_cut_for_the_model_but_articles_and_particles_are_not():
    assert name_tokens("Libya-Tunisia") == ["libya", "tunisia"]
    assert name_tokens("Dhehiba-Ouazen") == ["dhehiba", "ouazen"]
    assert name_tokens("Bani-Walid") == ["bani", "walid"]
    assert name_tokens("Khalid al-Mishri") == ["khalid", "al-mishri"]
    assert name_tokens("Abd-al-Aziz") == ["abd-al-aziz"]
    assert name_tokens("Abdel-Basit") == ["abdel-basit"]
    assert name_tokens("Ji-hun") == ["ji-hun"]


def test_back_translation_leaves_the_latin_side_as_the_caller_asked():
    """joins=False (what canonicalize asks) holds with back-translation on as well."""
    nz = Normalizer.from_records([Record("loc:garyounis", "LOC", "Garyounis", "قاريونس")])
    plain = nz.match_many(["Gar Younis"], joins=False)
    nz.backtransliterator = _bt()
    assert nz.match_many(["Gar Younis"], joins=False) == plain


def test_a_short_form_read_in_both_scripts_is_one_witness():
    """Ahmed Omar is two of the four words of Ahmad Oumar Imhamad al-Fitouri in either script."""
    part = ArabicMatch(
        0,
        0.77,
        "احمد عمر امحمد الفيتوري",
        (((0,), "احمد", (0,), 0.97), ((1,), "عمر", (1,), 0.99)),
        name_coverage=0.5,
    )
    assert not spells_alike(part)


def test_an_entity_only_arabic_reaches_needs_its_words_spelled():
    """Jumaa Al-Gharbawi is not Juma Naim al-Jerbi: غرباوي only resembles الجربي."""
    resembling = ArabicMatch(
        0,
        0.76,
        "جمعة نعيم الجربي",
        (((0,), "جمعه", (0,), 0.995), ((1,), "غرباوي", (2,), 0.805)),
        name_coverage=2 / 3,
    )
    assert not stands_alone(resembling)
    spelled = ArabicMatch(0, 0.8, resembling.name, (((0,), "جمعه", (0,), 0.995),), 1.0, 1 / 3)
    assert stands_alone(spelled)  # a short form of a longer name may stand


def test_a_spelling_two_entities_share_raises_neither():
    """الجزائر is Algeria and part of مدينة الجزائر (Algiers): the Latin side decides."""
    recs = (
        Record("loc:algeria", "LOC", "Algeria", "الجزائر"),
        Record("loc:algiers", "LOC", "Algiers", "مدينة الجزائر"),
    )
    pair = (((0,), "الجزائر", (0,), 1.0),)
    country = ArabicMatch(0, 0.9, "الجزائر", pair)
    city = ArabicMatch(1, 0.8, "مدينة الجزائر", (((0,), "الجزائر", (1,), 1.0),), 1.0, 0.5)
    latin = [Candidate("loc:algeria", "Algeria", "LOC", 0.81, "الجزائر", "cross-script")]
    out = merge_evidence(latin, [(country, {}), (city, {})], recs, top=5, min_score=0.5)
    assert [(c.id, c.method) for c in out] == [("loc:algeria", "cross-script")]
    alone = merge_evidence(latin, [(country, {})], recs, top=5, min_score=0.5)
    assert alone[0].method == "backtranslate"


def test_a_spelling_inside_another_latin_candidates_arabic_name_raises_neither():
    recs = (
        Record("loc:algeria", "LOC", "Algeria", "الجزائر"),
        Record("loc:algiers", "LOC", "Algiers", "مدينة الجزائر"),
    )
    country = ArabicMatch(0, 0.9, "الجزائر", (((0,), "الجزائر", (0,), 1.0),))
    latin = [
        Candidate("loc:algeria", "Algeria", "LOC", 0.81, "الجزائر", "cross-script"),
        Candidate("loc:algiers", "Algiers", "LOC", 0.79, "مدينة الجزائر", "cross-script"),
    ]
    out = merge_evidence(latin, [(country, {})], recs, top=5, min_score=0.5)
    assert [c.method for c in out] == ["cross-script", "cross-script"]
