"""A body's head noun alone, after an unknown body named by that noun, is that body.

"The director of the House of the Children in Binghazi ... warned that the house ... And she
added that the House receives every month new children" (articles-v53, 5304): the children's
home is in no gazetteer, so its name is an unlinked mention, and the lone "House" was glossed to
the House of Representatives, which the article never names. A report that names an unknown
body by its head noun ("the House of ...", "the Council of ...") and then writes that noun alone
with a capital means the body it named, as :mod:`normx.resolve.nearer_unknown_body` reads for
generic nouns inside one sentence; here across sentences, for the links the matcher made on the
one word.

So a one-word mention that is a body's head noun (``heads.yaml``), linked by the matcher (not by
coreference: :mod:`normx.resolve.orphan_coref` drops those), is unlinked when an earlier
unlinked mention of two words or more opens with the same word and no other mention of the
document links the same entity (a body the document names in full keeps its short form: "the
House of Representatives ... the House"). Session 34 (h-v53).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from normx.resolve.document import Mention
from normx.text.latin import fold

KEPT = frozenset({"coref", "acronym", "exact"})  # links that rest on more than the word's likeness


def _first_word(text: str) -> str:
    return fold(text.split()[0]) if text.split() else ""


def unknown_head_repeats_unlinked(
    mentions: Sequence[Mention], heads: Collection[str]
) -> tuple[Mention, ...]:
    """*mentions* without the one-word head-noun links that repeat an unknown body's head."""
    unknown: set[str] = set()  # first words of the unlinked names of two words or more so far
    out: list[Mention] = []
    for k, m in enumerate(mentions):
        text = m.text.strip()
        if m.id is None:
            if " " in text:
                unknown.add(_first_word(text))
            out.append(m)
            continue
        word = fold(text)
        if (
            " " not in text
            and m.method not in KEPT
            and text[:1].isupper()
            and word in heads
            and word in unknown
            and not any(o.id == m.id for j, o in enumerate(mentions) if j != k)
        ):
            evidence = {key: v for key, v in m.evidence.items() if key != "matched"}
            m = Mention(m.start, m.end, m.text, None, None, m.type, 0.0, "none", evidence)
        out.append(m)
    return tuple(out)
