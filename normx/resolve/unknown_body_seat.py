"""A place after "the <Capitalised body> of" that links nothing names the body's seat.

Arabic names a local body by its head and its seat: المجلس العسكري زوارة, "the Military
Council of Zuwara"; مديرية أمن زوارة, "the Security Directorate of Zuwara". When the gazetteer
holds the body, the whole phrase links to it. When it does not, the phrase is an unknown body's
name, and the town in it is a word of that name, not a mention of the town (the gold rule of
every article set: a name inside a longer name counts as the longer name only). The span
resolution already keeps "Security Directorate of Zuwara" whole and unlinked, and "Council of
Zwara" when the town is a look-alike; but a town spelled exactly beside a head phrase the
lexicon reads as generic words ("Military Council", "Council") came out as the town alone, the
head phrase dropped as no name.

So a place linked right after "the", capitalised words ending in a head noun of a body named by
its seat (``seated`` of ``heads.yaml``: council, directorate, court, municipality ...) and "of"
(or "of the"), or such a head with a complement of its own ("the Union of the Farmers of the
Green Mountain", articles-v47: the head is the word before the first "of"), when no mention
covers those words, becomes one unlinked mention of the whole phrase.
A body the gazetteer holds under that phrase was linked whole before this runs. French writes
such a head in lower case ("membre du conseil militaire de Zouara": ``seated_french`` of
``heads.yaml``); the head, up to three lower-case words and "de" (or "d'") before a linked
place are read alike (session 34, h-country; articles-v55's gold: one nil body).
Armed units are named for the town they come from, and the text marks the two apart ("the
Third Force of Misrata": the unit and the town, articles-v13's gold), so their heads (force,
brigade) are not listed; nor is a head phrase that links or stands as a mention of its own.

MT writes the Arabic ب or في of a seat as "in": الكلية العسكرية ببنغازي, "the Military College
in Binghazi"; لجنة الأزمة في طبرق, "the Committee of the Crisis in Tubruq" (articles-v57's gold: one
nil body each, as v13's "Court of Appeal in Rome", v27's "Union of the Oil Workers in Tobruk"
and v52's "Union of the Fishermen in Al-Zawiya"). A town after "in" is most often where a known
body sits ("the Supreme Court in Tripoli"), so only a head phrase that links nothing and stood
as one unlinked mention counts: "the", two capitalised words or more (with "of" and "the"
between them), headed by a seated head before its first "of", no demonym among them ("the
Tuareg Supreme Council in Libya" names a people's council, and the place apart), and a place
that is no country. Such a phrase is no name without its town (session 35, h-v57).

A body the gazetteer holds under the phrase's own words, when a look-alike place took the span
(among 40,000 places "Omar Al-Mukhtar" ~ a village), is linked whole instead
(:mod:`normx.resolve.seat_body_named`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from normx.detect.lexicon import lexicon
from normx.match.candidate import Candidate
from normx.match.score import NO_MATCH_THRESHOLD
from normx.resolve.designators import seated_apart_in, seated_french_heads, seated_heads
from normx.resolve.document import Mention, linked_mention
from normx.resolve.seat_body_named import body_named_by_phrase, fused_cut
from normx.text.latin import fold

# the head phrase may hold its own complement before the seat: "the Union of the Farmers of
# the Green Mountain" (اتحاد مزارعي الجبل الأخضر), headed by the word before its first "of"
_HEAD_OF = re.compile(
    r"\b[Tt]he[ \t]+((?:[A-Z][\w'’-]*[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?)*[A-Z][\w'’-]*)"
    r"[ \t]+of[ \t]+(?:the[ \t]+)?$"
)
_INNER_OF = re.compile(r"[ \t]+of[ \t]")
_INNER_OF_THE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
# French writes the head in lower case: "du conseil militaire de Zouara" (the head, up to three
# lower-case words, then "de" or "d'" right before the place); a word may be elided: "la cour
# d'appel de Rome"
_FRENCH_DE = re.compile(
    r"((?:[dl]['’])?[A-ZÉa-zàâçéèêëîïôûùüÿœ][a-zàâçéèêëîïôûùüÿœ-]*[ \t]+"
    r"(?:(?:[dl]['’])?[a-zàâçéèêëîïôûùüÿœ-]+[ \t]+){0,3})(?:de[ \t]+|d['’])$"
)
_FRENCH_WORD = re.compile(r"[A-ZÉa-zàâçéèêëîïôûùüÿœ][a-zàâçéèêëîïôûùüÿœ-]*")
_ANY_WORD = re.compile(r"[^\W\d_]+")
_WINDOW = 80  # characters read before a place for "the <Head words> of"
_IN = (" in ", " in\t")
_THE_BEFORE = ("the ", "The ")


def _seated_head(phrase: str, at: int, heads: Collection[str]) -> tuple[str, int]:
    """The head of the shortest tail of *phrase* (a capitalised run with inner "of (the)",
    starting at offset *at*) headed by a seated head noun, and where that tail starts: "the
    Chairman of the Chamber of the Commerce of" is headed by Chamber, not Chairman. The whole
    phrase's head when no tail has one."""
    starts = [0] + [m.end() for m in _INNER_OF_THE.finditer(phrase)]
    for k in starts:
        head = fold(_INNER_OF.split(phrase[k:])[0].split()[-1])
        if head in heads:
            return head, at + k
    return fold(_INNER_OF.split(phrase)[0].split()[-1]), at


def _french_head(text: str, at: int) -> int | None:
    """Where the lower-case French seated head ("conseil") of the words right before "de" at
    *at* starts (the leftmost head of up to four lower-case words), if one is there."""
    found = _FRENCH_DE.search(text, max(0, at - _WINDOW), at)
    if found is None:
        return None
    heads = seated_french_heads()
    for word in _FRENCH_WORD.finditer(found.group(1)):
        if fold(word.group()) in heads:
            return found.start(1) + word.start()
    return None


def _french_body(
    phrase: str,
    place: Mention,
    match: Callable[[str], list[Candidate]],
    en_names: Callable[[str], tuple[str, ...]],
) -> Candidate | None:
    """The body the French *phrase* ("université de Benghazi") names, when the matcher finds
    a body for the whole phrase at :data:`NO_MATCH_THRESHOLD` or more one of whose English
    names holds the linked *place*'s name ("University of Benghazi"); else None: the phrase is
    an unknown body's ("université de Tripoli" is not the University of Benghazi)."""
    found = match(phrase)
    if not found or found[0].type != "ORG" or found[0].score < NO_MATCH_THRESHOLD:
        return None
    best = found[0]
    seat = _ANY_WORD.findall(fold(place.canonical or ""))
    if not seat:
        return None
    for name in (best.name, *en_names(best.id)):
        words = _ANY_WORD.findall(fold(name))
        if all(w in words for w in seat):
            return best
    return None


def _pieces_before(out: list[Mention], start: int, end: int) -> int:
    """How many of *out* stay when the unlinked mentions at its end that lie inside the head
    phrase *start*..*end* are taken in by the seat phrase: the span resolution left the body's
    head as a name of its own ("Municipality" before "of Al-Aziziya"), or in several pieces
    ("Company of the Management" and "Old City" before "of Ghadamis", articles-v52's gold: one
    nil body). A linked mention inside the phrase stays, and stops the phrase."""
    kept = len(out)
    while kept and out[kept - 1].id is None and out[kept - 1].start >= start:
        if out[kept - 1].end > end:
            break
        kept -= 1
    return kept


def _generic_head_in(
    text: str,
    head: Mention,
    place: Mention,
    heads: Collection[str],
    is_country: Callable[[str], bool],
) -> bool:
    """*head* is an unlinked capitalised phrase of two words or more, headed by a seated head
    and holding no demonym, said right before "in" and the town *place* (see the module)."""
    if head.id is not None or text[head.end : place.start] not in _IN:
        return False
    if not text.endswith(_THE_BEFORE, 0, head.start):
        return False
    if is_country(place.canonical or ""):
        return False  # "the Tuareg Supreme Council in Libya": the country is named apart
    words = head.text.split()
    caps = [w for w in words if w[:1].isupper()]
    if len(caps) < 2 or any(not (w[:1].isupper() or w in ("of", "the")) for w in words):
        return False
    lead = _INNER_OF.split(head.text)[0].split()
    if fold(lead[-1]) not in heads or fold(lead[-1]) in seated_apart_in():
        return False
    lex = lexicon()
    return not any(lex.is_context(fold(w)) for w in caps)


def bodies_of_unknown_seats(
    text: str,
    mentions: tuple[Mention, ...],
    match: Callable[[str], list[Candidate]] | None = None,
    en_names: Callable[[str], tuple[str, ...]] | None = None,
    is_country: Callable[[str], bool] | None = None,
) -> tuple[Mention, ...]:
    """*mentions* with each place linked after an unlinked "the <Body head> of" made one
    unlinked mention of the whole phrase (see the module docstring), or one linked to the body
    the phrase names word for word when *match* and *en_names* are given."""
    heads = seated_heads()
    out: list[Mention] = []
    changed = False
    for m in mentions:
        if m.id is not None and m.type == "LOC" and text.endswith(("of ", "the "), 0, m.start):
            found = _HEAD_OF.search(text, max(0, m.start - _WINDOW), m.start)
            if found is not None:
                head, start = _seated_head(found.group(1), found.start(1), heads)
                # "the Municipality | of Al-Aziziya": the head word stood alone; "the Company
                # of the Management | of the | Old City | of Ghadamis": the head phrase was
                # left in several unlinked pieces, all taken in
                kept = _pieces_before(out, start, found.end(1)) if head in heads else len(out)
                if head in heads and not (kept and out[kept - 1].end > start):
                    del out[kept:]
                    phrase = text[start : m.end]
                    body = None
                    if match is not None and en_names is not None:
                        body = body_named_by_phrase(phrase, match, en_names)
                    out.append(
                        linked_mention(text, start, m.end, body, {"matched": body.matched})
                        if body is not None
                        else Mention(start, m.end, phrase, None, None, None, 0.0, "none", {})
                    )
                    changed = True
                    continue
        if (
            m.id is not None
            and m.type == "LOC"
            and out
            and is_country is not None
            and _generic_head_in(text, out[-1], m, heads, is_country)
        ):  # "the Military College in Binghazi": one unknown body's name
            head = out.pop()
            phrase = text[head.start : m.end]
            out.append(Mention(head.start, m.end, phrase, None, None, None, 0.0, "none", {}))
            changed = True
            continue
        if m.id is not None and m.type == "LOC":
            # the elided "d'" may be glued to the place's mention: "la cour d'appel d'Oran"
            glued = m.text[:2] in ("d'", "d’", "D'", "D’")
            start = _french_head(text, m.start + 2 if glued else m.start)
            # no mention covers the head's words
            if start is not None and not (out and out[-1].end > start):
                phrase = text[start : m.end]
                body = None
                if match is not None and en_names is not None:
                    body = _french_body(phrase, m, match, en_names)
                out.append(
                    linked_mention(text, start, m.end, body, {"matched": body.matched})
                    if body is not None
                    else Mention(start, m.end, phrase, None, None, None, 0.0, "none", {})
                )
                changed = True
                continue
        if m.id is None and match is not None and en_names is not None:
            cut = fused_cut(text, m.start, m.end, heads, match, en_names)
            if cut is not None:  # "Ahmed Bouzaid of the University of Omar Al-Mukhtar"
                before_end, start, body = cut
                out.append(
                    Mention(
                        m.start,
                        before_end,
                        text[m.start : before_end],
                        None,
                        None,
                        m.type,
                        0.0,
                        "none",
                        m.evidence,
                    )
                )
                out.append(linked_mention(text, start, m.end, body, {"matched": body.matched}))
                changed = True
                continue
        out.append(m)
    return tuple(out) if changed else mentions
