"""What the commands print and write: text made inert for the terminal, and writes whose failures are
reported against the option that named the file."""

from __future__ import annotations

import errno
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import typer

from engine import files
from engine.errors import EngineError, SpecError, SpecErrors, UsageError
from engine.render.text import inert

T = TypeVar("T")
_REPORT = "This is a bug in engine; please report it (rerun with --debug for a traceback)."
STATE = {"debug": False}


def echo(text: str, err: bool = False, nl: bool = True) -> None:
    """Print what a command says: every control character a terminal would act on (escape sequences,
    carriage returns, OSC, bidi controls) escaped, newlines kept. The last net: each text that came from
    an input was already made inert on its own, newlines included, so no line can be forged either."""
    typer.echo(inert(text, newlines=True), err=err, nl=nl)


def file_error(exc: OSError) -> str:
    """An OSError as one located line: `path:1:1: error: cannot use it: Permission denied`."""
    where = f"{exc.filename}:1:1: " if exc.filename else ""
    return f"{where}error: cannot use it: {exc.strerror or exc}"


# errors of the disk, not of the path: the user's --out was fine, the write still failed
_WHILE_WRITING = {errno.ENOSPC, errno.EIO, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


def refuse_unwritable(flag: str, out: Path) -> None:
    """Refuse an output path that cannot be written (no such folder, a folder, a FIFO or device, a name
    too long), before any work is done: exit 2."""
    writing(flag, out, lambda: files.target(out))


def writing(flag: str, out: object, action: Callable[[], T]) -> T:
    """`action`, with a write that fails reported against `flag`: a path that cannot be written is a
    usage error (2), a disk that fails while writing (full, quota, I/O) an error (1); either way the
    temporary file is gone and `out` is as it was (engine.files.write_atomic)."""
    try:
        return action()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        if exc.errno in _WHILE_WRITING:
            raise SpecError(f"{flag} {out}: could not write it ({reason}); nothing was written") from None
        raise UsageError(f"{flag} {out}: cannot write there ({reason})") from None


def run_safely(action: Callable[[], T]) -> T:
    """Call `action`; user errors go to stderr with exit 1/2, anything else is an internal error (3)."""
    try:
        return action()
    except EngineError as exc:
        errors = exc.errors if isinstance(exc, SpecErrors) else (exc,)
        echo("\n".join(inert(str(e)) for e in errors), err=True)  # one line each: none can be forged
        raise typer.Exit(exc.exit_code) from None
    except typer.Exit:
        raise
    except OSError as exc:  # a file the stages did not expect to fail: still the user's file, located
        echo(inert(file_error(exc)), err=True)
        raise typer.Exit(1) from None
    except Exception as exc:  # the last resort: never a bare traceback for users
        if STATE["debug"]:
            traceback.print_exc()
        echo(f"internal error: {type(exc).__name__}: {inert(str(exc))}\n{_REPORT}", err=True)
        raise typer.Exit(3) from None
