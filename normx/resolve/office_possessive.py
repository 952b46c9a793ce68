"""An office named by its holder in the possessive: "the Attorney General's Office".

Arabic names an office by its holder's title (مكتب النائب العام, "the office of the attorney
general"), and translation and English copy write it either way round: "the Office of the
Attorney General" or "the Attorney General's Office". Gazetteers hold the first. In the second
the possessive ends the name run and "Attorney General" is a title, which detection keeps as
context, so nothing was found at all (articles-v23 and v26 both wrote it). The phrase
"<capitalised words>'s Office" (or "Bureau") is one mention of the body the gazetteers hold as
"Office of the <words>" (or "Bureau of the <words>"; wire copy writes "office" in lower
case, "the Attorney General's office", and means the same body): one organisation whose name, its
qualifier aside, reads so, found by the matcher with a close score. A phrase that overlaps a
linked mention (a person's office, "Dbeibah's office") is left alone: the holder is named
there, not the office.

The holder's title alone names the office too ("referred the file to the Attorney General",
أحال الملف إلى النائب العام): for the titles of ``office_titles`` (``normx/detect/data/
titles.yaml``), a capitalised title after "the" that no name follows (neither "Attorney General
Al-Sour" nor "the Attorney General, the counsellor Al-Sour", where the title introduces its
holder), that no mention covers, and that is the object of a preposition or of a verb ("to the
Attorney General", "called the Attorney General to open ...": not "the Attorney General
announced", the holder acting), in a document that names no holder of such a title ("the
Attorney General, the counsellor Al-Sour": then the bare title is he, unless "the office of
the" opens it) is the one organisation the matcher finds for "Office of the
<title>": named so (its qualifier aside) or reached through the gloss of the title
(مكتب النائب العام). Detection reads such a title as context, so it was found nowhere
(session 33, h-v54).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from normx.detect.lexicon import detect_data
from normx.match.candidate import Candidate
from normx.resolve.document import Mention, in_longer, spliced
from normx.text.latin import fold

METHOD = "office"
MIN_SCORE = 0.9  # the office's name, near letter for letter
_PHRASE = re.compile(
    r"(?<![\w’'])(?P<holder>(?:[A-Z][\w-]*[ -]){0,3}[A-Z][\w-]*)['’]s (?P<head>[Oo]ffice|Bureau)\b"
)
_ARTICLES = frozenset({"The", "THE"})
_QUALIFIER = re.compile(r"\s*(?:\([^)]*\)|,.*)$")
TITLE_METHOD = "office"
MIN_GLOSS = 0.85  # the office reached through the title's Arabic gloss (مكتب النائب العام)
# after the title: its holder's name ("Attorney General Al-Sour", "the Attorney General,
# Al-Sour", "..., the counsellor Al-Sour") or a longer name ("Attorney General's Office")
_NAME_AFTER = re.compile(r"(?:,| [A-Z]|['’]s\b|-)")
# the title as the object of a preposition ("referred the file to the Attorney General",
# "a warrant by the Attorney General", "the office of the Attorney General"), or of a verb
# with an infinitive or another object after it ("called the Attorney General to open ...",
# "demanded the Attorney General and the Ministry ..."), or ending a sentence; a title that
# a verb follows ("the Attorney General announced", "The Public Prosecutor orders") is its
# holder acting, a person
_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w-])(?:to|by|of|from|with|before|against|at|for|on|upon|towards?)\s+$"
)
_OBJECT_AFTER = re.compile(r"(?:\s+(?:to|and)\b|\s*[.;:)\]]|\s*$)")
_LOOK_BEHIND = 12


def _office(holder: str, head: str, match: Callable[[str], list[Candidate]]) -> Candidate | None:
    """The one body named "<head> of the <holder>" (its qualifier aside), if one."""
    head = head.capitalize()  # wire copy's "the Attorney General's office" (articles-v42)
    said = fold(f"{head} of the {holder}")
    found: dict[str, Candidate] = {}
    for cand in match(f"{head} of the {holder}"):
        if cand.type != "ORG" or cand.score < MIN_SCORE:
            continue
        if any(fold(_QUALIFIER.sub("", name)) == said for name in (cand.name, cand.matched)):
            found.setdefault(cand.id, cand)
    return next(iter(found.values())) if len(found) == 1 else None


def _holder_office(
    holder: str, head: str, match: Callable[[str], list[Candidate]]
) -> tuple[str, Candidate | None]:
    """The holder's words and their office, the whole run first, then without a leading
    article: a sentence opens "The Attorney General's Office" with a capital the title lacks,
    and the run of capitals takes it in ("Office of the The Attorney General" names nothing)."""
    cand = _office(holder, head, match)
    words = holder.split(" ")
    if cand is None and len(words) > 1 and words[0] in _ARTICLES:
        holder = " ".join(words[1:])
        cand = _office(holder, head, match)
    return holder, cand


def offices_by_holder(
    text: str, mentions: tuple[Mention, ...], match: Callable[[str], list[Candidate]]
) -> tuple[Mention, ...]:
    """*mentions* (in text order) with each "<title>'s Office" linked to the body named
    "Office of the <title>" (see the module docstring)."""
    if "s Office" not in text and "s Bureau" not in text and "s office" not in text:
        return mentions
    out = list(mentions)
    changed = False
    for m in _PHRASE.finditer(text):
        start, end = m.start(), m.end()
        if in_longer(out, start, end, linked=True):
            continue  # a linked name inside (a person's office), or a longer name
        holder, cand = _holder_office(m.group("holder"), m.group("head"), match)
        if cand is None:
            continue
        if holder != m.group("holder"):  # "The Attorney General's Office": no title's article
            start = m.start("holder") + len(m.group("holder")) - len(holder)
        evidence = {"matched": cand.matched, "office_of": holder}
        out = spliced(text, out, start, end, cand, METHOD, evidence)
        changed = True
    return tuple(out) if changed else mentions


def _title_pattern() -> re.Pattern[str] | None:
    titles = [str(t) for t in detect_data("titles.yaml").get("office_titles") or ()]
    if not titles:
        return None
    alts = "|".join(
        " ".join(w[:1].upper() + w[1:] for w in t.split()) for t in sorted(titles, key=len)[::-1]
    )
    return re.compile(r"(?<![\w’'-])(?:[Tt]he) (?P<title>" + alts + r")\b")


def _holder_pattern() -> re.Pattern[str] | None:
    """An office title that introduces its holder: "the Attorney General, the counsellor
    Al-Sour", "Attorney General, Advisor Al-Sour", "the Attorney General Al-Sour"."""
    if _TITLE_RE is None:
        return None
    alts = _TITLE_RE.pattern.split("(?P<title>", 1)[1].rsplit(")", 1)[0]
    return re.compile(
        r"(?:" + alts + r")(?:,? (?:the )?(?!(?:of|in|and|to|on|for|at|by|from|with) )"
        r"(?:[a-z]+ )?[A-Z])"
    )


_TITLE_RE = _title_pattern()
_HOLDER_RE = _holder_pattern()
# "the office of the Attorney General": the office whoever holds it
_OFFICE_OF_BEFORE = re.compile(r"(?<![\w-])office\s+of\s+$", re.IGNORECASE)


def _titled_office(title: str, match: Callable[[str], list[Candidate]]) -> Candidate | None:
    """The one organisation named "Office of the <title>" (its qualifier aside), or reached
    through the gloss of that phrase with a close score."""
    said = fold(f"Office of the {title}")
    found: dict[str, Candidate] = {}
    for cand in match(f"Office of the {title}"):
        if cand.type != "ORG":
            continue
        named = cand.score >= MIN_SCORE and any(
            fold(_QUALIFIER.sub("", name)) == said for name in (cand.name, cand.matched)
        )
        if named or (cand.method == "gloss" and cand.score >= MIN_GLOSS):
            found.setdefault(cand.id, cand)
    return next(iter(found.values())) if len(found) == 1 else None


def offices_by_title(
    text: str, mentions: tuple[Mention, ...], match: Callable[[str], list[Candidate]]
) -> tuple[Mention, ...]:
    """*mentions* (in text order) with each lone "the <office title>" linked to the body
    named "Office of the <title>" (see the module docstring)."""
    if _TITLE_RE is None or ("General" not in text and "Prosecutor" not in text):
        return mentions
    # a document that names the title's holder ("The Attorney General, the counsellor
    # Al-Sour, ordered ...") means him by the bare title later ("the efforts of the Attorney
    # General"), as with any titled person; only "the office of the <title>" is the office there
    holder_named = _HOLDER_RE is not None and _HOLDER_RE.search(text) is not None
    out = list(mentions)
    changed = False
    for m in _TITLE_RE.finditer(text):
        start, end = m.start("title"), m.end("title")
        if _NAME_AFTER.match(text, end) or any(o.start < end and start < o.end for o in out):
            continue
        before = text[max(0, m.start() - _LOOK_BEHIND) : m.start()]
        if holder_named and not _OFFICE_OF_BEFORE.search(before):
            continue
        if not (_PREPOSITION_BEFORE.search(before) or _OBJECT_AFTER.match(text, end)):
            continue  # "the Attorney General announced": the holder acting
        cand = _titled_office(m.group("title"), match)
        if cand is None:
            continue
        evidence = {"matched": cand.matched, "office_of": m.group("title")}
        out = spliced(text, out, start, end, cand, TITLE_METHOD, evidence)
        changed = True
    return tuple(out) if changed else mentions
