"""Text at the command line's edges: bytes that are not UTF-8, and lone surrogates.

Python hands a command text that no UTF-8 encoder can write back. Arguments (and standard input
under a C locale) decode bytes that are not UTF-8 to lone surrogates (``surrogateescape``), and
a JSON string may spell one (``"\\ud800"``). Written out, such text either raises
``UnicodeEncodeError`` (a traceback) or puts bytes that are not UTF-8 into JSON lines that other
programs read. So every piece of user text that can reach the output is checked here first:
:func:`scrub` puts U+FFFD in place of each surrogate, as ``errors="replace"`` does for bytes,
and :func:`stdin_lines` decodes standard input itself instead of trusting the locale (which
raises on a bad byte in a strict UTF-8 locale).
"""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass

_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def scrub(text: str) -> str:
    """*text* with every lone surrogate replaced by U+FFFD (text without one is returned as is)."""
    return _SURROGATE.sub(REPLACEMENT, text)


def surrogate_at(text: str) -> int | None:
    """The offset of the first lone surrogate in *text*, or None when it is valid Unicode."""
    found = _SURROGATE.search(text)
    return None if found is None else found.start()


def not_unicode(text: str, offset: int) -> str:
    """The message for a lone surrogate at *offset* (the byte it stood for, when it was one)."""
    code = ord(text[offset])
    if 0xDC80 <= code <= 0xDCFF:  # surrogateescape: an undecodable byte of the command line
        return f"not UTF-8 (byte 0x{code - 0xDC00:02x} at offset {offset})"
    return f"not valid Unicode (lone surrogate U+{code:04X} at offset {offset})"


@dataclass(frozen=True, slots=True)
class Line:
    """One line of standard input: its text (U+FFFD for bad bytes) and what was wrong, if any."""

    number: int
    text: str
    problem: str | None


def stdin_lines() -> Iterator[Line]:
    """The lines of standard input, without their line ends, decoded as UTF-8 by normx.

    A line holding bytes that are not UTF-8 comes with U+FFFD in their place and a ``problem``
    naming the first bad byte, so the caller can answer it and still say so. A byte order mark
    at the very start is not part of the first line. Line ends are read as Python reads text
    (``\\n``, ``\\r\\n`` or ``\\r``).
    """
    stream = getattr(sys.stdin, "buffer", None)
    wrapper = None
    if stream is not None:  # decode the bytes here, whatever the locale would do with them
        wrapper = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="surrogateescape")
    try:
        for number, text in enumerate(wrapper if wrapper is not None else sys.stdin, 1):
            text = text.rstrip("\r\n")
            offset = surrogate_at(text)
            problem = None if offset is None else not_unicode(text, offset)
            yield Line(number, scrub(text), problem)
    finally:
        if wrapper is not None:
            wrapper.detach()  # standard input stays open for whoever reads it next
