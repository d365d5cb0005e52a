"""What the commands print and write: text made inert for the terminal, and writes whose failures are
reported against the option that named the file."""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import typer

from engine import files
from engine.errors import SpecError, UsageError
from engine.render.text import inert

T = TypeVar("T")


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
