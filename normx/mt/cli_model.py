"""``normx model``: train and evaluate the Latin→Arabic back-transliteration model.

Registered by :mod:`normx.cli` as the ``model`` group; the heavy work is in
:mod:`normx.mt.train` and :mod:`normx.mt.training.evaluate`, imported only when a subcommand
runs so ``normx --help`` does not need torch.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

DEFAULT_DATA = "../shared/data"


_data_option = click.option(
    "--data",
    "data_dir",
    default=DEFAULT_DATA,
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder holding wikidata-names-coling2018/, google-translit/, rigour-person-names/.",
)


def _out_option(help: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    return click.option(
        "--out",
        "out_dir",
        required=True,
        type=click.Path(file_okay=False, path_type=Path),
        help=help,
    )


@click.group("model")
def model() -> None:
    """Train or evaluate the back-transliteration model (needs the 'mt' extra)."""


@model.command("train")
@_data_option
@_out_option("Directory to write the model into.")
@click.option(
    "--seed",
    default=13,
    show_default=True,
    type=int,
    help="Random seed (data split, init, batches).",
)
@click.option(
    "--epochs",
    default=6,
    show_default=True,
    type=click.IntRange(1, 1000),
    help="Passes over the pairs.",
)
@click.option(
    "--max-minutes",
    default=50.0,
    show_default=True,
    type=click.FloatRange(0.1, 10000),
    help="Safety stop: keep the best epoch so far once this much time has passed.",
)
@click.option(
    "--threads",
    default=1,
    show_default=True,
    type=click.IntRange(1, 256),
    help="CPU threads for torch.",
)
@click.option(
    "--weighting",
    default="count",
    show_default=True,
    type=click.Choice(["count", "arab"]),
    help="Sample pairs by attestation count (count) or Arab-origin pairs more (arab).",
)
@click.option(
    "--init",
    "init_dir",
    default=None,
    type=click.Path(file_okay=False, path_type=Path),
    help="Continue from this model (written by normx model train): fine-tuning.",
)
@click.option("--tiny", is_flag=True, help="A few hundred pairs, a tiny model (smoke test).")
def train_cmd(
    data_dir: Path,
    out_dir: Path,
    seed: int,
    epochs: int,
    max_minutes: float,
    threads: int,
    weighting: str,
    init_dir: Path | None,
    tiny: bool,
) -> None:
    """Train a model from scratch on the CPU and save it in the Hugging Face Marian format."""
    from normx.mt.train import train

    record = train(
        data_dir,
        out_dir,
        seed=seed,
        epochs=epochs,
        max_minutes=max_minutes,
        tiny=tiny,
        threads=threads,
        weighting=weighting,
        init=init_dir,
        log=lambda msg: click.echo(msg, err=True),
    )
    click.echo(json.dumps({k: v for k, v in record.items() if k != "history"}, indent=2))


@model.command("attested")
@_data_option
@_out_option("Model directory to write attested.tsv into.")
def attested_cmd(data_dir: Path, out_dir: Path) -> None:
    """Write the attested spellings table (attested.tsv) of the training pairs (no torch)."""
    from normx.errors import InputError
    from normx.mt.attested import write_attested
    from normx.mt.training.pairs import SOURCES, load_pairs

    pairs = load_pairs(data_dir)
    if not pairs:  # a NormxError: exit status 2 with the message, as every bad input gives
        raise InputError(f"{data_dir}: no training pairs found (expected {', '.join(SOURCES)})")
    path = write_attested(pairs, out_dir)
    click.echo(f"{path}: {len(pairs)} spellings of {len({p.latin for p in pairs})} tokens")


@model.command("eval")
@click.option(
    "--model",
    "model_dir",
    default=None,
    type=click.Path(file_okay=False, path_type=Path),
    help="Model directory (default: the shipped models/translit-ar).",
)
@click.option(
    "--data",
    "data_dir",
    default=DEFAULT_DATA,
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder holding anetac/ (evaluation only, never training).",
)
@click.option(
    "--split",
    default="test",
    show_default=True,
    type=click.Choice(["dev", "test"]),
    help="ANETAC split to score (evaluation only).",
)
@click.option(
    "-k",
    "k",
    default=4,
    show_default=True,
    type=click.IntRange(1, 16),
    help="Beam size (hypotheses).",
)
@click.option("--limit", default=None, type=click.IntRange(1), help="Only the first N words.")
@click.option(
    "--threads",
    default=1,
    show_default=True,
    type=click.IntRange(1, 256),
    help="CPU threads for torch.",
)
@click.option(
    "--attested",
    is_flag=True,
    help="Mix in the spellings attested by the training sources (attested.tsv), as at run time.",
)
def eval_cmd(
    model_dir: Path | None,
    data_dir: Path,
    split: str,
    k: int,
    limit: int | None,
    threads: int,
    attested: bool,
) -> None:
    """Exact match, CER and top-k hits on the ANETAC transliteration split."""
    from normx.mt.training.evaluate import evaluate_anetac

    metrics = evaluate_anetac(
        model_dir, data_dir, split=split, k=k, limit=limit, threads=threads, attested=attested
    )
    click.echo(json.dumps(metrics, indent=2, ensure_ascii=False))
