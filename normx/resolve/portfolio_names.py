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
"""

from __future__ import annotations

from normx.mt.lexicon import default_lexicon
from normx.resolve.minister_office import OFFICE_WORDS, is_ministry
from normx.resolve.segment import Seg
from normx.text.latin import fold

LINKS = frozenset({"of", "for"})


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
