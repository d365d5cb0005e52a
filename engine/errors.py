"""Errors as values with locations: `Location(file, line, col)` and the `EngineError` family.

Every user-facing problem is an `EngineError` subclass whose `str()` is gcc-style
(`specs/llama.yaml:14:12: error: unknown name 'n_kv_head' (did you mean 'num_kv_heads'?)`), so editors
can jump to it. The CLI maps each class to an exit code; nothing here touches the terminal.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Location:
    """A position in a file, 1-based like compilers print it."""

    file: str
    line: int = 1
    col: int = 1

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}"


class EngineError(Exception):
    """A problem caused by the user's input, reported without a traceback."""

    exit_code = 1

    def __init__(self, message: str, location: Location | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.location = location

    def __str__(self) -> str:
        prefix = f"{self.location}: " if self.location else ""
        return f"{prefix}error: {self.message}"


class SpecError(EngineError):
    """A spec, config file or value that cannot be used (exit code 1)."""


class UsageError(EngineError):
    """The command line itself is wrong (exit code 2)."""

    exit_code = 2


class SpecErrors(EngineError):
    """Several located errors found in one pass (e.g. every schema violation of a file)."""

    def __init__(self, errors: Sequence[EngineError]) -> None:
        super().__init__(f"{len(errors)} errors")
        self.errors = tuple(errors)

    def __str__(self) -> str:
        return "\n".join(str(e) for e in self.errors)


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """' (did you mean 'x'?)' for the closest candidate, or '' when none is close."""
    close = difflib.get_close_matches(word, sorted(set(candidates)), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def unknown(kind: str, name: str, known: Iterable[str]) -> str:
    """The one message for a name that is not known: "unknown symbol 'x' (did you mean 'y'?)"."""
    return f"unknown {kind} '{name}'{did_you_mean(name, known)}"


@dataclass(frozen=True)
class Problem:
    """What a check found, before it is located: a message, and the key path it is about (or an exact
    location, for a problem inside an expression). One driver turns problems into located errors."""

    message: str
    path: tuple[str | int, ...] = ()
    location: Location | None = None
