"""Portfolio words name a minister's office or a kind of body, not one ministry.

The gloss lexicon (``normx/mt/data/gloss.yaml``) renders the fields ministries, authorities and
public companies are named for (finance, higher education, local government, antiquities,
post, water), so "Ministry of Finance" and "Antiquities Authority" reach وزارة المالية and مصلحة
الآثار. The same words say two things that are no mention of those bodies:

* after a minister's title they are his office's domain: "the Minister of Local Government in
  the Dbeibah government, Badr Al-Din Al-Toumi" speaks of a man, and "Local Government" of his
  post, not of the ministry (:mod:`normx.resolve.minister_office` keeps the whole office phrase
  from the ministry; this is its remainder once the title is read as context);
* in lower case, with nothing but generic heads and portfolios ("Libya's economy ministry",
  "the Libyan customs authority"), they describe a kind of body, as "the interior ministry"
  of any country would: a phrase the detector reads only when the gloss reaches a body, and
  which names it only when some word of the body's own name says which one.

And a head with its complement may open a span that goes on with "and" or "of" ("the
Ministry of Finance and the Central Bank"): the title-phrase reading takes "Ministry of" for
context and leaves "Finance" a lone word; :func:`leading_body` reads the ministry first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.detect.lexicon import function_words
from normx.mt.lexicon import default_lexicon
from normx.resolve.body_names import GENERIC_EVIDENCE, head_with_complement
from normx.resolve.minister_office import OFFICE_WORDS, is_ministry
from normx.resolve.segment import Seg, is_clean
from normx.text.latin import fold

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker

LINKS = function_words("head_openers")  # "Minister of/for" (connectors.yaml)


def office_domain(context: tuple[str, ...], seg: Seg) -> bool:
    """*seg* follows "Minister of" (its context) and links a ministry: the office's domain."""
    if not context or seg.cand is None or not is_ministry(seg.cand):
        return False
    words = fold(context[-1]).replace("-", " ").split()
    return len(words) >= 2 and words[-1] in LINKS and words[-2] in OFFICE_WORDS


def kind_words_only(query: str) -> bool:
    """Every word of *query* is a generic head, a portfolio, a function or a country word of
    the gloss lexicon ("economy ministry", "Libyan customs authority"), one head at least."""
    lex = default_lexicon()
    words = [w for w in fold(query).replace("-", " ").split() if w not in lex.function_words]
    places = {key[0] for key, e in lex.entries.items() if e.place and len(key) == 1}
    has_head = False
    i = 0
    while i < len(words):
        pair = " ".join(words[i : i + 2])
        if i + 1 < len(words) and pair in lex.portfolios:
            i += 2
            continue
        w = words[i]
        if w in lex.generic:
            has_head = True
        elif w not in lex.portfolios and w not in places and w.removesuffix("'s") not in places:
            return False
        i += 1
    return has_head


def leading_body(linker: SpanLinker, first: int, last: int) -> tuple[Seg, int] | None:
    """A head with its complement that names one body, followed by "and" or "of" and more
    ("the Ministry of Finance and the Central Bank", "the Ministry of Interior of the
    Government of National Unity"), when the whole span names nothing: the body's segment
    and the token the rest starts at. The longest such head phrase linked cleanly to an
    organisation by an exact name or a gloss of its Arabic name wins (a loose spelling of
    generic words is no evidence: :data:`~normx.resolve.body_names.GENERIC_EVIDENCE`)."""
    forms = linker.forms
    if last - first < 4 or not head_with_complement(linker, first, last):
        return None
    if forms[first] in default_lexicon().head_nouns:
        return None  # "Forces of the Libyan National Army of ...": the body's men, not a body
    lex = linker.lex
    if not any(f in lex.coordinating or f == "of" for f in forms[first + 3 : last]):
        return None
    whole = linker.link(first, last)
    if whole.cand is not None and is_clean(whole.cand):
        return None
    for k in range(last - 2, first + 1, -1):
        joint = forms[k + 1]
        if joint != "of" and joint not in lex.coordinating:
            continue
        seg = linker.link(first, k)
        cand = seg.cand
        if cand is None or cand.type != "ORG" or not is_clean(cand):
            continue
        if cand.method not in GENERIC_EVIDENCE:
            continue
        if seg.partial and not kind_words_only(linker.surface(first, k)):
            # one name word: evidence only when the head phrase is all kind words, whose
            # gloss said every word ("Ministry of the Interior and the Authority of ...":
            # "Interior" is a title word, no name unit, so the phrase has one unit or none)
            continue
        if _owner_head(linker, first, k, cand.id):
            continue  # "Ministry of Interior of the Government": another body's head
        if _second_head(linker, first, k):
            continue  # "University of Al-Zawiya and the University": two bodies
        return seg, k + 2
    return None


def _second_head(linker: SpanLinker, first: int, k: int) -> bool:
    """A body head noun after "and" within tokens ``first``..``k``: the start of another
    body's name ("... and the University of Sebha"), which no lead may swallow."""
    forms, lex = linker.forms, linker.lex
    joined = False
    for j in range(first + 2, k + 1):
        if forms[j] in lex.coordinating:
            joined = True
        elif joined and forms[j] in lex.body_heads:
            return True
    return False


def _owner_head(linker: SpanLinker, first: int, k: int, body: str) -> bool:
    """Token *k* is a body head noun after a second "of" that is no word of *body*'s own
    names: the owner's name begun ("Ministry of Interior of the Government"), not the end
    of the ministry's ("Ministry of Local Government" ends in its own portfolio)."""
    forms = linker.forms
    if forms[k] not in linker.lex.body_heads or linker.own_word(body, forms[k]):
        return False
    return "of" in forms[first + 2 : k]
