"""A body whose name is a number: "218" for the channel 218 TV (قناة 218); or one letter.

Some bodies are named by a number: the Libyan channel 218 (218 TV), and the press writes it
alone after its kind noun ("the channel of 218", "La chaîne 218") or with the word of its name
("218 TV"), or in a list of its kind ("the channels of Libya Al-Ahrar, 218 and Al-Wasat"). The
detector looks for capitalised words, and a number has none: it is never a span.

A number is far more often a figure than a name, so one is read as a body's only where both
hold:

- the text says the kind of body beside it: a kind noun right before it, with "of (the)" or
  not ("the channel 218", "the channel of 218", "la chaîne 218"), a word of the body's own
  name right after it ("218 TV", taken into the mention), or a linked body coordinated with
  it ("Libya Al-Ahrar, 218 and Al-Wasat");
- the matcher's candidates for the number hold one body (not a person) whose English name has
  the number as a word ("218 TV"), and no other.

A number no name holds ("the channel of 300 journalists" for a gazetteer without such a body)
stays text; so does one a mention already covers. One capital letter is read the same way only
where the data lists it as a body's new name, and then as the record of its former name, which
gazetteers still bear ("X", formerly Twitter: "the platform X", "Facebook, TikTok and X"). The
kind nouns and the renamed bodies are data (``data/number_kinds.yaml``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from normx.detect.numbered import MAX_DIGITS
from normx.match.candidate import Candidate
from normx.resolve.document import Mention
from normx.text.latin import fold
from normx.text.resources import package_data

# a plain number of at most MAX_DIGITS digits (the numbered-unit detector's limit) standing
# alone (no decimal, thousands, percent, range or unit glued to it), or one capital letter
# standing alone ("X", the platform; not "U.S." nor "X-ray")
_NUMBER = re.compile(
    rf"(?<![\w.,+/%$€£-])(?:\d{{1,{MAX_DIGITS}}}(?![\w%+/-]|[.,]\d)|[A-Z](?![\w%+/.’'-]))"
)


@cache
def _data() -> dict:
    """``data/number_kinds.yaml``, read once."""
    return package_data("normx.resolve", "number_kinds.yaml")


@cache
def _kinds() -> tuple[re.Pattern[str], frozenset[str]]:
    """(a kind noun ending right before a number, with "of (the)" or not, folded; the
    lowercase words after a number that may be of its name)."""
    data = _data()
    nouns = "|".join(re.escape(fold(w)) for w in sorted(data["before"], key=len, reverse=True))
    before = re.compile(rf"\b(?:{nouns})(?:\s+of(?:\s+the)?)?\s*[\"“]?\s*$")
    return before, frozenset(fold(w) for w in data["after"])


@cache
def _renamed() -> dict[str, tuple[str, ...]]:
    """``renamed`` of the data: a body's new one-letter name -> its former names, which the
    gazetteers hold ("X" -> "Twitter")."""
    data = _data()
    return {str(k): tuple(str(n) for n in v) for k, v in (data.get("renamed") or {}).items()}


def number_names(
    text: str,
    mentions: tuple[Mention, ...],
    match: Callable[[str], Sequence[Candidate]],
    english_names: Callable[[str], tuple[str, ...]],
) -> tuple[Mention, ...]:
    """*mentions* with a mention added for each number the text names a body by (see the
    module), in text order; *english_names* gives a record's English names."""
    added: list[Mention] = []
    before_re, after_words = _kinds()
    for found in _NUMBER.finditer(text):
        start, end = found.span()
        if any(
            m.start < end
            and start < m.end
            and (m.id is not None or (m.start, m.end) != (start, end))
            for m in mentions
        ):
            continue  # an unlinked mention of the letter alone ("X") is replaced
        label = found.group()
        if label.isalpha() and label not in _renamed():
            continue  # a letter names a body only where the data lists it
        word = re.match(r"[ \t]+[\"”]?[ \t]*([A-Za-z]+)\b", text[end : end + 20])
        kind_after = word is not None and fold(word.group(1)) in after_words
        if not (
            kind_after
            or before_re.search(fold(text[max(0, start - 40) : start]))
            or _coordinated(text, start, end, mentions)
        ):
            continue
        body = _one_body(label, match, english_names)
        if body is None:
            continue
        if kind_after and word is not None:
            whole = f"{label} {word.group(1)}"
            wider = end + word.end()
            if any(fold(n) == fold(whole) for n in english_names(body.id)) and not any(
                m.start < wider and end < m.end for m in mentions
            ):  # "218 TV": the name's own word, unless a mention holds it ("218 TV Union")
                end = wider
        evidence = {"number_name": label, "matched": body.matched}
        added.append(
            Mention(
                start, end, text[start:end], body.id, body.name, body.type, body.score,
                body.method, evidence,
            )
        )  # fmt: skip
    if not added:
        return mentions
    taken = {m.start for m in added}
    kept = [m for m in mentions if m.start not in taken]
    return tuple(sorted((*kept, *added), key=lambda m: (m.start, m.end)))


def _one_body(
    label: str,
    match: Callable[[str], Sequence[Candidate]],
    english_names: Callable[[str], tuple[str, ...]],
) -> Candidate | None:
    """The one body among the matcher's candidates for *label* whose English name holds it as
    a word; None when none does or two do."""
    bodies = {
        c.id: c
        for c in match(label)
        if c.type != "PER" and any(label in n.split() for n in english_names(c.id))
    }
    for former in _renamed().get(label, ()):  # "X": the record still named "Twitter"
        bodies.update(
            (c.id, c)
            for c in match(former)
            if c.type != "PER" and any(fold(n) == fold(former) for n in english_names(c.id))
        )
    if len(bodies) != 1:
        return None
    return next(iter(bodies.values()))


def _coordinated(text: str, start: int, end: int, mentions: tuple[Mention, ...]) -> bool:
    """The number stands in a list of names of which one, at least, is a linked body: "Libya
    Al-Ahrar, 218 and Al-Wasat", "Facebook, Tik Tok and X" (a comma or "and"/"et" between
    each name and the next)."""
    ordered = sorted(
        (m for m in mentions if m.end <= start or m.start >= end), key=lambda m: m.start
    )
    before = [m for m in ordered if m.end <= start][::-1]
    after = [m for m in ordered if m.start >= end]
    for side, edge in ((before, start), (after, end)):
        for m in side:
            gap = text[m.end : edge] if m.end <= edge else text[edge : m.start]
            if len(gap) > 6 or not _JOINT.match(gap):
                break
            if m.id is not None and m.type == "ORG":
                return True
            edge = m.start if m.end <= start else m.end
    return False


_JOINT = re.compile(r"^\s*(?:,|,?\s*(?:and|et|or|ou))\s*$")
