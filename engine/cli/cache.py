"""`engine cache`: where the disk cache is, and clearing what it wrote."""

from __future__ import annotations

from typing import Annotated

import typer

from engine import cache, cache_clear
from engine.cli.application import app
from engine.cli.options import run_safely
from engine.cli.output import echo
from engine.render.text import inert


@app.command("cache")
def cache_(
    action: Annotated[
        str, typer.Argument(help="'clear' removes the entries the cache wrote; 'path' shows where it is.")
    ] = "path",
) -> None:
    """The disk cache of derivations (compiled plans, the spec index, closed forms), keyed by the content
    of the spec files; JSON entries only, checked before use. An entry the cache lacks may come from
    those the wheel ships for the README's questions (seeds), checked the same way; `clear` leaves those.

    Example: engine cache clear
    """
    if action == "clear":
        folder, removed = run_safely(cache_clear.clear)
        echo(f"removed {removed} files from {inert(str(folder))}")
    elif action == "path":
        where = run_safely(lambda: str(cache.cache_dir()))
        echo(inert(where) + ("" if cache.enabled() else " (disabled by ENGINE_NO_CACHE)"))
    else:
        echo(f"error: unknown cache action '{inert(action)}'; use 'clear' or 'path'", err=True)
        raise typer.Exit(2)
