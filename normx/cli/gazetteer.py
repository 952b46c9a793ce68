"""``normx gazetteer check|stats``: tools for gazetteer curators.

``check`` is what a curator runs after every edit (and what CI runs on the shipped gazetteers):
it lists every problem as ``path:line: id: field: message`` on standard error and exits with
status 2, or prints a one-line summary and exits 0. ``stats`` shows what a gazetteer holds and
where names collide, so a curator can see which mentions the matcher will find ambiguous.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import click

from normx.errors import GazetteerError
from normx.gazetteer.loader import Gazetteer, default_gazetteer_paths, load_gazetteers
from normx.gazetteer.stats import GazetteerStats, gazetteer_stats

paths_argument = click.argument(
    "paths", nargs=-1, type=click.Path(path_type=str), metavar="[PATH]..."
)
with_defaults_option = click.option(
    "--with-defaults",
    is_flag=True,
    help="Load the shipped gazetteers as well as PATH (catches id clashes with them).",
)
no_cache_option = click.option(
    "--no-cache",
    is_flag=True,
    help="Parse every file again instead of using the compiled cache.",
)


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count:,} {word if count == 1 else plural or word + 's'}"


def _load(paths: Sequence[str], with_defaults: bool, no_cache: bool) -> Gazetteer:
    """Load the gazetteers, or print every problem and exit with status 2."""
    ctx = click.get_current_context()
    use_defaults = with_defaults or not paths
    try:
        gaz = load_gazetteers(paths, defaults=use_defaults, use_cache=not no_cache)
    except GazetteerError as err:
        for problem in err.problems:
            click.echo(str(problem), err=True)
        files = len({p.path for p in err.problems})
        click.echo(
            f"normx: {_plural(len(err.problems), 'problem')} in {_plural(files, 'file')}",
            err=True,
        )
        ctx.exit(2)
    if not paths and not gaz.files:
        where = ", ".join(str(p) for p in default_gazetteer_paths()) or "(none found)"
        click.echo(f"normx: error: no shipped gazetteer files found in {where}", err=True)
        ctx.exit(2)
    return gaz


def _summary(stats: GazetteerStats) -> str:
    types = ", ".join(f"{t} {n:,}" for t, n in stats.by_type)
    return (
        f"{_plural(stats.files, 'file')}, {_plural(stats.records, 'record')} ({types}), "
        f"{_plural(stats.names, 'name')} (en {stats.names_en:,}, ar {stats.names_ar:,})"
    )


@click.group("gazetteer")
def gazetteer() -> None:
    """Check and summarise gazetteers (curated entities with English and Arabic names)."""


@gazetteer.command("check")
@paths_argument
@with_defaults_option
@no_cache_option
def check(paths: tuple[str, ...], with_defaults: bool, no_cache: bool) -> None:
    """Validate gazetteer files or directories (.yaml, .yml, .jsonl; searched recursively).

    Prints a summary and exits 0 when everything is valid; otherwise prints every problem as
    PATH:LINE: ID: FIELD: MESSAGE on standard error and exits 2. With no PATH, the shipped
    gazetteers are checked.
    """
    gaz = _load(paths, with_defaults, no_cache)
    stats = gazetteer_stats(gaz, collisions=False)
    click.echo(f"ok: {_summary(stats)}")


def _table(stats: GazetteerStats, top: int) -> str:
    lines = [_summary(stats), ""]
    lines.append(
        f"names per entity: min {stats.names_per_entity_min}, "
        f"mean {stats.names_per_entity_mean:.2f}, max {stats.names_per_entity_max}"
    )
    width = max((len(str(n)) for n, _ in stats.names_histogram), default=1)
    for names, count in stats.names_histogram:
        lines.append(f"  {names:>{width}} names: {_plural(count, 'entity', 'entities')}")
    lines.append("")
    shown = stats.collisions[:top]
    lines.append(
        f"collisions (one normalised name on several entities): {len(stats.collisions):,}"
        + (f", top {len(shown)}" if shown else "")
    )
    for collision in shown:
        lines.append(f"  {collision.key!r}: {len(collision.entities)} entities")
        for rid, name in collision.names:
            lines.append(f"    {rid}  {name}")
    return "\n".join(lines)


@gazetteer.command("stats")
@paths_argument
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="Output as a readable table or as JSON.",
)
@click.option(
    "--top",
    type=click.IntRange(min=0),
    default=20,
    show_default=True,
    help="How many alias collisions to list (most entities first).",
)
@with_defaults_option
@no_cache_option
def stats(paths: tuple[str, ...], fmt: str, top: int, with_defaults: bool, no_cache: bool) -> None:
    """Show counts by type, names per entity and alias collisions of gazetteers.

    A collision is one normalised name shared by two or more entities: a mention spelled that
    way is ambiguous to the matcher. With no PATH, the shipped gazetteers are summarised.
    """
    result = gazetteer_stats(_load(paths, with_defaults, no_cache))
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(top), ensure_ascii=False, indent=2))
    else:
        click.echo(_table(result, top))
