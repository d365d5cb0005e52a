"""The domains a symbol may declare: what values it accepts, checked exactly."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

from engine.spec.numbers import Number


@dataclass(frozen=True)
class Domain:
    """What values a symbol may take, checked exactly (engine.build.model gives each its sympy assumptions)."""

    text: str
    accepts: Callable[[Number], bool]


def _integer(value: Number) -> bool:
    return not isinstance(value, Fraction) or value.denominator == 1


DOMAINS: dict[str, Domain] = {
    "positive_integer": Domain("a positive integer", lambda v: _integer(v) and v > 0),
    "nonnegative_integer": Domain("an integer >= 0", lambda v: _integer(v) and v >= 0),
    "flag": Domain("0 or 1", lambda v: v in (0, 1)),
    "positive": Domain("a number > 0", lambda v: v > 0),
    "nonnegative": Domain("a number >= 0", lambda v: v >= 0),
    "fraction": Domain("a number in (0, 1]", lambda v: 0 < v <= 1),
}
