"""A kind of body said alone names no body the text names only later: "the Fonds" ... "Fonds de
développement".

Coreference looks for a partial name's antecedent before it and then, failing that, after it:
a headline or lead may say "Haftar" before the article names "Khalifa Haftar" in full
(:mod:`normx.resolve.coref`). A word that is only a kind of body ("Fund", French "Fonds",
"Council") is no such short name: before any body of that kind is named it is a body the
reader does not know yet ("the holdings of the Fonds souverain libyen", the LIA described in
French, whose "souverain libyen" the detector does not read), and the fund named paragraphs
later (the reconstruction fund) is another one. So a one-word partial mention that is a body
head noun (English ``heads.yaml`` or the gloss lexicon's French kinds of body) takes no
antecedent that comes after it; an earlier one is :mod:`normx.resolve.generic`'s to judge.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from normx.mt.french import default_french_names
from normx.resolve.coref import Antecedent


def kind_before_body(
    forms: Sequence[str], ante: Antecedent | None, position: int, body_heads: Collection[str]
) -> bool:
    """*forms* (a mention's folded words) are one kind-of-body word and *ante* comes after
    the mention at *position* (see the module docstring)."""
    if ante is None or ante.position <= position or len(forms) != 1:
        return False
    word = forms[0]
    return word in body_heads or word in default_french_names().kinds
