"""The `engine` command line: parse options, call the engine, render, map errors to exit codes.

Exit codes: 0 success, 1 bad spec or input, 2 bad usage, 3 internal error (traceback with --debug).
No estimation logic lives here; the commands are registered by the modules imported below.
"""

from __future__ import annotations

from engine.cli import cache, check, docs, plot, question, specs, web  # noqa: F401  (each registers its commands on `app`)
from engine.cli.app import app

__all__ = ["app", "run"]


def run() -> None:
    """Console-script entry point."""
    app(prog_name="engine")
