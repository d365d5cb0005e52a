"""Where things were written: `Span` (a value and the key that names it) and `Document` (plain data
read from a spec file, with a span for every key path); and how a number written in a spec becomes an
exact value (`exact_decimal`). No YAML here: engine.source reads files."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from engine.errors import Location

Key = str | int
KeyPath = tuple[Key, ...]

MAX_DIGITS = 300  # digits, and decimal exponent, of a number written in a spec (real values have ~20)
MAX_NODES = 10_000  # values in one spec or extends chain: alias bombs, and about 1 s of work (the largest shipped: 749)


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


_DECIMAL = re.compile(r"[+-]?(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?")

NOT_FINITE = frozenset({".inf", ".nan", "inf", "nan", "infinity"})


def exact_decimal(text: str) -> int | Fraction:
    """A decimal number as an exact value: '1.5e9' -> 1500000000, '0.1' -> 1/10.

    Raises ValueError saying what is wrong: not finite, not a decimal, more than `MAX_DIGITS` digits, or
    an exponent beyond +-`MAX_DIGITS` ('1e-99999999' would otherwise build a number of 330 million bits).
    """
    cleaned = text.replace("_", "").lower()
    if cleaned.lstrip("+-") in NOT_FINITE:
        raise ValueError("is not a finite number")
    match = _DECIMAL.fullmatch(cleaned)
    if match is None or not (match.group(1) or match.group(2)):
        raise ValueError("is not a number this tool can read exactly")
    whole, fraction, exponent = match.groups()
    if len(whole) + len(fraction or "") > MAX_DIGITS:
        raise ValueError(f"has more than {MAX_DIGITS} digits")
    if exponent and (len(exponent) > 5 or abs(int(exponent)) > MAX_DIGITS):
        raise ValueError(f"has an exponent beyond +-{MAX_DIGITS}")
    value = Fraction(cleaned)
    return int(value) if value.denominator == 1 else value
