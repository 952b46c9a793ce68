"""Back-transliteration: going back to Arabic to match names whose English spellings diverged.

Two English spellings of one Arabic name can be far apart (Uzbal and Özbal from أوزبال; Akens
and Aksen from أكسن) because each translator romanised it their own way. When a Latin name has
no confident match, :class:`BackTransliterator` guesses how it was written in Arabic (beam
search, token by token) and :func:`backtranslate_match` matches those guesses against the
gazetteers' Arabic names part by part (:mod:`normx.mt.arabic_match`), where the two spellings
meet again. The model runs only on names the Latin matcher could not settle, once per distinct
token (cached), in batches.

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

Session 3 (error analysis of the cross-script sets: ``benchmarks/bt_recall.py``): the right
spelling of each part was often among the model's guesses, but not all in one of the k full
names; the spelling matcher scored Arabic guesses through romanised keys (a guess sharing two
of three words with the right name lost to a distractor sharing one); and the Latin and Arabic
evidence were not combined. So each part keeps its k guesses and is paired with gazetteer
words by an Arabic-aware distance (:mod:`normx.mt.arabic_sim`), names are scored by the
query share they explain, rare words counting more and word order mattering, and an entity
both sides reach gets the two scores combined (:func:`agree`).
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
from normx.mt.arabic_match import (
    ArabicMatch,
    PartGuesses,
    arabic_matcher,
    name_words,
    part_guesses,
)
from normx.mt.arabic_sim import prepare, similarity
from normx.mt.attested import AttestedSpellings, mix
from normx.mt.lexicon import default_lexicon
from normx.mt.model import TranslitModel
from normx.mt.training.pairs import latin_key
from normx.text.arabic import has_arabic, strip_marks
from normx.text.latin import fold, split_words

MAX_NAME_CHARS = 300  # as the matcher: longer input is not a name
MAX_TOKEN_CHARS = 32  # no name part is longer (training parts are at most 24 letters)
CONFIDENT = 0.9  # a Latin match this good is trusted: the model is not consulted
GUESSES = 8
"""Guesses per name part. Matching part by part makes more guesses cheap to use, and the right
spelling of a place name is often past the fourth (towns-xscript top-1@0.75: 73.8 % with 4,
75.8 % with 8; persons unchanged)."""
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


AGREEMENT = 0.5
"""When the Latin spelling and the Arabic guesses point to the same entity, the weaker evidence
closes this share of the stronger one's distance to 1: hi + AGREEMENT * lo * (1 - hi). Half,
not all (a noisy-or), because both compare the same query with the same Arabic name and are not
independent witnesses."""
AGREEMENT_MIN = 0.7
"""Below this, the weaker evidence explains too little of the query to add anything (a long
span that one side reads as a body and the other as part of a person: the maximum counts).
The Latin evidence is gathered down to this score whatever *min_score* is, so an entity scores
the same at ``min_score=0`` and at the threshold. At 0.5 that lifted namesakes with a weak
Latin score over the threshold (persons-xscript false accepts 14.9 -> 22.1 %); at 0.7 the
false accepts and top-1 at the threshold are those the threshold pass gave before."""
ARABIC_FLOOR_SHARE = 0.6  # Arabic matches down to this share of min_score may combine above it


def agree(latin: float, arabic: float) -> float:
    """The score of an entity reached both ways (see :data:`AGREEMENT`)."""
    hi, lo = max(latin, arabic), min(latin, arabic)
    return hi + AGREEMENT * lo * (1.0 - hi) if lo >= AGREEMENT_MIN else hi


def _through_arabic(
    found: ArabicMatch, parts: Sequence[PartGuesses], tokens: Sequence[str]
) -> dict[str, Any]:
    """Explain one Arabic match: the spelling assembled from the guesses each part paired
    through (its best guess where it paired with nothing), their worst rank and joint
    probability, and the pairs."""
    used: dict[int, tuple[str, int, float]] = {}
    pairs = []
    for qu, guess, nu, sim in found.pairs:
        if len(qu) == 1:
            used[qu[0]] = parts[qu[0]].source(guess)
        pairs.append(
            {
                "query": [tokens[i] for i in qu],
                "guess": guess,
                "name_words": list(nu),
                "similarity": sim,
            }
        )
    spelled = []
    rank, prob = 0, 1.0
    for i, part in enumerate(parts):
        text, r, p = used.get(i) or (part.spelled[0][1:] if part.spelled else ("", 0, 1.0))
        spelled.append(text)
        rank, prob = max(rank, r), prob * p
    return {
        "hypothesis": " ".join(t for t in spelled if t),
        "hypothesis_rank": rank,
        "hypothesis_probability": round(prob, 6),
        "arabic_method": "parts",
        "arabic_score": round(found.score, 4),
        "arabic_matched": found.name,
        "arabic_pairs": pairs,
        # what a caller that segments text reads (as for the spelling matcher): a match that
        # leaves query words unexplained is not a clean reading of the whole span
        "query_coverage": found.query_coverage,
        "name_coverage": found.name_coverage,
    }


def near_exact(found: ArabicMatch, parts: Sequence[PartGuesses]) -> bool:
    """True when one guess spells the whole matched name at least :data:`SINGLE_WORD_ARABIC`
    alike (the test a one-word name must pass: a lone guess that only resembles a name is a
    false friend). The guess's own probability does not enter: a right spelling the model
    ranked third is still right."""
    if found.name_coverage < 1.0:
        return False
    whole = prepare("".join(name_words(found.name)))
    return any(
        similarity(guess, whole, SINGLE_WORD_ARABIC) >= SINGLE_WORD_ARABIC
        for part in parts
        for guess, _ in part.guesses
    )


def merge_evidence(
    latin: Sequence[Candidate],
    arabic: Sequence[tuple[ArabicMatch, dict[str, Any]]],
    records: Sequence[Any],
    *,
    top: int,
    min_score: float,
) -> list[Candidate]:
    """Latin candidates and Arabic matches per entity (:func:`agree` where both reached it).

    An entity whose score the Arabic side raised becomes a ``method="backtranslate"``
    candidate whose ``explain`` holds the assembled hypothesis, how the Arabic matched and the
    entity's Latin score (None when the Latin matcher did not list it).
    """
    best: dict[str, Candidate] = {c.id: c for c in latin}
    for found, detail in arabic:
        rec = records[found.entity]
        prev = best.get(rec.id)
        score = round(agree(prev.score if prev else 0.0, found.score), 6)
        if prev is not None and prev.score >= score:
            continue
        explain = {**detail, "latin_score": round(prev.score, 4) if prev else None}
        best[rec.id] = Candidate(
            rec.id, rec.canonical, rec.type, score, found.name, "backtranslate", explain
        )
    ranked = sorted(best.values(), key=lambda c: (-c.score, c.id))
    return [c for c in ranked if c.score >= min_score][:top]


def backtranslate_many(
    target: Any,
    names: Sequence[str],
    bt: BackTransliterator,
    *,
    k: int = GUESSES,
    top: int = 5,
    type: str | None = None,
    min_score: float = NO_MATCH_THRESHOLD,
    confident: float = CONFIDENT,
    explain: bool = False,
) -> list[list[Candidate]]:
    """Match *names* with Latin evidence, then back-transliterate those still unresolved.

    *target* is a :class:`~normx.api.Normalizer` (its ``match`` gives the Latin evidence,
    gloss included), a :class:`Matcher` or a :class:`NameIndex`. A name whose best Latin
    candidate scores at least *confident* (and was not reached across scripts) is answered from
    Latin alone; the others' parts are back-transliterated in one batched call, k guesses per
    part, and matched part by part against the gazetteers' Arabic names
    (:class:`~normx.mt.arabic_match.ArabicMatcher`); an entity reached both ways combines its
    two scores (:func:`agree`). For a one-word name only Arabic matches of at least
    :data:`SINGLE_WORD_ARABIC` count. *explain* is accepted for the Latin side; a
    back-transliterated candidate always says how it was reached.
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
    # the Latin evidence an entity's combined score uses must not depend on min_score: an
    # entity the Latin side scores below min_score but at least AGREEMENT_MIN still adds to
    # its Arabic score, or the same name scores higher at min_score=0 than at the threshold
    evidence = list(latin)
    floor_latin = min(min_score, AGREEMENT_MIN)
    if floor_latin < min_score:
        for i in unresolved:
            evidence[i] = latin_match(
                names[i], top=top, type=type, min_score=floor_latin, explain=explain
            )
    split = [
        [t for t in name_tokens(natural_order(names[i])) if len(t) <= MAX_TOKEN_CHARS]
        if isinstance(names[i], str) and len(names[i]) <= MAX_NAME_CHARS
        else []
        for i in unresolved
    ]
    per_token = bt.token_hypotheses([t for tokens in split for t in tokens], max(1, int(k)))
    arabic = arabic_matcher(matcher.index)
    records = matcher.index.records
    out = list(latin)
    floor = ARABIC_FLOOR_SHARE * min_score
    pos = 0
    for i, tokens in zip(unresolved, split, strict=True):
        options = per_token[pos : pos + len(tokens)]
        pos += len(tokens)
        parts = [part_guesses(o) for o in options]
        found = arabic.match(parts, top=top, type=type, min_score=floor)
        if len(tokens) < 2:
            found = [m for m in found if near_exact(m, parts)]
        via = [(m, _through_arabic(m, parts, tokens)) for m in found]
        out[i] = merge_evidence(evidence[i], via, records, top=top, min_score=min_score)
    return out


def backtranslate_match(
    target: Any,
    name: str,
    bt: BackTransliterator,
    *,
    k: int = GUESSES,
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
