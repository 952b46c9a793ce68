"""Back-transliteration: going back to Arabic to match names whose English spellings diverged.

Two English spellings of one Arabic name can be far apart (Uzbal and Özbal from أوزبال; Akens
and Aksen from أكسن) because each translator romanised it their own way. When a Latin name has
no confident match, :class:`BackTransliterator` guesses how it was written in Arabic (beam
search, token by token) and :func:`backtranslate_match` matches those Arabic hypotheses against
the gazetteers, where the two spellings meet again. The model runs only on names the Latin
matcher could not settle, once per distinct token (cached), in batches.

What the diagnosis of session 2 (``benchmarks/bt_recall.py``) led to:

* the model spells Arab names the Western way (Tarek -> تاريك): the spellings its training
  sources attest, and the gloss lexicon's words (Village -> قرية), are mixed into its
  hypotheses (:mod:`normx.mt.attested`);
* a Latin match reached across scripts is itself a romanisation guess, so it does not settle
  a name: the model's hypotheses are matched too (:func:`_settled`);
* one-word names go to the model, but are answered through Arabic only on a near-exact
  Arabic match (:data:`SINGLE_WORD_ARABIC`), which keeps the false friends out;
* the assimilated article (as-Salamat) and "SURNAME, Given" order are written as Arabic writes
  them before the model sees the name.
"""

from __future__ import annotations

import heapq
import math
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from normx.match.candidate import Candidate
from normx.match.index import NameIndex
from normx.match.matcher import Matcher
from normx.match.score import NO_MATCH_THRESHOLD
from normx.mt.attested import AttestedSpellings, mix
from normx.mt.lexicon import default_lexicon
from normx.mt.model import TranslitModel
from normx.mt.training.pairs import latin_key
from normx.text.arabic import has_arabic, normalize_arabic, strip_marks
from normx.text.latin import fold, split_words

MAX_NAME_CHARS = 300  # as the matcher: longer input is not a name
MAX_TOKEN_CHARS = 32  # no name part is longer (training parts are at most 24 letters)
CONFIDENT = 0.9  # a Latin match this good is trusted: the model is not consulted
BT_BASE = 0.9  # a back-transliterated match keeps this share of its score at least...
BT_CACHE = 50_000  # distinct tokens remembered
CROSS_SCRIPT = "cross-script"  # the matcher's method for a Latin query meeting an Arabic name
SINGLE_WORD_ARABIC = 0.95
"""A one-word name is answered through Arabic only when a hypothesis matches an Arabic name
this well (equal after normalisation, in practice): a lone guessed word that only resembles a
name is a false friend (Akens -> أكنس -> تاكنس Taknis; Mishri -> مشري -> مصري)."""


ARTICLES = frozenset({"al", "el"})  # written joined to the next word in Arabic (المشري)
# The article assimilated to a following "sun letter" (as-Salamat, an-Nawfaliyah, ash-Shati):
# romanisers write the sound, Arabic writes ال. Only when the next word starts with that very
# consonant is it the article (so "As" stays itself before "Mahdi").
SUN_ARTICLES = frozenset(
    {
        f"{vowel}{cons}"
        for vowel in ("a", "e")
        for cons in ("d", "dh", "n", "r", "s", "sh", "t", "th", "z")
    }
)


def _sun_article(article: str, word: str) -> bool:
    """True when *article* (as, esh, ...) is the article assimilated to *word*'s first sound."""
    return article in SUN_ARTICLES and word.startswith(article[1:])


def _join_article(key: str) -> str:
    """A hyphenated key with an assimilated article written as Arabic writes it:
    as-salamat -> al-salamat (السلامات), ash-shati -> al-shati; others unchanged."""
    head, sep, rest = key.partition("-")
    if sep and rest and _sun_article(head, rest):
        return f"al-{rest}"
    return key


def name_tokens(name: str) -> list[str]:
    """The units the model transliterates: words in the model's Latin form, hyphen parts kept
    together (al-Mishri) and a free-standing article joined to its word (al Mishri ->
    al-mishri, As Salamat -> al-salamat), as Arabic writes it; Arabic-script words are kept as
    they are."""
    out: list[str] = []
    pending = ""
    for word in name.split():
        if has_arabic(word):
            if pending:
                out.append(pending)
                pending = ""
            out.append(strip_marks(word))
            continue
        for parts in split_words(fold(word)):
            key = latin_key("-".join(parts))
            if not key:
                continue
            if pending:
                if pending in ARTICLES:
                    key, pending = f"{pending}-{key}", ""
                elif _sun_article(pending, key):
                    key, pending = f"al-{key}", ""
                else:  # not an article after all (As Mahdi): a word of its own
                    out.append(pending)
                    pending = ""
            if key in ARTICLES or key in SUN_ARTICLES:
                pending = key
            else:
                out.append(_join_article(key))
    if pending:
        out.append(pending)
    return out


def natural_order(name: str) -> str:
    """ "SURNAME, Given names" (sanctions lists, indexes) in the order Arabic writes a name:
    HUSSEIN, Saddam -> Saddam HUSSEIN (صدام حسين). Other names are returned unchanged."""
    head, sep, rest = name.partition(",")
    if not sep or "," in rest or not head.strip() or not rest.strip():
        return name
    return f"{rest.strip()} {head.strip()}"


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
        if todo:
            self.model_calls += len(todo)
            for token, outs in zip(todo, self.model.generate(todo, k), strict=True):
                if self.attested is not None:
                    outs = mix(outs, self.attested.spellings(token), k)
                self._cache[(token, k)] = outs
                if len(self._cache) > BT_CACHE:
                    self._cache.popitem(last=False)
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

    def hypotheses(self, names: Sequence[str], k: int = 4) -> list[list[tuple[str, float]]]:
        """Per name: up to *k* Arabic full-name hypotheses with probabilities, best first.

        Junk gives no hypotheses: a non-string, a name longer than MAX_NAME_CHARS or with no
        Latin letters; a token longer than MAX_TOKEN_CHARS is left out.

        Names are split into tokens (:func:`name_tokens`), the tokens of all names are
        transliterated together (one batched model call for those not cached), and each name's
        token hypotheses are combined into full names (:func:`combine`). The score is the
        model's probability of the whole spelling, exp(sum of token log-probabilities).
        """
        k = max(1, int(k))
        split = [
            [t for t in name_tokens(natural_order(n)) if len(t) <= MAX_TOKEN_CHARS]
            if isinstance(n, str) and len(n) <= MAX_NAME_CHARS
            else []
            for n in names
        ]
        flat = [t for tokens in split for t in tokens]
        per_token = self.token_hypotheses(flat, k)
        out: list[list[tuple[str, float]]] = []
        pos = 0
        for tokens in split:
            options = per_token[pos : pos + len(tokens)]
            pos += len(tokens)
            out.append([(text, math.exp(lp)) for text, lp in combine(options, k)])
        return out


def _latin_matcher(target: Any) -> tuple[Matcher, Any]:
    """The spelling matcher of *target* and the function giving its Latin evidence."""
    if isinstance(target, Matcher):
        return target, target.match
    if isinstance(target, NameIndex):
        matcher = Matcher(target)
        return matcher, matcher.match
    matcher = getattr(target, "matcher", None)
    if isinstance(matcher, Matcher):  # a Normalizer: its match() adds gloss candidates
        return matcher, getattr(target, "match", matcher.match)
    raise TypeError(f"expected a Normalizer, Matcher or NameIndex, got {type(target).__name__}")


def _settled(latin: Sequence[Candidate], confident: float) -> bool:
    """True when the Latin evidence is trusted without the model: its best candidate scores at
    least *confident* and was not itself reached across scripts. A cross-script match is a
    romanisation of the Arabic name compared with the query, a guess of the same kind the
    model makes, so it is checked against the model's hypotheses (Al Zawiyah is الزاوية, not
    the الزوية its romanisation resembles as much)."""
    return bool(latin) and latin[0].score >= confident and latin[0].method != CROSS_SCRIPT


def _hypothesis_factor(rank: int, prob: float, total: float) -> float:
    """How far to trust a match reached through hypothesis *rank* (0 = best).

    The model's share of probability among the hypotheses lifts the factor from BT_BASE toward
    1, so an exact Arabic match through a confident best guess scores near an exact match,
    and through a long-shot guess scores about a tenth lower.
    """
    share = prob / total if total > 0 else 0.0
    return BT_BASE + (1.0 - BT_BASE) * share - 0.01 * rank


def merge_with_latin(
    latin: Sequence[Candidate],
    arabic: Sequence[tuple[int, str, float, float, Candidate]],
    *,
    top: int,
    min_score: float,
) -> list[Candidate]:
    """Combine Latin candidates with back-transliterated ones: per entity the best score wins.

    *arabic* holds (rank, hypothesis, probability, factor, candidate matched through it). A
    back-transliterated candidate carries ``method="backtranslate"``, the hypothesis, its rank
    and probability, how the Arabic matched (method, score, matched name) and the entity's
    Latin score, if any, in ``explain``.
    """
    best: dict[str, Candidate] = {c.id: c for c in latin}
    latin_scores = {c.id: c.score for c in latin}
    for rank, hyp, prob, factor, cand in arabic:
        score = round(cand.score * factor, 6)
        prev = best.get(cand.id)
        if prev is not None and prev.score >= score:
            continue
        explain = {
            "hypothesis": hyp,
            "hypothesis_rank": rank,
            "hypothesis_probability": round(prob, 6),
            "arabic_method": cand.method,
            "arabic_score": round(cand.score, 4),
            "arabic_matched": cand.matched,
            "latin_score": round(latin_scores[cand.id], 4) if cand.id in latin_scores else None,
        }
        if cand.explain:
            explain["arabic_explain"] = cand.explain
        best[cand.id] = Candidate(
            cand.id, cand.name, cand.type, score, cand.matched, "backtranslate", explain
        )
    ranked = sorted(best.values(), key=lambda c: (-c.score, c.id))
    return [c for c in ranked if c.score >= min_score][:top]


def backtranslate_many(
    target: Any,
    names: Sequence[str],
    bt: BackTransliterator,
    *,
    k: int = 4,
    top: int = 5,
    type: str | None = None,
    min_score: float = NO_MATCH_THRESHOLD,
    confident: float = CONFIDENT,
    explain: bool = False,
) -> list[list[Candidate]]:
    """Match *names* with Latin evidence, then back-transliterate those still unresolved.

    *target* is a :class:`~normx.api.Normalizer` (its ``match`` gives the Latin evidence,
    gloss included), a :class:`Matcher` or a :class:`NameIndex`. A name whose best Latin
    candidate scores at least *confident* is answered from Latin alone; the others' Arabic
    hypotheses are generated in one batched call and each is matched as an Arabic query
    (exact, then fuzzy on Arabic-script keys, as :class:`Matcher` does for Arabic text). For a
    one-word name only Arabic matches of at least :data:`SINGLE_WORD_ARABIC` count.
    """
    matcher, latin_match = _latin_matcher(target)
    latin = [
        latin_match(n, top=top, type=type, min_score=min_score, explain=explain) for n in names
    ]
    unresolved = [
        i
        for i, (n, cands) in enumerate(zip(names, latin, strict=True))
        if not has_arabic(n) and not _settled(cands, confident)
    ]
    if not unresolved:
        return latin
    hyps = bt.hypotheses([names[i] for i in unresolved], k=k)
    out = list(latin)
    floor = min_score / BT_BASE if min_score > 0 else 0.0
    for i, options in zip(unresolved, hyps, strict=True):
        single = len(name_tokens(names[i])) < 2
        arabic_floor = max(floor, SINGLE_WORD_ARABIC) if single else floor
        total = sum(p for _, p in options)
        via: list[tuple[int, str, float, float, Candidate]] = []
        seen: set[str] = set()
        for rank, (hyp, prob) in enumerate(options):
            key = normalize_arabic(hyp)
            if key in seen:  # ة/ه or hamza variants: the matcher sees them as one query
                continue
            seen.add(key)
            factor = _hypothesis_factor(rank, prob, total)
            for cand in matcher.match(
                hyp, top=top, type=type, min_score=min(1.0, arabic_floor), explain=explain
            ):
                via.append((rank, hyp, prob, factor, cand))
        out[i] = merge_with_latin(latin[i], via, top=top, min_score=min_score)
    return out


def backtranslate_match(
    target: Any,
    name: str,
    bt: BackTransliterator,
    *,
    k: int = 4,
    top: int = 5,
    type: str | None = None,
    min_score: float = NO_MATCH_THRESHOLD,
    confident: float = CONFIDENT,
    explain: bool = False,
) -> list[Candidate]:
    """:func:`backtranslate_many` for one name."""
    return backtranslate_many(
        target,
        [name],
        bt,
        k=k,
        top=top,
        type=type,
        min_score=min_score,
        confident=confident,
        explain=explain,
    )[0]
