"""``normx match``: names in, ranked gazetteer candidates out (table or JSON lines)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator

import click

from normx.cli.options import backtranslate_options, gazetteer_options, load_normalizer
from normx.gazetteer.schema import ENTITY_TYPES
from normx.match.candidate import Candidate
from normx.match.score import NO_MATCH_THRESHOLD


def _names(args: tuple[str, ...]) -> Iterator[str]:
    if args:
        yield from args
        return
    for line in sys.stdin:
        yield line.rstrip("\r\n")


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
    etype: str | None,
    top: int,
    min_score: float,
    fmt: str,
    explain: bool,
) -> None:
    """Match NAMES (or one name per line of standard input) against the gazetteers.

    An empty candidate list means the name is not in the gazetteers.
    """
    normalizer = load_normalizer(gazetteers, no_defaults, backtranslate, mt_model, no_inherit)
    for name in _names(names):
        cands = normalizer.match(name, top=top, type=etype, min_score=min_score, explain=explain)
        if fmt == "jsonl":
            record = {"query": name, "candidates": [c.to_dict(explain=explain) for c in cands]}
            click.echo(json.dumps(record, ensure_ascii=False))
        else:
            click.echo(_table(name, cands, explain))
