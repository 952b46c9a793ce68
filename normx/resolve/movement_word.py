"""A person's name before "current"/"movement" names the current, not the person.

Arabic names a current of thought by its founder's nisba (التيار المدخلي, "the Madkhali
current", after Rabee al-Madkhali), and translation keeps the order: the name, then the noun in
lower case. The name alone matches the founder ("Madkhali" ~ Rabee al-Madkhali), but the
sentence speaks of his followers ("the followers of the Madkhali current"). So a one-word
mention linked to a person and followed, one space apart, by one of the movement nouns
(``data/movement_words.yaml``) is unlinked. Only persons: a place before the noun ("the Fezzan
movement") names where the movement is, which another rule may keep.
"""

from __future__ import annotations

import re
from functools import cache

from normx.resolve.document import Mention
from normx.text.resources import package_data


@cache
def _after() -> re.Pattern[str]:
    """A movement noun right after a mention (one space, lower case)."""
    words = package_data("normx.resolve", "movement_words.yaml")["words"]
    alternation = "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf" (?:{alternation})\b")


def movements_unlinked(text: str, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """*mentions* with each one-word person link that a movement noun follows undone."""
    after = _after()
    out = list(mentions)
    changed = False
    for k, m in enumerate(mentions):
        if m.id is None or m.type != "PER" or " " in m.text.strip():
            continue
        if after.match(text, m.end) is None:
            continue
        evidence = {"movement": text[m.end + 1 : m.end + 1 + 20].split()[0], "candidates": [m.id]}
        out[k] = Mention(m.start, m.end, m.text, None, None, m.type, 0.0, "none", evidence)
        changed = True
    return tuple(out) if changed else mentions
