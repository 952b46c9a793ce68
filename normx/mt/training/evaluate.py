"""Evaluation of a back-transliteration model on the ANETAC English→Arabic split.

ANETAC has no licence that allows shipping or training on it, so it is read here only, to
measure: top-1 exact match (letters as written, and after Arabic normalisation, which merges
ة/ه, alef and yeh forms the way the matcher does), top-1 character error rate, and the share of
words whose reference is among the k hypotheses (what matters for matching).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from rapidfuzz.distance import Levenshtein

from normx.errors import NormxError
from normx.mt.backtranslate import BackTransliterator
from normx.mt.training.pairs import arabic_target, latin_key, load_pairs
from normx.text.arabic import normalize_arabic


def read_anetac(data_dir: str | Path, split: str = "test") -> list[tuple[str, str]]:
    """(folded English word, Arabic word) pairs of an ANETAC transliteration split."""
    root = Path(data_dir) / "anetac"
    en, ar = root / f"translit_{split}.en.txt", root / f"translit_{split}.ar.txt"
    if not en.is_file() or not ar.is_file():
        raise NormxError(f"{root}: no translit_{split}.en.txt / translit_{split}.ar.txt")
    lat = en.read_text(encoding="utf-8").splitlines()
    ara = ar.read_text(encoding="utf-8").splitlines()
    if len(lat) != len(ara):
        raise NormxError(f"{root}: {split} split has {len(lat)} English, {len(ara)} Arabic lines")
    out = []
    for e, a in zip(lat, ara, strict=True):
        src, ref = latin_key(e.strip()), arabic_target(a)
        if src and ref:
            out.append((src, ref))
    return out


def score_outputs(refs: list[str], outputs: list[list[str]]) -> dict[str, float]:
    """Exact match, normalised exact match, CER (top-1) and top-k hits, as fractions."""
    n = len(refs)
    if n == 0:
        return {"words": 0}
    exact = norm_exact = hits = norm_hits = 0
    edits = chars = 0
    for ref, outs in zip(refs, outputs, strict=True):
        top1 = outs[0] if outs else ""
        exact += top1 == ref
        norm_exact += normalize_arabic(top1) == normalize_arabic(ref)
        hits += ref in outs
        norm_hits += normalize_arabic(ref) in {normalize_arabic(o) for o in outs}
        edits += Levenshtein.distance(top1, ref)
        chars += len(ref)
    return {
        "words": n,
        "exact_top1": round(exact / n, 4),
        "exact_top1_normalised": round(norm_exact / n, 4),
        "cer_top1": round(edits / max(1, chars), 4),
        "hit_topk": round(hits / n, 4),
        "hit_topk_normalised": round(norm_hits / n, 4),
    }


def evaluate_anetac(
    model_dir: str | Path | None,
    data_dir: str | Path,
    *,
    split: str = "test",
    k: int = 4,
    limit: int | None = None,
    threads: int | None = 1,
    attested: bool = False,
) -> dict[str, Any]:
    """Decode the split's English words with beam search (k) and score them.

    *attested*: mix in the spellings the training sources attest (as normx does at run time);
    off by default, so the figures measure the model itself.
    """
    pairs = read_anetac(data_dir, split)
    if limit is not None:
        pairs = pairs[:limit]
    bt = BackTransliterator.load(model_dir, threads=threads, attested=attested)
    start = time.monotonic()
    outs = bt.token_hypotheses([src for src, _ in pairs], k=k)
    seconds = time.monotonic() - start
    texts = [[t for t, _ in o] for o in outs]
    metrics: dict[str, Any] = {
        "split": f"anetac/{split}",
        "k": k,
        "attested": bt.attested is not None,
    }
    metrics.update(score_outputs([ref for _, ref in pairs], texts))
    # ANETAC and the training sources both come from Wikipedia-like text: report separately the
    # words whose Latin form the model never saw in training (the honest generalisation figure)
    seen = {p.latin for p in load_pairs(data_dir)}
    unseen = [i for i, (src, _) in enumerate(pairs) if src not in seen]
    metrics["seen_in_training_sources"] = len(pairs) - len(unseen)
    metrics["unseen"] = score_outputs([pairs[i][1] for i in unseen], [texts[i] for i in unseen])
    metrics["seconds"] = round(seconds, 1)
    metrics["words_per_second"] = round(len(pairs) / seconds, 1) if seconds > 0 else None
    return metrics
