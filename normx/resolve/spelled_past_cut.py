"""The few records that spell a word of the name exactly are read, past the matcher's cut.

The resolver reads a span's best few candidates (:data:`~normx.resolve.runtime.MATCH_TOP`,
with the ties at the cut: :mod:`normx.resolve.cutoff_ties`). In a gazetteer of tens of
thousands of names that cut fills with look-alikes: "Al-Akhdar" (the club Al-Akhdar SC) finds
the places Akhdari (0.95 by key), Ikhtiyar, Khodari and Lakhdar (0.86-0.88, two across
scripts), and the club, whose name spells the word, comes sixth at 0.78 (one word of a longer
name); a lone "Arafat" after "Mount Arafat" ties ten synthetic places and persons at 0.78
and the mountain, eleventh, is cut from the tie. The document rules (the article the text
wrote, :mod:`normx.resolve.article_lookalike`; the name said before) can only choose among
the candidates they are told of.

A word that few records spell is evidence about which they are; a word many records spell
(Mohamed, Ali, a common family name) is none, and reading its bearers would only add
namesakes. So when a lone word's best candidate is not the name as written (method not
exact) and the cut is full, the records whose names spell the word exactly (the index's exact
word postings, the word's article-less reading included for a glued "Alakhdar") are counted;
when at most :data:`RARE_RECORDS` records spell it, those the cut lacks are wanted,
and the matcher is asked once more, deeper (:data:`DEEPER_TOP`), for them: the wanted records
it scores at :data:`~normx.resolve.segment.MIN_SCORE_SHOWN` or more are added after the others
(they scored lower; the order stays best first, and the matcher's own score is kept, so no
rule takes them for more than the likeness they are). With no such word, or every such record
already read, nothing changes and the matcher is not asked again.

Only a lone word, and not a word of the span finder's lexicon that names a kind (a body or
facility head, a title, a demonym: :meth:`~normx.resolve.runtime.Runtime.lex_generic`): a
first version that read every word of every span brought "Ministry of Higher Education" to
"Ministry of Education" (the word "education" spelled by a few ministries of a small set) and
lost the ministry's four mentions in articles-v23 (its detection changed), where the lone
names the rule is for gained nothing it did not.

Session 34 (h-40k): articles-v39 and v41 under ``--distractors 40000``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from normx.match.candidate import Candidate
from normx.resolve.cutoff_ties import Ask
from normx.text.normalize import NameToken

__all__ = ["DEEPER_TOP", "RARE_RECORDS", "spelled_past_cut", "word_forms"]

RARE_RECORDS = 12  # records spelling a word for it to say which record a name is
DEEPER_TOP = 24  # candidates asked for when a rarely spelled record is past the cut
ARTICLES = ("al", "el")  # a glued article ("alakhdar": the analysis reads "akhdar" too)
MIN_FORM = 3  # shorter words ("al", initials) are no evidence


def word_forms(words: Iterable[NameToken]) -> list[str]:
    """The spellings of the query's core words looked up: each word's form and, when the
    article is glued to it, its reading without the article."""
    out: list[str] = []
    for w in words:
        forms = [w.form]
        forms += [
            alt for alt, _ in w.alts for art in ARTICLES if w.form.startswith(art + alt) and alt
        ]
        out += [f for f in forms if len(f) >= MIN_FORM and f not in out]
    return out


def spelled_past_cut(
    group: Sequence[Candidate],
    top: int,
    forms: Sequence[str],
    spelled_by: Callable[[str], frozenset[str]],
    ask: Ask,
    floor: float,
) -> list[Candidate]:
    """*group* (the matcher's candidates, best first, cut at *top* with its ties) with the
    records past the cut that spell a rarely spelled word of the query (module doc).
    *spelled_by* gives the ids of the records whose names spell a word form exactly."""
    if len(group) < top or group[0].method == "exact":
        return list(group)
    seen = {c.id for c in group}
    wanted: set[str] = set()
    for form in forms:
        ids = spelled_by(form)
        if len(ids) <= RARE_RECORDS:
            wanted |= ids - seen
    if not wanted:
        return list(group)
    extra = [c for c in ask(None, DEEPER_TOP, floor) if c.id in wanted and c.id not in seen]
    return [*group, *extra]
