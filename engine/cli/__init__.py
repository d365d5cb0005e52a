"""The `engine` command line: parse options, call the engine, render, map errors to exit codes.

Exit codes: 0 success, 1 bad spec or input, 2 bad usage, 3 internal error (traceback with --debug).
No estimation logic lives here; the commands are registered by the modules imported below.
"""

from __future__ import annotations

from engine.cli import cache, check, docs, plan, plot, question, specs, web  # noqa: F401  (each registers its commands on `app`)
from engine.cli.app import app

__all__ = ["app", "run"]


def run() -> None:
    """Console-script entry point. The process ends with os._exit once the output is flushed: tearing the
    interpreter down (freeing every module's objects) cost about a quarter of a cached command."""
    import os
    import sys

    code = 0
    try:
        app(prog_name="engine", standalone_mode=True)
    except SystemExit as exc:  # typer ends with SystemExit (its code, or a message)
        if isinstance(exc.code, str):
            sys.stderr.write(exc.code + "\n")
            code = 1
        else:
            code = exc.code or 0
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # a closed pipe (engine ... | head): nothing more to write
        code = code or 0
    if os.environ.get("ENGINE_NO_FAST_EXIT"):
        sys.exit(code)
    os._exit(code)
