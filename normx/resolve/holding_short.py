"""A holding company said short: "the Holding Company for the Communications", "the Holding".

Arabic news calls a state holding company by its kind and its field ("الشركة القابضة
للاتصالات", the Holding Company for Communications, for the Libyan Post, Telecommunications
and Information Technology Company) and then by its kind alone ("القابضة", the Holding), while
its own name, the one gazetteers hold, need not say "Holding" at all. No match reaches the short
form (the kind word is no word of the name, and its field is one word of several), so it went
unread every time (articles-v43: twelve mentions of one company). The document says whose it
is: it names the company in full too. An unlinked mention that holds a short-form kind word
(``kind_words.yaml``: ``short_form``) is the one body the document links whose own words, as
the document wrote them, hold every other word of the mention, those that are no bare head
noun inside the name's coordinated complement ("Communications" of "Company for the Post and
the Communications and the Information Technology": the holding named by one of its fields);
or, said with its kind word ("the Holding", "the Holding Company"), the one body the document
already called by those very words. Two bodies that fit: no link. A company whose one
complement is that field ("Libyan International Company for the Communications") is not
taken: articles-v50 names it beside the holding, and without the coordination test the short
form went to it (six wrong links on v50, found when measured).

The short form says a name made of kind and fields: only a body named so is taken by its field.
A body whose Arabic name opens with a word of its own (ليبيا للاتصالات والتقنية, Libya Telecom &
Technology, a subsidiary; ليبيانا), or with its kind word bare before one (شركة الصحراء, the
Company of the Sahara), is called by that word, never "the Holding"; only a name opening with
the kind word and its article (الشركة الليبية ..., ``kind_words.yaml``: ``short_form_arabic``)
is. Without it, articles-v50's "Company of Libya for the Communications and the Technology"
took three short forms of a holding the article never names in full (session 30, h-holding).
A body with no Arabic name is not judged. A body the document already called by the short
form's very words ("Limak Holding", then "the Holding") needs no such test.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from functools import cache, lru_cache

from normx.detect.lexicon import complement_joins, function_words, lexicon
from normx.resolve.document import Mention, borrowed_mention
from normx.text.arabic import normalize_arabic
from normx.text.latin import APOSTROPHES, fold
from normx.text.resources import word_list

METHOD = "coref"
GLUE = function_words("run")  # connectors.yaml, function_word_sets: run
COORDINATING = lexicon().coordinating  # connectors.yaml: and
JOINS = complement_joins()  # connectors.yaml, function_word_sets: joins less COORDINATING
_WORD = re.compile(r"[\w’'-]+")
WORDS_MEMO = 4096  # mention and document texts whose words _words remembers


@cache
def short_form_kinds() -> frozenset[str]:
    """The kind words a body's short form says and its name may not (folded)."""
    return frozenset(fold(w) for w in word_list("normx.resolve", "kind_words.yaml", "short_form"))


@cache
def descriptive_openings() -> tuple[str, ...]:
    """The Arabic words (normalised, with the article) a body named by its kind opens with."""
    return tuple(
        normalize_arabic(w)
        for w in word_list("normx.resolve", "kind_words.yaml", "short_form_arabic")
    )


def named_by_kind(arabic: Collection[str]) -> bool:
    """A body with Arabic names *arabic* may be called by a short form of its kind and field:
    one of its names opens with a kind word and its article ("الشركة الليبية ..."), or it has
    none to judge by; a name opening with a word of its own ("ليبيا للاتصالات") or a kind word
    in construct ("شركة الصحراء") is no such name."""
    if not arabic:
        return True
    heads = descriptive_openings()
    return any(normalize_arabic(n).partition(" ")[0] in heads for n in arabic)


@lru_cache(maxsize=WORDS_MEMO)
def _words(text: str) -> frozenset[str]:
    # remembered (session 34): _one_body reads every linked body's words again for every
    # unlinked short form, twice over
    return frozenset(fold(w) for w in _WORD.findall(text)) - GLUE


@cache
def _ascii_folds_by_case() -> bool:
    """:func:`~normx.text.latin.fold` of every ASCII character is its lower case, or nothing
    for an apostrophe: then fold works on ASCII text character by character (NFKC and NFD
    leave ASCII as it is), and an ASCII word folds to its lower case less its apostrophes."""
    return all(fold(c) == ("" if c in APOSTROPHES else c.lower()) for c in map(chr, range(128)))


def _may_say(text: str, kinds: frozenset[str]) -> bool:
    """Whether a word of *text* may fold to one of *kinds*: False only when none can (exact).
    An ASCII document's words fold to their lower case less apostrophes
    (:func:`_ascii_folds_by_case`), so a kind no such word folds to is no part of the
    document's text so lowered: a substring test instead of folding every word of every
    document (~5% of a cached pass; session 34)."""
    if not (text.isascii() and _ascii_folds_by_case()):
        return True
    lowered = text.lower()
    for mark in APOSTROPHES:
        if mark in lowered:
            lowered = lowered.replace(mark, "")
    return any(kind in lowered for kind in kinds)


MIN_TAIL = 6  # letters: a word ending another is that word ("Communications" of "Tele...")


def _said_in(word: str, words: frozenset[str]) -> bool:
    """*word* is one of *words*, or the end of one ("communications" of "telecommunications":
    translation writes الاتصالات either way), so a rival body written the other way counts."""
    return word in words or (len(word) >= MIN_TAIL and any(w.endswith(word) for w in words))


def _conjuncts(text: str) -> frozenset[str]:
    """The words of a body's name that stand in its coordinated complement: after its first
    "for" / "of", when an "and" follows ("Company for | the Post and the Communications and
    the Information Technology"); empty for a name with one complement."""
    words = [fold(w) for w in _WORD.findall(text)]
    join = next((k for k, w in enumerate(words) if w in JOINS), None)
    if join is None or not any(w in COORDINATING for w in words[join + 1 :]):
        return frozenset()
    return frozenset(words[join + 1 :]) - GLUE


def _one_body(
    mentions: Collection[Mention], words: frozenset[str], content: frozenset[str] = frozenset()
) -> Mention | None:
    """The latest linked organisation mention whose words hold *words*, each of *content* in
    the name's coordinated complement (:func:`_conjuncts`), if all such mentions are of one
    entity."""
    found = [
        m
        for m in mentions
        if all(_said_in(w, _words(m.text)) for w in words)
        and all(_said_in(w, _conjuncts(m.text)) for w in content)
    ]
    return found[-1] if found and len({m.id for m in found}) == 1 else None


def short_bodies_linked(
    text: str,
    mentions: tuple[Mention, ...],
    body_heads: Collection[str],
    arabic_names: Callable[[str], Collection[str]],
) -> tuple[Mention, ...]:
    """*mentions* with each unlinked short form of a linked body linked to it (see the module
    docstring); *arabic_names* gives a record's Arabic names, which say whether it is named by
    its kind (:func:`named_by_kind`)."""
    kinds = short_form_kinds()
    if not kinds or not _may_say(text, kinds) or not kinds & _words(text):
        return mentions
    out = list(mentions)
    for _ in range(2):  # "the Holding" after its short form, linked in the first pass
        bodies = [m for m in out if m.id is not None and m.type == "ORG"]
        changed = False
        for k, m in enumerate(out):
            if m.id is not None:
                continue
            words = _words(m.text)
            if not words & kinds:
                continue
            body = _one_body(bodies, words)
            rest = words - kinds
            if body is None and rest - frozenset(body_heads):
                by_kind = [
                    b for b in bodies if b.id is not None and named_by_kind(arabic_names(b.id))
                ]
                body = _one_body(by_kind, rest, content=rest - frozenset(body_heads))
            if body is None:
                continue
            evidence = {"matched": body.evidence.get("matched"), "antecedent": body.text}
            out[k] = borrowed_mention(text, m.start, m.end, body, METHOD, evidence)
            changed = True
        if not changed:
            break
    return tuple(out)
