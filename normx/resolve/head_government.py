"""A government named by its prime minister: "the Government of Hammad", "the Hammad Government".

Arabic news names Libya's governments by their heads (حكومة حماد, حكومة الدبيبة), and
translation keeps the capital of a name: "the Government of Hammad", "the Hammad Government".
Neither the matcher nor coreference can link it: the words name a person and a kind of body,
and the gazetteers hold the government under its own name ("Government of National
Stability"). An unlinked mention made of a capitalised "Government" and a surname the data
gives a government for (``data/government_heads.yaml``) is that government, when a gazetteer
holds it under one of its names, closely matched, and no other body as closely. A lower-case
"the Dbeibah government" is prose, not a name, and is never a span of its own.

Right after a ministry the text gives to the other government (unlinked by
:mod:`normx.resolve.rival_government`), joined to it by the connector only, "Government of
Hamad" is that ministry's owner, part of its name: "the Ministry of the Justice in the
Government of Hamad" (وزارة العدل بحكومة حماد) is one body, unknown to the gazetteer, and a
reader takes no government from inside it. Such a mention is left unlinked.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from normx.match.candidate import Candidate
from normx.resolve.document import Mention
from normx.text.latin import fold
from normx.text.resources import package_data

METHOD = "head_government"
MIN_SCORE = 0.95  # the government's name must be held as written, nearly
MARGIN = 0.05
_SHAPES = (
    re.compile(r"^(?:[Tt]he )?Government of (?:[A-Z][\w'’-]* )?(?P<name>[A-Z][\w'’-]*)$"),
    re.compile(r"^(?:[A-Z][\w'’-]* )?(?P<name>[A-Z][\w'’-]*) Government$"),
)
_ARTICLE = re.compile(r"^(?:al|el|ad|ed|as|es)[-‐ ]")
# the connector between a ministry and its owner ("in the", "of the", "of"), nothing else
_OWNER_GAP = re.compile(r"\s+(?:of|in|at|under)\s+(?:the\s+)?", re.IGNORECASE)


@cache
def government_names() -> dict[str, tuple[str, ...]]:
    """Folded surname (without its article) -> the names of the government that head led."""
    out: dict[str, tuple[str, ...]] = {}
    for entry in package_data("normx.resolve", "government_heads.yaml"):
        for head in entry["heads"]:
            out[fold(str(head))] = tuple(str(n) for n in entry["names"])
    return out


def head_surname(text: str) -> str | None:
    """The folded surname of "Government of <name>" / "<name> Government", if *text* is one."""
    for shape in _SHAPES:
        m = shape.match(text)
        if m is not None:
            return _ARTICLE.sub("", fold(m.group("name")))
    return None


def heads_governments(
    mentions: tuple[Mention, ...], match: Callable[[str], list[Candidate]], text: str = ""
) -> tuple[Mention, ...]:
    """*mentions* with each unlinked "Government of <head>" linked to that head's government,
    unless it owns the other government's ministry just before it (see the module docstring)."""
    out: list[Mention] | None = None
    for k, m in enumerate(mentions):
        if m.id is not None or "Government" not in m.text:
            continue
        if k and _owns_ministry(text, mentions[k - 1], m):
            continue
        surname = head_surname(m.text)
        names = government_names().get(surname) if surname else None
        if not names:
            continue
        cand = _government(names, match)
        if cand is None:
            continue
        if out is None:
            out = list(mentions)
        evidence = {"matched": cand.matched, "head_of": surname}
        out[k] = Mention(
            m.start, m.end, m.text, cand.id, cand.name, cand.type, cand.score, METHOD, evidence
        )
    return mentions if out is None else tuple(out)


def _owns_ministry(text: str, before: Mention, m: Mention) -> bool:
    """*m* follows the other government's unlinked ministry *before*, the connector between:
    "Ministry of the Justice | in the | Government of Hamad"."""
    return (
        before.id is None
        and "other_government" in before.evidence
        and before.end <= m.start
        and _OWNER_GAP.fullmatch(text, before.end, m.start) is not None
    )


def _government(
    names: tuple[str, ...], match: Callable[[str], list[Candidate]]
) -> Candidate | None:
    for name in names:
        found = [c for c in match(name) if c.type == "ORG"]
        if not found or found[0].score < MIN_SCORE:
            continue
        best = found[0]
        if any(c.id != best.id and c.score >= best.score - MARGIN for c in found[1:]):
            continue
        return best
    return None
