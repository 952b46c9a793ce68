"""The last word of a person's name the document wrote in full and no gazetteer holds is that
person again, even when some other person of the gazetteer bears the word as his whole name.

"The minister of justice, Halima Abdel Rahman, said ... Abdel Rahman added that ..." -- the
second mention is the minister's family name said short, as news shortens every person after
naming him once. :mod:`normx.resolve.references` already keeps such a word with the unknown
name when the matcher reached a place or body by it, or reached anything only loosely
(``unknown_last`` there). A person record spelled exactly as the word was let stand: among
tens of thousands of persons one is named "Abdul Al-Rahman", a name that is only the text's
two words, and the minister's short name was linked to him. What the document gives for
that man is the word alone; what it gives for its own person is the full name a few lines
before.

So a one-word segment (one name unit: "Abdel Rahman" is one, as "Abdulrahman" is) linked to
a person by an exact or normalised name, whose word is the last word of an unlinked name of
two words or more written earlier in the document, is read by the same reference rules as a
surname: a person the document named in full with the word stands (found as any surname's
antecedent), and without one the word is the unknown name again. A word written before the
unknown name is not judged (a person named short first, then in full, is another case).
"""

from __future__ import annotations

from normx.match.candidate import Candidate

__all__ = ["person_after_unknown"]

SPELLED = frozenset({"exact", "normalised"})


def person_after_unknown(
    forms: list[str], cand: Candidate | None, partial: bool, unknown_at: int | None, pos: int
) -> bool:
    """The segment at *pos* (query *forms*) is one word linked to a person by its spelling
    (*cand*, not *partial*), and an unlinked name ending in the word was written before it
    (*unknown_at*, that name's position, or None)."""
    return (
        cand is not None
        and not partial
        and len(forms) == 1
        and cand.type == "PER"
        and cand.method in SPELLED
        and unknown_at is not None
        and unknown_at < pos
    )
