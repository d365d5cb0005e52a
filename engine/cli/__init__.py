"""The `engine` command line: parse options, call the engine, render, map errors to exit codes.

Exit codes: 0 success, 1 bad spec or input, 2 bad usage, 3 internal error (traceback with --debug).
No estimation logic lives here. Each command is registered by one module of this package (the table
COMMANDS); `engine.cli.app` is the whole application, every command registered. The console script
(`run`) imports only the module of the command asked for and builds only that command (engine.cli.lean).
"""

from __future__ import annotations

from typing import Any

from engine.cli.commands import COMMANDS

__all__ = ["COMMANDS", "app", "run"]


def __getattr__(name: str) -> Any:
    if name == "app":
        from engine.cli.lean import whole

        return whole()
    raise AttributeError(f"module 'engine.cli' has no attribute {name!r}")


def run() -> None:
    """Console-script entry point. The process ends with os._exit once the output is flushed: tearing the
    interpreter down (freeing every module's objects) cost about a quarter of a cached command."""
    import os
    import sys

    from engine.cli.lean import command_for

    code = 0
    try:
        command_for(sys.argv[1:])(prog_name="engine", standalone_mode=True)
    except SystemExit as exc:  # click ends with SystemExit (its code, or a message)
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
