"""Where things were written: `Span` (a value and the key that names it) and `Document` (plain data
read from a spec file, with a span for every key path). No YAML here: engine.spec.source reads files."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from engine.errors import Location

Key = str | int
KeyPath = tuple[Key, ...]


@dataclass(frozen=True)
class Span:
    """Where a value (and the key that names it) was written."""

    value: Location
    key: Location
    text_col: int | None = None  # column of the first character of a one-line string's text

    def at(self, offset: int) -> Location:
        """The location `offset` characters into a one-line string value (else the value's start)."""
        if self.text_col is None:
            return self.value
        return Location(self.value.file, self.value.line, self.text_col + offset)


@dataclass(frozen=True)
class Document:
    """Plain data read from YAML, with a `Span` for every key path (the root is `()`)."""

    path: str
    data: Any
    spans: Mapping[KeyPath, Span] = field(default_factory=dict)
    files: tuple[str, ...] = ()  # the files it was read from (more than one after `extends:`)
    absent: tuple[str, ...] = ()  # files `extends:` looked for first and did not find
    listings: tuple[str, ...] = ()  # folders whose subfolders `extends:` searched (a new one could shadow)

    def span(self, path: KeyPath) -> Span:
        """The span of `path`, or of its nearest ancestor that has one."""
        for end in range(len(path), -1, -1):
            found = self.spans.get(path[:end])
            if found is not None:
                return found
        where = Location(self.path)
        return Span(where, where)

    def loc(self, path: KeyPath) -> Location:
        return self.span(path).value
