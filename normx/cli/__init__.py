"""The ``normx`` command line: a thin layer over the library.

Every command lives in its own module and is registered here. Library errors
(:class:`normx.errors.NormxError`) are turned into a message on standard error and exit status 2
at this one boundary, so no command prints a traceback for bad input.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from normx.errors import NormxError


class _NormxGroup(click.Group):
    """A click group that reports library errors cleanly (message, hint, exit status 2)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NormxError as err:
            click.echo(f"normx: error: {err}", err=True)
            if err.hint:
                click.echo(f"hint: {err.hint}", err=True)
            ctx.exit(2)
        except BrokenPipeError:  # `normx ... | head` must not print a traceback
            sys.stderr.close()
            ctx.exit(0)


@click.group(cls=_NormxGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="normx")
def main() -> None:
    """normx: consistent names for entities in English text translated from Arabic."""


def _register() -> None:
    for module_name, attr in (
        ("gazetteer", "gazetteer"),
        ("match", "match"),
        ("canonicalize", "canonicalize"),
    ):
        try:
            module = __import__(f"normx.cli.{module_name}", fromlist=[attr])
        except ModuleNotFoundError as err:  # a command still being written
            if err.name != f"normx.cli.{module_name}":
                raise
            continue
        main.add_command(getattr(module, attr))
    from normx.mt.cli_model import model  # importing it loads no torch

    main.add_command(model)


_register()
