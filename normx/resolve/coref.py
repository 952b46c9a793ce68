"""Partial and repeated names resolved to entities the same document names in full.

Translated news names a person or body in full once ("Khaled Al-Mashri", "Government of
National Accord") and then in part ("al-Mishri", "Akar", "Accord forces", "State Council",
"Al-Wefaq"). A partial mention (one name word, or words the matcher could not place alone)
resolves to an entity mentioned in full in the document when every one of its name words
matches a word of one of that entity's names (English or Arabic, through the shared phonetic
key space) or of the surface forms the document used for it. Antecedents before the mention
are tried first, most recent first; then those after it (a headline names "Haftar" before the
article introduces "Khalifa Haftar"). A partial name with no antecedent keeps only what the
matcher alone gave it, which for one word is held to a stricter standard
(:mod:`normx.resolve.linker`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields
from functools import lru_cache

from normx.match import similarity as _similarity_module
from normx.match.candidate import Candidate
from normx.match.score import token_similarity
from normx.resolve.coref_key_floor import spelled_beyond_key
from normx.text.normalize import NameToken
from normx.text.phonetic import phonetic_key

WORD_MATCH = 0.85  # token similarity for a partial name word to count as the same word
MIN_TAIL_KEY = 3  # key sounds left after the first for the loose gate (short keys say little)


def spelled_alike(word: NameToken, words: Iterable[NameToken]) -> bool:
    """Whether one of *words* (Latin, as the document wrote them) is *word* spelled alike:
    the same word for coreference (:data:`WORD_MATCH`)."""
    sim = _similarity()
    return any(sim(word, w, False)[0] >= WORD_MATCH for w in words)


def _similarity() -> Callable[[NameToken, NameToken, bool], tuple[float, str]]:
    """:func:`~normx.match.score.token_similarity` as a plain positional call: the compiled
    comparison itself when the kernel is built (what the wrapper calls: the same answer), so
    the loops that compare a word with many (a document's words, an entity's names) do not
    pay the wrapper's call on every pair; read at call time, as the kernel may be turned off."""
    kernel = _similarity_module.KERNEL
    if kernel is not None:
        return kernel.token_similarity  # type: ignore[no-any-return]
    return _token_similarity_positional


def _token_similarity_positional(
    q: NameToken, n: NameToken, cross_script: bool
) -> tuple[float, str]:
    """The wrapper called as the kernel is (positionally), for a run without the kernel."""
    return token_similarity(q, n, cross_script=cross_script)


@dataclass(frozen=True, slots=True, init=False)
class Antecedent:
    """A fully named entity at a position in the document, with the words of its names.

    Frozen, with a hand-written ``__init__`` that fills the slots through their descriptors
    (as :class:`~normx.resolve.segment.Seg` does): the generated frozen one sets each field
    with ``object.__setattr__`` by name, twice as slow, and a document makes one per linked
    segment.
    """

    position: int
    cand: Candidate
    surface: str
    words: tuple[tuple[NameToken, bool], ...]  # (token, cross-script)
    surface_words: tuple[NameToken, ...] = ()  # the words this document wrote for it

    def __init__(
        self,
        position: int,
        cand: Candidate,
        surface: str,
        words: tuple[tuple[NameToken, bool], ...],
        surface_words: tuple[NameToken, ...] = (),
    ) -> None:
        _set_position(self, position)
        _set_cand(self, cand)
        _set_surface(self, surface)
        _set_words(self, words)
        _set_surface_words(self, surface_words)


_set_position, _set_cand, _set_surface, _set_words, _set_surface_words = (
    getattr(Antecedent, f.name).__set__ for f in fields(Antecedent)
)


def gate_keys(words: Iterable[NameToken]) -> frozenset[str]:
    """The keys under which a word can cover a query word: its phonetic key and spelling, and
    those of its other readings (see :class:`Antecedents`)."""
    out: set[str] = set()
    add = out.add
    for w in words:  # a plain loop: made for every entity of every document
        add(w.key)
        add(w.form)
        for form, key in w.alts:
            add(form)
            add(key)
    out.discard("")
    return frozenset(out)


@lru_cache(maxsize=65536)
def _token(form: str) -> NameToken:
    return NameToken(form, phonetic_key(form))


def query_tokens(forms: Sequence[str]) -> tuple[NameToken, ...]:
    """Name tokens (with phonetic keys) for the folded words of a mention."""
    return tuple(map(_token, forms))


def covers(query: tuple[NameToken, ...], words: tuple[tuple[NameToken, bool], ...]) -> bool:
    """True when every query word matches some word of the antecedent."""
    if not query:
        return False
    sim = _similarity()
    return all(any(sim(q, w, cross)[0] >= WORD_MATCH for w, cross in words) for q in query)


_NAMES_COVER: dict[tuple[str, int], bool] = {}
_NAMES_PINNED: dict[int, tuple[tuple[NameToken, bool], ...]] = {}
_NAMES_COVER_MAX = 65536


def _covered_by_names(q: NameToken, words: tuple[tuple[NameToken, bool], ...]) -> bool:
    """Whether some word of an entity's names matches the query word *q* (:func:`covers`,
    one word), remembered for the run: the run state hands the same ``words`` tuple for an
    entity in every document (see :func:`_word_sets`), and news asks about the same words.
    Keyed by the word's spelling, as :meth:`Antecedents.find` keys its answers (a query
    word is :func:`query_tokens` of its spelling), and by the tuple's identity, the tuple
    pinned while its answers are kept so that no other object can take that identity."""
    key = (q.form, id(words))
    hit = _NAMES_COVER.get(key)
    if hit is None:
        if len(_NAMES_COVER) >= _NAMES_COVER_MAX:
            _NAMES_COVER.clear()
            _NAMES_PINNED.clear()
        _NAMES_PINNED[id(words)] = words
        sim = _similarity()
        hit = any(sim(q, w, cross)[0] >= WORD_MATCH for w, cross in words)
        _NAMES_COVER[key] = hit
    return hit


def _tail_keys(words: Iterable[tuple[NameToken, bool]]) -> frozenset[str]:
    """Phonetic keys of *words* without their first sound (long enough keys only)."""
    return frozenset(w.key[1:] for w, _ in words if len(w.key) >= MIN_TAIL_KEY + 1)


_WORD_SETS: dict[int, tuple[tuple[tuple[NameToken, bool], ...], frozenset, frozenset[str]]] = {}
_WORD_SETS_MAX = 8192


def _word_sets(
    words: tuple[tuple[NameToken, bool], ...],
) -> tuple[frozenset[tuple[str, bool]], frozenset[str]]:
    """The (form, cross-script) pairs and :func:`_tail_keys` of an entity's name words.

    The run state hands the same ``words`` tuple for an entity in every document, so these
    are made once per entity, not once per document: remembered by the tuple's identity, the
    tuple itself kept alongside so that identity cannot be reused by another object.
    """
    hit = _WORD_SETS.get(id(words))
    if hit is not None and hit[0] is words:
        return hit[1], hit[2]
    forms = frozenset((w.form, cross) for w, cross in words)
    tails = _tail_keys(words)
    if len(_WORD_SETS) >= _WORD_SETS_MAX:
        _WORD_SETS.clear()
    _WORD_SETS[id(words)] = (words, forms, tails)
    return forms, tails


_SAID_KEYS: dict[tuple[int, ...], tuple[tuple[NameToken, ...], frozenset[str]]] = {}
_SAID_KEYS_MAX = 8192


def _said_keys(said: dict[int, NameToken]) -> frozenset[str]:
    """:func:`gate_keys` of the words a document wrote for an entity (``id`` -> word).

    Documents write an entity with the same few words, and :func:`query_tokens` hands the
    same word objects back, so the keys are remembered by the words' identities; the entry
    holds the words themselves, so that no identity in its key can be reused by another
    object while it lives.
    """
    ids = tuple(said)
    hit = _SAID_KEYS.get(ids)
    if hit is not None:
        return hit[1]
    words = tuple(said.values())
    keys = gate_keys(words)
    if len(_SAID_KEYS) >= _SAID_KEYS_MAX:
        _SAID_KEYS.clear()
    _SAID_KEYS[ids] = (words, keys)
    return keys


KEY_INDEX_MAX = 20_000  # entities in the run-wide key index before it starts over


class KeyIndex:
    """The entities a run has met as antecedents, by the gate keys of their names.

    :meth:`Antecedents._gate_of` asks which of a document's ~30 entities have a word under a
    key; scanning each entity's key set per key asked was a tenth of the coreference time.
    An entity's names do not change between documents, so their keys are indexed once for the
    run and a document intersects the entities under a key with its own. Bounded: past
    :data:`KEY_INDEX_MAX` entities it starts over (the current document's are added again).
    """

    __slots__ = ("_by_key", "_met", "name_keys")

    def __init__(self, name_keys: Callable[[str], frozenset[str]]) -> None:
        self.name_keys = name_keys
        self._by_key: dict[str, set[str]] = {}
        self._met: set[str] = set()

    def register(self, eids: Iterable[str]) -> None:
        """Index the names' keys of the entities *eids* not met before."""
        new = [eid for eid in eids if eid not in self._met]
        if not new:
            return
        if len(self._met) + len(new) > KEY_INDEX_MAX:
            self._by_key.clear()
            self._met.clear()
            new = list(dict.fromkeys(eids))
        by_key = self._by_key
        for eid in new:
            self._met.add(eid)
            for key in self.name_keys(eid):
                hit = by_key.get(key)
                if hit is None:
                    by_key[key] = {eid}
                else:
                    hit.add(eid)

    def with_key(self, key: str) -> set[str]:
        """The registered entities with a name word under *key* (do not modify)."""
        return self._by_key.get(key, _NO_IDS)


_NO_IDS: set[str] = set()


class Antecedents:
    """The fully named entities of a document, indexed for the nearest covering one.

    A document names few entities but may mention them thousands of times, so the words are
    kept once per entity and the positions in a sorted list: a look-up costs one coverage test
    per distinct entity (cached per query) and one bisection.
    """

    def __init__(
        self,
        items: Sequence[Antecedent],
        name_keys: Callable[[str], frozenset[str]] | None = None,
        key_index: KeyIndex | None = None,
    ) -> None:
        """*name_keys* gives :func:`gate_keys` of an entity's ``words`` (a run-wide cache: an
        entity's names do not change between documents); without it they are computed.
        *key_index* (a run-wide :class:`KeyIndex`, whose ``name_keys`` then serve) answers
        which entities have a name word under a key without scanning them."""
        self.first: dict[str, Antecedent] = {}
        self.positions: dict[str, list[int]] = {}
        self.by_position: dict[int, Antecedent] = {}
        self.words: dict[str, tuple[tuple[NameToken, bool], ...]] = {}
        more: dict[str, list[tuple[NameToken, bool]]] = {}  # later antecedents' other words
        # the document's words, per entity, once each: the same words come back as the same
        # objects (query_tokens), so identity is the cheap test (an equal copy that slips
        # through changes nothing: the words and keys below are sets by spelling)
        said: dict[str, dict[int, NameToken]] = {}
        for a in items:
            eid = a.cand.id
            self.by_position[a.position] = a
            first = self.first.get(eid)
            if first is None:
                self.first[eid] = a
                said[eid] = {id(w): w for w in a.surface_words}
                self.positions[eid] = [a.position]
                continue
            if a.words is not first.words and a.words != first.words:
                more.setdefault(eid, []).extend(a.words)  # mostly the same words: nothing new
            seen_said = said[eid]
            for w in a.surface_words:
                seen_said.setdefault(id(w), w)
            self.positions[eid].append(a.position)
        self._covers: dict[tuple[tuple[str, ...], str], bool] = {}
        # a document asks about the same name words again and again ("Haftar" at every
        # mention): the covering entities per query and types, once; only the nearest
        # position is looked up per call
        self._found: dict[tuple[tuple[str, ...], frozenset[str] | None], list[str]] = {}
        # a query word can only be covered by a word with its phonetic key or its spelling:
        # this gate keeps the (costly) similarity test to a few entities per query. It is
        # filled lazily, per key asked: an entity's names hold dozens of keys and a document
        # asks about a few, so indexing every key of every entity cost as much as the look-ups
        self._gate: dict[str, set[str]] = {}
        self._gate_sets: list[tuple[str, frozenset[str], frozenset[str]]] = []
        # with a key index: the entities under each key of the document's words their
        # names lack
        self._said_index: dict[str, list[str]] = {}
        said_index = self._said_index
        # a person's name word is also reachable by its key without the first sound, which
        # transliteration varies most (Çavuşoğlu / Tchavouchoglou: KFSKL / SFSKL)
        self._tail_gate: dict[str, set[str]] = {}
        self._tail_sets: list[tuple[str, frozenset[str]]] = []
        for eid, first in self.first.items():
            known, tails = _word_sets(first.words)
            new: list[tuple[NameToken, bool]] = []
            added: set[tuple[str, bool]] = set()
            # later antecedents' new words, then the surface words, after the names' words
            for w, cross in more.get(eid, ()):
                k = (w.form, cross)
                if k not in known and k not in added:
                    added.add(k)
                    new.append((w, cross))
            for w in said[eid].values():
                k = (w.form, False)
                if k not in known and k not in added:
                    added.add(k)
                    new.append((w, False))
            # the names' words as they are when the document adds none (no copy)
            self.words[eid] = (*first.words, *new) if new else first.words
            if first.cand.type == "PER":
                if new:
                    tails = tails | _tail_keys(new)
                if tails:
                    self._tail_sets.append((eid, tails))
            if key_index is not None:  # the names' keys are the run's index's
                # the keys of words the document wrote for it that no name of it has: few
                for said_key in _said_keys(said[eid]) - key_index.name_keys(eid):
                    under = said_index.get(said_key)
                    if under is None:
                        said_index[said_key] = [eid]
                    else:
                        under.append(eid)
            elif name_keys is None:
                self._gate_sets.append((eid, gate_keys(w for w, _ in self.words[eid]), frozenset()))
            else:  # the names' keys and the document's words' keys
                self._gate_sets.append((eid, name_keys(eid), _said_keys(said[eid])))
        self._key_index = key_index
        if key_index is not None:
            key_index.register(self.first)
            self._eids = set(self.first)

    def _gate_of(self, key: str) -> set[str]:
        """The entities with a word under *key* (its phonetic key or spelling)."""
        hit = self._gate.get(key)
        if hit is None:
            if self._key_index is not None:
                hit = self._key_index.with_key(key) & self._eids
                more = self._said_index.get(key)
                if more is not None:
                    hit.update(more)
                self._gate[key] = hit
            else:
                hit = self._gate[key] = {
                    eid for eid, names, said in self._gate_sets if key in names or key in said
                }
        return hit

    def _tail_gate_of(self, tail: str) -> set[str]:
        """The persons with a word whose key without its first sound is *tail*."""
        hit = self._tail_gate.get(tail)
        if hit is None:
            hit = self._tail_gate[tail] = {eid for eid, tails in self._tail_sets if tail in tails}
        return hit

    def _gated(self, query: tuple[NameToken, ...]) -> set[str]:
        out: set[str] | None = None
        for q in query:
            found = self._gate_of(q.key) | self._gate_of(q.form)
            if len(q.key) >= MIN_TAIL_KEY + 1:
                found = found | self._tail_gate_of(q.key[1:])
            out = found if out is None else out & found
            if not out:
                return set()
        return out or set()

    def _covering(
        self,
        key: tuple[str, ...],
        query: tuple[NameToken, ...],
        types: set[str] | frozenset[str] | None,
    ) -> list[str]:
        """The entities of *types* whose words cover *query* (spelled *key*), in any order."""
        out: list[str] = []
        for eid in self._gated(query):
            first = self.first[eid]
            if types is not None and first.cand.type not in types:
                continue
            ck = (key, eid)
            ok = self._covers.get(ck)
            if ok is None:
                base = first.words  # the names' words (run-wide), then this document's
                added = self.words[eid][len(base) :]
                sim = _similarity()
                ok = bool(query) and all(  # covers(query, self.words[eid]), by parts
                    _covered_by_names(q, base)
                    or any(sim(q, w, cross)[0] >= WORD_MATCH for w, cross in added)
                    for q in query
                )
                if ok and len(query) == 1 and first.cand.type == "PER":  # coref_key_floor.py
                    ok = spelled_beyond_key(query[0], self.words[eid], WORD_MATCH)
                self._covers[ck] = ok
            if ok:
                out.append(eid)
        return out

    def find(
        self,
        position: int,
        query: tuple[NameToken, ...],
        types: set[str] | frozenset[str] | None = None,
    ) -> Antecedent | None:
        """The nearest antecedent covering *query*: earlier ones first (most recent), then later.

        ``types`` restricts antecedents to some entity types (a name ending in a body head
        noun, "State Council", refers to an organisation, whatever else shares its words).
        """
        key = tuple([q.form for q in query])
        fk = (key, types if types is None or type(types) is frozenset else frozenset(types))
        covering = self._found.get(fk)
        if covering is None:
            covering = self._found[fk] = self._covering(key, query, types)
        best_before: tuple[int, Antecedent] | None = None
        best_after: tuple[int, Antecedent] | None = None
        for eid in covering:
            pos = self.positions[eid]
            i = bisect_left(pos, position)
            if i > 0 and (best_before is None or pos[i - 1] > best_before[0]):
                best_before = (pos[i - 1], self.by_position[pos[i - 1]])
            j = i + 1 if i < len(pos) and pos[i] == position else i
            if j < len(pos) and (best_after is None or pos[j] < best_after[0]):
                best_after = (pos[j], self.by_position[pos[j]])
        if best_before is not None:
            return best_before[1]
        return best_after[1] if best_after is not None else None
