"""Definite generic nouns ("The Chamber said ...") resolved to the body just named.

Arabic news names a body in full once ("غرفة عمليات سرت والجفرة", the Sirte and Jufrah
Operations Room) and then by its head noun alone ("الغرفة", the Room); machine translation
renders that head noun with any of its English glosses ("The Chamber"). Such a mention names no
particular body by its words, so neither the matcher nor the word-overlap coreference
(:mod:`normx.resolve.coref`) can link it. The rule here is general: a capitalised generic noun
after "the" that makes up a whole span, or opens it before an "and" ("the Parliament and the
State Council"), refers to the most recently linked organisation, within :data:`MAX_DISTANCE`
characters before it, whose Arabic name starts with one of the noun's Arabic glosses
(``normx/mt/data/gloss.yaml``: chamber -> غرفة, مجلس). With no such body the noun is no
mention at all, as before. A capitalised person title after "the" that makes up a whole span
("the Marshal") refers likewise to the one person in reach whose mention that title introduced
("Field Marshal Khalifa Hafter").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from functools import cache, partial
from typing import TYPE_CHECKING

from normx.detect.lexicon import detect_data
from normx.resolve.noun_rivals import among_said_rivals
from normx.resolve.own_head import own_word_body
from normx.text.arabic import normalize_arabic
from normx.text.latin import fold
from normx.text.resources import word_list

if TYPE_CHECKING:
    from normx.detect.spans import Span
    from normx.resolve.coref import Antecedent
    from normx.resolve.linker import SpanLinker
    from normx.resolve.segment import Seg

MAX_DISTANCE = 1500  # characters: about two paragraphs, what "just named" means here
# characters: a long article. The one body a document named by the noun may be meant beyond
# MAX_DISTANCE (see _sole_body), but not in a text made of many articles.
FAR_DISTANCE = 20_000


def arabic_words(text: str) -> tuple[str, ...]:
    """Normalised Arabic words with the article dropped (المجلس and مجلس are one head)."""
    out = []
    for word in normalize_arabic(text).split():
        out.append(word[2:] if word.startswith("ال") and len(word) > 3 else word)
    return tuple(out)


def generic_noun(linker: SpanLinker, span: Span, segs: Sequence[Seg] = ()) -> int | None:
    """The token of a capitalised definite generic noun that is the whole span, or that opens
    it before an "and" while the span's segments *segs* leave it out ("the Parliament and
    the State Council") or before "of" and a person linked ("the Alliance of Mahmoud
    Jibril"), if there is one."""
    if span.phrase:
        return None
    first, last = linker.trim(span.first, span.last)
    if (
        first != last
        and not (
            first + 1 < last
            and linker.forms[first + 1] in linker.lex.coordinating
            and all(seg.first > first for seg in segs)
        )
        and not _of_a_person(linker, first, segs)
    ):
        return None
    tok = linker.tokens[first]
    if not tok.cap or not generic_head(linker.lex.body_heads, tok.form):
        return None
    return first if _after_the(linker, first) else None


@cache
def _french_heads() -> frozenset[str]:
    return frozenset(word_list("normx.resolve", "kind_words.yaml", "french_generic_heads"))


def generic_head(body_heads: Collection[str], form: str) -> bool:
    """*form* is a head noun a capitalised definite generic noun may be: an English body head,
    or a French one of ``french_generic_heads`` (``kind_words.yaml``: "la Cour", "le
    Conseil")."""
    return form in body_heads or form in _french_heads()


def _of_a_person(linker: SpanLinker, first: int, segs: Sequence[Seg]) -> bool:
    """The noun opens "<noun> of <a person linked>" ("the Alliance of Mahmoud Jibril", "the
    Government of Ali Zeidan"): the body that person leads, named before."""
    return (
        first + 2 < len(linker.forms)
        and linker.forms[first + 1] == "of"
        and bool(segs)
        and segs[0].first == first + 2
        and segs[0].cand is not None
        and segs[0].cand.type == "PER"
    )


def definite_title(linker: SpanLinker, span: Span) -> int | None:
    """The token of a capitalised person title after "the" that is the whole span ("the
    Marshal"), if it is one: a reference to the person the document gave that title
    (:func:`find_titled`)."""
    if span.phrase:
        return None
    first, last = linker.trim(span.first, span.last)
    if first != last:
        return None
    tok = linker.tokens[first]
    if not tok.cap or tok.form not in linker.lex.titles:
        return None
    return first if _after_the(linker, first) else None


def _after_the(linker: SpanLinker, t: int) -> bool:
    """Token *t* follows "the", or "the" and a word of time ("the new Congress": data
    ``definite_modifiers`` of ``heads.yaml``)."""
    start = linker.tokens[t].start
    text = linker.text
    before = text[max(0, start - 4) : start].lower()
    if before == "the " or _french_article(text, start):
        return True
    if not before.endswith(" "):
        return False
    m = _MODIFIER_BEFORE.search(text, max(0, start - 24), start)
    return m is not None and m.group(1) in definite_modifiers()


_MODIFIER_BEFORE = re.compile(r"\b[Tt]he ([a-z]+) $")
# French copy says "le Parlement", "la Caisse", "l'Union" where English says "the": the same
# definite reference to the body just named (AFP's French, session 26)
_FRENCH_ARTICLE_BEFORE = re.compile(r"(?:^|[^\w])(?:[Ll][ea] |[Ll][’'])$")


def _french_article(text: str, start: int) -> bool:
    """The French definite article ("le ", "la ", "l'") stands right before *start*."""
    return _FRENCH_ARTICLE_BEFORE.search(text[max(0, start - 4) : start]) is not None


@cache
def definite_modifiers() -> frozenset[str]:
    """Words that may stand between "the" and a generic noun (``heads.yaml``), folded."""
    return frozenset(
        fold(str(w)) for w in detect_data("heads.yaml").get("definite_modifiers") or ()
    )


def find_titled(
    antecedents: Sequence[Antecedent],
    position: int,
    start: int,
    title: str,
    context_of: Callable[[Antecedent], Sequence[str]],  # an antecedent's context words
    start_of: Callable[[Antecedent], int],  # an antecedent's character offset
) -> Antecedent | None:
    """The most recent person before *position* (within reach) whose mention the title
    introduced ("Field Marshal Khalifa Hafter" ... "the Marshal"), if that person is the only
    one in reach the document gave the title."""
    found: list[Antecedent] = []
    for ante in reversed(antecedents):
        if ante.position >= position:
            continue
        if start - start_of(ante) > MAX_DISTANCE:
            break
        said = {fold(w) for c in context_of(ante) for w in c.replace("-", " ").split()}
        if ante.cand.type == "PER" and title in said:
            found.append(ante)
    return found[0] if len({a.cand.id for a in found}) == 1 else None


def starts_with_gloss(
    names: Sequence[tuple[str, ...]], glosses: Sequence[tuple[str, ...]]
) -> tuple[str, ...] | None:
    """The first gloss that some Arabic name begins with (word for word), if any."""
    for gloss in glosses:
        if gloss and any(name[: len(gloss)] == gloss for name in names):
            return gloss
    return None


def find_body(
    antecedents: Sequence[Antecedent],
    position: int,
    start: int,
    glosses: Sequence[tuple[str, ...]],
    arabic_names: Callable[[str], Sequence[tuple[str, ...]]],  # as arabic_words gives them
    start_of: Callable[[Antecedent], int],  # an antecedent's character offset
    says_noun: Callable[[Antecedent], bool] = lambda ante: False,
    same_sentence: Callable[[Antecedent], bool] = lambda ante: False,
    same_paragraph: Callable[[Antecedent], bool] = lambda ante: False,
    *,
    own_word: bool = False,
) -> tuple[Antecedent, tuple[str, ...]] | None:
    """The most recent organisation before *position* (within reach) that a gloss heads.

    One whose English name, or the words the document wrote for it, hold the noun itself
    (*says_noun*: "the Corporation" after the National Oil Corporation) comes before one that
    only an Arabic gloss of the noun heads (شركة, "company", glosses "corporation" too: the
    Waha Oil Company named since is not the Corporation). When several bodies in reach have
    Arabic names that open with that head, the Arabic text said the head ("المجلس") of one
    of them, and its English rendering ("the Council") cannot tell which, whatever the English
    names hold (the Presidential Council, المجلس الرئاسي, and the House of Representatives,
    مجلس النواب): only the one body of them named in the noun's own sentence
    (*same_sentence*), or with none there the one named in its paragraph (*same_paragraph*:
    agreed with the gold five times out of five over the open article sets, session 17), is
    salient enough; otherwise the noun stays unlinked. *own_word* says the noun is no
    rendering of an Arabic head but the body's own word (a French noun in French copy:
    :func:`~normx.resolve.own_head.own_word_body`).
    """
    in_reach: list[Antecedent] = []
    for ante in reversed(antecedents):
        if ante.position >= position or ante.cand.type != "ORG":
            continue
        if start - start_of(ante) > MAX_DISTANCE:
            break
        in_reach.append(ante)
    found = next(
        (
            (ante, starts_with_gloss(arabic_names(ante.cand.id), glosses) or ())
            for ante in in_reach
            if says_noun(ante)
        ),
        None,
    )
    if found is not None:  # another body says the noun too (noun_rivals.py)

        def gloss_of(ante: Antecedent) -> tuple[str, ...]:
            return starts_with_gloss(arabic_names(ante.cand.id), glosses) or ()

        rivals = (antecedents, position, start, start_of, says_noun, same_sentence, same_paragraph)
        if (found := among_said_rivals(found, *rivals, gloss_of, FAR_DISTANCE)) is None:
            return None
    sole_body = partial(
        _sole_body, antecedents, position, start, glosses, arabic_names, start_of, says_noun
    )
    if found is None:  # "the House" after the House of Representatives, a Council nearer
        far = sole_body(partial_rivals=False)
        if far is not None:
            return far
    if found is None:
        found = next(
            (
                (ante, gloss)
                for ante in in_reach
                if (gloss := starts_with_gloss(arabic_names(ante.cand.id), glosses)) is not None
                and not _head_of_another(gloss, glosses)
            ),
            None,
        )
    if found is None:
        return sole_body(partial_rivals=True)
    ante, gloss = found
    if not gloss:
        return found
    headed = {  # bodies in reach the same Arabic head opens, each by its latest mention
        other.cand.id: other
        for other in reversed(in_reach)
        if starts_with_gloss(arabic_names(other.cand.id), [gloss])
    }
    if len(headed) <= 1:
        return found
    if (own := own_word_body(headed.values(), glosses, says_noun, own_word=own_word)) is not None:
        return own, gloss  # "the House" among Councils (own_head.py)
    near = [other for other in headed.values() if same_sentence(other)]
    if not near:
        near = [other for other in headed.values() if same_paragraph(other)]
    return (near[0], gloss) if len(near) == 1 else None


def _head_of_another(gloss: tuple[str, ...], glosses: Sequence[tuple[str, ...]]) -> bool:
    """The noun glosses one body's whole name (two words or more: "house" مجلس النواب), and
    *gloss*, a one-word head, only opens another body's: "the House" after the Presidential
    Council (المجلس الرئاسي) alone, whose English names lack the word, is not that Council,
    which a translation would have called "the Council"; the English noun was taken from the
    whole name it glosses (:mod:`normx.resolve.gloss_named`)."""
    return len(gloss) == 1 and any(len(g) >= 2 and g[0] == gloss[0] for g in glosses)


def _sole_body(
    antecedents: Sequence[Antecedent],
    position: int,
    start: int,
    glosses: Sequence[tuple[str, ...]],
    arabic_names: Callable[[str], Sequence[tuple[str, ...]]],
    start_of: Callable[[Antecedent], int],
    says_noun: Callable[[Antecedent], bool],
    *,
    partial_rivals: bool,
) -> tuple[Antecedent, tuple[str, ...]] | None:
    """The one body named before *position* (within :data:`FAR_DISTANCE`) that the noun can
    mean: its English name, or the words the document wrote for it, hold the noun itself
    (*says_noun*) and a gloss of the noun heads its Arabic name.

    Two uses. With no body in reach that says the noun (``partial_rivals=False``): "the House"
    after "the House of Representatives" two paragraphs back is that House, though the
    Presidential Council named since opens with the same Arabic head (المجلس); the English
    noun is the name's own word there, and only a gloss of the nearer body's head; with two
    bodies that say the noun it stays undecided. With no body in reach at all
    (``partial_rivals=True``): a report names its main body in full once ("the General
    National Congress") and then says "the Congress" for the rest of it, paragraphs apart;
    any other body named before that the gloss heads or that says the noun is then a rival:
    with two Councils in the document, a far "the Council" could be either."""
    found: dict[str, tuple[Antecedent, tuple[str, ...]] | None] = {}  # None: a rival only
    for ante in reversed(antecedents):
        if ante.position >= position:
            continue
        if start - start_of(ante) > FAR_DISTANCE:
            break
        if ante.cand.type != "ORG" or found.get(ante.cand.id) is not None:
            continue
        gloss = starts_with_gloss(arabic_names(ante.cand.id), glosses)
        said = says_noun(ante)
        if gloss is not None and said:
            found[ante.cand.id] = (ante, gloss)  # its latest mention that says the noun
        elif partial_rivals and (gloss is not None or said):
            found.setdefault(ante.cand.id, None)
    if len(found) != 1:
        return None
    return next(iter(found.values()))
