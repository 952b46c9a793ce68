"""A tiny training run end to end: pairs from a small fake data folder, a 2-layer d_model-32
Marian model, one epoch; the saved directory must load with the ordinary Hugging Face classes
from local files only and give Arabic-script hypotheses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from normx.mt.training.pairs import (
    arabic_target,
    latin_key,
    load_pairs,
    read_rigour,
    split_pairs,
)
from normx.text.arabic import has_arabic

WORDS = [
    ("adnan", "عدنان"),
    ("khalid", "خالد"),
    ("mishri", "المشري"),
    ("omar", "عمر"),
    ("hassan", "حسن"),
    ("fathi", "فتحي"),
    ("bashagha", "باشاغا"),
    ("sarraj", "السراج"),
    ("haftar", "حفتر"),
    ("tripoli", "طرابلس"),
]


def write_fake_data(root: Path) -> None:
    """The three permissive sources in their real formats, with a few hundred lines."""
    wd = root / "wikidata-names-coling2018"
    wd.mkdir(parents=True)
    lines = []
    for i in range(30):
        for latin, arabic in WORDS:
            lines.append(f"{latin}{'a' * (i % 3)}{i}\t{' '.join(arabic)}\t{1 + i % 5}")
    # digits are not letters: those lines are dropped; keep the plain words too
    lines += [f"{latin}\t{' '.join(arabic)}\t3" for latin, arabic in WORDS]
    (wd / "wd_arabic.normalized.aligned.tokens.tsv").write_text(
        "\n".join(lines) + "\n", encoding="utf-8"
    )
    gt = root / "google-translit"
    gt.mkdir()
    pairs = [f"{arabic}\t{latin}" for latin, arabic in WORDS]
    pairs += [f"{arabic}{arabic[-1]}\t{latin}{latin[-1]}" for latin, arabic in WORDS]
    (gt / "ar2en.txt").write_text("\n".join(pairs) + "\n", encoding="utf-8")
    rg = root / "rigour-person-names"
    rg.mkdir()
    (rg / "persons_arabic_script.txt").write_text(
        "haled, halid, khaled, халед, خالد => Q1\n"
        "al-mishri, al mishri, المشري => Q2\n"
        "hasan, hassan, حسن, حسان => Q3\n",
        encoding="utf-8",
    )


def test_pair_forms_match_what_the_model_sees():
    assert latin_key("Özbal") == "ozbal"
    assert latin_key("Al Mishri") == "al-mishri"
    assert latin_key("O'Brien") == "obrien"
    assert arabic_target("مُحَمَّـد") == "محمد"
    assert arabic_target("مدرسة") == "مدرسة"  # ta marbuta kept for targets


def test_rigour_clusters_pair_every_latin_member_with_every_arabic_one(tmp_path):
    write_fake_data(tmp_path)
    got = {
        (p.latin, p.arabic)
        for p in read_rigour(tmp_path / "rigour-person-names" / "persons_arabic_script.txt")
    }
    assert ("khaled", "خالد") in got and ("halid", "خالد") in got
    assert ("hassan", "حسان") in got and ("hasan", "حسن") in got
    assert ("al-mishri", "المشري") in got
    assert not any(" " in lat for lat, _ in got)  # multi-word members are not used
    assert not any("х" in lat for lat, _ in got)  # Cyrillic is not Latin


def test_load_and_split_are_deduplicated_and_disjoint_by_latin_form(tmp_path):
    write_fake_data(tmp_path)
    pairs = load_pairs(tmp_path)
    keys = [(p.latin, p.arabic) for p in pairs]
    assert len(keys) == len(set(keys))
    assert all(1 <= p.weight <= 4 for p in pairs)
    train, dev = split_pairs(pairs, seed=1, dev_fraction=0.2)
    assert dev and train
    assert not {p.latin for p in train} & {p.latin for p in dev}
    assert split_pairs(pairs, seed=1, dev_fraction=0.2) == (train, dev)


def test_tiny_training_saves_a_marian_dir_that_loads_offline(tmp_path):
    pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    from normx.mt.backtranslate import BackTransliterator
    from normx.mt.train import train

    data, out = tmp_path / "data", tmp_path / "model"
    write_fake_data(data)
    record = train(data, out, seed=3, epochs=1, tiny=True, threads=1, log=lambda _m: None)
    for name in ("config.json", "model.safetensors", "source.spm", "target.spm", "vocab.json"):
        assert (out / name).is_file(), name
    saved = json.loads((out / "training.json").read_text(encoding="utf-8"))
    assert saved["seed"] == 3 and saved["tiny"] is True
    assert record["hyper"]["d_model"] == 32 and record["hyper"]["layers"] == 2
    assert set(saved["data"]) <= {
        "wikidata-names-coling2018",
        "google-translit",
        "rigour-person-names",
    }

    tok = transformers.MarianTokenizer.from_pretrained(str(out), local_files_only=True)
    model = transformers.MarianMTModel.from_pretrained(str(out), local_files_only=True)
    assert model.config.d_model == 32
    assert tok("khalid")["input_ids"][-1] == tok.eos_token_id

    bt = BackTransliterator.load(out, threads=1)
    (hyps,) = bt.hypotheses(["Khalid Haftar"], k=2)
    assert 1 <= len(hyps) <= 2
    for text, prob in hyps:
        assert has_arabic(text) and not any("a" <= ch <= "z" for ch in text)
        assert 0.0 < prob <= 1.0


def test_training_is_repeatable_with_the_same_seed(tmp_path):
    torch = pytest.importorskip("torch")
    pytest.importorskip("transformers")
    from safetensors.torch import load_file

    from normx.mt.train import train

    data = tmp_path / "data"
    write_fake_data(data)
    weights = []
    for run in ("a", "b"):
        train(data, tmp_path / run, seed=5, epochs=1, tiny=True, threads=1, log=lambda _m: None)
        weights.append(load_file(str(tmp_path / run / "model.safetensors")))
    first, second = weights
    assert first.keys() == second.keys()
    assert all(torch.equal(first[name], second[name]) for name in first)
    assert (tmp_path / "a" / "vocab.json").read_bytes() == (
        tmp_path / "b" / "vocab.json"
    ).read_bytes()


def test_score_outputs_by_hand():
    from normx.mt.training.evaluate import score_outputs

    got = score_outputs(["سرت", "مدرسة"], [["سرت"], ["مدرسه", "مدرسة"]])
    assert got["words"] == 2
    assert got["exact_top1"] == 0.5  # مدرسه is not مدرسة as written...
    assert got["exact_top1_normalised"] == 1.0  # ...but is after normalisation
    assert got["cer_top1"] == round(1 / 8, 4)  # one substitution in 3 + 5 letters
    assert got["hit_topk"] == 1.0
    assert score_outputs([], []) == {"words": 0}


def test_model_cli_trains_and_evaluates(tmp_path):
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    from click.testing import CliRunner

    from normx.mt.cli_model import model

    data, out = tmp_path / "data", tmp_path / "model"
    write_fake_data(data)
    anetac = data / "anetac"
    anetac.mkdir()
    (anetac / "translit_test.en.txt").write_text(
        "\n".join(latin.title() for latin, _ in WORDS) + "\n", encoding="utf-8"
    )
    (anetac / "translit_test.ar.txt").write_text(
        "\n".join(arabic for _, arabic in WORDS) + "\n", encoding="utf-8"
    )
    runner = CliRunner()
    result = runner.invoke(
        model, ["train", "--data", str(data), "--out", str(out), "--tiny", "--epochs", "1"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["tiny"] is True
    result = runner.invoke(
        model, ["eval", "--model", str(out), "--data", str(data), "-k", "2", "--limit", "5"]
    )
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout)
    assert metrics["words"] == 5 and metrics["k"] == 2
    assert 0.0 <= metrics["exact_top1"] <= metrics["hit_topk"] <= 1.0
    assert metrics["seen_in_training_sources"] == 5  # the fake words are training words
    assert metrics["attested"] is False  # the model alone unless asked
    (out / "attested.tsv").unlink()
    result = runner.invoke(model, ["attested", "--data", str(data), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "attested.tsv").is_file()
    result = runner.invoke(
        model,
        ["eval", "--model", str(out), "--data", str(data), "-k", "2", "--limit", "5", "--attested"],
    )
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout)
    # every test word is attested with its reference as the most attested spelling (by hand:
    # adnan, khalid, mishri, omar from Wikidata weight 3 (+1 google); hassan: حسن 4 vs حسان 1)
    assert metrics["attested"] is True and metrics["exact_top1"] == 1.0


def test_fine_tuning_continues_from_a_model_and_records_it(tmp_path):
    torch = pytest.importorskip("torch")
    pytest.importorskip("transformers")
    from safetensors.torch import load_file

    from normx.mt.attested import AttestedSpellings
    from normx.mt.train import FINE_TUNE_LR, train

    data = tmp_path / "data"
    write_fake_data(data)
    train(data, tmp_path / "base", seed=5, epochs=1, tiny=True, threads=1, log=lambda _m: None)
    record = train(
        data,
        tmp_path / "tuned",
        seed=5,
        epochs=1,
        tiny=True,
        threads=1,
        weighting="arab",
        init=tmp_path / "base",
        log=lambda _m: None,
    )
    assert record["init"]["training"]["weighting"] == "count"
    assert len(record["init"]["weights_sha256"]) == 64
    assert record["hyper"]["lr"] == FINE_TUNE_LR
    assert record["hyper"]["d_model"] == 32  # the base model's shape, not a new one
    for name in ("source.spm", "target.spm", "vocab.json"):
        assert (tmp_path / "base" / name).read_bytes() == (tmp_path / "tuned" / name).read_bytes()
    base = load_file(str(tmp_path / "base" / "model.safetensors"))
    tuned = load_file(str(tmp_path / "tuned" / "model.safetensors"))
    assert base.keys() == tuned.keys()
    assert any(not torch.equal(base[k], tuned[k]) for k in base)  # it did train
    table = AttestedSpellings.load(tmp_path / "tuned")  # written beside the weights
    assert table is not None and table.spellings("khalid")
