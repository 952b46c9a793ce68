"""A French name's complement that is a word of the linked body's own name: "Ligue des
champions de la CAF".

French names a competition by its kind and its organiser's acronym after "de la": "Ligue des
champions de la CAF" is the CAF Champions League. The detector ends the name at the lower-case
connector and the acronym links alone, to the confederation: one right link and one wrong one
where the text names one thing (articles-v39). When a mention linked to a body is followed by
French "de", "de la", "du" or "des" and a mention whose words are all words of that body's own
English name ("CAF" of "CAF Champions League"), the second is part of the first's name and is
taken into its mention, as :mod:`normx.resolve.club_city` takes "de Tripoli" into "Ittihad de
Tripoli". English "of" is not joined: "the League of the CAF" may well name the two.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from normx.resolve.document import Mention, stretched_mention
from normx.text.latin import fold

_DE = re.compile(r"[ \t]+(?:de[ \t]+la|de|du|des)[ \t]+")
_WORD = re.compile(r"[^\W\d_]+")

Names = Callable[[str, str], tuple[str, ...]]  # (record id, language) -> the record's names


def _words(text: str) -> set[str]:
    return {fold(w) for w in _WORD.findall(text)}


def own_complements(text: str, mentions: Sequence[Mention], names: Names) -> tuple[Mention, ...]:
    """*mentions* with each French complement naming a word of the body before it taken into
    that body's mention (see the module docstring)."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.id is not None
            and prev.type == "ORG"
            and m.id is not None
            and m.id != prev.id
            and _DE.fullmatch(text[prev.end : m.start]) is not None
        ):
            said = _words(m.text)
            own = [_words(n) for n in names(prev.id, "en")]
            if said and any(said <= w for w in own):
                out[-1] = stretched_mention(text, prev, m.end, {"complement": m.text})
                continue
        out.append(m)
    return tuple(out)
