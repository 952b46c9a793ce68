"""A body's full name written out where the gazetteer holds only its acronym.

Gazetteers often keep a body under the short form everyone uses ("NATO", "UNHCR", "OPEC"),
while a translation from Arabic spells the name out ("North Atlantic Treaty Organization",
from حلف شمال الأطلسي). The matcher compares names word by word, so four words never reach a
four-letter name. The rule here is the reverse of :mod:`normx.resolve.acronyms`: an unlinked
mention of a body, written as a proper name of at least :data:`MIN_LETTERS` content words,
whose initials spell an acronym that is the English name or alias of exactly one body of the
gazetteers, is that body. Function words may be skipped in the initials, as acronyms skip
them ("Organization of the Petroleum Exporting Countries" -> OPEC).

Only bodies: the mention must say it is one (typed ORG, or holding a head noun such as
"Organization" or "Party"), since a person's three names may spell some body's acronym by
chance (Nuri Omar Chebbi -> NOC). Every content word must be capitalised, as in a name. A
mention that opens with other words before "of the" ("Planes of the North Atlantic Treaty
Organization": a sentence's first word kept with the name) is tried from each such "of" on,
and the link keeps the name's own offsets.

A body whose acronym its name's initials do not spell ("United Nations Children's Fund",
UNICEF) is read from a list (:mod:`normx.detect.acronym_names`) before the initials.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from itertools import pairwise

from normx.detect.acronym_names import acronym_of
from normx.gazetteer.schema import Record
from normx.resolve.acronyms import FUNCTION_WORDS, initials, is_acronym
from normx.resolve.document import Mention

METHOD = "initials"
MIN_LETTERS = 3  # two initials ("United States" -> US) are too often something else
SCORE = 0.9  # no word of the name was compared: the initials are the only evidence
_WORD_RE = re.compile(r"[^\W\d_]+")

AcronymNamed = Callable[[str], tuple[str, str, str, str] | None]
"""An acronym -> (id, canonical, type, the acronym as the gazetteer writes it) of the one body
the gazetteers name by it, or None."""


def acronym_named_bodies(records: Iterable[Record]) -> AcronymNamed:
    """The look-up over *records*: bodies (ORG) with an English name or alias that is an
    acronym of :data:`MIN_LETTERS` letters or more, kept where exactly one body has it."""
    table: dict[str, dict[str, tuple[str, str, str, str]]] = {}
    for rec in records:
        if rec.type != "ORG":
            continue
        for name in rec.names("en"):
            word = name.replace(".", "")
            if len(word) >= MIN_LETTERS and is_acronym(word) and word.isalpha():
                table.setdefault(word.upper(), {}).setdefault(
                    rec.id, (rec.id, rec.canonical, rec.type, name)
                )

    def named(acronym: str) -> tuple[str, str, str, str] | None:
        found = table.get(acronym)
        return next(iter(found.values())) if found and len(found) == 1 else None

    return named


def _spelled_as_name(words: list[str]) -> bool:
    """Every content word capitalised, and enough of them to spell an acronym."""
    content = [w for w in words if w.lower() not in FUNCTION_WORDS]
    return len(content) >= MIN_LETTERS and all(w[0].isupper() for w in content)


def _name_starts(text: str) -> list[int]:
    """Where a name may begin inside a mention: its start, and each word after "of" / "of
    the" ("Planes of the | North Atlantic Treaty Organization": detection keeps a sentence's
    first capitalised word with the name)."""
    starts = [0]
    words = list(_WORD_RE.finditer(text))
    for before, word in pairwise(words):
        low = before.group(0).lower()
        if low in FUNCTION_WORDS and word.group(0).lower() not in FUNCTION_WORDS:
            starts.append(word.start())
    return starts


def _spelled_body(
    m: Mention, named: AcronymNamed, heads: frozenset[str]
) -> tuple[int, tuple[str, str, str, str]] | None:
    """(start offset in the mention, the body) of the longest tail of *m* that spells one."""
    for offset in _name_starts(m.text):
        rest = m.text[offset:]
        listed = acronym_of(rest)  # "United Nations Children's Fund": UNICEF, no initials
        if listed is not None and (found := named(listed)) is not None:
            return offset, found
        words = _WORD_RE.findall(rest.replace("-", " "))
        if not _spelled_as_name(words):
            continue
        if m.type != "ORG" and not any(w.lower() in heads for w in words):
            continue
        for acronym in sorted(initials(rest), key=len, reverse=True):
            if len(acronym) >= MIN_LETTERS and (found := named(acronym)) is not None:
                return offset, found
    return None


def link_spelled_out(
    mentions: tuple[Mention, ...], named: AcronymNamed, heads: frozenset[str]
) -> tuple[Mention, ...]:
    """*mentions* with each unlinked body name whose initials spell a gazetteer acronym linked
    to that body (see the module docstring); *heads* are the folded head nouns of bodies
    ("organization"), one of which a mention not typed ORG must hold."""
    out: list[Mention] | None = None
    for i, m in enumerate(mentions):
        if m.id is not None and acronym_of(m.text) is None:
            continue  # a listed name is a source: it overrides the matcher's likeness
        hit = _spelled_body(m, named, heads)
        if hit is None or hit[1][0] == m.id:
            continue
        offset, (rid, canonical, type_, name) = hit
        start = m.start + offset
        evidence = {**m.evidence, "acronym": name}
        text = m.text[offset:]
        linked = Mention(start, m.end, text, rid, canonical, type_, SCORE, METHOD, evidence)
        if out is None:
            out = list(mentions)
        out[i] = linked
    return mentions if out is None else tuple(out)


_FOR_THE = re.compile(r"\s+(?:for|of)(?:\s+the)?\s+")  # what joins a body's name to its field


def listed_fields_joined(
    text: str, mentions: tuple[Mention, ...], named: AcronymNamed
) -> tuple[Mention, ...]:
    """*mentions* with a listed full name cut at its field joined again and linked.

    A translation from Arabic names a body held by an acronym its initials do not spell with
    its field after "for the" (منظمة الأمم المتحدة للطفولة, "the Organization of the United
    Nations for the Childhood": UNICEF). The matcher takes the name's first part on its own,
    which may be another body ("Organization of the United Nations" glossed to UN Women's
    هيئة الأمم المتحدة, "United Nations Fund" to the UNFPA), and leaves the field an unlinked
    word ("Childhood"). Two mentions one "for (the)" or "of (the)" apart whose text together
    is a listed name (:mod:`normx.detect.acronym_names`) of the one body a gazetteer holds by
    that acronym become one mention of it; a coreference link whose antecedent was the first
    part ("the Organization") follows it. The second part must be unlinked: a linked one is a
    name of its own. Session 34 (h-v53), articles-v53 and v38.
    """
    out: list[Mention] = []
    moved: dict[int, Mention] = {}  # the first part's start -> the joined mention
    i, n = 0, len(mentions)
    while i < n:
        m = mentions[i]
        if i + 1 < n and (nxt := mentions[i + 1]).id is None:
            gap = text[m.end : nxt.start]
            if _FOR_THE.fullmatch(gap) and (listed := acronym_of(text[m.start : nxt.end])):
                found = named(listed)
                if found is not None:
                    rid, canonical, type_, name = found
                    evidence = {"acronym": name}
                    joined = Mention(
                        m.start,
                        nxt.end,
                        text[m.start : nxt.end],
                        rid,
                        canonical,
                        type_,
                        SCORE,
                        METHOD,
                        evidence,
                    )
                    if m.id is not None and m.id != rid:
                        moved[m.start] = joined
                    out.append(joined)
                    i += 2
                    continue
        ante = m.evidence.get("antecedent") if m.method == "coref" else None
        if isinstance(ante, dict) and (to := moved.get(ante.get("start"))) is not None:
            m = Mention(
                m.start,
                m.end,
                m.text,
                to.id,
                to.canonical,
                to.type,
                m.score,
                m.method,
                {
                    **{k: v for k, v in m.evidence.items() if k != "matched"},
                    "antecedent": {"text": to.text, "start": to.start},
                },
            )
            moved[m.start] = to  # a chain follows whole
        out.append(m)
        i += 1
    return tuple(out) if moved or len(out) != n else mentions
