"""Arabic hypotheses for Latin names: the model's k best spellings per name part, batched and
cached, with the spellings the training sources attest mixed in (:mod:`normx.mt.attested`),
and the k best full names assembled from them (:func:`combine`).
"""

from __future__ import annotations

import heapq
import math
import threading
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from normx.mt.attested import AttestedSpellings, mix
from normx.mt.bt_names import model_tokens
from normx.mt.lexicon import default_lexicon
from normx.mt.model import TranslitModel
from normx.text.arabic import has_arabic

BT_CACHE = 50_000  # distinct tokens remembered


def combine(per_token: Sequence[Sequence[tuple[str, float]]], k: int) -> list[tuple[str, float]]:
    """The *k* best full names from per-token (spelling, log-probability) lists.

    A full name's log-probability is the sum of its tokens' (they are transliterated
    independently); the k best are found by extending the k best prefixes one token at a time,
    which is exact because every token's list is sorted best first.
    """
    beams: list[tuple[float, tuple[str, ...]]] = [(0.0, ())]
    for options in per_token:
        if not options:
            continue
        grown = [(score + lp, (*words, text)) for score, words in beams for text, lp in options[:k]]
        beams = heapq.nlargest(k, grown, key=lambda sw: (sw[0], sw[1]))
    return [(" ".join(words), score) for score, words in beams if words]


class BackTransliterator:
    """Latin-script names to Arabic-script hypotheses, batched and cached per distinct token.

    With *attested* spellings (:mod:`normx.mt.attested`), a token the training sources know
    gets their spellings mixed with the model's guesses.
    """

    def __init__(self, model: TranslitModel, attested: AttestedSpellings | None = None) -> None:
        self.model = model
        self.attested = attested
        self._cache: OrderedDict[tuple[str, int], list[tuple[str, float]]] = OrderedDict()
        self.model_calls = 0  # tokens actually sent to the model (for benchmarks and tests)
        self.last_sent: list[str] = []  # the names the last backtranslate_many sent on
        # while recording (:meth:`recording`): the uncached (token, k) asked, in order; per
        # thread, so a document resolved dry never hands stand-ins to another thread's real run
        self._local = threading.local()

    @property
    def path(self) -> Path:
        """Where the model was loaded from (reported in evidence and by the CLI)."""
        return self.model.path

    @classmethod
    def load(
        cls,
        model_dir: str | Path | None = None,
        *,
        threads: int | None = None,
        attested: bool = True,
    ) -> BackTransliterator:
        """Load *model_dir*, or the shipped ``models/translit-ar`` when None, with the attested
        spellings beside it (``attested.tsv``) and the gloss lexicon's one-word renderings,
        unless *attested* is False.

        Raises :class:`~normx.errors.MissingExtraError` (with an install hint) when torch or
        transformers are missing, :class:`~normx.errors.NormxError` when the directory is not a
        usable model.
        """
        model = TranslitModel.load(model_dir, threads=threads)
        if not attested:
            return cls(model)
        return cls(model, AttestedSpellings.load(model.path, default_lexicon()))

    def token_hypotheses(self, tokens: Sequence[str], k: int = 4) -> list[list[tuple[str, float]]]:
        """Per token: up to *k* Arabic spellings with log-probabilities, best first.

        Arabic-script tokens are their own only hypothesis. Distinct uncached Latin tokens go to
        the model in one batched call.
        """
        todo = list(dict.fromkeys(t for t in tokens if not has_arabic(t)))
        todo = [t for t in todo if (t, k) not in self._cache]
        recorded: dict[tuple[str, int], None] | None = getattr(self._local, "recorded", None)
        if todo and recorded is not None:
            return self._placeholders(tokens, todo, k, recorded)
        if todo:
            self._spell(todo, k)
        result: list[list[tuple[str, float]]] = []
        for token in tokens:
            if has_arabic(token):
                result.append([(token, 0.0)])
            else:
                hit = self._cache.get((token, k))
                if hit is None:  # evicted by this very call (more tokens than the cache holds)
                    hit = self.model.generate([token], k)[0]
                    if self.attested is not None:
                        hit = mix(hit, self.attested.spellings(token), k)
                result.append(hit)
        return result

    def _spell(self, todo: Sequence[str], k: int) -> None:
        """*todo* (distinct uncached Latin tokens) through the model in one call, cached."""
        self.model_calls += len(todo)
        for token, outs in zip(todo, self.model.generate(todo, k), strict=True):
            if self.attested is not None:
                outs = mix(outs, self.attested.spellings(token), k)
            self._cache[(token, k)] = outs
            if len(self._cache) > BT_CACHE:
                self._cache.popitem(last=False)

    @contextmanager
    def recording(self) -> Iterator[dict[tuple[str, int], None]]:
        """Within the block, uncached tokens are noted instead of sent to the model.

        A token the model has not spelled yet gets only its attested spellings (or nothing) as
        a stand-in, never cached; the (token, k) pairs asked are yielded, in order, for one
        batched :meth:`fetch`. A dry run of a document under this block learns which name
        parts it needs (:mod:`normx.resolve.bt_prefetch`): a model call costs far more per
        call than per part (issue 5, session 24), and the resolver asks its names a few at a
        time.
        """
        was = getattr(self._local, "recorded", None)
        self._local.recorded = recorded = {}
        try:
            yield recorded
        finally:
            self._local.recorded = was

    @property
    def is_recording(self) -> bool:
        """Whether this thread is inside :meth:`recording` (a dry run: its asks are not real)."""
        return getattr(self._local, "recorded", None) is not None

    def fetch(self, asked: Sequence[tuple[str, int]]) -> None:
        """Spell every (token, k) of *asked* with the model and cache them: one batched call
        per distinct k (there is one in practice). The guesses are those
        :meth:`token_hypotheses` gives the tokens one by one."""
        by_k: dict[int, list[str]] = {}
        for token, k in asked:
            by_k.setdefault(k, []).append(token)
        for k, tokens in by_k.items():
            todo = [
                t for t in dict.fromkeys(tokens) if not has_arabic(t) and (t, k) not in self._cache
            ]
            if todo:  # cached only: more parts than the cache holds are not spelled one by one
                self._spell(todo, k)

    def _placeholders(
        self,
        tokens: Sequence[str],
        todo: Sequence[str],
        k: int,
        recorded: dict[tuple[str, int], None],
    ) -> list[list[tuple[str, float]]]:
        """While recording: *todo* noted, every token's cached guesses, or its stand-in."""
        for token in todo:
            recorded[(token, k)] = None
        result: list[list[tuple[str, float]]] = []
        for token in tokens:
            if has_arabic(token):
                result.append([(token, 0.0)])
                continue
            hit = self._cache.get((token, k))
            if hit is None:
                spelled = self.attested.spellings(token) if self.attested is not None else []
                hit = mix([], spelled, k)
            result.append(hit)
        return result

    def hypotheses(self, names: Sequence[str], k: int = 4) -> list[list[tuple[str, float]]]:
        """Per name: up to *k* Arabic full-name hypotheses with probabilities, best first.

        Junk gives no hypotheses: a non-string, a name longer than MAX_NAME_CHARS or with no
        Latin letters; a token longer than MAX_TOKEN_CHARS is left out.

        Names are split into tokens (:func:`normx.mt.bt_names.model_tokens`), the tokens of all
        names are transliterated together (one batched model call for those not cached), and
        each name's token hypotheses are combined into full names (:func:`combine`). The score
        is the model's probability of the whole spelling, exp(sum of token log-probabilities).
        """
        k = max(1, int(k))
        split = [model_tokens(n) for n in names]
        flat = [t for tokens in split for t in tokens]
        per_token = self.token_hypotheses(flat, k)
        out: list[list[tuple[str, float]]] = []
        pos = 0
        for tokens in split:
            options = per_token[pos : pos + len(tokens)]
            pos += len(tokens)
            out.append([(text, math.exp(lp)) for text, lp in combine(options, k)])
        return out
