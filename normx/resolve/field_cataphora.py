"""A field's word alone names its ministry only after the ministry was named.

Arabic calls a ministry by its field alone (الداخلية, "the Interior", after وزارة الداخلية),
and translation keeps it: "a joint force from the Interior and the Defence" (articles-v35),
each word a short form of the ministry the text named before. Before the ministry is named,
the same word is the field itself: "a mission of the Organization of the United Nations for
the Education and the Science and the Culture" (UNESCO's name, articles-v52) says culture,
not the Ministry of Culture that the article names paragraphs later. Coreference looks for an
antecedent before a name and, failing that, after it (:meth:`~normx.resolve.coref.Antecedents.
find`); for a lone word of the gloss lexicon's ``portfolios`` (fields every country has a
ministry for) the antecedent after it is dropped. A field word the document wrote after the
body's full name still links, and so does any other lone word that finds its antecedent later
(a headline's short name before the body's full name below).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from normx.mt.lexicon import default_lexicon

if TYPE_CHECKING:
    from normx.resolve.coref import Antecedent


def field_named_later(ante: Antecedent | None, forms: Sequence[str], pos: int) -> bool:
    """Whether the antecedent *ante* found for the segment at *pos*, the folded words *forms*,
    is to be dropped: the segment is one portfolio word and *ante* comes after it."""
    if ante is None or ante.position <= pos or len(forms) != 1:
        return False
    return forms[0] in default_lexicon().portfolios
