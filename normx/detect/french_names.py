"""French names of bodies in English copy: "the Gouvernement d'union nationale".

AFP house style writes the names of bodies in French, where the words after the head are lower
case ("Chambre des représentants", "Nations unies", "Conseil européen pour les relations
internationales"). A run of capitalised words would end at the head, so the name is cut to a
generic "Chambre". :func:`french_name` extends a run that ends in a gloss word (a word of the
gloss lexicon, English or French: "Conseil", "Union") with the lower-case French words and
connectors (de, des, d', pour, les...) that follow, up to the last French gloss word. It only
takes words of the lexicon's French section (:mod:`normx.mt.french`), and wants one that is
French alone or a French connector ("Council relations" stays English), so French prose, and
English words after a name, are not swallowed. Where the run holds more than the French name
("Tarek Megerisi of the Conseil européen ..."), the name starts at the run's last gloss words.

A complement may hold a capitalised name: after de/des/du/d'/la (``name_openers``) the capitals
stay in the name ("Banque centrale de Libye", "Mission d'appui des Nations unies", "stade des
Martyrs de Benina"), and after a kind of body (``generic``) "en" opens its seat ("... en
Libye"), so the country inside a body's name is not linked alone. A lexicon word ends such a
name ("de Libye"): a capital after it is another name. A facility French writes in lower case
before its complement (``lower_heads``: "stade de Benina") starts the span
(:func:`lower_head_before`): the name is the stadium's, not the district's it is named after.

A name may enumerate its complements after a comma ("Union tunisienne de l'industrie, du
commerce et de l'artisanat": :func:`_listed`), and ends before an English kind of body that
follows it ("the Union européenne mission Irini": :func:`_english_kind_after`).
"""

from __future__ import annotations

from functools import cache

from normx.detect.french_accents import written_french
from normx.detect.tokens import Token
from normx.mt.french import FrenchNames, default_french_names, shipped_data, without_elision
from normx.text.latin import fold

MAX_FRENCH_TOKENS = 10  # words after the head: "pour les relations internationales" is 4
ELIDED = frozenset({"d", "l"})  # d', l' when the tokenizer keeps them apart ("d'Etat")


@cache
def _names() -> tuple[FrenchNames, frozenset[str]]:
    data = shipped_data()
    english = frozenset(w for key in data["words"] for w in fold(key).split())
    names = default_french_names()
    return names, english | names.words


def _form(tok: Token) -> str:
    """The folded word with a glued French elision off ("d'union" -> "union")."""
    if tok.cap or len(tok.text) < 3 or tok.text[1] not in "'’":
        return tok.form
    return fold(without_elision(tok.text))


def french_bridges() -> frozenset[str]:
    """Lower-case words the sparse tokeniser keeps after a kept word (:class:`KeepWords`
    bridges): the French section's words and connectors as written, folded and elided
    ("d'union", and its form "dunion", which the tokeniser tests of the previous token), so a
    French name's lower-case tail reaches :func:`french_name`."""
    section = shipped_data().get("french") or {}
    words = {w for key in section.get("words", {}) for w in key.split()}
    words |= {fold(w) for w in words}
    elided = {f"{a}{q}{w}" for w in words for a in ELIDED for q in "'’"}
    elided |= {a + w for w in words for a in ELIDED}  # "dunion": the form of "d'union"
    glue = set(section.get("function_words", ())) | set(section.get("seats", ()))
    glue |= set(section.get("contractions", ()))
    return frozenset(words | elided | glue)


@cache
def _contractions() -> frozenset[str]:
    return frozenset((shipped_data().get("french") or {}).get("contractions", ()))


def lower_contraction(tok: Token) -> bool:
    """A French contraction written in lower case ("au" = à le): a bridge inside a French
    name ("... la concorde au Tchad"), never its first or last word; "AU" in capitals is the
    African Union's short form, a name."""
    return not tok.cap and tok.form in _contractions()


def _adjacent(tokens: list[Token], k: int) -> bool:
    """Token *k* belongs with the one before: joined, or right after an elided d'/l'."""
    tok, prev = tokens[k], tokens[k - 1]
    if tok.sent_start:
        return False
    return tok.joined or (prev.form in ELIDED and tok.start == prev.end + 1)


def _english_kind_after(tok: Token, prev: Token, form: str, names: FrenchNames) -> bool:
    """A lower-case kind of body right after a French name's lower-case word, with no
    connector between: "the Union européenne mission Irini". French names the mission of
    a body head first ("mission de l'Union européenne"), so a kind after the adjective is
    English word order: the English noun of another body the French name modifies, where the
    French name ends. An elided complement ("gouvernement d'union") is French order."""
    return (
        not tok.cap
        and form == tok.form
        and form in names.kinds
        and not prev.cap
        and prev.form not in names.connectors
    )


LIST_GAP = 2  # ", " between two complements of an enumeration, as the text is written
LIST_AND = "et"


def _listed(tokens: list[Token], k: int, j: int, names: FrenchNames) -> bool:
    """Token *k* opens the next complement of an enumeration inside a French name, after a
    comma: "Union tunisienne de l'industrie, du commerce et de l'artisanat". French joins a
    body's complements so, "A, du B et de C"; the comma alone would end the name at
    "industrie". Read as one name only when *k* is a lower-case connector two characters
    after the word before (", ": a bracket or a line break is no enumeration) and the list
    closes within the name's reach with "et" and a connector ("et de l'artisanat"), so a
    comma in prose ("le Conseil de sécurité, de son côté") still ends it."""
    tok, prev = tokens[k], tokens[k - 1]
    if tok.cap or tok.sent_start or tok.joined or tok.form not in names.connectors:
        return False
    if tok.start - prev.end != LIST_GAP or tok.form == LIST_AND:
        return False
    for m in range(k + 1, min(len(tokens) - 1, j + MAX_FRENCH_TOKENS)):
        if not _adjacent(tokens, m):
            return False
        if tokens[m].form == LIST_AND and not tokens[m].cap:
            nxt = tokens[m + 1]
            return _adjacent(tokens, m + 1) and nxt.form in names.connectors and not nxt.cap
    return False


def _complement(tokens: list[Token], j: int, k: int, names: FrenchNames) -> bool:
    """Capitalised token *k* (after the head *j*) is a name inside a French complement: right
    after de/des/du/d'/en ("Banque centrale de Libye", "stade des Martyrs de Benina"), or after
    such a name ("de Ras Jedir"). A word of the lexicon ends the complement ("de Libye"): a
    capital after it is another name ("... de Libye Sadiq al-Kabir")."""
    while k > j + 1 and tokens[k].cap:
        k -= 1
        prev = tokens[k]
        if not prev.cap:
            return prev.form in names.openers
        if _form(prev) in names.words:
            return False
    return False


def french_name(tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """The French name of a body the capitalised run *i*..*j* ends with, as (first, last)
    tokens, or None. *last* goes past *j* over French words; *first* >= *i*."""
    n = len(tokens)
    if j + 1 >= n or tokens[j].possessive:
        return None
    names, gloss_words = _names()
    if tokens[j].form not in gloss_words or tokens[j + 1].cap:
        return None
    last, french_only = j, False
    locates = tokens[j].form in names.kinds  # "Mission ... en Libye": en names its seat
    k = j + 1
    while (
        k < n
        and k - j <= MAX_FRENCH_TOKENS
        and (_adjacent(tokens, k) or (last == k - 1 and _listed(tokens, k, j, names)))
    ):
        tok = tokens[k]
        form = _form(tok)
        prev = tokens[k - 1]
        if _english_kind_after(tok, prev, form, names):
            break  # "the Union européenne mission Irini": English order, another body
        if not tok.cap and (tok.form in names.connectors or (locates and tok.form in names.seats)):
            french_only = True
        elif form in names.words and (not tok.cap or prev.form in names.connectors):
            last = k  # a capital only after a connector: "d'Etat", "des Affaires étrangères"
            french_only = french_only or form in names.only_french or form != tok.form
            french_only = french_only or written_french(tok.text)  # "Cour suprême"
        elif tok.cap and _complement(tokens, j, k, names):
            last = k  # a name in a complement: "de Benina", "des Nations unies", "en Libye"
        else:
            break
        if tok.possessive:
            break
        k += 1
    if last == j or not french_only:
        return None
    return _name_start(tokens, i, j, gloss_words, names), last


def _name_start(
    tokens: list[Token], i: int, j: int, gloss_words: frozenset[str], names: FrenchNames
) -> int:
    """The first token of the French name whose run ends at *j*: back over the capitalised
    gloss words before it, and over a French connector between two of them ("Haut-Commissariat
    des Nations unies ...": the name's complement holds another body's name); an English "of"
    ("Tarek Megerisi of the Conseil européen") stops it."""
    first = j
    while first > i:
        prev = tokens[first - 1]
        if prev.cap and prev.form in gloss_words:
            first -= 1
        elif (
            first - 2 >= i
            and not prev.cap
            and prev.form in names.connectors
            and tokens[first - 2].cap
            and tokens[first - 2].form in gloss_words
        ):
            first -= 2
        else:
            break
    return first


@cache
def _lower_heads() -> frozenset[str]:
    section = shipped_data().get("french") or {}
    return frozenset(fold(w) for w in section.get("lower_heads", ()))


@cache
def head_adjectives() -> frozenset[str]:
    """Folded adjectives French writes after a facility head and before its complement
    ("base aérienne de", "base navale de")."""
    section = shipped_data().get("french") or {}
    return frozenset(fold(w) for w in section.get("head_adjectives", ()))


def lower_heads() -> frozenset[str]:
    """Folded French facility heads written in lower case before the de-complement that names
    the facility ("stade de Benina"): the sparse tokeniser keeps them (as it keeps English
    head nouns)."""
    return _lower_heads()


def lower_head_before(tokens: list[Token], i: int, floor: int) -> int:
    """The first token of "stade de Benina" when the capitalised run starting at token *i* is
    the complement of a lower-case French facility head (``lower_heads``: "stade des Martyrs de
    Benina"), or *i*; tokens before *floor* (an earlier span) are not taken. The name is the
    facility's, not the place's it is named after."""
    names = default_french_names()
    k = i
    while k > floor and tokens[k].joined and tokens[k - 1].form in names.openers:
        k -= 1
        if tokens[k].cap:
            return i
    if k == i or k <= floor or not tokens[k].joined:
        return i
    head = tokens[k - 1]
    return k - 1 if not head.cap and head.form in _lower_heads() else i
