"""Candidate name spans: runs of capitalised words, and lower-case phrases that name bodies.

A proper-name span is a maximal run of tokens that are capitalised, or particles joined to a
capitalised word (al-Mishri, bin, Abu), or connectors between capitalised words ("Government
of National Accord"). A run ends at punctuation, a line break, a sentence boundary or a
possessive ("Haftar’s"). Capitals at the start of a sentence say little, so a sentence-initial
word that the stop-word list holds, or that the same document also writes in lower case, is
dropped from the edge.

Machine translation also renders bodies in lower case ("reconciliation government"): a
content word followed by a generic head noun (data: ``heads.yaml``) is a *phrase* span, sent
to the matcher but reported only when it links (it is not a proper name). A plural body head
("both coast guards") speaks of several bodies, so it makes no phrase; a plural unit head
("reconciliation patrols") still does. A demonym followed by a lower-case body head ("the
Libyan navy") ends its span with the head: a people's body, linked only to an organisation
whose names hold both words.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from typing import NamedTuple

from normx.detect.classifier_head import classifies_next
from normx.detect.dated_names import dated_month
from normx.detect.exonym_tails import exonym_tail
from normx.detect.french_lower import lower_bodies, lower_body_end
from normx.detect.french_names import french_name, lower_contraction, lower_head_before
from normx.detect.french_openers import sentence_preposition
from normx.detect.french_tail import french_stop_word
from normx.detect.gerund import gerund_opener
from normx.detect.lexicon import Lexicon, complement_joins, function_words
from normx.detect.numbered import number_after
from normx.detect.numbered_phrase import numbered_phrase
from normx.detect.tokens import Token
from normx.detect.units import NAME, Unit

MAX_SPAN_TOKENS = 12


class Span(NamedTuple):
    """Tokens ``first``..``last`` (inclusive); ``phrase`` marks a lower-case body phrase."""

    first: int
    last: int
    phrase: bool = False


_new_span = tuple.__new__  # Span(...) through its Python-level __new__ costs twice as much


# connectors.yaml, function_word_sets: calque_article ("the"), the article machine translation
# writes out after "of" ("the Vice-President of the Presidential Council")
_CALQUE_ARTICLE = function_words("calque_article")


def _of_the(tokens: list[Token], k: int) -> bool:
    """Tokens *k*, *k* + 1 are MT's "of the" (the caller keeps *k* + 1 inside the tokens)."""
    return tokens[k].form == "of" and tokens[k + 1].form in _CALQUE_ARTICLE


def _unit_of_token(units: list[Unit], n: int) -> list[Unit]:
    out: list[Unit] = [units[0]] * n if units else []
    for u in units:
        first, last = u.first, u.last
        if first == last:  # most units hold one token
            out[first] = u
        else:
            out[first : last + 1] = [u] * (last - first + 1)
    return out


def _nameish(tok: Token, unit: Unit, nxt: Token | None) -> bool:
    if tok.cap:
        return True
    # a lower-case particle joined to a capitalised word: al-Mishri, bin Salman
    return unit.kind != NAME and nxt is not None and nxt.joined and nxt.cap


def common_words(tokens: list[Token]) -> frozenset[str]:
    """Folded forms the document writes in lower case somewhere (so they are common words)."""
    return frozenset(t.form for t in tokens if not t.cap and t.text.isalpha())


def find_spans(
    tokens: list[Token],
    units: list[Unit],
    lex: Lexicon,
    lower: frozenset[str] | None = None,
    named: Callable[[str], bool] | None = None,
    possessives: Container[tuple[str, str]] = frozenset(),
) -> list[Span]:
    """Candidate spans in text order (proper-name runs and body phrases), never overlapping.

    *lower* is the set of words the document writes in lower case; by default it is taken
    from *tokens* (right when every word was tokenised). *named* says whether a folded word
    is a word of some gazetteer name: a stop word capitalised inside a sentence that a name
    holds ("the International Federation", "the Security Council") stays in the span.
    *possessives* holds the (possessor, next word) pairs, folded, that gazetteer names write
    across a possessive (:func:`normx.detect.trie.possessive_pairs`): there a run goes on
    ("King's College London", "United Nations Children's Fund"), elsewhere it ends
    ("Haftar's Libyan National Army").
    """
    n = len(tokens)
    if n == 0:
        return []
    unit_at = _unit_of_token(units, n)
    if lower is None:
        lower = common_words(tokens)
    spans: list[Span] = []
    body_heads, unit_heads, demonyms = lex.body_heads, lex.unit_heads, lex.demonyms
    connectors, stopwords = lex.connectors, lex.stopwords
    french_lower = lower_bodies()
    i = 0
    while i < n:
        if not tokens[i].cap:  # _nameish, inlined: most tokens are capitalised or skipped here
            nxt = tokens[i + 1] if i + 1 < n else None
            if nxt is None or not (unit_at[i].kind != NAME and nxt.joined and nxt.cap):
                # only a head noun next can make a phrase (the first test of _phrase_at)
                if nxt is not None and (nxt.form in body_heads or nxt.form in unit_heads):
                    phrase = _phrase_at(tokens, i, lex)
                    if phrase is not None:
                        spans.append(phrase)
                        i = phrase.last + 1
                        continue
                if tokens[i].form in french_lower and (end := lower_body_end(tokens, i)):
                    spans.append(Span(i, end))  # "gouvernement d'union nationale"
                    i = end + 1
                    continue
                i += 1
                continue
        j = i
        counted = i  # where the limit counts from
        while True:
            while j - counted + 1 < MAX_SPAN_TOKENS:
                # the usual end of a run, the first tests of _run_goes_on inlined
                if j + 1 >= n or not tokens[j + 1].joined:
                    break
                if tokens[j].possessive and not _name_possessive(tokens, j, possessives):
                    break
                nj = _run_goes_on(tokens, unit_at, lex, j, possessives)
                if nj is None:
                    break
                j = nj
            # a run the limit would cut at its "and" only for the words trimming drops from
            # its start ("And the", "The"): the limit counts from its first word of its own,
            # so that a name translated word for word with "and the" between its conjuncts
            # ("And the Libyan Company for the Post and the Telecommunications and the
            # Information Technology", twelve words of its own) stays one span. Only a body's
            # name whose complement the "and" coordinates (_complement_coordinated): two names
            # joined by "and" ("The Egyptian Foreign Minister Samih Shukri and the Russian
            # ...") and a run without "and" are cut as before.
            if counted != i or j - i + 1 < MAX_SPAN_TOKENS:
                break
            while counted < j and tokens[counted].form in connectors:
                counted += 1
            if counted == i or not _complement_coordinated(tokens, lex, counted, j):
                counted = i
                break
        # a French name of a body: "Chambre des représentants" (normx.detect.french_names)
        # an English demonym ends no French name's head: "Libyan reconstruction" is English
        # prose (the French name would say "libyenne", in lower case, after its head)
        if (
            j + 1 < n
            and not tokens[j + 1].cap
            and tokens[j].form not in demonyms
            and (fr := french_name(tokens, i, j))
        ):
            j = fr[1] if fr[0] == i else fr[0] - 1  # a run before the name: a span of its own
        elif j + 1 < n and not tokens[j + 1].cap and (tail := exonym_tail(tokens, j)):
            j = tail  # "Arabie saoudite" (normx.detect.exonym_tails)
        if i > 1 and not tokens[i - 1].cap:  # "stade de Benina" (normx.detect.french_names)
            i = lower_head_before(tokens, i, spans[-1].last + 1 if spans else 0)
        if (
            j - counted + 1 >= MAX_SPAN_TOKENS
            and _run_goes_on(tokens, unit_at, lex, j, possessives) is not None
        ):
            # a run too long for one span: end it at its last "and", so that the name the
            # limit would cut ("... and the Russian Foreign Minister Sergei | Lavrov") starts
            # the next span whole
            cut = next((k for k in range(j, i, -1) if tokens[k].form in lex.coordinating), None)
            second = _second_body_cut(tokens, lex, counted, j)
            organ = _organ_cut(tokens, unit_at, lex, counted, j, possessives)
            if second is not None:
                j = second  # "Government of the Stability | and the Fund of the ..."
            elif organ is not None:
                j = organ
            elif cut is not None:
                j = cut
            else:
                # or before its last "of the": a body of another body ("the Vice-President of the
                # Presidential Council | of the Government of National Reconciliation") names
                # each whole, where the limit would cut the second's name in two
                cut = next(
                    (k for k in range(j - 1, i + 1, -1) if _of_the(tokens, k)),
                    None,
                )
                if cut is not None:
                    j = cut - 1
        ti, tj = tokens[i], tokens[j]
        if (
            not ti.sent_start
            and ti.form not in connectors
            and ti.form not in stopwords
            and tj.form not in connectors
            and tj.form not in stopwords
        ):
            first, last = i, j  # nothing to trim (_trim's first tests, inlined)
        else:
            first, last = _trim(tokens, i, j, lex, lower, named)
        if (
            first <= last
            and last == j
            and tokens[j].form in demonyms
            and _people_body_head(tokens, j, lex)
        ):
            j = last = j + 1  # "the Libyan navy": a people's body by its head noun
        if first <= last and last == j:  # "Brigade 444" (numbered)
            j = last = number_after(tokens, last, lex)
        if first <= last:
            spans.append(_new_span(Span, (first, last, False)))
        i = j + 1
    return spans


def _second_body_cut(tokens: list[Token], lex: Lexicon, first: int, last: int) -> int | None:
    """Where a run too long for one span ends when a second body's name begins in it: at the
    first "and" followed (after MT's article) by a capitalised body head noun that opens its
    own complement ("of", "for"), after a capitalised head of the first body. "Government of
    the Stability | and the Fund of the Development and the Reconstruction of Libya" (fifteen
    words: حكومة الاستقرار وصندوق التنمية وإعادة الإعمار) names two bodies, each whole on
    its side of that "and"; the limit's other cuts part one of them (the organ cut takes
    "Government" alone for an organ of the rest, the last "and" takes the fund's
    "Reconstruction of Libya" away). A head after "and" names another body, as
    :func:`normx.resolve.portfolio_names._second_head` reads it; one that opens no complement
    ("the Radio and the Television") may still be a conjunct of one name's complement, and is
    left to the cuts below. Returns the "and" (trimmed off the span), or None."""
    joins = complement_joins()
    n = len(tokens)
    headed = False
    for k in range(first, last + 1):
        tok = tokens[k]
        if tok.form in lex.coordinating and headed:
            h = k + 1
            if h < n and tokens[h].form in _CALQUE_ARTICLE:
                h += 1
            if (
                h + 1 < n
                and tokens[h].cap
                and tokens[h].joined
                and tokens[h].form in lex.body_heads
                and tokens[h + 1].form in joins
            ):
                return k
        headed = headed or (tok.cap and tok.form in lex.body_heads)
    return None


def _organ_cut(
    tokens: list[Token],
    unit_at: list[Unit],
    lex: Lexicon,
    first: int,
    last: int,
    possessives: Container[tuple[str, str]],
) -> int | None:
    """Where a run too long for one span ends when it opens with a body's organ "of the" its
    body, whose own name coordinates its complement: "General Assembly | of the Libyan Company
    for the Post and the Communications and the Information Technology" (sixteen words: the
    company's general assembly). Cut at the last "and", the company's name would lose its last
    conjunct; cut before the first "of the", the organ (a capitalised body head noun before
    it) and the body are each whole. Only when no "and" comes before that "of the", the rest
    of the run (its natural end, counted from its first word after "of the") fits the limit,
    its "and" coordinates a complement (:func:`_complement_coordinated`), and it holds two
    "and"s: a chain of conjuncts the last "and" would cut inside. With one "and" the cut
    there may part two names ("High Commission of the United Nations for Refugees | and the
    World Food Program", articles-v19), as before. Returns the organ's last token, or None."""
    of = next(
        (k for k in range(first + 1, last - 1) if _of_the(tokens, k)),
        None,
    )
    if of is None or tokens[of - 1].form not in lex.body_heads or not tokens[of - 1].cap:
        return None
    if any(tokens[k].form in lex.coordinating for k in range(first, of)):
        return None
    end, start = last, of + 2
    while end - start + 1 <= MAX_SPAN_TOKENS:
        nxt = _run_goes_on(tokens, unit_at, lex, end, possessives)
        if nxt is None:
            break
        end = nxt
    if end - start + 1 > MAX_SPAN_TOKENS or not _complement_coordinated(tokens, lex, start, end):
        return None
    if sum(tokens[k].form in lex.coordinating for k in range(start, end + 1)) < 2:
        return None  # one "and": it may join two names ("... for Refugees | and the World ...")
    return of - 1


def _complement_coordinated(tokens: list[Token], lex: Lexicon, first: int, last: int) -> bool:
    """The run ``first``..``last`` holds an "and" after a word that joins a body's kind words to
    its complement ("Company for the Post and the Telecommunications": ``joins`` of
    connectors.yaml, the coordinating words left out), so the "and" may coordinate the
    complement of one name rather than join two names."""
    joins = complement_joins()
    seen = False
    for k in range(first, last + 1):
        form = tokens[k].form
        if form in lex.coordinating and seen:
            return True
        seen = seen or form in joins
    return False


def _run_goes_on(
    tokens: list[Token],
    unit_at: list[Unit],
    lex: Lexicon,
    j: int,
    possessives: Container[tuple[str, str]] = frozenset(),
) -> int | None:
    """The new last token if the name run ending at token *j* goes on (None: it ends there)."""
    n = len(tokens)
    if j + 1 >= n:
        return None
    if tokens[j].possessive:
        return j + 1 if _name_possessive(tokens, j, possessives) else None
    t2 = tokens[j + 1]
    if not t2.joined or t2.sent_start:
        return None
    t3 = tokens[j + 2] if j + 2 < n else None
    if unit_at[j + 1] is unit_at[j] or _nameish(t2, unit_at[j + 1], t3):
        # a name unit is never cut: "Abd al-Rahman" is one given name
        return j + 1
    # connectors: "of", "of the", "and" between capitalised words
    k = j + 1
    while k < n and k - j <= 2 and tokens[k].form in lex.connectors and not tokens[k].cap:
        if k + 1 >= n or not tokens[k + 1].joined:
            break
        k += 1
    if k > j + 1 and k < n and tokens[k].cap and tokens[k].joined:
        return k
    return None


def _name_possessive(tokens: list[Token], j: int, possessives: Container[tuple[str, str]]) -> bool:
    """Token *j*, in the possessive, and the capitalised word joined after it are words of a
    gazetteer name written across the possessive ("King's College")."""
    if not possessives or j + 1 >= len(tokens):
        return False
    nxt = tokens[j + 1]
    return (
        nxt.cap and nxt.joined and not nxt.sent_start and (tokens[j].form, nxt.form) in possessives
    )


def _trim(
    tokens: list[Token],
    i: int,
    j: int,
    lex: Lexicon,
    lower: frozenset[str],
    named: Callable[[str], bool] | None = None,
) -> tuple[int, int]:
    """Drop stop words from the edges, and a sentence-initial common word from the start.

    A stop word written with a capital inside a sentence, and held by some gazetteer name
    (*named*), is a word of a name here ("the International Federation of the Red Cross"):
    it stays (:func:`name_stop_word`). So does a short word written in capitals amid
    mixed-case words (:func:`acronym_in_capitals`): "US" and "UN" are acronyms, not "us" and
    the French article "un".
    """
    while i <= j:
        t = tokens[i]
        if i < j and name_article(t, named):
            break  # "in The Hague": the article is the name's
        if acronym_in_capitals(tokens, i):
            break  # "US officials said", "The UN envoy"
        function_word = (
            t.form in lex.connectors
            or lower_contraction(t)
            or (
                t.form in lex.stopwords
                and not (i < j and (name_stop_word(t, lex, named) or dated_month(tokens, i)))
            )
        )
        common_opener = (
            t.sent_start and t.form in lower and not (i < j and tokens[i + 1].cap)
        ) or (
            i < j
            and (
                gerund_opener(t.form, t.sent_start, named)  # "Taking Derna"
                or sentence_preposition(t)  # "Pour Amnesty International"
            )
        )
        if not (function_word or common_opener):
            break
        i += 1
    while (
        j >= i
        and not acronym_in_capitals(tokens, j)
        and (
            tokens[j].form in lex.connectors
            or lower_contraction(tokens[j])
            or (
                tokens[j].form in lex.stopwords
                and not (
                    i < j and (name_stop_word(tokens[j], lex, named) or dated_month(tokens, j))
                )
                and not (i < j and french_stop_word(tokens, j))  # "monétaire international"
            )
        )
    ):
        j -= 1
    return i, j


def acronym_in_capitals(tokens: list[Token], k: int) -> bool:
    """Token *k* is a word of two or three letters written wholly in capitals ("US", "UN",
    "WHO") between words that are not: an acronym, though its letters spell a stop word ("us",
    the French article "un"). In a line written all in capitals ("US TROOPS IN LIBYA") the
    capitals say nothing, and the word is read as any other."""
    if not _caps_word(tokens[k].text) or len(tokens[k].text) > 3:
        return False
    return not (k > 0 and _caps_word(tokens[k - 1].text)) and not (
        k + 1 < len(tokens) and _caps_word(tokens[k + 1].text)
    )


def _caps_word(text: str) -> bool:
    return len(text) >= 2 and text.isalpha() and text.isupper()


def name_article(tok: Token, named: Callable[[str], bool] | None) -> bool:
    """A capitalised "The" inside a sentence opening a run ("in The Hague", "to The Gambia"):
    English writes the article with a capital mid-sentence only when it is a word of the name,
    so it stays in the span when gazetteer names hold the word (*named*)."""
    return (
        tok.form == "the" and tok.cap and not tok.sent_start and named is not None and named("the")
    )


def name_stop_word(tok: Token, lex: Lexicon, named: Callable[[str], bool] | None) -> bool:
    """A stop word that is a word of a name here: capitalised, not opening a sentence (where
    capitals say nothing), not a connector, and a word of some gazetteer name ("Security" of
    the Security Council, "International" of the International Federation)."""
    return (
        named is not None
        and tok.cap
        and not tok.sent_start
        and tok.form not in lex.connectors
        and named(tok.form)
    )


def _people_body_head(tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """Token *j* is a demonym followed by a lower-case body head noun ("Libyan navy"): the
    body of that people, which the linker links only to an organisation whose names hold both
    words. Heads that also name a part of a body ("forces", "army": any side's troops) and
    plurals (several bodies) are not read so."""
    if j + 1 >= len(tokens) or tokens[j].form not in lex.demonyms or tokens[j].possessive:
        return False
    head = tokens[j + 1]
    return (
        not head.cap
        and head.joined
        and not head.sent_start
        and head.form in lex.body_heads
        and head.form not in lex.unit_heads
        and not _plural_body(head.form, lex)  # "Libyan airlines": the country's carriers
        and not classifies_next(tokens, j + 1)  # "the Egyptian company Hassan Allam"
    )


def _plural_body(form: str, lex: Lexicon) -> bool:
    """The plural of a body head noun ("guards", "councils"), not a unit head ("patrols",
    "forces": the parts of one body, "reconciliation patrols"): a lower-case phrase with it
    speaks of several bodies of a kind, not one body by its name."""
    if form in lex.unit_heads or not form.endswith("s"):
        return False
    return any(form[: -len(end)] in lex.body_heads for end in ("s", "es") if form.endswith(end))


def _phrase_at(tokens: list[Token], i: int, lex: Lexicon) -> Span | None:
    """A lower-case "<content word> <body head>" phrase starting at token *i*, if any."""
    if i + 1 >= len(tokens):
        return None
    mod, head = tokens[i], tokens[i + 1]
    if mod.cap or not head.joined or head.cap or mod.possessive:
        return None
    if numbered_phrase(mod, head):  # "the 444 brigade" (normx.detect.numbered_phrase)
        return Span(i, i + 1, phrase=True)
    if (head.form not in lex.body_heads and head.form not in lex.unit_heads) or len(mod.form) < 4:
        return None
    if _plural_body(head.form, lex):  # "both coast guards": several bodies, no one's name
        return None
    if mod.form in lex.stopwords or lex.is_context(mod.form) or mod.form in lex.body_heads:
        return None
    if not mod.text.isalpha():
        return None
    return Span(i, i + 1, phrase=True)
