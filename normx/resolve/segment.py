"""A piece of a span with its linking decision, and the tests a decision is judged by.

Pure data and pure functions: the linker (:mod:`normx.resolve.linker`), the sub-span search
(:mod:`normx.resolve.subspans`) and the mention builder (:mod:`normx.resolve.pipeline`) all
read segments and ask the same questions of a candidate (does it explain every word of the
query? is it only a given name?), so those answers live in one place.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from normx.detect.lexicon import function_words
from normx.match.candidate import LATIN_LIKENESS_METHODS, LIKENESS_METHODS, Candidate
from normx.resolve.titled_person import titled_extra
from normx.text.latin import fold

MIN_SCORE_SHOWN = 0.5  # candidates fetched below the threshold, to measure the margin
CLEAN_QUERY_COVERAGE = 0.9  # below this a match leaves a word of the span unexplained
# match methods that say "spelled alike", not "spelled as": too weak to overrule a title
LOOSE_METHODS = LATIN_LIKENESS_METHODS
# evidence keys of a link the document made (an antecedent, a declared name, a family
# member, an alias or nickname it gave) rather than a spelling: rules that undo spelled links
# leave such links standing
DOCUMENT_LINK_KEYS = ("antecedent", "declared_as", "alias_of", "nickname", "family_of")
# extra key of a lone demonym linked to its people ("Tebu": normx.resolve.peoples)
PEOPLE = "_people"
_NEW_DICT: Any = object()  # Seg's extra left out: a new empty dict
_new_seg = object.__new__


@dataclass(frozen=True, slots=True, init=False)
class Seg:
    """A piece of a span with its decision; ``partial`` marks one-word or partial evidence.

    Frozen, with a hand-written ``__init__`` that fills the slots through their descriptors:
    a frozen dataclass's generated one sets each field with ``object.__setattr__`` by name,
    twice as slow, and the pipeline makes a segment per span of every document (a cached span
    too: :meth:`shifted`). ``extra`` defaults to a new dict, as ``default_factory`` would.
    """

    first: int  # token index, inclusive
    last: int
    cand: Candidate | None
    partial: bool
    ambiguous: tuple[Candidate, ...] = ()
    context: tuple[str, ...] = ()
    phrase: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
    generic: bool = False  # "The Chamber": linked only to a body just named (generic.py)
    # an unknown name that holds a linked place or body ("Libya Al-Ahrar"): its pieces if cut
    parts: tuple[Seg, ...] = ()

    def __init__(
        self,
        first: int,
        last: int,
        cand: Candidate | None,
        partial: bool,
        ambiguous: tuple[Candidate, ...] = (),
        context: tuple[str, ...] = (),
        phrase: bool = False,
        extra: dict[str, Any] = _NEW_DICT,
        generic: bool = False,
        parts: tuple[Seg, ...] = (),
    ) -> None:
        _set_first(self, first)
        _set_last(self, last)
        _set_cand(self, cand)
        _set_partial(self, partial)
        _set_ambiguous(self, ambiguous)
        _set_context(self, context)
        _set_phrase(self, phrase)
        _set_extra(self, {} if extra is _NEW_DICT else extra)
        _set_generic(self, generic)
        _set_parts(self, parts)

    def shifted(self, by: int) -> Seg:
        """The same decision ``by`` tokens further on (a cached span met in another place)."""
        seg = _new_seg(Seg)  # every field set below, as __init__ would
        _set_first(seg, self.first + by)
        _set_last(seg, self.last + by)
        _set_cand(seg, self.cand)
        _set_partial(seg, self.partial)
        _set_ambiguous(seg, self.ambiguous)
        _set_context(seg, self.context)
        _set_phrase(seg, self.phrase)
        _set_extra(seg, self.extra)
        _set_generic(seg, self.generic)
        parts = self.parts
        _set_parts(seg, tuple([p.shifted(by) for p in parts]) if parts else ())
        return seg


(
    _set_first,
    _set_last,
    _set_cand,
    _set_partial,
    _set_ambiguous,
    _set_context,
    _set_phrase,
    _set_extra,
    _set_generic,
    _set_parts,
) = (getattr(Seg, f.name).__set__ for f in fields(Seg))


def with_context(seg: Seg, context: tuple[str, ...]) -> Seg:
    """*seg* with the context words (titles, demonyms) stripped before it."""
    if not context:
        return seg
    return Seg(
        seg.first,
        seg.last,
        seg.cand,
        seg.partial,
        seg.ambiguous,
        context,
        seg.phrase,
        seg.extra,
        seg.generic,
        seg.parts,
    )


def relinked(seg: Seg, cand: Candidate | None, ambiguous: tuple[Candidate, ...]) -> Seg:
    """*seg* with another decision: the link *cand* (None: unlinked) and the *ambiguous*
    candidates a reader may still be shown. The passes that overrule the linker on the
    segments before coreference (the frame's own body, a coordinated name's order, "the
    Kingdom") keep everything else the linker found: context, pieces, the generic mark."""
    return Seg(
        seg.first,
        seg.last,
        cand,
        seg.partial,
        ambiguous,
        seg.context,
        seg.phrase,
        seg.extra,
        seg.generic,
        seg.parts,
    )


def linked_evidence(evidence: dict[str, Any], added: dict[str, Any]) -> dict[str, Any]:
    """The evidence of a segment a pass after coreference has linked: *evidence* with the
    pass's own keys *added* (what it read, the name it matched), and without the tied
    ``candidates`` coreference listed, which the link has settled."""
    out = {**evidence, **added}
    out.pop("candidates", None)
    return out


def sole_linked(segs: Sequence[Seg], keep: Callable[[Seg, Candidate], bool]) -> Candidate | None:
    """The one entity a segment of *segs* links to that *keep* accepts for that segment (None:
    none, or several). A word the document uses for a body or state named before ("the
    Awqaf", "the Kingdom") means it only when the document links no second one that fits."""
    found: dict[str, Candidate] = {}
    for seg in segs:
        c = seg.cand
        if c is not None and c.id not in found and keep(seg, c):
            found[c.id] = c
    return next(iter(found.values())) if len(found) == 1 else None


def match_pairs(cand: Candidate) -> tuple[Sequence[Any], Sequence[Any], Sequence[Any]] | None:
    """A spelling match's word pairs, query words and name words (``pairs``, ``query_tokens``,
    ``matched_tokens`` of its explanation), or None when it lists none of one of them (a gloss
    match, an exact trie hit): the rules that count paired and unpaired words read them here."""
    ex = cand.explain
    pairs, q_tokens, n_tokens = ex.get("pairs"), ex.get("query_tokens"), ex.get("matched_tokens")
    if pairs and q_tokens and n_tokens:
        return pairs, q_tokens, n_tokens
    return None


def coverage(cand: Candidate) -> tuple[float, float]:
    """How much of the query and of the gazetteer name the match explains (1.0 if unknown).

    For the spelling matcher, the share of words that found a partner (a fuzzy partner explains
    a word as well as an exact one; the score says how close); the gloss matcher reports its
    coverages under ``score components``; an exact trie hit has neither.
    """
    paired = match_pairs(cand)
    if paired is not None:  # words paired, however closely: "Aguila" ~ "Aqilah"
        pairs, q_tokens, n_tokens = paired
        return len(pairs) / len(q_tokens), len(pairs) / len(n_tokens)
    ex = cand.explain
    inner = ex.get("score components")
    src = inner if isinstance(inner, dict) else ex
    return float(src.get("query_coverage", 1.0)), float(src.get("name_coverage", 1.0))


# the share of a name's words (and, for :func:`spelled_whole`, of the query's) a match must
# explain to say the name whole (1.0 but for rounding): read by every rule that asks whether a
# match says a name whole (decision, one_name, fused_names, head_complement, gloss_place and a
# dozen more; one value, written fourteen times before sessions 30 and 32)
WHOLE_COVERAGE = 0.99


def spelled_whole(cand: Candidate | None) -> bool:
    """A spelling match that pairs every word of the query and every word of the name, the
    query's articles machine translation writes after "of" / "for" / "and" left out
    (:func:`calque_articles`: "Organization of the Islamic Cooperation" for Organisation of
    Islamic Cooperation) and an "and" the name writes "&" (:func:`ampersand_ands`: "Libya
    Telecom and Technology"). :func:`is_clean` counts those words as left over, and is kept
    as it is for the cuts of a span (a piece that leaves "of Libya" out of "Supreme Council of
    the Tawarek of Libya" is no cleaner for its "the"); this is asked of a whole span's match
    only. A gloss match lists no pairs: its coverage counts the English words it glossed, not
    words paired one by one, so it never spells a name whole here."""
    if cand is None:
        return False
    paired = match_pairs(cand)
    if paired is None:
        return False
    pairs, q_tokens, n_tokens = paired
    said = len(q_tokens) - calque_articles(q_tokens, pairs) - ampersand_ands(cand, pairs)
    return (
        said > 0
        and len(pairs) / said >= WHOLE_COVERAGE
        and len(pairs) / len(n_tokens) >= WHOLE_COVERAGE
    )


# connectors.yaml, function_word_sets: calque_article (the article itself) and joins (the
# words after which translation writes it: "of the", "for the", "and the")
CALQUE_ARTICLE = function_words("calque_article")
CALQUE_BEFORE = function_words("joins")


def calque_articles(q_tokens: Sequence[Any], pairs: Sequence[Any]) -> int:
    """How many of a spelling match's query words are an unpaired article right after "of",
    "for" or "and": the ال of the Arabic name's next word, written out by machine translation
    ("Organization of the Islamic Cooperation"), which an English name omits ("Organisation of
    Islamic Cooperation"). A paired "the" is explained already; the count leaves as many out."""
    forms = [str(t.get("form", "")) if isinstance(t, dict) else "" for t in q_tokens]
    found = sum(
        1
        for k in range(1, len(forms))
        if forms[k] in CALQUE_ARTICLE and forms[k - 1] in CALQUE_BEFORE
    )
    if not found:
        return 0
    paired = sum(1 for p in pairs if str(p.get("query", "")) in CALQUE_ARTICLE)
    return max(0, found - paired)


# connectors.yaml, function_word_sets: ampersand (the words "&" is read as)
AMPERSAND_WORDS = function_words("ampersand")


def ampersand_ands(cand: Candidate, pairs: Sequence[Any]) -> int:
    """How many unpaired "and"s of a spelling match's query the matched name writes as "&"
    ("Libya Telecom and Technology" for Libya Telecom & Technology): the sign is the word, but
    the name's tokens drop it, so the query's "and" finds no partner. At most as many as the
    name has "&"."""
    signs = cand.matched.count("&")
    if not signs:
        return 0
    q_tokens = cand.explain.get("query_tokens") or ()
    ands = sum(1 for t in q_tokens if isinstance(t, dict) and t.get("form") in AMPERSAND_WORDS)
    paired = sum(1 for p in pairs if str(p.get("query", "")) in AMPERSAND_WORDS)
    return max(0, min(signs, ands - paired))


def matched_words(cand: Candidate) -> Counter[str]:
    """The query words the match paired (folded), as many times as paired; empty if unknown.

    The spelling matcher lists its pairs, the gloss matcher the English words it glossed into
    the name; an exact trie hit lists none.
    """
    ex = cand.explain
    out = Counter[str]()
    for pair in ex.get("pairs") or ():
        out[fold(str(pair.get("query", "")))] += 1
    for word in ex.get("matched_words") or ():
        said = fold(str(word.get("english", "")))
        out[said] += 1
        if " " in said:  # "human rights": each word of the span it glossed is paired too
            out.update(said.split())
    return out


def is_clean(cand: Candidate | None) -> bool:
    """A match that explains (nearly) every word of the query: no stray word left over."""
    return cand is not None and coverage(cand)[0] >= CLEAN_QUERY_COVERAGE


def clean_joined(cand: Candidate) -> bool:
    """:func:`is_clean` for a match that joined two words into one name part ("Green Stream"
    for Greenstream): the joined pair explains two of the query's words, not one."""
    ex = cand.explain
    pairs, q_tokens = ex.get("pairs") or (), ex.get("query_tokens") or ()
    joined = sum(1 for p in pairs if p.get("how") == "joined")
    if not joined or not q_tokens:
        return is_clean(cand)
    return (len(pairs) + joined) / len(q_tokens) >= CLEAN_QUERY_COVERAGE


def lookalike_place_word(seg: Seg, cand: Candidate, evidence: dict[str, Any]) -> bool:
    """*seg* is one word linked to a place by its likeness alone, no document rule behind the
    link: the link the word before it (a lower-case body head, a French article) may still
    overturn (:mod:`normx.resolve.body_head_word`, :mod:`normx.resolve.french_article_word`)."""
    return (
        cand.type == "LOC"
        and cand.method in LIKENESS_METHODS
        and seg.first == seg.last
        and not any(k in evidence for k in DOCUMENT_LINK_KEYS)
    )


def given_name_only(cand: Candidate) -> bool:
    """One word that matched only the first word of a longer person name (a given name)."""
    if cand.type != "PER":
        return False
    tokens = cand.explain.get("matched_tokens") or []
    pairs = cand.explain.get("pairs") or []
    if len(tokens) < 2 or len(pairs) != 1:
        return False
    return pairs[0].get("name") == tokens[0].get("form")


def as_person(seg: Seg) -> Seg:
    """*seg* as a mention a title calls a person ("deputy Jumaa Al-Gharbawi").

    A title says PER more surely than a loose spelling likeness says place or body: a place or
    body reached only phonetically or fuzzily is no link (an exact name still is: "Minister
    Tripoli" is rare, but a gazetteer name spelled out is evidence of its own).
    """
    cand = seg.cand
    if cand is None or cand.type == "PER" or cand.method not in LOOSE_METHODS:
        return seg
    extra = titled_extra(seg.extra)  # its antecedent is a person (titled_person.py)
    return Seg(seg.first, seg.last, None, seg.partial, (), seg.context, seg.phrase, extra)


Resolved = tuple[Seg, Candidate | None, dict[str, Any]]
"""A segment with its final candidate and evidence, as the mention builder's passes hand on."""
