"""A name right after its classifier ("the Turkish group Albayrak"): the company it names.

Arabic news puts a firm's kind before its name (مجموعة البيرق التركية, "the Turkish group
Al-Bayraq"; شركة هيونداي), and gazetteers hold the firm with the kind after the name
("Albayrak Group"). Alone, the name is a loose likeness of that longer name at best, and may
lose to a place or person spelled closer (Albayrak ~ Barqa, the minister Berat Albayrak).
The lower-case head before it already said what it is: a company. So an unlinked name, or one
linked to something other than an organisation, said right after a lower-case company head
(:data:`CLASSIFIERS`, nothing between) is matched again as "<name> <Head>"; an organisation
whose English names hold the head, found with a score that decides and no rival close, with
every query word explained (:func:`normx.resolve.facility_of.headed_match`), is the link.
The name itself must be the firm's: each of its words spelled alike (the likeness coreference
asks of a name word, :func:`normx.resolve.coref.spelled_alike`) by a word of the firm's English
names. With the head added, the query's likeness is carried by the head: "Albayrak Company"
reaches the Brega Petroleum Marketing Company (0.76: "Company", and "Albayrak" only sounding
like "al-Brega") where the text's word spells nothing of it (session 25, articles-v43).
The head stays outside the mention, as it was written (:mod:`normx.resolve.facility_of` does
the same for "the airport of Mitiga"). :mod:`normx.detect.classifier_head` keeps the
demonym and the head from making a body span of their own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.resolve.coref import query_tokens, spelled_alike
from normx.resolve.facility_of import headed_match
from normx.resolve.segment import Resolved, linked_evidence
from normx.text.latin import fold
from normx.text.resources import word_list

if TYPE_CHECKING:
    from normx.match.candidate import Candidate
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime
    from normx.resolve.segment import Seg

# the words English and translated news put before a firm's name (شركة، مجموعة، الشركة القابضة):
# data/kind_words.yaml, classifiers
CLASSIFIERS = frozenset(word_list("normx.resolve", "kind_words.yaml", "classifiers"))


def classified_names(linker: SpanLinker, rt: Runtime, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* with each name after a company head linked to the company the two name,
    when it was unlinked or linked to no organisation (see the module)."""
    out: list[Resolved] = []
    tokens = linker.tokens
    for seg, cand, evidence in resolved:
        first = seg.first
        if (
            first > 0
            and not (seg.phrase or seg.generic)
            and (cand is None or cand.type != "ORG")
            and tokens[first].joined
            and not tokens[first - 1].cap
            and tokens[first - 1].form in CLASSIFIERS
        ):
            head = tokens[first - 1].form
            best = headed_match(rt, linker.surface(seg.first, seg.last), head)
            if best is not None and best.type == "ORG" and _name_spelled(linker, rt, seg, best):
                cand = best
                evidence = linked_evidence(evidence, {"classified": head, "matched": best.matched})
                evidence.pop("antecedent", None)
        out.append((seg, cand, evidence))
    return out


def _name_spelled(linker: SpanLinker, rt: Runtime, seg: Seg, cand: Candidate) -> bool:
    """Every name word of *seg* is spelled alike by a word of *cand*'s English names, or the
    name's words written as one are ("Al-Bayraq" is "Albayrak")."""
    own = query_tokens(sorted(rt.english_words(cand.id)))
    said = linker.core_words(seg.first, seg.last)
    if said and all(spelled_alike(w, own) for w in said):
        return True
    glued = "".join(ch for ch in fold(linker.surface(seg.first, seg.last)) if ch.isalnum())
    return bool(glued) and spelled_alike(query_tokens([glued])[0], own)
