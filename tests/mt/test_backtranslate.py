"""Back-transliteration: name splitting, k-best combination, matching through Arabic hypotheses
(with a stand-in model, no torch needed), the missing-extra error, and the shipped model."""

from __future__ import annotations

import builtins
import math
from pathlib import Path

import pytest

from normx.errors import MissingExtraError, NormxError
from normx.gazetteer.schema import Record
from normx.match.index import NameIndex
from normx.match.matcher import Matcher
from normx.mt.backtranslate import (
    BackTransliterator,
    backtranslate_many,
    backtranslate_match,
    combine,
    name_tokens,
)
from normx.mt.model import INSTALL_HINT, TranslitModel, default_model_dir
from normx.text.arabic import has_arabic

# Arabic-only records: the Latin spellings used as queries below are nowhere in this gazetteer.
BT_RECORDS = (
    Record("per:ozbal", "PER", None, "عدنان أوزبال"),
    Record("per:aksen", "PER", None, "سرحات أكسن"),
    Record("per:mishri", "PER", "Khalid al-Mishri", "خالد المشري"),
)


FAKE_TABLE = {
    "adnan": [("عدنان", -0.1), ("عدنن", -2.5)],
    "uzbal": [("أوزبال", -0.3), ("اوزبل", -1.6), ("عزبال", -2.0)],
    "serhat": [("سرهات", -0.4), ("سرحات", -1.0)],
    "akens": [("أكنز", -0.5), ("أكسن", -1.2)],
}


class FakeModel(TranslitModel):
    """A stand-in for the seq2seq model: a fixed table, and a record of every call."""

    def __init__(self) -> None:
        super().__init__(None, None, Path("fake"))
        self.calls: list[list[str]] = []

    def generate(self, tokens, k):
        self.calls.append(list(tokens))
        return [FAKE_TABLE.get(t, [("زززز", -5.0)])[:k] for t in tokens]


@pytest.fixture()
def bt_index() -> NameIndex:
    return NameIndex.build(BT_RECORDS)


@pytest.fixture()
def fake_bt() -> BackTransliterator:
    return BackTransliterator(FakeModel())


def test_name_tokens_fold_and_keep_hyphenated_parts_together():
    assert name_tokens("Adnan Özbal") == ["adnan", "ozbal"]
    assert name_tokens("Khalid al-Mishri") == ["khalid", "al-mishri"]
    assert name_tokens("Mu'ammar  O'Brien") == ["muammar", "obrien"]
    assert name_tokens("خالد Mishri") == ["خالد", "mishri"]
    assert name_tokens("42 !!") == []


def test_name_tokens_join_a_free_standing_article_to_its_word():
    assert name_tokens("Khalid al Mishri") == ["khalid", "al-mishri"]
    assert name_tokens("El Sarraj") == ["el-sarraj"]
    assert name_tokens("Abu al") == ["abu", "al"]  # nothing to join to


def test_combine_gives_the_k_best_sums_in_order():
    per_token = [[("a", -0.1), ("b", -1.0)], [("x", -0.2), ("y", -0.5)]]
    got = combine(per_token, 3)
    assert [t for t, _ in got] == ["a x", "a y", "b x"]
    assert got[0][1] == pytest.approx(-0.3)
    assert got[2][1] == pytest.approx(-1.2)
    assert combine([], 3) == []


def test_hypotheses_batch_distinct_tokens_and_cache_them(fake_bt):
    names = ["Adnan Uzbal", "Serhat Akens", "Adnan Uzbal", "Uzbal"]
    out = fake_bt.hypotheses(names, k=2)
    assert len(out) == 4
    assert out[0][0][0] == "عدنان أوزبال"
    assert out[0][0][1] == pytest.approx(math.exp(-0.4))
    assert out[0] == out[2]
    assert out[3][0][0] == "أوزبال"
    model = fake_bt.model
    assert len(model.calls) == 1  # one batched call for all names
    assert sorted(model.calls[0]) == ["adnan", "akens", "serhat", "uzbal"]
    fake_bt.hypotheses(["Serhat Uzbal"], k=2)
    assert len(model.calls) == 1  # every token already cached
    assert fake_bt.model_calls == 4


@pytest.mark.parametrize("junk", [None, "", "   ", "😀", "123", "Ахмед", "x" * 40, "ab " * 200])
def test_junk_names_give_no_hypotheses_and_never_reach_the_model(fake_bt, junk):
    assert fake_bt.hypotheses([junk], k=3) == [[]]
    assert fake_bt.model.calls == []


def test_hypotheses_probabilities_decrease_and_stay_in_range(fake_bt):
    (hyps,) = fake_bt.hypotheses(["Adnan Uzbal"], k=4)
    probs = [p for _, p in hyps]
    assert probs == sorted(probs, reverse=True)
    assert all(0.0 < p <= 1.0 for p in probs)
    assert len({h for h, _ in hyps}) == len(hyps) == 4


def test_backtranslate_finds_the_entity_through_its_arabic_name(bt_index, fake_bt):
    assert Matcher(bt_index).match("Serhat Akens") == []  # Latin evidence alone fails
    # the best hypothesis for "Akens" (أكنز) is wrong; the second (أكسن) is the gazetteer's
    found = backtranslate_match(Matcher(bt_index), "Serhat Akens", fake_bt, k=2)
    assert found and found[0].id == "per:aksen"
    top = found[0]
    assert top.method == "backtranslate"
    assert has_arabic(top.explain["hypothesis"])
    assert top.explain["hypothesis_rank"] in (0, 1, 2, 3)
    assert 0.75 <= top.score < 1.0


def test_an_exact_arabic_match_through_the_best_guess_beats_a_weaker_latin_one(bt_index, fake_bt):
    latin = Matcher(bt_index).match("Adnan Uzbal")[0]
    assert latin.id == "per:ozbal" and latin.score < 0.96  # cross-script, not exact
    # confident=1.01 forces the model even though the Latin evidence is good
    (found,) = backtranslate_many(bt_index, ["Adnan Uzbal"], fake_bt, k=3, confident=1.01)
    assert found[0].id == "per:ozbal"
    assert found[0].method == "backtranslate"
    assert found[0].explain["hypothesis"] == "عدنان أوزبال"
    assert found[0].explain["hypothesis_rank"] == 0
    assert found[0].explain["latin_score"] == pytest.approx(latin.score, abs=1e-4)
    assert latin.score < found[0].score < 1.0


def test_confident_latin_matches_skip_the_model(bt_index, fake_bt):
    (found,) = backtranslate_many(bt_index, ["Khalid al-Mishri"], fake_bt)
    assert found[0].id == "per:mishri"
    assert found[0].method != "backtranslate"
    assert fake_bt.model.calls == []


def test_unresolved_names_only_go_to_the_model(bt_index, fake_bt):
    names = ["Khalid al-Mishri", "Adnan Uzbal", "Serhat Akens"]
    out = backtranslate_many(bt_index, names, fake_bt, k=2)
    assert [c[0].id for c in out] == ["per:mishri", "per:ozbal", "per:aksen"]
    # Adnan Uzbal's good Latin match was reached across scripts (a romanisation of عدنان
    # أوزبال): such a match is checked with the model, whose exact Arabic match wins
    assert [c[0].method for c in out] == ["exact", "backtranslate", "backtranslate"]
    # one batch, without the name settled by an exact Latin match
    assert fake_bt.model.calls == [["adnan", "uzbal", "serhat", "akens"]]


def test_a_name_nothing_resembles_stays_unmatched(bt_index, fake_bt):
    assert backtranslate_match(bt_index, "Qqqq Zzzz", fake_bt) == []


def test_type_filter_applies_to_backtranslated_candidates(bt_index, fake_bt):
    assert backtranslate_match(bt_index, "Adnan Uzbal", fake_bt, type="LOC") == []


def test_a_normalizer_is_accepted(fake_bt):
    from normx.api import Normalizer

    nz = Normalizer.from_records(BT_RECORDS)
    found = backtranslate_match(nz, "Adnan Uzbal", fake_bt)
    assert found[0].id == "per:ozbal"


def test_load_without_torch_raises_missing_extra_with_install_hint(monkeypatch):
    real_import = builtins.__import__

    def no_torch(name, *args, **kwargs):
        if name == "torch" or name.startswith("torch."):
            raise ImportError("No module named 'torch'", name="torch")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_torch)
    with pytest.raises(MissingExtraError) as err:
        BackTransliterator.load()
    assert "normx[mt]" in (err.value.hint or "")
    assert "torch==2.13.0" in (err.value.hint or "")
    assert err.value.hint == INSTALL_HINT


def test_load_rejects_a_directory_that_is_not_a_model(tmp_path):
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    with pytest.raises(NormxError, match="not a model directory"):
        BackTransliterator.load(tmp_path)
    (tmp_path / "config.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(NormxError, match="cannot load"):
        BackTransliterator.load(tmp_path)


@pytest.fixture(scope="module")
def shipped() -> BackTransliterator:
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    if default_model_dir() is None:
        pytest.skip("models/translit-ar is not present")
    return BackTransliterator.load()


def test_shipped_model_writes_arabic_for_ozbal_and_uzbal(shipped):
    out = shipped.hypotheses(["Ozbal", "Uzbal", "Özbal"], k=4)
    for hyps in out:
        assert hyps, "no hypothesis"
        assert all(has_arabic(h) and not any("a" <= ch <= "z" for ch in h) for h, _ in hyps)
    assert out[0] == out[2]  # Özbal folds to ozbal


def test_shipped_model_survives_junk(shipped):
    junk = [None, "", "😀", "x" * 100, "a b " * 200, "Ахмед", "123", "Al"]
    out = shipped.hypotheses(junk, k=2)
    assert len(out) == len(junk)
    assert out[:7] == [[]] * 7
    assert out[7] and has_arabic(out[7][0][0])  # a lone article is still a word


def test_shipped_model_resolves_the_turkish_names_through_arabic(shipped):
    index = NameIndex.build(BT_RECORDS)
    for name, expected in (("Adnan Uzbal", "per:ozbal"), ("Serhat Akens", "per:aksen")):
        found = backtranslate_match(index, name, shipped, k=4, confident=1.01)
        assert found and found[0].id == expected, (name, found)


def test_importing_the_back_transliteration_modules_does_not_import_torch():
    import subprocess
    import sys

    code = (
        "import sys, normx.mt.backtranslate, normx.mt.cli_model, normx.mt.train; "
        "print(sorted(m for m in ('torch', 'transformers') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "[]"


class _WeakLatin:
    """Latin evidence that scores Aksen 0.8 (at least AGREEMENT_MIN, below the min_score the
    test asks for) and, like every matcher, lists only candidates at or above min_score."""

    def __init__(self, index: NameIndex) -> None:
        self.matcher = Matcher(index)

    def match(self, name, top=5, type=None, *, min_score=0.75, explain=False):
        from normx.match.candidate import Candidate

        cand = Candidate("per:aksen", "سرحات أكسن", "PER", 0.8, "سرحات أكسن", "cross-script")
        return [cand] if cand.score >= min_score else []


def test_a_combined_score_does_not_depend_on_min_score(bt_index, fake_bt):
    from normx.mt.backtranslate import AGREEMENT_MIN, agree

    strict_min = 0.85
    assert AGREEMENT_MIN <= 0.8 < strict_min
    target = _WeakLatin(bt_index)
    (loose,) = backtranslate_many(target, ["Serhat Akens"], fake_bt, k=2, min_score=0.0)
    (strict,) = backtranslate_many(target, ["Serhat Akens"], fake_bt, k=2, min_score=strict_min)
    top = loose[0]
    assert top.id == "per:aksen" and top.explain["latin_score"] == 0.8
    assert top.score == pytest.approx(agree(0.8, top.explain["arabic_score"]), abs=1e-4)
    assert top.score >= strict_min
    # the Latin evidence below min_score still counts at that min_score
    assert [(c.id, c.score) for c in strict] == [
        (c.id, c.score) for c in loose if c.score >= strict_min
    ]
    assert strict[0].explain["latin_score"] == 0.8


def test_canonicalize_reports_the_hypothesis_in_a_backtranslated_mentions_evidence(fake_bt):
    # issue 5: "report method and the hypothesis in the evidence" (match --explain had it)
    from normx.api import Normalizer

    nz = Normalizer.from_records(BT_RECORDS)
    nz.backtransliterator = fake_bt
    doc = nz.canonicalize("The ambassador, Serhat Akens, met Adnan Uzbal in Ankara.")
    found = {m.text: m for m in doc.mentions if m.method == "backtranslate"}
    assert found["Serhat Akens"].id == "per:aksen"
    assert has_arabic(found["Serhat Akens"].evidence["hypothesis"])
    assert found["Adnan Uzbal"].evidence["hypothesis"] == "عدنان أوزبال"
