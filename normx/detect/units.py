"""Name units: text tokens read the way :func:`normx.text.normalize.analyse_name` reads names.

The gazetteer side analyses each name into core tokens (particles dropped, Abd- compounds
joined, glued particles given an alternative split reading). Detection must read the text the
same way, or the trie would never meet the index: a :class:`Unit` covers one token (or an
Abd- compound's two or three) and carries its particle kind and its folded core forms. The
analysis of a word is cached, because news text repeats its words.
"""

from __future__ import annotations

from typing import NamedTuple

from normx.detect.tokens import Token
from normx.text.normalize import analyse_name
from normx.text.particles import ParticleTable, particle_table

NAME, ARTICLE, BIN, ABU = "name", "article", "bin", "abu"
_WORD_CACHE: dict[str, tuple[str, ...]] = {}
_WORD_CACHE_MAX = 200_000


class Unit(NamedTuple):
    """Tokens ``first``..``last`` (inclusive) read as one name part.

    A named tuple, not a dataclass: a long document has a unit per token.
    """

    first: int
    last: int
    kind: str
    forms: tuple[str, ...]  # core forms (first is the main reading); empty for particles


def word_forms(word: str) -> tuple[str, ...]:
    """The core forms of one word as a name part (Abdelhamid -> abd-hamid; Elkaddafi -> both)."""
    forms = _WORD_CACHE.get(word)
    if forms is None:
        toks = [t for t in analyse_name(word) if t.is_core]
        forms = (toks[0].form, *(a for a, _ in toks[0].alts)) if len(toks) == 1 else ()
        if not forms:
            forms = (word.lower(),)
        if len(_WORD_CACHE) < _WORD_CACHE_MAX:
            _WORD_CACHE[word] = forms
    return forms


_new_unit = tuple.__new__  # Unit(...) through its Python-level __new__ costs twice as much


_SPELLINGS: list[tuple[ParticleTable, frozenset[str]]] = []


def _particle_spellings(table: ParticleTable) -> frozenset[str]:
    """Every Latin particle spelling of *table* (made once per table, not per document)."""
    for known, spellings in _SPELLINGS:
        if known is table:
            return spellings
    spellings = frozenset(table.latin.keys() | table.latin_hyphen.keys())
    _SPELLINGS[:] = [(table, spellings)]
    return spellings


def name_units(tokens: list[Token]) -> list[Unit]:
    """Read *tokens* as name units (particles marked, Abd- compounds joined).

    Most tokens are no particle spelling at all: those become one-token name units straight
    away (one set look-up and the cached word analysis); the particle rules below see only
    the rest.
    """
    table = particle_table()
    maybe_particle = _particle_spellings(table)
    cached = _WORD_CACHE.get
    units: list[Unit] = []
    append = units.append
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        if tok.form not in maybe_particle:
            text = tok.text
            append(_new_unit(Unit, (i, i, NAME, cached(text) or word_forms(text))))
            i += 1
            continue
        nxt = tokens[i + 1] if i + 1 < n else None
        linked = nxt is not None and nxt.joined and not tok.possessive
        kind = table.kind_of(
            tok.form,
            hyphen_joined=linked and nxt is not None and nxt.hyphen_before,
            # "Dar es Salaam", "As Saddadah": the article written apart, before its letter
            next_part=nxt.form if linked and nxt is not None else None,
        )
        if kind == "abd" and linked and nxt is not None:
            j = i + 1
            after = tokens[j + 1] if j + 1 < n else None
            art = table.kind_of(
                tokens[j].form, hyphen_joined=after is not None and after.hyphen_before
            )
            if art == ARTICLE and after is not None and after.joined:
                j += 1
            append(Unit(i, j, NAME, (f"abd-{tokens[j].form}",)))
            i = j + 1
            continue
        if kind == ARTICLE and linked:
            append(Unit(i, i, ARTICLE, ()))
        elif kind == "bin" and linked and (not units or units[-1].last == i - 1):
            # the text's first word too: a headline's "Bin Qadara" is the "Bin Qadara" of
            # "before Bin Qadara arrived"
            append(Unit(i, i, BIN, ()))
        elif kind == ABU and linked:
            append(Unit(i, i, ABU, ("abu",)))
        else:
            append(Unit(i, i, NAME, word_forms(tok.text)))
        i += 1
    return units
