"""The result of canonicalizing one document: mentions, entities, rewritten text, consistency.

A :class:`Mention` is a span of the original text (Python ``str`` offsets, ``text[start:end]``
equals ``mention.text``) with the entity it links to, or ``id=None`` for a proper name the
gazetteers lack. Mentions never overlap and are sorted by position. ``to_dict`` is the JSON
contract of ``normx canonicalize --format jsonl``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from normx.mt.bt_order import BACKTRANSLATE as BACKTRANSLATE_METHOD
from normx.text.latin import fold, split_words
from normx.text.phonetic import phonetic_key

if TYPE_CHECKING:
    from collections.abc import Iterable

    from normx.match.candidate import Candidate

_NEW_DICT: Any = object()  # a Mention's evidence left out: a new empty dict


@dataclass(frozen=True, slots=True, init=False)
class Mention:
    """One name in the text and what it was resolved to.

    ``method`` says how: the matcher's methods (exact, normalised, phonetic, fuzzy,
    cross-script, gloss), ``coref`` (a partial name resolved to an entity named in the
    document), ``acronym``, ``army`` (a people's army under another military head:
    :mod:`normx.resolve.armies`), or ``none`` when unlinked; ``evidence`` holds the matched
    gazetteer name, the antecedent mention for ``coref``, and the context words (titles) seen
    before the name.
    """

    start: int
    end: int
    text: str
    id: str | None
    canonical: str | None
    type: str | None
    score: float
    method: str
    evidence: dict[str, Any] = field(default_factory=dict, compare=False)

    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        id: str | None,
        canonical: str | None,
        type: str | None,
        score: float,
        method: str,
        evidence: dict[str, Any] = _NEW_DICT,
    ) -> None:
        # filled through the slots' descriptors: a frozen dataclass's generated __init__ sets
        # each field by name through object.__setattr__, twice as slow, and a document makes
        # a mention per name it holds
        _set_start(self, start)
        _set_end(self, end)
        _set_text(self, text)
        _set_id(self, id)
        _set_canonical(self, canonical)
        _set_type(self, type)
        _set_score(self, score)
        _set_method(self, method)
        _set_evidence(self, {} if evidence is _NEW_DICT else evidence)

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "id": self.id,
            "canonical": self.canonical,
            "type": self.type,
            "score": round(self.score, 4),
            "method": self.method,
            "evidence": self.evidence,
        }


(
    _set_start,
    _set_end,
    _set_text,
    _set_id,
    _set_canonical,
    _set_type,
    _set_score,
    _set_method,
    _set_evidence,
) = (getattr(Mention, f.name).__set__ for f in fields(Mention))


def stretched_mention(
    text: str, mention: Mention, end: int, more: dict[str, Any], *, start: int | None = None
) -> Mention:
    """*mention*'s link over ``text[mention.start:end]``: the words up to *end* belong to its
    name ("Wydad" + "Casablanca", "Coupe" + "d'Afrique des nations"); *more* is added to its
    evidence (what was taken in). *start*, when given, opens the span earlier instead (an owner
    or parent said before the name: "U.N." + "Food and Agriculture Organization")."""
    m = mention
    start = m.start if start is None else start
    return Mention(
        start,
        end,
        text[start:end],
        m.id,
        m.canonical,
        m.type,
        m.score,
        m.method,
        {**m.evidence, **more},
    )


def joined_mention(text: str, start: int, end: int, cand: Candidate, of: str, by: str) -> Mention:
    """The mention of ``text[start:end]``, a phrase that joins a linked name with the words
    around it ("the U.N. refugee agency", "the U.N. mission in Libya"), linked to *cand*; its
    evidence names the matched name and, under the key *of*, the entity *by* whose mention
    the phrase took in (the parent body a reader would otherwise have been given)."""
    return linked_mention(text, start, end, cand, {"matched": cand.matched, of: by})


def linked_mention(
    text: str, start: int, end: int, cand: Candidate, evidence: dict[str, Any]
) -> Mention:
    """The mention of ``text[start:end]`` linked to *cand*: one place that copies a candidate's
    fields into a mention, so the output contract's fields stay in one order.

    A candidate found through back-translation brings the Arabic hypothesis that matched into
    the evidence (issue 5: "report method and the hypothesis"); its explanation holds it.
    """
    said = cand.explain.get("hypothesis") if cand.method == BACKTRANSLATE_METHOD else None
    if said is not None and "hypothesis" not in evidence:
        evidence = {**evidence, "hypothesis": said}
    return Mention(
        start,
        end,
        text[start:end],
        cand.id,
        cand.name,
        cand.type,
        cand.score,
        cand.method,
        evidence,
    )


def borrowed_mention(
    text: str, start: int, end: int, source: Mention, method: str, evidence: dict[str, Any]
) -> Mention:
    """The mention of ``text[start:end]`` linked as *source* is (its entity, canonical name, type
    and score), by *method*: a phrase the document ties to an entity it linked elsewhere
    ("the Council of Ministers" to the government, "the Libyan Government" to the eastern one)."""
    return Mention(
        start,
        end,
        text[start:end],
        source.id,
        source.canonical,
        source.type,
        source.score,
        method,
        evidence,
    )


def in_longer(mentions: Iterable[Mention], start: int, end: int, *, linked: bool = False) -> bool:
    """A mention overlapping ``text[start:end]`` runs past either end of it (or, with *linked*,
    any mention there is linked): the phrase is part of a longer name, or holds a name already
    linked, so a document step that reads a phrase whole ("the Council of Ministers", "U.S.
    Embassy in Tripoli") leaves it alone. One test for every such step, so that they agree on
    what "longer" means."""
    return any(
        (linked and x.id is not None) or x.start < start or x.end > end
        for x in mentions
        if x.start < end and x.end > start
    )


def spliced(
    text: str,
    mentions: list[Mention],
    start: int,
    end: int,
    cand: Candidate,
    method: str,
    evidence: dict[str, Any],
) -> list[Mention]:
    """*mentions* (in text order) with every one overlapping ``text[start:end]`` replaced by
    one mention of that phrase linked to *cand* under the rule's own *method*: a phrase a
    document step reads whole ("U.S. Embassy in Tripoli", "the Attorney General's Office")
    takes in the names the linker found inside it, in one place for every such step."""
    joined = Mention(
        start, end, text[start:end], cand.id, cand.name, cand.type, cand.score, method, evidence
    )
    return put_in(mentions, joined)


def put_in(mentions: Iterable[Mention], joined: Mention) -> list[Mention]:
    """*mentions* (in text order) with every one overlapping *joined* replaced by it: the one
    splice of every step that makes a phrase one mention, linked (:func:`spliced`, a borrowed
    link) or not (an unknown mission), so the order and the overlap test are the same for all."""
    kept = [x for x in mentions if not (x.start < joined.end and x.end > joined.start)]
    return sorted([*kept, joined], key=lambda x: x.start)


@dataclass(frozen=True, slots=True)
class EntitySummary:
    """One entity of the document with every surface form used for it, in order of use."""

    id: str
    canonical: str
    type: str
    variants: tuple[str, ...]
    count: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "canonical": self.canonical,
            "type": self.type,
            "variants": list(self.variants),
            "count": self.count,
        }


@dataclass(frozen=True, slots=True)
class Inconsistency:
    """An entity whose name parts were spelled several ways in one document (Mishri/Mashri)."""

    id: str
    canonical: str
    spellings: tuple[tuple[str, ...], ...]  # groups of differing spellings of one name part
    variants: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "canonical": self.canonical,
            "spellings": [list(g) for g in self.spellings],
            "variants": list(self.variants),
        }


def summarize(mentions: tuple[Mention, ...]) -> tuple[EntitySummary, ...]:
    """Entities in order of first mention, with their variants and mention counts."""
    order: list[str] = []
    info: dict[str, tuple[str, str]] = {}
    variants: dict[str, list[str]] = {}
    counts: dict[str, int] = {}
    for m in mentions:
        if m.id is None:
            continue
        if m.id not in info:
            order.append(m.id)
            info[m.id] = (m.canonical or m.id, m.type or "")
            variants[m.id] = []
            counts[m.id] = 0
        counts[m.id] += 1
        if m.text not in variants[m.id]:
            variants[m.id].append(m.text)
    return tuple(
        EntitySummary(i, info[i][0], info[i][1], tuple(variants[i]), counts[i]) for i in order
    )


@lru_cache(maxsize=65_536)
def _keyed_parts(text: str) -> tuple[tuple[str, str], ...]:
    """(phonetic key, part) for the name parts of a variant (cached: variants repeat)."""
    parts = [p for word in split_words(fold(text)) for p in word if len(p) > 2]
    return tuple((phonetic_key(p), p) for p in parts)


def consistency(entities: tuple[EntitySummary, ...]) -> tuple[Inconsistency, ...]:
    """Entities whose variants spell one name part differently (same sound, other letters).

    Name parts are grouped by phonetic key; a key written with two or more different letter
    sequences is a spelling drift (al-Mishri / Al-Mashri), which is what a translation
    reviewer wants to see. Different words (a surname alone, a title) are not drift.
    """
    out: list[Inconsistency] = []
    for ent in entities:
        if len(ent.variants) < 2:
            continue
        by_key: dict[str, list[str]] = {}
        for variant in ent.variants:
            for key, part in _keyed_parts(variant):
                forms = by_key.setdefault(key, [])
                if key and part not in forms:
                    forms.append(part)
        groups = tuple(tuple(forms) for forms in by_key.values() if len(forms) > 1)
        if groups:
            out.append(Inconsistency(ent.id, ent.canonical, groups, ent.variants))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Document:
    """A canonicalized document (see the module docstring)."""

    text: str
    mentions: tuple[Mention, ...]
    rewritten: str
    doc: str | None = None
    entities: tuple[EntitySummary, ...] = ()
    inconsistencies: tuple[Inconsistency, ...] = ()

    @classmethod
    def build(
        cls, text: str, mentions: tuple[Mention, ...], rewritten: str, doc: str | None = None
    ) -> Document:
        entities = summarize(mentions)
        return cls(text, mentions, rewritten, doc, entities, consistency(entities))

    def with_doc(self, doc: str | None) -> Document:
        """The same document under another id (file path or JSONL ``id``)."""
        return Document(
            self.text, self.mentions, self.rewritten, doc, self.entities, self.inconsistencies
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSONL form: doc, mentions, entities, rewritten text, consistency report."""
        return {
            "doc": self.doc,
            "mentions": [m.to_dict() for m in self.mentions],
            "entities": [e.to_dict() for e in self.entities],
            "text": self.rewritten,
            "consistency": [c.to_dict() for c in self.inconsistencies],
        }
