"""A body's head with a modifier refers back only to a body whose name holds the modifier.

Translated news shortens a bank's or council's name to its head and one describing word ("the
Islamic Bank" for the Libyan Islamic Bank, المصرف الإسلامي). The describing word is a demonym
or a word of belief (``normx/detect/data/demonyms.yaml``: "Islamic", "Libyan"), which
coreference leaves out of what it compares (:func:`normx.resolve.references._query_forms`),
so "Islamic Bank" is asked as "Bank" and found the nearest bank the document named, any bank
(Sahara Bank). The word it left out still says which body is meant: a body none of whose
names, nor the words the document wrote for it, hold that word is not the one ("Islamic" is
no word of Sahara Bank). Such a mention keeps no antecedent then, and whatever the matcher gave
it alone (precision first: DOMAIN.md).

Only a bare head with modifiers ("Islamic Bank", "the Libyan Council") is judged: with a word
of the name besides ("Libyan Central Bank"), coreference compares that word already.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.resolve.coref import covers, query_tokens

if TYPE_CHECKING:
    from normx.resolve.coref import Antecedent, Antecedents
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime
    from normx.resolve.segment import Seg


def modifier_unsaid(
    linker: SpanLinker,
    rt: Runtime,
    seg: Seg,
    forms: list[str],
    ante: Antecedent | None,
    index: Antecedents,
) -> bool:
    """True when *seg* is a body head (its only compared word, *forms*) with modifiers that
    no word of the organisation *ante* holds (its names' or the document's words for it)."""
    if ante is None or ante.cand.type != "ORG" or len(forms) != 1:
        return False
    lex = rt.lex
    if forms[0] not in lex.body_heads:
        return False
    mods = [
        u.forms[0] for u in linker.core_units(seg.first, seg.last) if u.forms[0] in lex.demonyms
    ]
    if not mods:
        return False
    return not covers(query_tokens(mods), index.words.get(ante.cand.id, ante.words))
