"""A bare head noun the document keeps using for one body goes on meaning that body.

Translated news names a hospital once ("the Sabha Medical Center") and then calls it "the
Center" again and again; a second body with that head named in passing in between ("the
National Center for Disease Control") does not take the word over: the reader's "the Center"
is the one the text has been saying all along. Coreference of a bare head
(:func:`~normx.resolve.generic.find_body`) picks the body most recently named with a matching
head, which is right the first time; this module remembers, per head (its Arabic glosses, so
"Center" and "Centre" are one), which bodies the bare noun was already resolved to. When the
noun has been used for one body at least :data:`SETTLED_USES` times and the body found now is
a different one the document named only once, never called by the bare noun, or none is
found because two bodies in reach share the head (the Arabic head cannot tell them apart),
the settled body stands.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from normx.resolve.antecedent_positions import named_before
from normx.resolve.coref import Antecedent

SETTLED_USES = 2  # uses of a bare head for one body that make it that body's word

Found = tuple[Antecedent, tuple[str, ...]]
History = dict[frozenset[tuple[str, ...]], list[Found]]


def settled_head(
    history: History,
    glosses: Sequence[tuple[str, ...]],
    found: Found | None,
    antecedents: Sequence[Antecedent],
    position: int,
    subject: Collection[str] = (),
    in_sentence: Callable[[Antecedent], bool] | None = None,
) -> Found | None:
    """*found*, or the body the bare head has settled on (see the module docstring); the
    answer is remembered in *history* under the head's *glosses*. A body of *subject* (ids
    the headline names, :mod:`normx.resolve.headline_subject`) is settled by one use. A body
    found that was named in the noun's own sentence (*in_sentence*) stands, newcomer or not:
    "the Company of Ghadamis for the Air Transport announced ..., and its director said that
    the Company received ..." is that company, whatever company the text called "the Company"
    paragraphs before (session 30, h-v49fix)."""
    if not glosses:
        return found
    key = frozenset(glosses)
    used = history.setdefault(key, [])
    if used:
        ids = [ante.cand.id for ante, _ in used]
        # most uses; a tie goes to the headline's body, then to the latest used (not to the
        # order of a set, which changes with the hash seed)
        top = max(ids, key=lambda i: (ids.count(i), i in subject, -ids[::-1].index(i)))
        uses = 1 if top in subject else SETTLED_USES  # a headline's body (headline_subject)
        if ids.count(top) >= uses and (
            found is None
            or (
                _newcomer(found, ids, antecedents, position)
                and not (in_sentence is not None and in_sentence(found[0]))
            )
        ):
            found = next(f for f in reversed(used) if f[0].cand.id == top)
    if found is not None:
        used.append(found)
    return found


def _newcomer(
    found: Found, ids: Sequence[str], antecedents: Sequence[Antecedent], position: int
) -> bool:
    """The body found was never called by the bare noun and was named only once so far."""
    new = found[0].cand.id
    named = len(named_before(antecedents, new, position))  # antecedent_positions.py
    return new not in ids and named == 1
