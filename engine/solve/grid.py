"""Sweep grids: `NAME=START..STOP[:STEP|*FACTOR]` parsed into exact values, and the columns a sweep
returns (engine.solve.sweep computes them)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from engine.errors import UsageError
from engine.evaluate.question import Setup
from engine.limits import MAX_GEOMETRIC, MAX_ROWS
from engine.solve.layouts import axis, check
from engine.spec.numbers import exact_decimal
from engine.spec.types import DOMAINS

GRID = re.compile(
    r"^\s*([A-Za-z][A-Za-z0-9_]*)\s*=\s*([0-9.e+_]+)\s*\.\.\s*([0-9.e+_]+)\s*(?:([:*])\s*([0-9.e+_]+))?\s*$"
)


@dataclass(frozen=True)
class Axis:
    name: str
    values: tuple[Any, ...]


def parse_grid(text: str) -> Axis:
    """'batch=1..64*2' (doubling), 'seq_len=512..8192:512' (step), 'dp=1..8' (step 1)."""
    match = GRID.match(text)
    if match is None:
        raise UsageError(f"--grid '{text}' is not NAME=START..STOP[:STEP|*FACTOR] (e.g. batch=1..64*2)")
    name, start, stop, op, by = match.groups()
    first, last = _number(start, text), _number(stop, text)
    step = _number(by, text) if by else Fraction(1)
    if first <= 0 or last < first or step <= 0 or (op == "*" and step <= 1):
        raise UsageError(f"--grid '{text}': need 0 < START <= STOP, a positive STEP, a FACTOR above 1")
    # counted before anything is built: a list of 50 million values took a minute and gigabytes
    count = _geometric_count(first, last, step) if op == "*" else int((last - first) // step) + 1
    if op == "*" and count > MAX_GEOMETRIC:
        raise UsageError(f"--grid '{text}' has more than {MAX_GEOMETRIC} values; use :STEP for longer grids")
    if count > MAX_ROWS:
        raise UsageError(f"--grid '{text}' has {count:,} values; the limit is {MAX_ROWS:,} rows")
    values: list[Any] = []
    value = first
    for _ in range(count):
        values.append(int(value) if value.denominator == 1 else value)
        value = value * step if op == "*" else value + step
    return Axis(name, tuple(values))


def _geometric_count(first: Fraction, last: Fraction, factor: Fraction) -> int:
    """Values of first, first*factor, ... up to last; at most MAX_GEOMETRIC + 1 multiplications
    (exact powers of a factor such as 1.0000001 grow by seven digits a step)."""
    count, value = 0, first
    while value <= last and count <= MAX_GEOMETRIC:
        count, value = count + 1, value * factor
    return count


def _number(text: str, whole: str) -> Fraction:
    try:
        return Fraction(exact_decimal(text))  # at most 300 digits: '1e99999999' would be built exactly
    except ValueError as exc:
        raise UsageError(f"--grid '{whole}': '{text}' {exc}") from None


@dataclass
class Rows:
    """Columns of a sweep for one GPU: the grid's values, bytes per term and phase, fits, fewest GPUs."""

    gpu: str
    columns: dict[str, Any]

    def __len__(self) -> int:
        return len(next(iter(self.columns.values())))

    def records(self) -> Iterator[dict[str, Any]]:
        names = list(self.columns)
        for i in range(len(self)):
            yield {"gpu": self.gpu, **{n: _plain(self.columns[n][i]) for n in names}}


class Filling:
    """The columns of `total` rows, filled a chunk at a time (`put`: the rows as a slice or indices). A
    column that is one value broadcast in every chunk (a term that no grid variable moves) stays that
    value broadcast: no copy per row, which the writers see at once."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.names: list[str] = []
        self.full: dict[str, Any] = {}
        self.constant: dict[str, Any] = {}

    def put(self, where: Any, part: Mapping[str, Any]) -> None:
        import numpy as np

        self.names = self.names or list(part)
        for name, column in part.items():
            column = np.asarray(column)
            if name not in self.full:
                if not column.size:
                    continue
                if column.strides == (0,) and name not in self.constant:
                    self.constant[name] = column[:1]
                    continue
                held = self.constant.get(name)
                if column.strides == (0,) and held is not None and _same(held[0], column[0]):
                    continue
                full = np.empty(self.total, dtype=np.result_type(column, *(() if held is None else (held,))))
                if held is not None:
                    full[:] = held[0]
                self.full[name] = full
            self.full[name][where] = column

    def columns(self) -> dict[str, Any]:
        import numpy as np

        return {
            n: self.full[n] if n in self.full else np.broadcast_to(self.constant[n], (self.total,)) for n in self.names
        }


def _same(a: Any, b: Any) -> bool:
    return bool(a == b) or (a != a and b != b)  # NaN: the same missing value


def _plain(value: Any) -> Any:
    item = value.item() if hasattr(value, "item") else value
    if isinstance(item, float) and item != item:  # NaN: no value (e.g. nothing fits)
        return None
    if isinstance(item, float) and item.is_integer() and abs(item) < 2**53:
        return int(item)
    return item


def row_count(axes: Sequence[Axis]) -> int:
    total = 1
    for grid in axes:
        total *= len(grid.values)
    return total


def check_axis(setup: Setup, grid: Axis) -> None:
    """Grid values are symbol values: the same domain as --set (batch=1..2:0.5 would compute batch 1.5),
    and a tensor-parallel degree must meet the rules' layout constraints as for --tp."""
    declared = setup.rules.spec.symbol(grid.name)
    assert declared is not None  # checked by the caller
    domain = DOMAINS[declared.domain]
    tensor, pipeline = axis(setup, "tensor").symbol, axis(setup, "pipeline").symbol
    for value in grid.values:
        if not domain.accepts(value):
            raise UsageError(f"--grid {grid.name}: {value} is not {domain.text}")
        if grid.name == tensor:
            check(setup, "tensor", int(value))
        if grid.name == pipeline:
            check(setup, "pipeline", int(value))


def choice_groups(
    setup: Setup, degrees: Mapping[str, Any], size: int, key: Callable[[dict[str, int]], Any] | None = None
) -> list[tuple[Any, Any]]:
    """Rows grouped by the option choices in force at their layout degrees (`degrees`: symbol -> a value
    per row; a `default_when` reads them): (key, mask of the rows) per group. `key(at)` names a group;
    by default, the sorted choices in force at the degrees `at`."""
    import numpy as np

    def in_force(at: dict[str, int]) -> Any:
        return tuple(sorted(setup.with_values(**at).choices.items()))

    names = list(degrees)
    keys = np.stack([degrees[n] for n in names], axis=1) if names else np.zeros((size, 0))
    groups: dict[Any, Any] = {}
    for combination in np.unique(keys, axis=0):
        at = {n: int(v) for n, v in zip(names, combination, strict=True)}
        found = (key or in_force)(at)
        mask = np.all(keys == combination, axis=1)
        groups[found] = groups[found] | mask if found in groups else mask
    return list(groups.items())
