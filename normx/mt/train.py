"""``normx model train``: train the Latin→Arabic name back-transliteration model from scratch.

Reads the permissively licensed pairs (:mod:`normx.mt.training.pairs`), holds out a dev split by
Latin form, builds character vocabularies, trains a small randomly initialised Marian model on
the CPU and saves it in the Hugging Face format (``config.json``, ``model.safetensors``,
``source.spm``, ``target.spm``, ``vocab.json``) with ``training.json`` recording the data, seed,
hyper-parameters, wall time and dev score. Everything is decided by the arguments and the seed;
``max_minutes`` is only a safety stop (a run that hits it says so in ``training.json``).
"""

from __future__ import annotations

import hashlib
import json
import platform
import random
import shutil
import time
import warnings
from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from normx.errors import NormxError
from normx.mt.attested import write_attested
from normx.mt.model import require_extra
from normx.mt.training.loop import TINY, Example, Hyper, build_model, train_loop
from normx.mt.training.pairs import SOURCES, Pair, arab_weight, load_pairs, split_pairs
from normx.mt.training.vocab import SPECIALS, build_tokenizer_files

MAX_BYTES = 25 * 1024 * 1024
FINE_TUNE_LR = 5e-4  # a quarter of the from-scratch peak: shift the model, do not restart it
FINE_TUNE_WARMUP = 100
TOKENIZER_FILES = ("source.spm", "target.spm", "vocab.json")
WEIGHTINGS = ("count", "arab")
"""How pairs are sampled: ``count`` (by attestation count, the shipped model's recipe) or
``arab`` (:func:`~normx.mt.training.pairs.arab_weight`: Arab-origin pairs more, Wikidata's
mostly Western pairs once each). A one-epoch ``arab`` fine-tune of the shipped model was
measured worse on ANETAC (exact 0.732 -> 0.705), so it is an option, not the default."""
DEV_EVAL_MAX = 1000  # dev words decoded greedily after each epoch
TINY_PAIRS = 300


def _encode(tokenizer: Any, pairs: list[Pair], weighting: str = "count") -> list[Example]:
    out: list[Example] = []
    for start in range(0, len(pairs), 4096):
        chunk = pairs[start : start + 4096]
        enc = tokenizer(
            [p.latin for p in chunk], text_target=[p.arabic for p in chunk], padding=False
        )
        for pair, src, tgt in zip(chunk, enc["input_ids"], enc["labels"], strict=True):
            weight = arab_weight(pair) if weighting == "arab" else pair.weight
            out.extend([(list(src), list(tgt))] * weight)
    return out


def _dev_scorer(tokenizer: Any, dev: list[Pair], seed: int) -> Callable[[Any], float]:
    """Greedy top-1 exact match against any attested spelling of a held-out Latin word."""
    import torch

    refs: dict[str, set[str]] = defaultdict(set)
    for p in dev:
        refs[p.latin].add(p.arabic)
    words = sorted(refs)
    random.Random(seed).shuffle(words)
    words = sorted(words[:DEV_EVAL_MAX], key=len)

    def score(model: Any) -> float:
        if not words:
            return 0.0
        hits = 0
        for start in range(0, len(words), 128):
            chunk = words[start : start + 128]
            enc = tokenizer(chunk, return_tensors="pt", padding=True)
            with torch.inference_mode():
                gen = model.generate(**enc, num_beams=1, do_sample=False, max_new_tokens=40)
            outs = tokenizer.batch_decode(gen, skip_special_tokens=True)
            hits += sum(o.strip() in refs[w] for w, o in zip(chunk, outs, strict=True))
        return hits / len(words)

    return score


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _weights_bytes(out_dir: Path) -> int:
    return sum(f.stat().st_size for f in out_dir.glob("*.safetensors"))


def train(
    data_dir: str | Path,
    out_dir: str | Path,
    *,
    seed: int = 13,
    epochs: int = 6,
    max_minutes: float = 50.0,
    tiny: bool = False,
    threads: int | None = 1,
    hyper: Hyper | None = None,
    weighting: str = "count",
    init: str | Path | None = None,
    log: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Train and save a model into *out_dir*; return the record written to ``training.json``.

    ``weighting``: one of :data:`WEIGHTINGS`. ``init``: a model directory written by this
    function to continue from (fine-tuning: its tokenizer files and weights are reused, the
    learning rate is :data:`FINE_TUNE_LR` unless *hyper* says otherwise, and its
    ``training.json`` is kept under ``"init"`` so the whole chain stays reproducible).

    ``tiny``: a few hundred pairs and a 2-layer d_model-32 model, for tests (seconds).
    """
    if weighting not in WEIGHTINGS:
        raise NormxError(f"unknown weighting {weighting!r}; expected one of {WEIGHTINGS}")
    torch, transformers = require_extra()
    if threads:
        torch.set_num_threads(threads)
    started = time.monotonic()
    out = Path(out_dir)
    pairs = load_pairs(data_dir)
    if tiny:
        pairs = random.Random(seed).sample(pairs, min(TINY_PAIRS, len(pairs)))
        pairs.sort(key=lambda p: (p.latin, p.arabic))
    if len(pairs) < 2:
        raise NormxError(f"{data_dir}: no training pairs found (expected {', '.join(SOURCES)})")
    base = Path(init) if init is not None else None
    base_record: dict[str, Any] | None = None
    if base is not None:
        if not (base / "config.json").is_file() or not (base / "training.json").is_file():
            raise NormxError(f"{base}: not a model written by normx model train")
        base_record = json.loads((base / "training.json").read_text(encoding="utf-8"))
        base_hp = Hyper(**base_record["hyper"])
        hp = hyper or replace(base_hp, lr=FINE_TUNE_LR, warmup=FINE_TUNE_WARMUP)
    else:
        hp = hyper or (TINY if tiny else Hyper())
    train_pairs, dev_pairs = split_pairs(pairs, seed=seed)
    log(f"{len(pairs)} pairs: {len(train_pairs)} train, {len(dev_pairs)} dev")

    if base is not None:
        out.mkdir(parents=True, exist_ok=True)
        for name in TOKENIZER_FILES:
            shutil.copyfile(base / name, out / name)
        vocab_size = len(json.loads((base / "vocab.json").read_text(encoding="utf-8")))
    else:
        vocab_size = build_tokenizer_files(
            out,
            [p.latin for p in train_pairs + dev_pairs],
            [p.arabic for p in train_pairs + dev_pairs],
        )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "pip install sacremoses": not needed for names
        tokenizer = transformers.MarianTokenizer.from_pretrained(str(out), local_files_only=True)
    examples = _encode(tokenizer, train_pairs, weighting)
    log(f"vocabulary {vocab_size}; {len(examples)} weighted training examples")

    torch.manual_seed(seed)
    ids = {tok: i for i, tok in enumerate(SPECIALS)}
    if base is not None:
        model = transformers.MarianMTModel.from_pretrained(
            str(base), local_files_only=True, dtype=torch.float32
        )
    else:
        model = build_model(vocab_size, hp, pad=ids["<pad>"], eos=ids["</s>"], unk=ids["<unk>"])
    n_params = sum(p.numel() for p in model.parameters())
    log(f"model: {n_params} parameters")
    result = train_loop(
        model,
        examples,
        hp=hp,
        pad=ids["<pad>"],
        seed=seed,
        epochs=epochs,
        max_minutes=max_minutes,
        evaluate=_dev_scorer(tokenizer, dev_pairs, seed),
        log=log,
    )
    dtype = "float32"
    if n_params * 4 > MAX_BYTES - 1024 * 1024:
        model = model.half()
        dtype = "float16"
    model.save_pretrained(str(out), safe_serialization=True)
    tokenizer.save_pretrained(str(out))
    write_attested(pairs, out)
    record: dict[str, Any] = {
        "data": {
            name: licence
            for name, licence in SOURCES.items()
            if any(p.source == name for p in pairs)
        },
        "pairs": len(pairs),
        "train_pairs": len(train_pairs),
        "dev_pairs": len(dev_pairs),
        "weighting": weighting,
        "arab_pairs": sum(p.arab for p in pairs),
        "weighted_examples": len(examples),
        "seed": seed,
        "init": None
        if base_record is None
        else {
            "weights_sha256": _sha256(base / "model.safetensors"),
            "training": base_record,
        },
        "epochs": epochs,
        "max_minutes": max_minutes,
        "tiny": tiny,
        "threads": threads,
        "hyper": asdict(hp),
        "vocab_size": vocab_size,
        "parameters": n_params,
        "saved_dtype": dtype,
        "weights_bytes": _weights_bytes(out),
        "epochs_run": result.epochs_run,
        "steps": result.steps,
        "best_epoch": result.best_epoch,
        "dev_exact_greedy": round(result.best_dev, 4),
        "stopped_by_time": result.stopped_early,
        "train_minutes": round(result.seconds / 60, 1),
        "total_minutes": round((time.monotonic() - started) / 60, 1),
        "history": result.history,
        "versions": {
            "python": platform.python_version(),
            "torch": torch.__version__,
            "transformers": transformers.__version__,
        },
    }
    (out / "training.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    if record["weights_bytes"] > MAX_BYTES:
        log(f"warning: weights are {record['weights_bytes']} bytes, over {MAX_BYTES}")
    log(f"saved to {out} in {record['total_minutes']} min")
    return record
