"""A person's name written with one more name word than a gazetteer person's: someone else.

A name run such as "the mayor of Ghat, Koumani Mohamed Salah" or "the deputy of Ghat, Ibrahim
Al-Kouni Ahmed" did not link whole; the sub-span search then links its longest piece that
names a gazetteer person ("Mohamed Salah", "Ibrahim al-Koni") and leaves the last word over as
an unknown name of its own. But an unknown name word written in the same run right before or
after a person's name, with nothing between them, is one more part of that person's name (a
family name before it, a grandfather's or tribe's name after it): the text names one man, whose
name is longer than the gazetteer person's. Arabic full names differ exactly so (father's,
grandfather's, tribe's names), and the words the gazetteer name leaves out are what tells two
men of common names apart. The word over is no evidence of the gazetteer person; it is
evidence against him. So the two pieces make one mention of a person the gazetteers lack.

The word over must be a name part some gazetteer person bears ("Ahmed"): a translation also
capitalises English words before a name that no word list holds ("Counsellor Mustafa Abdel
Jalil", "Spaniard Bernardino Leon", "Slovak Jan Kubis"), and those say who, not which. (So a
rare family name before a common name, "Koumani Mohamed Salah", is not caught: no list tells
it from an English word.)

Kept out, as other modules read them: a word over that is a title, demonym, head noun, stop
word, connector or particle; a word the person's own names hold (his name written fuller); a
link the document made (an antecedent, a declared name) rather than a spelling; a leftover
word that links to something itself. Names inside the linked person's name ("Khalifa
Belqasim Haftar") are the father's-name rule's and never reach here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from normx.detect.units import NAME
from normx.match.candidate import LIKENESS_METHODS, Candidate
from normx.resolve.name_part_place import named_by_the_word, unknown_word_beside_common_name
from normx.resolve.segment import DOCUMENT_LINK_KEYS, Resolved, Seg

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime


def _name_word(
    linker: SpanLinker,
    rt: Runtime,
    seg: Seg,
    cand: Candidate | None,
    person: str = "",
    loose_word: bool = False,
) -> bool:
    """*seg* is one unknown name word: no link, no context, head noun or function word."""
    if seg.first != seg.last or seg.phrase or seg.generic or seg.context:
        return False
    tok = linker.tokens[seg.first]
    if cand is not None and not named_by_the_word(rt, cand, tok.form):  # name_part_place
        return False
    units = linker.name_units(seg.first, seg.last)
    if not tok.cap or len(units) != 1 or units[0].kind != NAME or not tok.text.isalpha():
        return False
    lex = rt.lex
    form = tok.form
    # a place named by the word beside a lone word linked only by likeness (loose_one_word)
    placed = loose_word and cand is not None
    if not (placed or _person_word(rt, form) or unknown_word_beside_common_name(rt, form, person)):
        return False
    return not (
        lex.is_context(form)
        or form in lex.body_heads
        or form in lex.unit_heads
        or form in lex.facility_heads
        or form in lex.connectors
        or form in lex.stopwords
        or form in lex.day_months
        or tok.text.isupper()  # an acronym ("GNU Mohamed Salah")
    )


def _person_word(rt: Runtime, form: str) -> bool:
    """Some gazetteer person's name holds the folded word *form*: a name part men bear
    ("Ahmed"), not an English word a translation capitalised ("Counsellor", "Slovak")."""
    index = rt.normalizer.index
    return any(
        index.records[index.names[ni].entity].type == "PER" for ni in index.postings.get(form, ())
    )


def _spelled_link(rt: Runtime, cand: Candidate | None, evidence: dict[str, Any]) -> bool:
    return (
        cand is not None
        and cand.type == "PER"
        and not any(key in evidence for key in DOCUMENT_LINK_KEYS)
    )


def loose_one_word(seg: Seg, person: Candidate) -> bool:
    """The person piece is one word linked only by likeness ("Ibrahim" ~ the last word of Osama
    Al Kuni Ibrahim): in "Ibrahim Adam, a 31-year-old Sudanese" the word beside it, though a
    village's whole name (Al Adam), is his father's name; a run of two capitalised words whose
    first links nowhere firmly is one man's name, not a man and a place side by side."""
    return seg.first == seg.last and person.method in LIKENESS_METHODS


def _adjacent(linker: SpanLinker, left: Seg, right: Seg) -> bool:
    """*right* starts at the token right after *left*, in the same run (spaces only)."""
    tok = linker.tokens[right.first]
    return left.last + 1 == right.first and tok.joined and not tok.hyphen_before


def longer_names(linker: SpanLinker, rt: Runtime, resolved: Sequence[Resolved]) -> list[Resolved]:
    """*resolved* with each person linked by spelling and an unknown name word beside him in
    the same run made one unlinked mention of both (see the module docstring)."""
    out: list[Resolved] = []
    k, n = 0, len(resolved)
    while k < n:
        seg, cand, evidence = resolved[k]
        if k + 1 < n:
            nseg, ncand, nev = resolved[k + 1]
            if _adjacent(linker, seg, nseg):
                person, word, word_cand = (
                    (ncand, seg, cand) if _spelled_link(rt, ncand, nev) else (cand, nseg, ncand)
                )
                pseg = nseg if word is seg else seg
                if (
                    _spelled_link(rt, person, nev if person is ncand else evidence)
                    and person is not None
                    and _name_word(
                        linker,
                        rt,
                        word,
                        word_cand,
                        person.id,
                        loose_one_word(pseg, person),
                    )
                    and linker.forms[word.first] not in rt.english_words(person.id)
                ):
                    merged = Seg(seg.first, nseg.last, None, False)
                    out.append((merged, None, {"longer_than": person.id}))
                    k += 2
                    continue
        out.append((seg, cand, evidence))
        k += 1
    return out
