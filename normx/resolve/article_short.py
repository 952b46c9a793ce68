"""A lone word with the Arabic article glued to it ("Al-Ahly") may be a body's name said short.

Arabic names clubs, channels and newspapers by one definite word (الأهلي, النصر, الأحرار), and
translation keeps the article in Latin: "Al-Ahly" after "Al-Ahly Club of Benghazi", "Al-Ahrar"
after "Libya Al-Ahrar". The article is the Arabic "the", so the word is as definite as "the
Crescent" (:func:`normx.resolve.references._definite`): when nothing else claims it,
coreference may take a body the document named in full. A bare word without the article
("Jufrah") still may not (a body's name is not said by one of its plain words).

The body must be *written* with that word: its English names or the document's own spellings
of it hold the word. Its Arabic name is not enough: "Al-Ittihad" (الاتحاد, union) is a word of
every federation's Arabic name (الاتحاد الدولي لكرة القدم, FIFA) and "Al-Wataniya" (الوطنية) of
the Government of National Unity's (حكومة الوحدة الوطنية); neither is said short so.

A word the matcher linked only by a look-alike of it ("Al-Madar" ~ Masdar, a letter apart) is
read so too (:func:`normx.resolve.references.resolve_references` passes no candidate for it):
the body the document wrote with the very word ("Al-Madar Al-Jadeed", the mobile operator)
says more than a name the text never spelled (articles-v50, session 28).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from normx.detect.tokens import Token
from normx.match.candidate import Candidate
from normx.resolve.article_word import definite_article_word, glued_article_word
from normx.resolve.coref import Antecedent, query_tokens, spelled_alike
from normx.resolve.segment import Seg
from normx.text.normalize import NameToken
from normx.text.particles import particle_table

BODY = "ORG"


def _written_with(ante: Antecedent, said: Sequence[NameToken]) -> bool:
    """Every word *said* is spelled alike a Latin word of the body's names or of the
    document's spellings of it (not a word reached across scripts)."""
    latin = [w for w, cross in ante.words if not cross]
    latin.extend(ante.surface_words)
    return bool(said) and all(spelled_alike(w, latin) for w in said)


def _spelled_so(ante: Antecedent, said: Sequence[NameToken]) -> bool:
    """The document wrote the body with every word *said*, letter for letter (folded)."""
    own = {w.form for w in ante.surface_words}
    return bool(said) and all(w.form in own for w in said)


def glued_body(
    antecedents: Sequence[Antecedent],
    position: int,
    said: Sequence[NameToken],
    candidates: Iterable[Candidate] = (),
    *,
    spelled: bool = False,
) -> Antecedent | None:
    """The body named in full nearest before *position* (else the first after: a headline
    says "Al-Ahly" before the article names the club) whose written names hold *said*.

    A body among the matcher's *candidates* for the word comes first: "Al-Ahly" (candidates
    Al-Ahly Benghazi and Cairo's Al Ahly) is the Benghazi club the document named, not the
    nearer "Al-Ahli Tripoli", spelled alike but no candidate. A body the document named before
    with exactly the words said comes before a candidate named only after (session 24):
    "Al-Ahly" after "Al-Ahly Tarablus" (the Tripoli club, reached across scripts and
    gazetteered "Al-Ahli") is that club, not Benghazi's, named only later in the text; the
    candidates are the gazetteer's spellings, and the document's own spelling, said before,
    says more. A candidate named before still wins over it (articles-v30: "the coach of
    Al-Ahly" after "Al-Ahly Benghazi" and a passing "Al-Ahly Tripoli" is Benghazi's).
    *spelled*: only a body the document wrote with the very letters said (over a look-alike).
    *antecedents* are in document order, as
    :func:`normx.resolve.references.resolve_references` collects them.
    """
    wanted = {c.id for c in candidates}
    best: tuple[int, int, Antecedent] | None = None  # (tier, distance rank, antecedent)
    for ante in antecedents:
        if ante.position == position or ante.cand.type != BODY:
            continue
        if not _written_with(ante, said) or (spelled and not _spelled_so(ante, said)):
            continue
        before = ante.position < position
        if ante.cand.id in wanted:
            tier = 0 if before else 2
        else:
            tier = 1 if before and _spelled_so(ante, said) else 3
        # nearest before first (distance), then the nearest after (beyond every before)
        dist = position - ante.position if before else 10**9 + ante.position
        if best is None or (tier, dist) < best[:2]:
            best = (tier, dist, ante)
    return best[2] if best is not None else None


def glued_short(
    tokens: Sequence[Token],
    seg: Seg,
    cand: Candidate | None,
    antecedents: Sequence[Antecedent],
    position: int,
    forms: Sequence[str],
    *,
    lookalike: bool = False,
) -> Antecedent | None:
    """The body an unlinked "Al-" word (*seg*, nothing found for it: *cand* None) says short,
    by :func:`glued_body`; None for any other segment. *lookalike*: the word was linked only
    by a look-alike (passed here as *cand* None): only a body written with its very letters
    outranks that ("Al-Madar" of "Al-Madar Al-Jadeed", not "Al-Tawariq" of "Tariq")."""
    if cand is not None:
        return None
    if definite_article_word(tokens, seg.first, seg.last):
        return glued_body(
            antecedents, position, query_tokens(forms), seg.ambiguous, spelled=lookalike
        )
    if not glued_article_word(tokens, seg.first, seg.last):
        return None
    # "Alahly": the document may have written the body glued ("Alahly Benghazi") or apart
    # ("Al-Ahly Benghazi"); the word as written, else the word without its article
    found = glued_body(antecedents, position, query_tokens(forms), seg.ambiguous, spelled=lookalike)
    rest = particle_table().by_kind["article"].unglued(tokens[seg.first].form)
    if found is None and rest is not None:
        found = glued_body(
            antecedents, position, query_tokens([rest]), seg.ambiguous, spelled=lookalike
        )
    return found
