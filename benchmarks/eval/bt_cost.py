"""What back-translation costs in ``benchmarks.eval.articles --backtranslate``.

Every normalizer the run loads gets the same :class:`~normx.mt.backtranslate.BackTransliterator`
(the shipped model, or ``--mt-model DIR``), and the run reports, beside the scores: the wall
time of the run, the time inside the model, the name parts sent to it (distinct, uncached), the
distinct span texts back-translation was asked to settle, how many of those the Latin evidence
did not settle (sent to the model), and the share of the output's linked mentions that needed
it (their text went to the model) or were linked through Arabic (``method="backtranslate"``).
Since session 24 also the model calls (a document's parts go in one call after a dry run,
:mod:`normx.resolve.bt_prefetch`; before, one per round and per rule's query), parts per CPU
second inside the model, and ``threads``: torch's threads (None: its default, one per core).
The counting wraps library functions from the outside, so the library carries no counters.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from normx.match.candidate import Candidate


class BtCost:
    """Counters of one run with back-translation on (see the module docstring)."""

    def __init__(self, bt: Any) -> None:
        self.bt = bt
        self.t0 = time.perf_counter()
        self.load_seconds = 0.0
        self.model_seconds = 0.0
        self.model_cpu = 0.0
        self.model_calls = 0  # calls of the model's generate (each a batched beam search)
        self.threads: int | None = None
        self.asked: set[str] = set()  # distinct names backtranslate_many saw
        self.sent: set[str] = set()  # of which not settled by the Latin evidence
        self.mentions = 0
        self.mentions_sent = 0
        self.mentions_bt = 0

    @classmethod
    def start(
        cls, model_dir: Path | None, *, attach: bool = True, threads: int | None = None
    ) -> BtCost:
        """Load the model (torch on *threads* threads, None: torch's default) and count its
        use; with *attach*, every normalizer the run loads gets it."""
        from normx.api import Normalizer
        from normx.mt import backtranslate as bt_module
        from normx.mt.backtranslate import BackTransliterator

        t0 = time.perf_counter()
        bt = BackTransliterator.load(model_dir, threads=threads)
        cost = cls(bt)
        cost.threads = threads
        cost.load_seconds = time.perf_counter() - t0
        load = Normalizer.load.__func__  # type: ignore[attr-defined]

        def load_with_bt(klass: type[Normalizer], *a: Any, **kw: Any) -> Normalizer:
            nz = load(klass, *a, **kw)
            nz.backtransliterator = bt
            return nz

        if attach:
            Normalizer.load = classmethod(load_with_bt)  # type: ignore[method-assign,assignment]
        canonicalize = Normalizer.canonicalize

        def counted(self: Normalizer, text: str) -> Any:
            doc = canonicalize(self, text)
            cost.count(doc.mentions)
            return doc

        Normalizer.canonicalize = counted  # type: ignore[method-assign]
        many = bt_module.backtranslate_many
        bt_module.backtranslate_many = cost.wrap(many)  # type: ignore[assignment]
        generate = bt.model.generate

        def timed(tokens: Sequence[str], k: int) -> Any:
            t, c = time.perf_counter(), time.process_time()
            try:
                return generate(tokens, k)
            finally:
                cost.model_seconds += time.perf_counter() - t
                cost.model_cpu += time.process_time() - c
                cost.model_calls += 1

        bt.model.generate = timed
        return cost

    def wrap(self, many: Callable[..., list[list[Candidate]]]) -> Callable[..., Any]:
        """*many* (``backtranslate_many``) recording the names asked and those sent on; not
        those of a document's dry runs (:mod:`normx.resolve.bt_prefetch`), which ask with
        stand-in guesses and may ask a name the real run does not."""

        def recorded(target: Any, names: Sequence[str], *a: Any, **kw: Any) -> Any:
            found = many(target, names, *a, **kw)
            if self.bt.is_recording:
                return found
            self.asked.update(names)
            self.sent.update(self.bt.last_sent)
            return found

        return recorded

    def reset(self) -> None:
        """Start counting a new run (the model's cache is kept, as a long run would)."""
        self.t0 = time.perf_counter()
        self.model_seconds = self.model_cpu = 0.0
        self.model_calls = 0
        self.bt.model_calls = 0
        self.asked, self.sent = set(), set()
        self.mentions = self.mentions_sent = self.mentions_bt = 0

    def count(self, mentions: Iterable[Any]) -> None:
        for m in mentions:
            if m.id is None:
                continue
            self.mentions += 1
            self.mentions_sent += m.text in self.sent
            self.mentions_bt += m.method == "backtranslate"

    def report(self, scores: object) -> str:
        wall = time.perf_counter() - self.t0
        m = max(1, self.mentions)
        parts = self.bt.model_calls
        return (
            f"backtranslate cost: wall {wall:.1f}s (model load {self.load_seconds:.1f}s, "
            f"in the model {self.model_seconds:.1f}s wall, {self.model_cpu:.1f}s CPU; torch "
            f"threads {self.threads or 'default'}); name parts through the model {parts} in "
            f"{self.model_calls} calls ({parts / max(self.model_cpu, 1e-9):.1f} parts per CPU "
            f"second); distinct spans asked {len(self.asked)}, sent to the model "
            f"{len(self.sent)}; linked mentions {self.mentions}: text sent to the model "
            f"{self.mentions_sent} ({self.mentions_sent / m:.1%}), linked through Arabic "
            f"{self.mentions_bt} ({self.mentions_bt / m:.1%})"
        )
