"""``normx match``: names in, ranked gazetteer candidates out (table or JSON lines)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace

import click

from normx.cli.options import backtranslate_options, gazetteer_options, load_normalizer
from normx.cli.textio import not_unicode, scrub, stdin_lines, surrogate_at
from normx.gazetteer.schema import ENTITY_TYPES
from normx.match.candidate import Candidate
from normx.match.score import NO_MATCH_THRESHOLD
from normx.text.normalize import analyse_name, core_tokens, normalize_name


def _names(args: tuple[str, ...], problems: list[str]) -> Iterator[str]:
    """The queries, each still answered when it held bytes that are not UTF-8 (with U+FFFD in
    their place: one object per query stays true); *problems* collects what was wrong."""
    if args:
        for number, arg in enumerate(args, 1):
            offset = surrogate_at(arg)
            if offset is not None:
                problems.append(f"argument {number}: {not_unicode(arg, offset)}")
            yield scrub(arg)
        return
    for line in stdin_lines():
        if line.problem is not None:
            problems.append(f"<stdin>:{line.number}: {line.problem}")
        yield line.text


def _with_query(name: str, cands: list[Candidate]) -> list[Candidate]:
    """Candidates whose explanation lacks the normalised query and its keys, with them.

    The spelling matcher's explanation starts with them; the gloss matcher's (glosses and
    matched words) and back-translation's (hypotheses) explain their own evidence instead, but
    ``--explain`` promises the query's analysis for every candidate.
    """
    if all("query_normalized" in c.explain for c in cands):
        return cands
    analysis = {
        "query_normalized": normalize_name(name),
        "query_tokens": [{"form": t.form, "key": t.key} for t in core_tokens(analyse_name(name))],
    }
    return [
        c if "query_normalized" in c.explain else replace(c, explain={**analysis, **c.explain})
        for c in cands
    ]


def _table(query: str, cands: list[Candidate], explain: bool) -> str:
    lines = [f"{query}"]
    if not cands:
        lines.append("  (no match)")
    for rank, c in enumerate(cands, 1):
        lines.append(
            f"  {rank}. {c.score:.3f}  {c.id}  {c.name}  [{c.type}]  via {c.method}: {c.matched}"
        )
        if explain:
            for key, value in c.explain.items():
                lines.append(f"       {key}: {json.dumps(value, ensure_ascii=False)}")
    return "\n".join(lines)


@click.command()
@click.argument("names", nargs=-1)
@gazetteer_options
@backtranslate_options
@click.option(
    "--type", "etype", type=click.Choice(ENTITY_TYPES), help="Only entities of this type."
)
@click.option(
    "--top", type=click.IntRange(min=0), default=5, show_default=True, help="Candidates per name."
)
@click.option(
    "--min-score",
    type=click.FloatRange(0.0, 1.0),
    default=NO_MATCH_THRESHOLD,
    show_default=True,
    help="Leave out candidates below this score (the default is the no-match threshold; "
    "0 lists the best candidates whatever their score).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "jsonl"]),
    default="table",
    show_default=True,
    help="table for people, jsonl (one object per name, input order) for programs.",
)
@click.option(
    "--explain", is_flag=True, help="Show the normalised query, keys and score components."
)
def match(
    names: tuple[str, ...],
    gazetteers: tuple[str, ...],
    no_defaults: bool,
    no_inherit: bool,
    backtranslate: bool,
    mt_model: str | None,
    mt_threads: int | None,
    etype: str | None,
    top: int,
    min_score: float,
    fmt: str,
    explain: bool,
) -> None:
    """Match NAMES (or one name per line of standard input) against the gazetteers.

    An empty candidate list means the name is not in the gazetteers. A name holding bytes
    that are not UTF-8 is answered with U+FFFD in their place, reported on standard error, and
    the exit status is 2 at the end.
    """
    normalizer = load_normalizer(
        gazetteers, no_defaults, backtranslate, mt_model, no_inherit, mt_threads=mt_threads
    )
    problems: list[str] = []
    reported = 0
    for name in _names(names, problems):
        for problem in problems[reported:]:
            click.echo(f"normx: error: {problem}; read with U+FFFD in its place", err=True)
        reported = len(problems)
        cands = normalizer.match(name, top=top, type=etype, min_score=min_score, explain=explain)
        if explain:
            cands = _with_query(name, cands)
        if fmt == "jsonl":
            record = {"query": name, "candidates": [c.to_dict(explain=explain) for c in cands]}
            click.echo(json.dumps(record, ensure_ascii=False))
        else:
            click.echo(_table(name, cands, explain))
    if problems:
        raise SystemExit(2)
