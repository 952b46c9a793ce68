"""Word tokens with character offsets: the one tokenisation every detection step shares.

The text is read once. Each token is a run of letters and digits; apostrophes inside a word
stay in it (Mu'ammar), except after a French or Italian elision before a capital
("qu'Oussama" is "qu" and "Oussama"); a trailing possessive ("Haftar’s", "Haftar's") is split
off and marked so that it is never part of a name; and hyphen-joined parts (Al-Wefaq) become
separate tokens that remember the hyphen, because the particle table treats "a-" or "ash-" as
the article only when hyphen-joined. Offsets are Python ``str`` indices into the original text.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import NamedTuple

from normx.text.latin import APOSTROPHES, HYPHENS, fold
from normx.text.resources import word_list

# A French or Italian elision before a capital ("qu'Oussama", "d'Abdelhamid", "l'ONU") is a
# word of its own, so the name after the apostrophe is found whole. The article opens French
# sentences in capitals too ("L'Union générale des travailleurs libyens ...", "L'Autorité de
# contrôle administratif ...": AFP copy, session 26); only "L" so: "D'Alema", "O'Brien" are names.
_ELISION = (
    r"(?<![^\W_])(?:qu|jusqu|lorsqu|puisqu|[ldjsnmtc]|L)(?=["
    + re.escape(APOSTROPHES)
    + r"][A-ZÀ-ÖØ-Þ])"
)
_WORD_RE = re.compile(
    _ELISION + r"|[^\W_]+(?:[" + re.escape(APOSTROPHES) + r"][^\W_]+)*", re.UNICODE
)
# each word with the gap before it (since the previous word): the same words as _WORD_RE,
# which always matches at the first letter or digit after a gap
_GAP_WORD_RE = re.compile(r"([\W_]*)(" + _WORD_RE.pattern + ")", re.UNICODE)
# the same without the elision, for a text where none can occur (no apostrophe before a
# capital: most news), so that the engine does not try the elision at every word
_PLAIN_WORD = r"[^\W_]+(?:[" + re.escape(APOSTROPHES) + r"][^\W_]+)*"
_GAP_PLAIN_WORD_RE = re.compile(r"([\W_]*)(" + _PLAIN_WORD + ")", re.UNICODE)
_ELISION_CUE = re.compile("[" + re.escape(APOSTROPHES) + "][A-ZÀ-ÖØ-Þ]")
_SENTENCE_END = frozenset(".!?…:;\n")
_OPENERS = frozenset("\"'“‘«([{*-–—•")


class Token(NamedTuple):
    """One word of the text.

    ``form`` is the folded spelling (:func:`normx.text.latin.fold`); ``cap`` says the word starts
    with an upper-case letter (or is all digits-and-capitals such as "5+5" parts, "UN");
    ``hyphen_before`` that it is joined to the previous token by a hyphen; ``sent_start`` that
    it opens a sentence (after . ! ? : ; a line break, or the start of the text, skipping
    quotes and brackets), where capitals say nothing about names; ``possessive`` that a
    possessive ending ('s) was split off after it; ``joined`` that only spaces (no line break)
    or a hyphen separate it from the previous token, so the two may belong to one name.
    A named tuple, not a dataclass: a long document has hundreds of thousands of tokens.
    """

    start: int
    end: int
    text: str
    form: str
    cap: bool
    hyphen_before: bool
    sent_start: bool
    possessive: bool
    joined: bool = False


def _is_capitalised(word: str) -> bool:
    first = word[0]
    return first.isupper() or (first.isdigit() and any(c.isupper() for c in word))


_FOLD_CACHE: dict[str, str] = {}
_FOLD_CACHE_MAX = 500_000


def _fold(word: str) -> str:
    form = _FOLD_CACHE.get(word)
    if form is None:
        form = fold(word)
        if len(_FOLD_CACHE) < _FOLD_CACHE_MAX:
            _FOLD_CACHE[word] = form
    return form


fold_word = _fold
"""``fold(word)`` for one word of running text, cached (news repeats its words)."""


def line_before(text: str, start: int, window: int) -> str:
    """The text of *start*'s line before it, at most *window* characters: what the words
    written right before a mention say about it (a kin noun, a title), never the line above."""
    return text[max(0, start - window) : start].rsplit("\n", 1)[-1]


def word_before(text: str, start: int, window: int = 40, *, period: bool = False) -> str | None:
    r"""The word written right before offset *start*, if only spaces or tabs separate them.

    The letters (no digits) directly before the blanks that end at *start*, looked for no
    further back than *window* characters: what ``re.compile(r"([^\W\d_]+)[ \t]+$")
    .search(text, max(0, start - window), start)`` finds as its group, including that
    ``$`` also matches before a line break ending the window. Read backwards from *start*,
    so it costs a few character tests instead of a regex attempt at every offset of the
    window (the sparse tokens hold no lower-case word, so "deputy" before a name is read
    from the text). With *period*, the word may end in a period before the blanks, which it
    leaves out (``([^\W\d_]+)\.?[ \t]+$``): an abbreviation, "Dr. Faisal"
    (:mod:`normx.resolve.honorific`).
    """
    low = max(0, start - window)
    end = start
    if end > low and text[end - 1] == "\n":
        end -= 1
    blank = end
    while blank > low and text[blank - 1] in " \t":
        blank -= 1
    if blank == end:
        return None
    stop = blank
    if period and stop > low and text[stop - 1] == ".":
        stop -= 1
    first = stop
    while first > low and text[first - 1].isalnum() and not text[first - 1].isdecimal():
        first -= 1
    return text[first:stop] if first < stop else None


_LOWER_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)\b")


def lower_word_after(text: str, end: int) -> str | None:
    """The lower-case word written right after offset *end* on the same line ("the Jufra
    district", "the Ain Zara prison"), or None when a capital, a digit or punctuation comes
    first: the noun a translation puts after a name to say what kind of thing it is. The
    counterpart of :func:`word_before`; one pattern for every rule that reads that noun."""
    m = _LOWER_WORD_AFTER.match(text, end)
    return m.group(1) if m is not None else None


@dataclass(frozen=True, slots=True)
class KeepWords:
    """The lower-case words a sparse tokenisation keeps (folded, lower case).

    ``heads`` are kept with the word before them (the modifier of "reconciliation
    government"); ``particles`` always (al-, bin); ``hyphen_particles`` only when a hyphen
    follows ("ash-Shwayrif", never the English "as"); ``bridges`` (of, the, and) only right
    after a kept capitalised word or another bridge, where they may sit inside a name.
    ``any`` is their union (made once: the tokeniser asks it of every lower-case word);
    ``classes`` remembers, per word met, which of the tokeniser's paths it takes
    (:func:`_word_class`), a cache that grows with the vocabulary up to a bound.
    """

    heads: frozenset[str]
    particles: frozenset[str]
    hyphen_particles: frozenset[str]
    bridges: frozenset[str]
    any: frozenset[str] = field(init=False, repr=False, compare=False)
    classes: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        union = self.heads | self.particles | self.hyphen_particles | self.bridges
        object.__setattr__(self, "any", union)
        object.__setattr__(self, "classes", {})


# What the sparse tokeniser does with a word (KeepWords.classes): skip it (a lower-case word
# no keep list holds), keep it (capitalised, a digit, ...), test it against the keep lists'
# conditions, or, for a bridge that is nothing else (of, the, and), test it only after a kept
# word (elsewhere it is skipped at once: most bridges stand far from any name).
_SKIP, _KEEP, _LISTED, _BRIDGE = 0, 1, 2, 3
_CLASSES_MAX = 200_000


def _word_class(word: str, keep: KeepWords) -> int:
    first = word[0]
    if not (first in _ASCII_LOWER or not (first.isupper() or first.isdigit())):
        cls = _KEEP
    elif word not in keep.any:
        cls = _SKIP
    elif word in keep.bridges and not (
        word in keep.heads or word in keep.particles or word in keep.hyphen_particles
    ):
        cls = _BRIDGE
    else:
        cls = _LISTED
    if len(keep.classes) < _CLASSES_MAX:
        keep.classes[word] = cls
    return cls


_new_token = tuple.__new__  # Token(...) through its Python-level __new__ costs twice as much
_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
_SPACE = " \t\u00a0"
_SKIP_BACK = _SPACE + "".join(_OPENERS)


_WordInfo = tuple[str, str, bool, bool]  # text without 's, folded form, capitalised, possessive
_WORD_INFO: dict[str, _WordInfo] = {}
_WORD_INFO_MAX = 200_000


def _word_info(word: str) -> _WordInfo:
    """What a kept word's token says of the word alone: its text without a possessive ending,
    folded form, capital and possessive flags (remembered: news repeats its words, so a token
    costs one look-up instead of a fold and three tests)."""
    first = word[0]
    cap = first.isupper() or (first.isdigit() and _is_capitalised(word))
    possessive = len(word) > 2 and word[-1] in "sS" and word[-2] in APOSTROPHES
    said = word[:-2] if possessive else word
    info = (said, _fold(said), cap, possessive)
    if len(_WORD_INFO) < _WORD_INFO_MAX:
        _WORD_INFO[word] = info
    return info


# The compiled word loop (normx/_kernels.c), unless it is not built (or an older build lacks
# it) or NORMX_PURE_PYTHON is set; then _tokenize_python runs.
_C_TOKENIZE: Callable[..., list[Token]] | None = None
if os.environ.get("NORMX_PURE_PYTHON", "") in ("", "0"):
    try:
        from normx import _kernels

        _C_TOKENIZE = getattr(_kernels, "tokenize_words", None)
    except ImportError:
        pass
# the character sets the kernel reads: apostrophes, hyphens, blanks, what a sentence start
# skips back over, sentence ends, and the quotes before a plural possessive (_plural_possessive)
_C_SETS = (APOSTROPHES, HYPHENS, _SPACE, _SKIP_BACK, "".join(sorted(_SENTENCE_END)), '‘“"')
# the kernel holds each set in a fixed array (TK_SET_MAX in _kernels.c): a set grown past it
# (data edited) runs the Python loop instead of failing every call
_C_SET_MAX = 32
if any(len(chars) > _C_SET_MAX for chars in _C_SETS):
    _C_TOKENIZE = None


def tokenize(text: str, keep: KeepWords | None = None) -> list[Token]:
    """Split *text* into :class:`Token` objects, in order.

    Without *keep* every word is a token. With *keep* only the words detection can use
    become tokens (the hot path: most words of news text are lower-case and never part of a
    name; skipping one costs a dict look-up): capitalised words and the lower-case words
    :class:`KeepWords` describes. ``joined`` and ``sent_start`` still describe the real
    neighbours in the text: a skipped word between two tokens means they are not joined.

    The word loop runs in the compiled kernel (``normx._kernels.tokenize_words``) when it is
    built and ``NORMX_PURE_PYTHON`` is not set: it ran once per word of every document, ~11%
    of a cached ``canonicalize`` pass in Python. :func:`_tokenize_python` is the reference the
    kernel mirrors (tests/detect/test_tokenize_kernel.py checks both agree on any text); the
    kernel calls back into it for the rare paths (:func:`_word_class`, :func:`_word_info`,
    :func:`_listed_kept`).
    """
    if _C_TOKENIZE is None:
        return _tokenize_python(text, keep)
    classes = keep.classes if keep is not None else None
    return _C_TOKENIZE(
        text, classes, keep, _word_class, _WORD_INFO, _word_info, _listed_kept, Token, _C_SETS
    )


def _tokenize_python(text: str, keep: KeepWords | None = None) -> list[Token]:
    """:func:`tokenize` in Python: the reference of the compiled loop, and the path without it.

    The regex hands over each word with the gap before it (:data:`_GAP_WORD_RE`, a list made
    in C), so the offsets are sums of lengths and the gap, which says whether a word is
    joined to the word before it, is there without slicing the text.
    """
    tokens: list[Token] = []
    append = tokens.append
    classes = keep.classes if keep is not None else None
    prev_word = ""  # the previous word of the text (kept or not); "" before the first
    prev_kept = False
    space = _SPACE
    info_of = _WORD_INFO.get
    end = 0
    words = _GAP_WORD_RE if _ELISION_CUE.search(text) is not None else _GAP_PLAIN_WORD_RE
    for gap, word in words.findall(text):
        start = end + len(gap)
        end = start + len(word)
        if classes is None:
            cls = _KEEP
        else:
            cls = classes.get(word)
            if cls is None:
                assert keep is not None
                cls = _word_class(word, keep)
        if cls != _KEEP:
            if cls == _SKIP or (cls == _BRIDGE and not prev_kept):
                prev_word, prev_kept = word, False
                continue
            assert keep is not None
            kept = _listed_kept(text, tokens, keep, word, start, end, gap, prev_word, prev_kept)
            if not kept:
                prev_word, prev_kept = word, False
                continue
            if kept == _KEPT_AFTER_MODIFIER:
                prev_kept = True
        if not prev_word:  # the first word of the text
            hyphen = adjacent = False
            sent_start = _sentence_start(text, start, _SKIP_BACK)
        elif gap == " ":
            hyphen = sent_start = False
            adjacent = True
        else:
            hyphen = gap != "" and not gap.strip(HYPHENS)
            adjacent = hyphen or (gap != "" and not gap.strip(space))
            if not adjacent and gap[:1] in APOSTROPHES and gap[1:] == " ":
                adjacent = _plural_possessive(text, start - len(gap), prev_word, word)
            if adjacent:
                sent_start = False
            else:
                # _sentence_start read from the gap: the last character before the word that
                # is no space, quote or bracket is in the gap, or it is the previous word's
                # last letter (no sentence end)
                rest = gap.rstrip(_SKIP_BACK)
                sent_start = rest != "" and rest[-1] in _SENTENCE_END
        said, form, cap, possessive = info_of(word) or _word_info(word)
        token = (
            start,
            end - 2 if possessive else end,
            said,
            form,
            cap,
            hyphen,
            sent_start,
            possessive,
            adjacent and prev_kept,
        )
        append(_new_token(Token, token))
        prev_word, prev_kept = word, True
    return tokens


# what _listed_kept says of a lower-case word a keep list holds
_NOT_KEPT, _KEPT, _KEPT_AFTER_MODIFIER = 0, 1, 2


# A French name enumerates its complements after a comma ("Union tunisienne de l'industrie, du
# commerce et de l'artisanat"): a French connector right after ", " and a lower-case bridge
# word (a French name's word) is kept, not joined, for normx.detect.french_names._listed to
# read; English bridges (of, the, and) never open a complement so.
_LIST_GAP = ", "
# connectors.yaml, function_word_sets: french_list (read here through the shared loader, as
# normx.detect.lexicon imports this module)
_LIST_OPENERS = frozenset(
    word_list("normx.detect", "connectors.yaml", "function_word_sets", "french_list")
)


def _listed_kept(
    text: str,
    tokens: list[Token],
    keep: KeepWords,
    word: str,
    start: int,
    end: int,
    gap: str,
    prev_word: str,
    prev_kept: bool,
) -> int:
    """Whether a lower-case word of the keep lists becomes a token (a head noun, a particle,
    a hyphen particle before its hyphen, a bridge right after a kept word), and for a head
    noun whose modifier was skipped a moment ago, the modifier's token appended to *tokens*
    first (:data:`_KEPT_AFTER_MODIFIER`: the word's token is then joined to it). Shared by
    both tokenisers: the compiled loop calls it for these words (a few per sentence)."""
    # cheapest tests first: most kept-list words met are bridges (the, of, and) far
    # from any name, which need a kept word right before them
    space = _SPACE
    is_head = word in keep.heads
    if not (
        is_head
        or word in keep.particles
        or (end < len(text) and text[end] in HYPHENS and word in keep.hyphen_particles)
        or (
            prev_kept
            and word in keep.bridges
            and (tokens[-1].cap or tokens[-1].form in keep.bridges)
            and _adjacent_gap(gap, space)
        )
        or (
            prev_kept
            and gap == _LIST_GAP
            and word in _LIST_OPENERS
            and not tokens[-1].cap
            and tokens[-1].form in keep.bridges
        )
    ):
        return _NOT_KEPT
    if is_head and not prev_kept and prev_word and _adjacent_gap(gap, space):
        # the modifier of "reconciliation government", skipped a moment ago
        prev_end = start - len(gap)
        prev_start = prev_end - len(prev_word)
        before = tokens[-1].end if tokens else -1
        pj = before >= 0 and _adjacent(text, before, prev_start, space)
        ps = _sentence_start(text, prev_start, _SKIP_BACK)
        token = (prev_start, prev_end, prev_word, _fold(prev_word), False, False, ps, False, pj)
        tokens.append(_new_token(Token, token))
        return _KEPT_AFTER_MODIFIER
    return _KEPT


def _plural_possessive(text: str, end: int, prev_word: str, word: str) -> bool:
    """A plural possessive inside a name: "Martyrs' Square", "Workers' Party" (the apostrophe
    after an s ending at *end*, a capitalised word next). A quote opened before the word
    closes there instead ("the 'Martyrs' Square"), and a lower-case word next is no name."""
    if not (prev_word[-1:] in "sS" and word[:1].isupper()):
        return False
    begin = end - len(prev_word)
    return begin == 0 or text[begin - 1] not in APOSTROPHES + '‘“"'


def _adjacent_gap(gap: str, space: str) -> bool:
    """Only spaces, or only hyphens, stand between two words (:func:`_adjacent`)."""
    return gap == " " or (gap != "" and (not gap.strip(space) or not gap.strip(HYPHENS)))


def _adjacent(text: str, prev_end: int, start: int, space: str) -> bool:
    if prev_end < 0:
        return False
    gap = text[prev_end:start]
    return gap == " " or (gap != "" and (not gap.strip(space) or not gap.strip(HYPHENS)))


def _sentence_start(text: str, start: int, skip_back: str) -> bool:
    i = start - 1
    while i >= 0 and text[i] in skip_back:
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


_LOWER_RE = re.compile(r"(?<![^\W_])[a-z]+(?![^\W_])")


class LowerWords(AbstractSet[str]):
    """The (ASCII) words a text writes in lower case, asked one word at a time.

    Detection asks this of a few sentence-initial words per document, so nothing is scanned
    up front: ``word in words`` looks for *word* in the text (``str.find``, in C) standing
    alone, that is with no letter or digit on either side, which is exactly when the
    whole-text regex :data:`_LOWER_RE` would have found it. Answers are remembered; iterating
    or sizing the set scans the text once.
    """

    __slots__ = ("_all", "_known", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._known: dict[str, bool] = {}
        self._all: frozenset[str] | None = None

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        hit = self._known.get(word)
        if hit is None:
            hit = self._known[word] = _stands_alone(self._text, word)
        return hit

    def _words(self) -> frozenset[str]:
        if self._all is None:
            self._all = frozenset(_LOWER_RE.findall(self._text))
        return self._all

    def __iter__(self) -> Iterator[str]:
        return iter(self._words())

    def __len__(self) -> int:
        return len(self._words())


def _stands_alone(text: str, word: str) -> bool:
    """*word* (ASCII lower-case letters) occurs in *text* with no letter or digit around it."""
    if not word or not (word.isascii() and word.isalpha() and word.islower()):
        return False
    size = len(word)
    at = text.find(word)
    while at >= 0:
        end = at + size
        if (at == 0 or not text[at - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            return True
        at = text.find(word, at + 1)
    return False


def lowercase_words(text: str) -> LowerWords:
    """The (ASCII) words *text* writes in lower case: evidence that a word is a common word.

    A lazy set (:class:`LowerWords`): membership costs a search of the text, and only the
    words asked about are searched for.
    """
    return LowerWords(text)
