"""A lone word tied between strangers' names and one body whose qualifier the document says.

"Al-Ahly Tripoli ... defeated Al-Nasr ... the Benina stadium in Benghazi": the club Al-Nasr SC
(Benghazi) is reached by one word of its name (0.78), and in a gazetteer of tens of thousands
of Arab names so are hundreds of men holding نصر or ناصر, at the same 0.78. The word stays a
tie, and the document's rules for ties
(:func:`~normx.resolve.unsaid_qualifier.said_namesake`, :mod:`normx.resolve.said_words`) read
places only, or stand aside when a person is tied, since a person's name needs the man named
in the document. Here none is: coreference found no antecedent for the word among the
document's persons, and a lone word never links a person the document does not name (a given
name or a surname alone is any of them). What is left is the body, and the document says the
place its gazetteer name is qualified by, which is how namesake bodies are told apart
(Al-Nasr SC (Benghazi), not another Nasr club). So the one place or body of the tie whose
parenthetical qualifier the document says is the word's, when every other candidate is a
person the word names by one word of a longer name. Read only where coreference and the
other tie rules found nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.segment import WHOLE_COVERAGE, coverage
from normx.resolve.unsaid_qualifier import english_qualifier, said_in


def qualified_among_strangers(
    text: str, records: Mapping[str, Record], tied: Sequence[Candidate]
) -> Candidate | None:
    """The one non-person of *tied* whose qualifier *text* says, the rest being persons named
    by one word of a longer name (see the module docstring); None otherwise."""
    found: Candidate | None = None
    persons = 0
    for cand in tied:
        if cand.type == "PER":
            if coverage(cand)[1] >= WHOLE_COVERAGE:
                return None  # the word is a whole person's name: his, or no one's
            persons += 1
            continue
        record = records.get(cand.id)
        qualifier = english_qualifier(record) if record is not None else None
        if found is not None or qualifier is None or not said_in(text, qualifier):
            return None
        found = cand
    return found if persons else None
