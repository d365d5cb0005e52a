"""The typer application every command registers on, and its global options (--debug, --version)."""

from __future__ import annotations

from typing import Annotated

import typer

from engine.cli.options import STATE
from engine.version import __version__

app = typer.Typer(
    name="engine",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    help="How much GPU memory does this transformer need, how many GPUs, and which? Specs are YAML formulas; "
    "see docs/spec-language.md. Example: engine solve llama-3-8b --gpu a100-80",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"engine {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of internal errors.")] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Plan GPU memory from declarative model specs."""
    STATE["debug"] = debug
