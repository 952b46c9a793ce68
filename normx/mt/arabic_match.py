"""Matching back-transliterated name parts against the gazetteers' Arabic names, part by part.

The model guesses each Latin name part separately, with k spellings per part; the right
spelling of one part may be its first guess and of another part its third. Joining the guesses
into k full names and matching those (what :mod:`normx.mt.backtranslate` did first) loses the
combinations that were not among the k best, and the matcher's Arabic comparison goes through
romanised keys tuned for Latin spellings. Here every part keeps all its guesses: each gazetteer
Arabic word takes the best guess of the query part it is paired with, compared by
:mod:`normx.mt.arabic_sim` (costs tuned for what a Latin spelling cannot tell), and a name is
scored by how much of the query it explains, then how much of itself.

Word division differs between spellings (Binalshibh / بن الشيبة, Abdullah / عبد الله, Abo
Ghaith / ابوغيث): two neighbouring words on either side may pair with one word on the other,
joined. The article is compared apart: al-Kawari and Kawari both meet الكواري.
"""

from __future__ import annotations

import math
import weakref
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from normx.match.index import NameIndex
from normx.mt.arabic_sim import prepare, similarity, word_key
from normx.mt.bt_article import ARTICLE_ADDED_COST, article_added
from normx.text.arabic import normalize_arabic

WORD_FLOOR = 0.7  # a weaker pair of words is not two spellings of one name part
PARTICLES = frozenset({"بن", "ابن", "بنت", "ابو", "ال", "عبد", "ولد", "بو"})
PARTICLE_WEIGHT = 0.3  # a particle says little about who is meant
QUERY_SHARE = 0.6
"""A name's score: the share of the query it explains, times QUERY_SHARE + (1 - QUERY_SHARE)
times the share of the name explained. The query counts most (an alias names a person by two
or three of the five parts a full name holds: Abu Jamal, Ramzi Binalshibh), but the name's
unexplained words count too: at 0.8, names held out of the gazetteer were answered by a
namesake sharing two parts 25 times in 150 (persons-xscript), at 0.6 19 times (16 with the
session-2 matching, 9 for the Latin matcher alone), for half a point of top-1@0.75."""
CONF_SPREAD = 0.1  # a guess with little of its part's probability is trusted up to 10 % less
MEMO_MAX = 20_000  # guesses whose reachable forms are remembered
SHORTLIST = 40  # names scored in full per query, best preliminary bound first
JOIN_COST = 0.97  # two words paired as one: the division is not certain evidence
ORDER_COST = 0.1
"""Share of the score lost when the paired words come in the opposite order (Khaled al-Fawwaz
is not فواز خالد); half of it when the query is the name rotated, surname first without a
comma (Binalshibh Ramzi Mohamed: رمزي محمد ... بن الشيبة)."""


ARTICLE_GIVEN_COST = 0.1
"""Share of the score lost when a query part written with the article pairs with the name's
given name, written without it: al-Fawwaz names a family (الفواز), not the فوزي who opens فوزي
خالد; al-Ali is العلي, not the given name of علي حميدو. A given name takes no article (the
spelling matcher reads al-X as a family name or nisba likewise); the model's guess keeps the
article the Latin spelling wrote, so the guess says whether there was one."""

FATHER_COST = 0.08
"""Share of the score lost when the query's first part pairs with a later word of the name and
the name's own first word (its given name, after any particle) pairs with nothing: the query
then names the father or grandfather of the chain (Sabawi Ibrahim Hasan al-Tikriti against
ياسر سبعاوي إبراهيم حسن التكريتي, his son), as the spelling matcher's "given name not first"
penalty says. A rotated query (surname first) pairs the name's first word elsewhere: no cost."""


def _articled(word: str) -> bool:
    """True for a normalised word written with the article (الكواري), not Allah (الله), whose
    al- is part of the word: عبد الله pairs with the guess عبدالله only with it kept."""
    return word.startswith("ال") and len(word) > 3 and word != "الله"


def _stem(word: str) -> str:
    """A normalised word without its article (الكواري -> كواري), kept when too short."""
    return word[2:] if _articled(word) else word


def name_words(text: str) -> list[str]:
    """The prepared words of an Arabic name, articles taken off."""
    return [prepare(_stem(w)) for w in normalize_arabic(text).split() if w]


def _articles(text: str) -> tuple[bool, ...]:
    """For each word :func:`name_words` keeps, whether it was written with the article."""
    return tuple(_articled(w) for w in normalize_arabic(text).split() if w and prepare(_stem(w)))


COMMON_FLOOR = 0.25  # the weight of a word every name holds


def rarity_weight(count: int, names: int) -> float:
    """How much a word says about who is meant, from the number of names holding it: near 1
    for a rare word, down to COMMON_FLOOR for one most names hold (محمد among persons, قرية
    among villages)."""
    if count <= 1 or names <= 1:
        return 1.0
    share = math.log(1 + count) / math.log(1 + names)
    return max(COMMON_FLOOR, 1.0 - (1.0 - COMMON_FLOOR) * min(1.0, share) ** 2)


@dataclass(frozen=True)
class ArabicName:
    """One Arabic name of one entity, as words and joined neighbour pairs."""

    entity: int
    text: str
    canonical: bool
    words: tuple[str, ...]
    weights: tuple[float, ...]
    articles: tuple[bool, ...] = ()  # per word: written with the article


def _units(words: Sequence[str]) -> list[tuple[tuple[int, ...], str]]:
    """Single words and neighbour pairs joined (the second keeps no article: عبد+الله)."""
    out: list[tuple[tuple[int, ...], str]] = [((j,), w) for j, w in enumerate(words)]
    out += [((j, j + 1), prepare(words[j] + words[j + 1])) for j in range(len(words) - 1)]
    return out


class ArabicNames:
    """The Arabic names of an index, with look-up by consonant skeleton."""

    def __init__(self, index: NameIndex) -> None:
        self.index = index
        self.names: list[ArabicName] = []
        self.postings: dict[str, list[int]] = defaultdict(list)  # unit form -> name numbers
        self.by_key: dict[str, set[str]] = defaultdict(set)  # skeleton -> unit forms
        self.deletes: dict[str, set[str]] = defaultdict(set)  # skeleton minus a letter -> keys
        texts = [
            (name, words)
            for name in index.names
            if name.lang == "ar" and (words := tuple(w for w in name_words(name.text) if w))
        ]
        counts: dict[str, int] = defaultdict(int)
        for _, words in texts:
            for w in set(words):
                counts[w] += 1
        self.counts = dict(counts)
        self.size = len(texts)
        for name, words in texts:
            number = len(self.names)
            self.names.append(
                ArabicName(
                    name.entity,
                    name.text,
                    name.canonical,
                    words,
                    tuple(self.weight(w) for w in words),
                    _articles(name.text),
                )
            )
            for _, form in _units(words):
                posting = self.postings[form]
                if not posting or posting[-1] != number:
                    posting.append(number)
        for form in self.postings:
            key = word_key(form)
            self.by_key[key].add(form)
        for key in self.by_key:
            if len(key) >= 3:
                for i in range(len(key)):
                    self.deletes[key[:i] + key[i + 1 :]].add(key)

    def weight(self, word: str) -> float:
        """A word's weight: PARTICLE_WEIGHT for a particle, else its :func:`rarity_weight`."""
        if word in PARTICLES:
            return PARTICLE_WEIGHT
        return rarity_weight(self.counts.get(word, 0), self.size)

    def neighbours(self, form: str, *, substitutions: bool = True) -> set[str]:
        """Unit forms whose skeleton equals *form*'s, has one letter more or less, or (with
        *substitutions*) one letter in place of another (ث for س, غ for خ: classes the
        skeleton keeps apart, and the model's slips)."""
        key = word_key(form)
        keys = {key, *self.deletes.get(key, ())}
        if len(key) >= 3:
            for d in {key[:i] + key[i + 1 :] for i in range(len(key))}:
                keys.add(d)
                if substitutions:
                    keys.update(self.deletes.get(d, ()))
        out: set[str] = set()
        for k in keys:
            out.update(self.by_key.get(k, ()))
        return out


_CACHE: weakref.WeakKeyDictionary[NameIndex, ArabicNames] = weakref.WeakKeyDictionary()
_MATCHERS: weakref.WeakKeyDictionary[NameIndex, ArabicMatcher] = weakref.WeakKeyDictionary()


def arabic_names(index: NameIndex) -> ArabicNames:
    """The :class:`ArabicNames` of *index*, built on first use and kept while the index lives."""
    found = _CACHE.get(index)
    if found is None:
        found = _CACHE[index] = ArabicNames(index)
    return found


def arabic_matcher(index: NameIndex) -> ArabicMatcher:
    """The :class:`ArabicMatcher` of *index* (and its memory of guesses), kept like
    :func:`arabic_names`."""
    found = _MATCHERS.get(index)
    if found is None:
        found = _MATCHERS[index] = ArabicMatcher(index)
    return found


@dataclass(frozen=True)
class PartGuesses:
    """One query part's Arabic guesses: (prepared stem, confidence) pairs, best first, and for
    each prepared stem the spelling it came from, its rank and its probability."""

    guesses: tuple[tuple[str, float], ...]
    weight: float
    spelled: tuple[tuple[str, str, int, float], ...] = ()  # (stem, spelling, rank, probability)
    article: bool = False  # the best guess is written with the article (al-Fawwaz: الفواز)

    def source(self, stem: str) -> tuple[str, int, float]:
        """(spelling, rank, probability) of the first guess prepared as *stem*."""
        for form, text, rank, prob in self.spelled:
            if form == stem:
                return text, rank, prob
        return stem, 0, 0.0


COMPOUND_HEADS = ("عبد", "ابو", "ابن", "بن", "بو")
"""First words of a compound name (Abd al-Khaliq, Abu al-Qasim, Bin al-Shibh) that the model
spells as one word with the article inside (عبدالخالق) when the query joined them."""


def compound_forms(form: str) -> tuple[str, ...]:
    """A prepared guess, and for a compound written with the article inside (عبدالخالق) the
    same without it (عبدخالق): a gazetteer writing the compound as two words (عبد الخالق) is
    paired with the joined guess by its two words joined, the second without its article
    (:func:`_units`), so the article inside the guess cost two letters (similarity 0.78, a
    distractor's lone عبد scoring 0.9 beat it). عبدالله keeps its article (:func:`_articled`)."""
    for head in COMPOUND_HEADS:
        rest = form[len(head) :]
        if form.startswith(head) and rest.startswith("ال") and len(rest) > 3 and rest != "اله":
            return form, head + rest[2:]
    return (form,)


def part_guesses(options: Sequence[tuple[str, float]]) -> PartGuesses:
    """Guesses from (Arabic spelling, log-probability) pairs: each guess's confidence is 1 less
    up to CONF_SPREAD as its share of the part's probability falls; a compound spelled with the
    article inside also stands without it (:func:`compound_forms`)."""
    probs = [math.exp(lp) for _, lp in options]
    total = sum(probs) or 1.0
    best: dict[str, float] = {}
    spelled: list[tuple[str, str, int, float]] = []
    for rank, ((text, _), p) in enumerate(zip(options, probs, strict=True)):
        whole = prepare(_stem(normalize_arabic(text).replace(" ", "")))
        if not whole:
            continue
        conf = 1.0 - CONF_SPREAD * (1.0 - p / total)
        for form in compound_forms(whole):
            if conf > best.get(form, 0.0):
                best[form] = conf
            spelled.append((form, text, rank, p))
    guesses = tuple(sorted(best.items(), key=lambda fc: (-fc[1], fc[0])))
    weight = PARTICLE_WEIGHT if guesses and guesses[0][0] in PARTICLES else 1.0
    article = bool(spelled) and _articled(normalize_arabic(spelled[0][1]).replace(" ", ""))
    return PartGuesses(guesses, weight, tuple(spelled), article)


@dataclass(frozen=True)
class ArabicMatch:
    """An entity reached through Arabic, with the name and how each query part paired."""

    entity: int
    score: float
    name: str
    pairs: tuple[tuple[tuple[int, ...], str, tuple[int, ...], float], ...]
    """(query parts, guess used (prepared), name words, similarity) per pairing."""
    query_coverage: float = 1.0  # share of the query parts paired with a word
    name_coverage: float = 1.0  # share of the name's words paired with a part


def _query_units(
    parts: Sequence[PartGuesses],
) -> list[tuple[tuple[int, ...], list[tuple[str, float]]]]:
    """Each part's guesses, and each pair of neighbour parts' best guesses joined."""
    units: list[tuple[tuple[int, ...], list[tuple[str, float]]]] = [
        ((i,), list(p.guesses)) for i, p in enumerate(parts)
    ]
    for i in range(len(parts) - 1):
        joined: dict[str, float] = {}
        for a, ca in parts[i].guesses[:3]:
            for b, cb in parts[i + 1].guesses[:3]:
                form = prepare(a + b)
                joined[form] = max(joined.get(form, 0.0), ca * cb)
        units.append(((i, i + 1), sorted(joined.items(), key=lambda fc: -fc[1])))
    return units


class ArabicMatcher:
    """Scores query parts' guesses against the Arabic names of one index."""

    def __init__(self, index: NameIndex) -> None:
        self.names = arabic_names(index)
        self.records = index.records
        self._memo: dict[tuple[str, bool], list[tuple[str, float]]] = {}

    def _best_forms(
        self, guesses: Sequence[tuple[str, float]], single: bool
    ) -> dict[str, tuple[float, str]]:
        """Gazetteer unit forms a unit's guesses reach: form -> (best confidence x similarity,
        the guess that gave it)."""
        out: dict[str, tuple[float, str]] = {}
        for guess, conf in guesses:
            for form, sim in self._reached(guess, single):
                sim *= conf
                if sim >= WORD_FLOOR and sim > out.get(form, (0.0, ""))[0]:
                    out[form] = (sim, guess)
        return out

    def _reached(self, guess: str, substitutions: bool) -> list[tuple[str, float]]:
        """Gazetteer unit forms within WORD_FLOOR of *guess*, with similarities (remembered:
        guesses repeat across names, محمد above all)."""
        found = self._memo.get((guess, substitutions))
        if found is None:
            if len(self._memo) >= MEMO_MAX:
                self._memo.clear()
            found = [
                (form, sim)
                for form in self.names.neighbours(guess, substitutions=substitutions)
                if (sim := similarity(guess, form, WORD_FLOOR)) >= WORD_FLOOR
            ]
            self._memo[(guess, substitutions)] = found
        return found

    def match(
        self,
        parts: Sequence[PartGuesses],
        *,
        top: int = 5,
        type: str | None = None,
        min_score: float = 0.0,
    ) -> list[ArabicMatch]:
        """The best entities for a query given as per-part guesses, best first."""
        parts = [
            replace(p, weight=min(p.weight, self.names.weight(p.guesses[0][0])))
            for p in parts
            if p.guesses
        ]
        if not parts:
            return []
        units = _query_units(parts)
        reach = [(qu, self._best_forms(guesses, len(qu) == 1)) for qu, guesses in units]
        total = sum(p.weight for p in parts)
        # preliminary bound per name: each query part's best similarity to any of its units
        bound: dict[int, list[float]] = defaultdict(lambda: [0.0] * len(parts))
        postings = self.names.postings
        for qu, forms in reach:
            for form, (sim, _) in forms.items():
                for number in postings[form]:
                    row = bound[number]
                    for i in qu:
                        if sim > row[i]:
                            row[i] = sim
        if not bound:
            return []
        scored = sorted(
            (
                (sum(p.weight * s for p, s in zip(parts, row, strict=True)) / total, n)
                for n, row in bound.items()
            ),
            key=lambda sn: (-sn[0], sn[1]),
        )
        best: dict[int, ArabicMatch] = {}
        for upper, number in scored[:SHORTLIST]:
            if upper < min_score:
                break
            name = self.names.names[number]
            if type is not None and self.records[name.entity].type != type:
                continue
            found = self._score(parts, total, reach, name)
            if found is None or found.score < min_score:
                continue
            prev = best.get(name.entity)
            if prev is None or found.score > prev.score:
                best[name.entity] = found
        ranked = sorted(best.values(), key=lambda m: (-m.score, self.records[m.entity].id))
        return ranked[:top]

    def _score(
        self,
        parts: Sequence[PartGuesses],
        total: float,
        reach: Sequence[tuple[tuple[int, ...], dict[str, tuple[float, str]]]],
        name: ArabicName,
    ) -> ArabicMatch | None:
        """Pair query units with name units greedily, best similarity first, each word once."""
        options: list[tuple[float, tuple[int, ...], tuple[int, ...], str]] = []
        for nu, form in _units(name.words):
            for qu, forms in reach:
                found = forms.get(form)
                if found is None:
                    continue
                sim, guess = found
                if len(nu) > 1 or len(qu) > 1:
                    sim *= JOIN_COST
                options.append((sim, qu, nu, guess))
        if not options:
            return None
        options.sort(key=lambda o: (-o[0], len(o[1]) + len(o[2])))
        used_q: set[int] = set()
        used_n: set[int] = set()
        q_sim = [0.0] * len(parts)
        n_sim = [0.0] * len(name.words)
        pairs = []
        for sim, qu, nu, guess in options:
            if used_q.intersection(qu) or used_n.intersection(nu):
                continue
            used_q.update(qu)
            used_n.update(nu)
            for i in qu:
                q_sim[i] = sim
            for j in nu:
                n_sim[j] = sim
            pairs.append((qu, guess, nu, round(sim, 4)))
        q_cov = sum(p.weight * s for p, s in zip(parts, q_sim, strict=True)) / total
        n_total = sum(name.weights)
        n_cov = sum(w * s for w, s in zip(name.weights, n_sim, strict=True)) / n_total
        score = q_cov * (QUERY_SHARE + (1.0 - QUERY_SHARE) * n_cov) * (1.0 - disorder(pairs))
        if _father_first(pairs, name.words, len(parts)):
            score *= 1.0 - FATHER_COST
        if _article_on_given_name(pairs, parts, name):
            score *= 1.0 - ARTICLE_GIVEN_COST
        if article_added(pairs, parts, name):  # a one-word place keeps its article
            score *= 1.0 - ARTICLE_ADDED_COST
        return ArabicMatch(
            name.entity,
            round(score, 6),
            name.text,
            tuple(pairs),
            round(len(used_q) / len(parts), 4),
            round(len(used_n) / len(name.words), 4),
        )


def _father_first(
    pairs: Sequence[tuple[tuple[int, ...], str, tuple[int, ...], float]],
    words: Sequence[str],
    n_parts: int,
) -> bool:
    """True when the query's first part pairs with a later word of the name than its given
    name (the first word that is no particle), which pairs with nothing (see FATHER_COST)."""
    if n_parts < 2:
        return False
    given = next((j for j, w in enumerate(words) if w not in PARTICLES), None)
    if given is None or given == len(words) - 1:
        return False
    paired_words = {j for _, _, nu, _ in pairs for j in nu}
    if given in paired_words:
        return False
    return any(0 in qu and min(nu) > given for qu, _, nu, _ in pairs)


def _article_on_given_name(
    pairs: Sequence[tuple[tuple[int, ...], str, tuple[int, ...], float]],
    parts: Sequence[PartGuesses],
    name: ArabicName,
) -> bool:
    """True when a query part written with the article (its best guess has it) pairs alone
    with the name's given name (its first word that is no particle, more words following),
    which is written without it (see ARTICLE_GIVEN_COST)."""
    given = next((j for j, w in enumerate(name.words) if w not in PARTICLES), None)
    if given is None or given == len(name.words) - 1 or len(name.articles) != len(name.words):
        return False
    if name.articles[given]:
        return False
    return any(nu == (given,) and len(qu) == 1 and parts[qu[0]].article for qu, _, nu, _ in pairs)


def disorder(pairs: Sequence[tuple[tuple[int, ...], str, tuple[int, ...], float]]) -> float:
    """The order penalty of a pairing: ORDER_COST times the share of pairs of pairings whose
    name words come in the other order than their query parts, the query read as written or
    rotated (ORDER_COST / 2 more), whichever costs less."""
    seq = sorted((qu[0], nu[0]) for qu, _, nu, _ in pairs)
    n = len(seq)
    if n < 2:
        return 0.0
    couples = n * (n - 1) / 2
    best = 1.0
    for r in range(n):
        names = [j for _, j in seq[r:] + seq[:r]]
        inverted = sum(1 for a in range(n) for b in range(a + 1, n) if names[a] > names[b])
        cost = inverted / couples + (0.5 if r else 0.0)
        best = min(best, cost)
    return ORDER_COST * min(1.0, best)
