"""One exception hierarchy for normx.

Every error a user can cause derives from :class:`NormxError` (itself a ``ValueError``), so
library callers can catch one class and the CLI can turn any of them into a clean message with
exit status 2 instead of a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass


class NormxError(ValueError):
    """Base class of every error normx raises for bad input or configuration."""

    hint: str | None = None

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        if hint is not None:
            self.hint = hint


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem found in a gazetteer source, located as precisely as the source allows."""

    path: str
    line: int | None
    record_id: str | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        rid = self.record_id if self.record_id else "-"
        fld = self.field if self.field else "-"
        return f"{where}: {rid}: {fld}: {self.message}"


class GazetteerError(NormxError):
    """A gazetteer could not be loaded; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} in gazetteer sources"
        super().__init__(head + "\n" + "\n".join(str(p) for p in self.problems))


class InputError(NormxError):
    """A document or query file could not be read (missing, not UTF-8, malformed JSONL)."""


class MissingExtraError(NormxError):
    """An optional feature needs an extra that is not installed."""
