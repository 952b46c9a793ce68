"""Two of the user's places tie for a name: the one normx ships as a town of note is meant.

A user's gazetteer is read without the shipped files' knowledge of which place is which: every
record stands as the user's own (:mod:`normx.resolve.standing`), so when a text's name
resembles two of them equally the linker abstains. Among tens of thousands of user records a
tie is the rule for a Libyan town's name: "Al-Asabaa" is the city Asbi'a (through its shipped
spelling "Assaba", 0.954) and the village Assabaa (0.954); "Al-Qoubba" the town Al Qubbah and
a village spelled alike. Yet many user records are the very places the shipped gazetteers
hold, identified with them by alias inheritance (:mod:`normx.gazetteer.inherit`: a shared
xref, the same id, or the same unique name), and the shipped record says what kind of place
it is: a city or town (or a curated place), or an OpenStreetMap village or hamlet.

So each loaded record takes a *twin standing*: the standing of the shipped record it is
identified with (:data:`~normx.resolve.standing.MAJOR` for a place of note,
:data:`~normx.resolve.standing.MINOR` for a minor settlement), :data:`UNKNOWN` when normx
ships nothing for it (a place of another country, a hamlet the shipped files lack, a name the
user made up). When the places tied for a name are all the user's, one of them is a shipped
place of note and no other is, that one is the link: news names the town, not the village
spelled like it, and the shipped gazetteers hold Libya's towns (the document's country, in
the text this library reads). The text's words must pair the town's whole name: a word that
only resembles one word of longer names ("Sidi" of "Sidi Khalifa", "Bab Sidi al-Massri")
names none of them. Nothing else is decided so: a tie of two towns of note (Zliten
and the "city" Zulten) or of a village against an unknown record stays a tie; persons and
bodies are left to their own rules; a shipped record in the group is
:mod:`normx.resolve.standing`'s matter.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from normx.match.candidate import Candidate
from normx.resolve.segment import WHOLE_COVERAGE, coverage
from normx.resolve.standing import MAJOR, USER, standing_of

__all__ = ["UNKNOWN", "note_of_the_town", "shipped_notes", "twin_standings"]

UNKNOWN = -1  # a record no shipped record is identified with


def twin_standings(
    links: Iterable[tuple[str, str]],
    shipped_notes: Callable[[], dict[str, str | None]],
) -> dict[str, int]:
    """Each user record identified with a shipped record (*links*: user id, shipped id), by
    the shipped record's standing; *shipped_notes* gives every shipped record's note by id
    (called only when there are links)."""
    pairs = list(links)
    if not pairs:
        return {}
    notes = shipped_notes()
    return {user: standing_of(notes.get(shipped), True) for user, shipped in pairs}


def shipped_notes() -> dict[str, str | None]:
    """Every shipped record's note, by id (the shipped files, read through the loader's
    cache)."""
    from normx.gazetteer import load_gazetteers
    from normx.gazetteer.paths import default_gazetteer_paths

    records = load_gazetteers(default_gazetteer_paths(), defaults=False).records
    return {r.id: r.note for r in records}


def note_of_the_town(
    group: Sequence[Candidate],
    standing: Callable[[str], int] | None,
    twin: Callable[[str], int],
) -> Candidate | None:
    """The one place of note among *group* (a winner and the close rivals that would leave
    the name unlinked), or None (see the module docstring). *standing*: the record's own
    standing (unknown: every record the user's); *twin*: its twin standing (:data:`UNKNOWN`
    when none)."""
    own = standing or (lambda rid: USER)
    if any(c.type != "LOC" or own(c.id) < USER for c in group):
        return None
    by_id: dict[str, Candidate] = {}
    for c in group:
        by_id.setdefault(c.id, c)
    noted = [c for rid, c in by_id.items() if twin(rid) >= MAJOR]
    if len(noted) != 1 or min(coverage(noted[0])) < WHOLE_COVERAGE:
        return None
    return noted[0]
