"""The training loop: length-bucketed batches, label-smoothed cross-entropy, best-on-dev.

Written by hand (no ``Trainer``) to keep the dependency surface to torch and transformers'
model classes, and to make every source of randomness explicit: one seed drives the batch
order (``random.Random``) and the weights and dropout (``torch.manual_seed``), so a run with the
same data, seed, thread count and versions gives the same model.
"""

from __future__ import annotations

import copy
import math
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

Example = tuple[list[int], list[int]]  # source ids (with </s>), target ids (with </s>)


@dataclass(frozen=True, slots=True)
class Hyper:
    """Model size and optimisation settings (recorded in the model card)."""

    d_model: int = 128
    layers: int = 3
    heads: int = 4
    ffn: int = 512
    dropout: float = 0.1
    lr: float = 2e-3
    batch_size: int = 128
    warmup: int = 500
    label_smoothing: float = 0.1
    max_positions: int = 64


TINY = Hyper(d_model=32, layers=2, heads=2, ffn=64, batch_size=32, warmup=10, lr=3e-3)


def build_model(vocab_size: int, hp: Hyper, *, pad: int, eos: int, unk: int) -> Any:
    """A randomly initialised Marian model (nothing downloaded)."""
    from transformers import MarianConfig, MarianMTModel

    config = MarianConfig(
        vocab_size=vocab_size,
        decoder_vocab_size=vocab_size,
        d_model=hp.d_model,
        encoder_layers=hp.layers,
        decoder_layers=hp.layers,
        encoder_attention_heads=hp.heads,
        decoder_attention_heads=hp.heads,
        encoder_ffn_dim=hp.ffn,
        decoder_ffn_dim=hp.ffn,
        dropout=hp.dropout,
        attention_dropout=hp.dropout,
        activation_dropout=0.0,
        max_position_embeddings=hp.max_positions,
        pad_token_id=pad,
        eos_token_id=eos,
        decoder_start_token_id=pad,
        forced_eos_token_id=eos,
        share_encoder_decoder_embeddings=True,
        scale_embedding=True,
        tie_word_embeddings=True,
    )
    model = MarianMTModel(config)
    gen = model.generation_config
    gen.num_beams = 4
    gen.max_new_tokens = 40
    gen.max_length = None
    gen.bad_words_ids = [[pad], [unk]]
    gen.decoder_start_token_id = pad
    gen.pad_token_id = pad
    gen.eos_token_id = eos
    gen.forced_eos_token_id = eos
    return model


def _batches(examples: Sequence[Example], batch_size: int, rng: random.Random) -> list[list[int]]:
    """Shuffled batches of similar source length (less padding, same data every epoch)."""
    order = list(range(len(examples)))
    rng.shuffle(order)
    pool = batch_size * 50
    batches: list[list[int]] = []
    for start in range(0, len(order), pool):
        chunk = sorted(order[start : start + pool], key=lambda i: len(examples[i][0]))
        batches.extend(chunk[j : j + batch_size] for j in range(0, len(chunk), batch_size))
    rng.shuffle(batches)
    return batches


def _collate(examples: Sequence[Example], idx: Sequence[int], pad: int) -> dict[str, Any]:
    import torch

    src = [examples[i][0] for i in idx]
    tgt = [examples[i][1] for i in idx]
    ls, lt = max(map(len, src)), max(map(len, tgt))
    input_ids = torch.full((len(idx), ls), pad, dtype=torch.long)
    mask = torch.zeros((len(idx), ls), dtype=torch.long)
    labels = torch.full((len(idx), lt), -100, dtype=torch.long)
    dec_in = torch.full((len(idx), lt), pad, dtype=torch.long)
    for row, (s, t) in enumerate(zip(src, tgt, strict=True)):
        input_ids[row, : len(s)] = torch.tensor(s)
        mask[row, : len(s)] = 1
        labels[row, : len(t)] = torch.tensor(t)
        dec_in[row, 1 : len(t)] = torch.tensor(t[:-1])
    return {
        "input_ids": input_ids,
        "attention_mask": mask,
        "decoder_input_ids": dec_in,
        "labels": labels,
    }


def _lr_factor(step: int, warmup: int, total: int) -> float:
    """Linear warm-up, then cosine decay to a tenth of the peak at the planned last step."""
    if step < warmup:
        return (step + 1) / warmup
    progress = min(1.0, (step - warmup) / max(1, total - warmup))
    return 0.1 + 0.9 * 0.5 * (1.0 + math.cos(math.pi * progress))


@dataclass
class LoopResult:
    """What the loop did: the epochs and steps run, the best dev score and when, and history."""

    epochs_run: int
    steps: int
    best_epoch: int
    best_dev: float
    stopped_early: bool
    seconds: float
    history: list[dict[str, float]]


def train_loop(
    model: Any,
    examples: Sequence[Example],
    *,
    hp: Hyper,
    pad: int,
    seed: int,
    epochs: int,
    max_minutes: float,
    evaluate: Callable[[Any], float],
    log: Callable[[str], None] = print,
) -> LoopResult:
    """Train *model* in place; it ends holding the weights of its best epoch on *evaluate*."""
    import torch
    import torch.nn.functional as F

    torch.manual_seed(seed)
    rng = random.Random(seed)
    optim = torch.optim.AdamW(model.parameters(), lr=hp.lr, betas=(0.9, 0.98), weight_decay=0.01)
    per_epoch = math.ceil(len(examples) / hp.batch_size)
    total = max(1, per_epoch * epochs)
    sched = torch.optim.lr_scheduler.LambdaLR(
        optim, lambda s: _lr_factor(s, min(hp.warmup, total // 4 + 1), total)
    )
    start = time.monotonic()
    deadline = start + max_minutes * 60.0
    best, best_epoch, best_state = -1.0, 0, None
    history: list[dict[str, float]] = []
    step, stopped, epochs_run = 0, False, 0
    for epoch in range(1, epochs + 1):
        model.train()
        running, seen = 0.0, 0
        for idx in _batches(examples, hp.batch_size, rng):
            batch = _collate(examples, idx, pad)
            labels = batch.pop("labels")
            logits = model(**batch).logits
            loss = F.cross_entropy(
                logits.reshape(-1, logits.size(-1)),
                labels.reshape(-1),
                ignore_index=-100,
                label_smoothing=hp.label_smoothing,
            )
            optim.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optim.step()
            sched.step()
            step += 1
            running += loss.item() * len(idx)
            seen += len(idx)
            if step % 200 == 0:
                log(f"epoch {epoch} step {step}/{total} loss {running / seen:.4f}")
            if time.monotonic() > deadline:
                stopped = True
                break
        epochs_run = epoch
        model.eval()
        dev = evaluate(model)
        elapsed = time.monotonic() - start
        history.append(
            {
                "epoch": epoch,
                "loss": running / max(1, seen),
                "dev_exact": dev,
                "minutes": elapsed / 60,
            }
        )
        log(
            f"epoch {epoch} done: loss {running / max(1, seen):.4f} dev exact {dev:.4f} "
            f"({elapsed / 60:.1f} min)"
        )
        if dev > best:
            best, best_epoch = dev, epoch
            best_state = copy.deepcopy(model.state_dict())
        if stopped:
            log(f"time budget of {max_minutes} min reached: stopping")
            break
    if best_state is not None:
        model.load_state_dict(best_state)
    model.eval()
    return LoopResult(
        epochs_run, step, best_epoch, best, stopped, time.monotonic() - start, history
    )
