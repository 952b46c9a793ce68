"""Options shared by several commands (gazetteer choice), defined once."""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any

import click

from normx.api import Normalizer


def gazetteer_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add ``--gazetteer PATH`` (repeatable), ``--no-default-gazetteers`` and
    ``--no-inherit-names`` to a command."""
    func = click.option(
        "--no-inherit-names",
        "no_inherit",
        is_flag=True,
        help="Match --gazetteer records by their own names only: do not let a record that "
        "denotes a shipped entity (same type and xref, id or unique name) also answer to "
        "the shipped record's attested names.",
    )(func)
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


def backtranslate_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add ``--backtranslate``, ``--mt-model DIR`` (which implies it) and ``--mt-threads N`` to
    a command."""
    func = click.option(
        "--mt-threads",
        "mt_threads",
        type=click.IntRange(min=1),
        metavar="N",
        help="Torch threads for the back-transliteration model (default: torch's, one per "
        "core; 1 is faster on a busy machine). With --jobs each worker uses one.",
    )(func)
    func = click.option(
        "--mt-model",
        "mt_model",
        type=click.Path(path_type=str),
        metavar="DIR",
        help="A compatible Marian model directory to back-transliterate with (implies "
        "--backtranslate; default: the shipped models/translit-ar).",
    )(func)
    func = click.option(
        "--backtranslate",
        is_flag=True,
        help="Names of two or more words with no confident match also go back to Arabic "
        "through a model and are matched there (needs: pip install 'normx[mt]').",
    )(func)
    return func


def load_normalizer(
    gazetteers: tuple[str, ...],
    no_defaults: bool,
    backtranslate: bool = False,
    mt_model: str | None = None,
    no_inherit: bool = False,
    mt_threads: int | None = None,
) -> Normalizer:
    """Load the gazetteers a command was given (errors reach the CLI boundary as NormxError)."""
    normalizer = Normalizer.load(list(gazetteers), defaults=not no_defaults, inherit=not no_inherit)
    if backtranslate or mt_model:
        normalizer.use_backtranslation(mt_model, threads=mt_threads)
    # The index is ~1M objects that live as long as the command: a full garbage collection
    # would walk them all (~0.1 s each time one falls). The command owns its process, so it
    # moves them out of the collector's reach (the library leaves that choice to its caller).
    gc.freeze()
    return normalizer
