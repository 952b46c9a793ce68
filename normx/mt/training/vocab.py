"""Character-level SentencePiece models and the Marian vocabulary built from training pairs.

Names are transliterated letter by letter, so a character vocabulary (a few dozen Latin and
Arabic letters) is all the model needs: no subword merges to learn, nothing out of vocabulary
once the letters are known. The files are the ones ``MarianTokenizer`` reads (``source.spm``,
``target.spm``, ``vocab.json``), so the saved directory loads with the ordinary Hugging Face
classes and nothing normx-specific.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable
from pathlib import Path

SPECIALS = ("</s>", "<unk>", "<pad>")  # ids 0, 1, 2: eos, unk, pad (pad also starts decoding)


def _train_char_spm(lines: Iterable[str]) -> bytes:
    import sentencepiece as spm

    texts = list(lines)
    letters = {ch for text in texts for ch in text if not ch.isspace()}
    buffer = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(texts),
        model_writer=buffer,
        model_type="char",
        vocab_size=len(letters) + 4,
        hard_vocab_limit=False,
        character_coverage=1.0,
        add_dummy_prefix=False,
        normalization_rule_name="identity",
        minloglevel=2,
    )
    return buffer.getvalue()


def _pieces(model: bytes) -> list[str]:
    import sentencepiece as spm

    proc = spm.SentencePieceProcessor(model_proto=model)
    out = []
    for i in range(proc.get_piece_size()):
        if not (proc.is_unknown(i) or proc.is_control(i)):
            out.append(proc.id_to_piece(i))
    return out


def build_tokenizer_files(out_dir: Path, latins: Iterable[str], arabics: Iterable[str]) -> int:
    """Write ``source.spm``, ``target.spm`` and ``vocab.json`` into *out_dir*; return vocab size.

    One vocabulary covers both scripts (Marian's default, so the embeddings can be shared): the
    specials first, then the Latin pieces, then the Arabic ones.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    source = _train_char_spm(latins)
    target = _train_char_spm(arabics)
    (out_dir / "source.spm").write_bytes(source)
    (out_dir / "target.spm").write_bytes(target)
    vocab: dict[str, int] = {tok: i for i, tok in enumerate(SPECIALS)}
    for piece in _pieces(source) + _pieces(target):
        vocab.setdefault(piece, len(vocab))
    (out_dir / "vocab.json").write_text(
        json.dumps(vocab, ensure_ascii=False, indent=0), encoding="utf-8"
    )
    return len(vocab)
