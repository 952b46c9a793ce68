"""``normx canonicalize``: documents in, linked mentions and rewritten text out.

Documents come from files, standard input (``-`` or no argument), or JSON lines (``--input
jsonl``: objects with ``text`` and an optional ``id``). A document that cannot be read (missing
file, bytes that are not UTF-8 under ``--errors strict``, a malformed JSON line) is reported on
standard error naming the file (and line); the other documents are still processed and the
exit status is 2 at the end.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import click

from normx.cli.options import backtranslate_options, gazetteer_options, load_normalizer
from normx.cli.textio import not_unicode, scrub, surrogate_at
from normx.render.html import PAGE_TAIL, document_section, page_head
from normx.resolve.document import Document

PROGRESS_AFTER = 20  # documents before a progress bar appears (a few documents need none)


class _Reader:
    """Reads documents from the inputs, reporting (not raising) what cannot be read."""

    def __init__(self, inputs: tuple[str, ...], fmt: str, errors: str) -> None:
        self.inputs = inputs or ("-",)
        self.fmt = fmt
        self.errors = errors
        self.failed = 0

    def _fail(self, where: str, message: str) -> None:
        self.failed += 1
        click.echo(f"normx: error: {scrub(where)}: {message}", err=True)

    def _bytes(self, name: str) -> bytes | None:
        if name == "-":
            return sys.stdin.buffer.read()
        try:
            return Path(name).read_bytes()
        except FileNotFoundError:
            self._fail(name, "no such file")
        except IsADirectoryError:
            self._fail(name, "is a directory")
        except OSError as err:
            self._fail(name, err.strerror or str(err))
        return None

    def _decode(self, name: str, data: bytes) -> str | None:
        try:
            return data.decode("utf-8-sig", errors=self.errors)
        except UnicodeDecodeError as err:
            self._fail(
                name,
                f"not UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); "
                "use --errors replace to read it anyway",
            )
            return None

    def __iter__(self) -> Iterator[tuple[str, str]]:
        for name in self.inputs:
            label = "<stdin>" if name == "-" else scrub(name)  # a file name's bytes: see textio
            data = self._bytes(name)
            if data is None:
                continue
            if self.fmt == "text":
                text = self._decode(label, data)
                if text is not None:
                    yield text, label
                continue
            for lineno, raw in enumerate(data.splitlines(), 1):
                if not raw.strip():
                    continue
                where = f"{label}:{lineno}"
                line = self._decode(where, raw)
                if line is not None:
                    doc = self._json_doc(where, line)
                    if doc is not None:
                        yield doc

    def _json_doc(self, where: str, line: str) -> tuple[str, str] | None:
        try:
            obj: Any = json.loads(line)
        except json.JSONDecodeError as err:
            self._fail(where, f"not JSON ({err.msg})")
            return None
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            self._fail(where, 'expected an object with a string "text" field')
            return None
        text: str = obj["text"]
        offset = surrogate_at(text)  # JSON may spell one ("\ud800"); no output could hold it
        if offset is not None:
            if self.errors == "strict":
                self._fail(where, f"text: {not_unicode(text, offset)}; use --errors replace")
                return None
            text = scrub(text)
        doc_id = obj.get("id")
        if doc_id is None:
            return text, where
        # a string id as given, any other JSON value as JSON (17 -> "17", true -> "true")
        label = doc_id if isinstance(doc_id, str) else json.dumps(doc_id, ensure_ascii=False)
        return text, scrub(label)


def _consistency_lines(doc: Document) -> Iterator[str]:
    for c in doc.inconsistencies:
        groups = "; ".join(" / ".join(g) for g in c.spellings)
        yield f"normx: consistency: {doc.doc}: {c.canonical} ({c.id}) spelled {groups}"


class _Writer:
    def __init__(self, out: IO[str], fmt: str, quiet: bool) -> None:
        self.out, self.fmt, self.quiet = out, fmt, quiet
        self.count = 0

    def start(self) -> None:
        if self.fmt == "json":
            self.out.write("[")
        elif self.fmt == "html":
            self.out.write(page_head())

    def write(self, doc: Document) -> None:
        if self.fmt == "jsonl":
            self.out.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
        elif self.fmt == "json":
            sep = ",\n" if self.count else "\n"
            self.out.write(sep + json.dumps(doc.to_dict(), ensure_ascii=False))
        elif self.fmt == "html":
            self.out.write(document_section(doc) + "\n")
        else:
            self.out.write(doc.rewritten)
            if doc.rewritten and not doc.rewritten.endswith("\n"):
                self.out.write("\n")
            if not self.quiet:  # the text has no room for the report: it goes to stderr
                for line in _consistency_lines(doc):
                    click.echo(line, err=True)
        self.count += 1

    def finish(self) -> None:
        if self.fmt == "json":
            self.out.write("\n]\n")
        elif self.fmt == "html":
            self.out.write(PAGE_TAIL)
        self.out.flush()


class _Progress:
    """A progress counter on standard error, only on a terminal and only for many documents."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.count = 0
        self._bar: Any = None
        self._task: Any = None

    def step(self) -> None:
        self.count += 1
        if not self.enabled or self.count < PROGRESS_AFTER:
            return
        if self._bar is None:
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._bar = Progress(
                SpinnerColumn(),
                TextColumn("{task.completed} documents"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._bar.start()
            # started at the count reached (not 0, which it would show until the next step)
            self._task = self._bar.add_task("canonicalize", total=None, completed=self.count)
        self._bar.update(self._task, completed=self.count)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()


@click.command()
@click.argument("files", nargs=-1, type=click.Path(path_type=str))
@gazetteer_options
@backtranslate_options
@click.option(
    "--input",
    "input_fmt",
    type=click.Choice(["text", "jsonl"]),
    default="text",
    show_default=True,
    help="text: each FILE is one document; jsonl: one object per line with a 'text' field "
    "and an optional 'id'.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "json", "text", "html"]),
    default="jsonl",
    show_default=True,
    help="jsonl/json: mentions, entities, rewritten text and consistency report per document; "
    "text: the rewritten text only; html: one self-contained page.",
)
@click.option(
    "--errors",
    type=click.Choice(["strict", "replace"]),
    default="strict",
    show_default=True,
    help="Bytes that are not UTF-8: strict reports the file and skips it, replace reads it "
    "with U+FFFD in their place.",
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes (documents stay in input order).",
)
@click.option("--quiet", is_flag=True, help="No progress bar and no report on standard error.")
def canonicalize(
    files: tuple[str, ...],
    gazetteers: tuple[str, ...],
    no_defaults: bool,
    no_inherit: bool,
    backtranslate: bool,
    mt_model: str | None,
    mt_threads: int | None,
    input_fmt: str,
    fmt: str,
    errors: str,
    jobs: int,
    quiet: bool,
) -> None:
    """Find the names in FILES (or standard input, '-'), link them and rewrite the text.

    Proper names the gazetteers lack are reported with "id": null. Exit status 2 when any
    document could not be read (the others are still processed).
    """
    normalizer = load_normalizer(
        gazetteers, no_defaults, backtranslate, mt_model, no_inherit, mt_threads=mt_threads
    )
    reader = _Reader(files, input_fmt, errors)
    writer = _Writer(sys.stdout, fmt, quiet)
    progress = _Progress(enabled=not quiet and sys.stderr.isatty())
    writer.start()
    try:
        for doc in normalizer.canonicalize_many(iter(reader), jobs=jobs):
            writer.write(doc)
            progress.step()
    finally:
        progress.close()
        writer.finish()
    if reader.failed:
        raise SystemExit(2)
