"""A linked place or body that is only a word of a longer name the gazetteers lack.

"Libya Al-Ahrar" (a channel), "Tripoli Revolutionaries Brigade", "Fezzan Movement": the
place links, but the name around it is another entity's. Names run together across a natural
cut ("Tripoli and Ankara", "UN mission in Libya") are kept apart; within one piece, a
capitalised name word beside the linked part that links to nothing makes the piece one
unknown name (:meth:`~normx.resolve.linker.SpanLinker` keeps the cut as its ``parts``), as a
place after "of" closing a body's unknown name does ("Court of Appeal of Tripoli").

A body named in full and then a person's name, with no comma between ("the member of the House
of the Representatives Ali Al-Tekbali demanded", MT's word order for عضو مجلس النواب علي
التكبالي: articles-v48, session 26), is two names: a name of two words or more after the body
that opens with a given name persons of the gazetteer are named by
(:data:`~normx.resolve.given_name_place.LOOSE_PERSONS` records or more) is a member's name,
not the rest of the body's (:func:`_person_after`). An acronym of a body right before a
person's name ("à l'AFP Giulia Ferrante") is no given name of the person
(:func:`acronym_body`); nor is an acronym written as a word ("Unesco") when the gazetteer
spells the same letters in capitals.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from normx.match.candidate import LIKENESS_METHODS
from normx.resolve.body_names import named_for
from normx.resolve.capitals_only import house_acronym
from normx.resolve.context_words import name_word
from normx.resolve.country_before_person import names_country
from normx.resolve.french_seat import french_seat
from normx.resolve.given_name_place import LOOSE_PERSONS
from normx.resolve.locative import placed_by_preposition
from normx.resolve.owned_body import names_agency
from normx.resolve.person_named_body import named_after_person
from normx.resolve.pieces import coordinated_complement_start, piece_start, pieces, same_piece
from normx.resolve.place_then_name import place_then_name
from normx.resolve.segment import WHOLE_COVERAGE, Seg, coverage
from normx.resolve.tied_place_word import tied_place_after
from normx.text.latin import fold
from normx.text.particles import particle_table

# the matcher's methods that only resemble a name (an exact or normalised match spells it)
LOOSE_PERSON_METHODS = LIKENESS_METHODS

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker


def fused(
    linker: SpanLinker,
    first: int,
    last: int,
    s0: int,
    s1: int,
    sub: Seg,
    before: list[Seg],
    after: list[Seg],
) -> bool:
    """The linked place or body ``s0``..``s1`` of span ``first``..``last`` is only a word
    of an unknown name ("Libya Al-Ahrar").

    Names run together without a connector ("Tripoli and Ankara", "UN mission in Libya")
    are kept apart; but a place or body followed or preceded, in the same piece, by a
    capitalised name word that links to nothing is the first word of a longer name the
    gazetteers lack (a channel, a brigade, a party). A body head noun after the linked part
    is no such word: it is the body's own head or a place's body (:func:`named_for`), as when
    the span holds nothing else ("Fighting and the Special Deterrence | Apparatus"). A
    person's name is not judged so: an extra given name beside a known surname is common.
    *before* and *after* are the segments of the rest of the span.
    """
    if sub.cand is not None and sub.cand.type == "PER":
        if named_after_person(linker, first, last, s1, sub):
            return True  # "Omar Mukhtar Brigade" (:mod:`normx.resolve.person_named_body`)
        if before and before[-1].cand is not None and before[-1].cand.type != "PER":
            place = before[-1]
            if given_name_before_person(linker, first, last, place.first, place.last, [sub]):
                return True
        return _person_continues(linker, first, last, s1, sub, after)
    if sub.cand is None or place_then_name(linker, first, last, s0, s1, sub):
        return False
    if sub.cand.type == "ORG" and s0 == first and _person_after(linker, s0, s1, last):
        return False  # "House of the Representatives | Ali Al-Tekbali"
    if s0 == first == s1 and _name_after_acronym(linker, s1, last):
        return False  # "à l'AFP | Giulia Ferrante"
    if before and named_after_person(linker, first, last, before[-1].last, before[-1]):
        return True  # "Omar Mukhtar | Operations Room": the body's head, not another body
    if given_name_before_person(linker, first, last, s0, s1, after):
        return True
    if people_of_body(linker, last, s1, sub):
        return True
    if s0 == first and names_agency(linker, first, last, s1, sub):  # owned_body.py
        return True
    if any(seg.cand is not None for seg in (*before, *after)):
        return False
    if tied_place_after(linker, s0, s1, sub, after):  # "Brak Al-Shati": tied_place_word
        return False
    if not (before or after):
        return named_for(linker, first, last, s1, sub)
    if seat_of_body(linker, first, last, s0, sub) or french_seat(linker, first, last, s0, sub):
        return True
    pairs = [(s0 - 1, s0)] if s0 > first else []
    if s1 < last and linker.forms[s1 + 1] not in linker.lex.body_heads:
        pairs.append((s1, s1 + 1))
    return named_for(linker, first, last, s1, sub) or any(
        name_word(linker, t)
        and name_word(linker, u)
        and linker.tokens[u].joined
        and same_piece(linker, first, last, t, u)
        for t, u in pairs
    )


def _person_after(linker: SpanLinker, s0: int, s1: int, last: int) -> bool:
    """The body ``s0``..``s1`` (two name words or more) is followed, up to *last*, by a name of
    two words or more that opens with a given name of several persons of the gazetteer."""
    count = linker.decisions.person_word
    if count is None or s1 >= last or len(linker.name_units(s0, s1)) < 2:
        return False
    if len(linker.name_units(s1 + 1, last)) < 2 or not linker.tokens[s1 + 1].cap:
        return False
    return count(linker.forms[s1 + 1]) >= LOOSE_PERSONS


def acronym_body(linker: SpanLinker, t: int) -> bool:
    """Token *t* is an acronym written in capitals ("AFP", "UNHCR") that links alone to an
    organisation: the body a person spoke to or works for, never a given name of that person,
    which is written in capitals only with the rest of the name ("à l'AFP Giulia Ferrante",
    articles-v56; session 36, h-fr2)."""
    text = linker.tokens[t].text
    house = len(text) > 3 and text.istitle()  # "Unesco", "Unicef": see below
    if len(text) < 2 or not text.isalpha() or not (text.isupper() or house):
        return False
    if t + 1 < len(linker.tokens) and linker.tokens[t + 1].text.isupper():
        return False  # a name written all in capitals (a headline, a surname in capitals)
    cand = linker.link(t, t).cand
    if cand is None or cand.type != "ORG":
        return False
    # an acronym written as a word, the house style of AFP, the Guardian, Le Monde ("the
    # Unesco World Heritage List", articles-v14): the word is the acronym when the name it
    # matched is the same letters in capitals, the gazetteer's own acronym ("UNESCO"), and
    # the document writes it alone as the body's name (capitals_only.house_acronym)
    return not house or (cand.matched == text.upper() and house_acronym(linker.house_words, text))


def _name_after_acronym(linker: SpanLinker, s1: int, last: int) -> bool:
    """The span opens with a body's acronym (:func:`acronym_body`), token *s1*, and goes on
    with a name of two words or more none of which is a head noun of a body or unit: a
    person's name after the body ("à l'AFP Giulia Ferrante", a nil lawyer), not the rest of a
    body named with the acronym ("UN Support Mission": its head)."""
    if s1 >= last or len(linker.name_units(s1 + 1, last)) < 2:
        return False
    heads, units = linker.lex.body_heads, linker.lex.unit_heads
    if any(f in heads or f in units for f in linker.forms[s1 + 1 : last + 1]):
        return False
    return acronym_body(linker, s1)


def given_name_before_person(
    linker: SpanLinker, first: int, last: int, s0: int, s1: int, after: list[Seg]
) -> bool:
    """A lone word linked as a place or body right before a linked person in the same piece
    ("Ahmed | Mohammed Barka", the village Ahmed and a Mohammed Al-Barka): a person's name
    does not open with a place, but a man's own given name often stands before the name of
    his father and family, and a large gazetteer holds a village for every given name
    ("Ahmed", "Salem"). The words are one man's name the gazetteers lack: when the piece
    names a known man, the person matched his longer name or a title or comma stands
    between."""
    if s0 != s1 or not after or after[0].first != s1 + 1:
        return False
    nxt = after[0]
    if nxt.cand is None or nxt.cand.type != "PER":
        return False
    if acronym_body(linker, s0):
        return False  # "a déclaré à l'AFP Giulia Ferrante": no given name is an acronym
    if names_country(linker, s0, s1):  # "Libye | Mouammar Kadhafi" (links the word: after
        return False  # the cheap checks, so only a word before a linked person pays)
    if placed_by_preposition(linker.text, linker.tokens[s0].start, linker.link(s0, s1).cand):
        return False  # "received in Ankara Saddam Haftar": a given name follows no "in"
    if not linker.tokens[s1 + 1].joined or not name_word(linker, s0):
        return False
    return same_piece(linker, first, last, s0, s1 + 1)


def people_of_body(linker: SpanLinker, last: int, s1: int, sub: Seg) -> bool:
    """A body followed by "of" and a people that ends the span ("High Council | of Tebu",
    "Supreme Council | of the Amazigh"): the people is whose body it is, a word of its name as
    a seat is (:func:`seat_of_body`), so the words before "of" are not another body that
    lacks the people ("High Council" is not the High Council of State). A body whose own
    English names hold the people's word is that body, cut or not."""
    cand = sub.cand
    if cand is None or cand.type != "ORG" or s1 + 2 > last or linker.forms[s1 + 1] != "of":
        return False
    t = s1 + 2
    if linker.forms[t] == "the" and t < last:
        t += 1
    token = linker.tokens[t]
    return (
        t == last
        and token.cap
        and token.form in linker.lex.demonyms
        and token.form not in linker.english_words(cand.id)
    )


def seat_of_body(linker: SpanLinker, first: int, last: int, s0: int, sub: Seg) -> bool:
    """A place after "of" that closes a capitalised body's name the gazetteers lack ("Court of
    Appeal of Tripoli", "Municipal Council of Zawiya") is the seat the body is named for, as
    in "Tripoli Court of Appeal" (:func:`named_for`): a word of the unknown name, not a
    mention of the place. The name before "of" must hold a capitalised body head noun (or the
    name its words continue after "and": :func:`coordinated_complement_start`) and the
    place must end the piece; a known body there keeps the place apart (the caller sees it
    linked), as a title does ("Mayor of Tripoli" is cut off as context first)."""
    if sub.cand is None or sub.cand.type != "LOC" or s0 - 2 < first:
        return False
    of = s0 - 1
    if linker.forms[of] != "of" or not same_piece(linker, first, last, of - 1, sub.last):
        return False
    if any(p0 <= s0 <= p1 and p1 != sub.last for p0, p1 in pieces(linker, first, last)):
        return False
    # "Council of Sheikhs and Notables of Libya": the head may stand before the "and"
    p0 = coordinated_complement_start(linker, first, last, piece_start(linker, first, last, s0))
    tokens = linker.tokens
    return any(tokens[t].cap and tokens[t].form in linker.lex.body_heads for t in range(p0, of))


def _person_continues(
    linker: SpanLinker, first: int, last: int, s1: int, sub: Seg, after: list[Seg]
) -> bool:
    """A person matched only loosely, and only in part of the gazetteer's name, by the first
    words of a name that goes on, in the same piece, with a capitalised name word the match
    leaves unlinked and the person's names lack ("Mohamed Idris | Deby" ~ Muhammad Idris
    al-Senussi): where the gazetteer's name goes on with al-Senussi, the text's goes on with
    another family name: not this person. A match that explains the whole gazetteer name
    ("Idris Debi | Itno" ~ Idriss Déby) may be followed by a further name of the same man, and
    a word before the match is not judged so either: an extra given name in front is common.
    A person whose gazetteer name is only a given name (:func:`given_names_only`) is judged so
    however closely it matched: "Abdel Hamid | Zarruq" is not the record "Abd al-Hamid", and
    "Zarruq" there is his family name, not a village of that name. So is one whose name words
    are all common given names in the gazetteer (``linker.common_name``): "Ahmed Ali |
    Abushahma" is not the record "Ahmed Ali", one of the thousands of Ahmeds son of Ali."""
    cand = sub.cand
    nxt = s1 + 1
    if cand is None or nxt > last:
        return False
    if (given_names_only(cand.name) and given_names_only(cand.matched)) or linker.common_name(
        cand.id
    ):
        return _name_goes_on(linker, first, last, s1, cand.id)
    if cand.method not in LOOSE_PERSON_METHODS:
        return False
    if coverage(cand)[1] >= WHOLE_COVERAGE:
        return False
    if not after or after[0].first != nxt or after[0].cand is not None:
        return False
    if not linker.tokens[nxt].joined or not name_word(linker, nxt):
        return False
    if linker.forms[nxt] in linker.english_words(cand.id):
        return False
    return same_piece(linker, first, last, s1, nxt)


def _name_goes_on(linker: SpanLinker, first: int, last: int, s1: int, rid: str) -> bool:
    """The span goes on after ``s1``, in the same piece, with a capitalised name word that
    entity *rid*'s names lack."""
    nxt = s1 + 1
    if not linker.tokens[nxt].joined or not name_word(linker, nxt):
        return False
    if linker.forms[nxt] in linker.english_words(rid):
        return False
    return same_piece(linker, first, last, s1, nxt)


def given_names_only(name: str) -> bool:
    """A person's name that is only a given name: one name part ("Saleh"), or a compound given
    name of "Abd" and a divine name ("Abdul Al-Rahman", "Abd al-Hamid"), the article aside.

    Such a record (a synthetic or partial entry, a mononym) names no family: where a text's
    name goes on with a further name word ("Abdel Hamid | Zarruq"), the man is another of
    the thousands so named, and his family name is no mention of its own
    (:func:`_person_continues`). A name of a given and a family name is judged by the
    looseness of its match instead.
    """
    table = particle_table()
    parts = [fold(w) for w in re.split(r"[\s\-]+", name) if w]
    kinds = [table.kind_of(w, hyphen_joined=False) for w in parts]
    core = [(w, k) for w, k in zip(parts, kinds, strict=True) if k != "article"]
    if len(core) == 1:
        return core[0][1] is None
    return len(core) == 2 and core[0][1] == "abd" and core[1][1] is None
