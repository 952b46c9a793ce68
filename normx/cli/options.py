"""Options shared by several commands (gazetteer choice), defined once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from normx.api import Normalizer


def gazetteer_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add ``--gazetteer PATH`` (repeatable) and ``--no-default-gazetteers`` to a command."""
    func = click.option(
        "--no-default-gazetteers",
        "no_defaults",
        is_flag=True,
        help="Do not load the shipped Libya gazetteers; use only --gazetteer paths.",
    )(func)
    func = click.option(
        "--gazetteer",
        "gazetteers",
        multiple=True,
        type=click.Path(path_type=str),
        metavar="PATH",
        help="A gazetteer file or directory to add (repeatable).",
    )(func)
    return func


def load_normalizer(gazetteers: tuple[str, ...], no_defaults: bool) -> Normalizer:
    """Load the gazetteers a command was given (errors reach the CLI boundary as NormxError)."""
    return Normalizer.load(list(gazetteers), defaults=not no_defaults)
