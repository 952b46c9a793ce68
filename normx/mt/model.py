"""Loading a sequence-to-sequence transliteration model and running beam search on name tokens.

The heavy dependencies (torch, transformers, sentencepiece) are the optional extra
``normx[mt]``: they are imported here, lazily, and their absence becomes a
:class:`~normx.errors.MissingExtraError` that says how to install them, so the rest of normx works
without them. Models are loaded with ``local_files_only``: normx never downloads anything at run
time, and any compatible directory a user already has (Marian or another seq2seq model with its
tokenizer) can replace the shipped one.
"""

from __future__ import annotations

import importlib.resources
import math
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from normx.errors import MissingExtraError, NormxError

MODEL_NAME = "translit-ar"
INSTALL_HINT = (
    "install the MT extra: pip install 'normx[mt]' "
    "(for a CPU-only torch first: pip install torch==2.13.0 "
    "--index-url https://download.pytorch.org/whl/cpu)"
)
MAX_NEW_TOKENS = 40  # longest Arabic name part seen in training is 24 letters


def require_extra() -> tuple[Any, Any]:
    """Import torch and transformers, or raise :class:`MissingExtraError` with the install hint."""
    try:
        import sentencepiece  # noqa: F401
        import torch
        import transformers
    except ImportError as exc:
        raise MissingExtraError(
            f"back-transliteration needs the optional 'mt' extra ({exc.name or exc} is missing)",
            hint=INSTALL_HINT,
        ) from exc
    return torch, transformers


def default_model_dir() -> Path | None:
    """The shipped model: the installed copy (``normx/_data/models/translit-ar``), else the
    repository's ``models/translit-ar`` (editable installs); None if neither exists."""
    try:
        installed = Path(str(importlib.resources.files("normx") / "_data" / "models" / MODEL_NAME))
        if installed.is_dir():
            return installed
    except (ModuleNotFoundError, OSError, TypeError, ValueError):
        pass
    repo = Path(__file__).resolve().parents[2] / "models" / MODEL_NAME
    return repo if repo.is_dir() else None


class TranslitModel:
    """A tokenizer and a seq2seq model in evaluation mode, on the CPU, in float32."""

    def __init__(self, model: Any, tokenizer: Any, path: Path, *, batch_size: int = 64) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.path = path
        self.batch_size = batch_size

    @classmethod
    def load(
        cls, model_dir: str | Path | None = None, *, threads: int | None = None
    ) -> TranslitModel:
        """Load *model_dir* (None: the shipped model) from local files only."""
        torch, transformers = require_extra()
        path = Path(model_dir) if model_dir is not None else default_model_dir()
        if path is None:
            raise NormxError(
                f"no back-transliteration model found (models/{MODEL_NAME} is not installed)",
                hint="pass --mt-model DIR, or train one with: normx model train",
            )
        if not (path / "config.json").is_file():
            raise NormxError(
                f"{path}: not a model directory (no config.json)",
                hint="--mt-model expects a Hugging Face sequence-to-sequence model directory",
            )
        if threads:
            torch.set_num_threads(threads)
        transformers.utils.logging.disable_progress_bar()  # no bars on a CLI's stderr
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # "pip install sacremoses" and similar advice
                tokenizer = transformers.AutoTokenizer.from_pretrained(
                    str(path), local_files_only=True
                )
                model = transformers.AutoModelForSeq2SeqLM.from_pretrained(
                    str(path), local_files_only=True, dtype=torch.float32
                )
        except (OSError, ValueError, KeyError, TypeError, RuntimeError) as exc:
            raise NormxError(
                f"{path}: cannot load a sequence-to-sequence model: {exc}",
                hint="--mt-model expects a directory with config.json, weights and tokenizer",
            ) from exc
        model.eval()
        return cls(model, tokenizer, path)

    def generate(self, tokens: Sequence[str], k: int) -> list[list[tuple[str, float]]]:
        """Per token, up to *k* distinct outputs with their log-probabilities, best first.

        Tokens are batched (sorted by length, so padding stays small). The score of an output is
        the sum of its token log-probabilities (no length normalisation), so the scores of one
        token's outputs are comparable probabilities of whole spellings.
        """
        import torch

        out: list[list[tuple[str, float]]] = [[] for _ in tokens]
        order = sorted(range(len(tokens)), key=lambda i: (len(tokens[i]), i))
        beams = max(1, k)
        for start in range(0, len(order), self.batch_size):
            chunk = order[start : start + self.batch_size]
            enc = self.tokenizer([tokens[i] for i in chunk], return_tensors="pt", padding=True)
            with torch.inference_mode():
                gen = self.model.generate(
                    **enc,
                    num_beams=beams,
                    num_return_sequences=beams,
                    max_new_tokens=MAX_NEW_TOKENS,
                    length_penalty=0.0,
                    early_stopping=True,
                    do_sample=False,
                    output_scores=True,
                    return_dict_in_generate=True,
                )
            texts = self.tokenizer.batch_decode(gen.sequences, skip_special_tokens=True)
            scores = (
                gen.sequences_scores.tolist()
                if getattr(gen, "sequences_scores", None) is not None
                else [0.0] * len(texts)
            )
            for j, i in enumerate(chunk):
                seen: dict[str, float] = {}
                for text, score in zip(
                    texts[j * beams : (j + 1) * beams],
                    scores[j * beams : (j + 1) * beams],
                    strict=True,
                ):
                    text = text.strip()
                    if text and text not in seen and math.isfinite(score):
                        seen[text] = score
                out[i] = sorted(seen.items(), key=lambda ts: -ts[1])[:k]
        return out
