"""Sweep a grid of configurations at array speed: every combination of the grid's values, per GPU.

The same rules, options and values as `solve`/`memory`: the setup's assignment gives every symbol; the
grid replaces some with arrays; symbols whose defaults or chosen values depend on a grid variable
are recomputed; then the model's compiled plan (numpy backend) computes every term and phase for all
rows at once, in float64. The fewest data-parallel ranks per row (at its tensor x pipeline split)
comes from the plan at dp = 2 and 4 (memory is A + B / dp there), checked at the answer and its
neighbour, with a vectorised bisection for the rows where that shape does not hold.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from engine.errors import SpecError, UsageError, did_you_mean
from engine.evaluate.memory import assign_rules
from engine.evaluate.question import Setup
from engine.limits import MAX_DP, MAX_GEOMETRIC, MAX_ROWS
from engine.plan.program import Plan, Program
from engine.plan.runtime import run
from engine.solve.layouts import axis, check
from engine.spec.numbers import exact_decimal
from engine.spec.types import CAPACITY, DOMAINS

GRID = re.compile(
    r"^\s*([A-Za-z][A-Za-z0-9_]*)\s*=\s*([0-9.e+_]+)\s*\.\.\s*([0-9.e+_]+)\s*(?:([:*])\s*([0-9.e+_]+))?\s*$"
)
CHUNK = 1 << 18


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


def _plain(value: Any) -> Any:
    item = value.item() if hasattr(value, "item") else value
    if isinstance(item, float) and item != item:  # NaN: no value (e.g. nothing fits)
        return None
    if isinstance(item, float) and item.is_integer() and abs(item) < 2**53:
        return int(item)
    return item


def sweep(
    setup: Setup, axes: Sequence[Axis], min_gpus: bool = True, progress: Callable[[int], None] | None = None
) -> Rows:
    """Every combination of `axes` for one setup (GPU), in chunks, as columns."""
    import numpy as np

    rules = setup.rules
    for ax in axes:
        if rules.spec.symbol(ax.name) is None:
            hint = did_you_mean(ax.name, rules.symbols)
            raise SpecError(f"--grid {ax.name}: the '{rules.spec.name}' rules have no symbol '{ax.name}'{hint}")
        _check_axis(setup, ax)
    total = row_count(axes)
    if total > MAX_ROWS:
        raise UsageError(f"the grid has {total:,} rows; the limit is {MAX_ROWS:,}")
    plan = _SweepPlan(setup, [a.name for a in axes])
    grids = np.meshgrid(*[np.asarray([float(v) for v in a.values]) for a in axes], indexing="ij")
    flat = {a.name: g.ravel() for a, g in zip(axes, grids, strict=True)}
    chunks = [plan.rows({k: v[i : i + CHUNK] for k, v in flat.items()}, min_gpus) for i in _starts(total, progress)]
    columns = {k: np.concatenate([c[k] for c in chunks]) for k in chunks[0]}
    return Rows(setup.hardware.name, columns)


def _check_axis(setup: Setup, grid: Axis) -> None:
    """Grid values are symbol values: the same domain as --set (batch=1..2:0.5 would compute batch 1.5),
    and a tensor-parallel degree must meet the rules' layout constraints as for --tp."""
    declared = setup.rules.spec.symbol(grid.name)
    assert declared is not None  # checked by the caller
    domain = DOMAINS[declared.domain]
    tensor = axis(setup, "tensor").symbol
    for value in grid.values:
        if not domain.accepts(value):
            raise UsageError(f"--grid {grid.name}: {value} is not {domain.text}")
        if grid.name == tensor:
            check(setup, "tensor", int(value))


def _starts(total: int, progress: Callable[[int], None] | None) -> Iterator[int]:
    for start in range(0, total, CHUNK):
        yield start
        if progress:
            progress(min(CHUNK, total - start))


class _SweepPlan:
    """The rules' programs for a grid: symbols whose default or chosen value depends on a grid variable
    are computed per row (their own programs, in dependency order) before the main program."""

    def __init__(self, setup: Setup, grid: Sequence[str]) -> None:
        rules = setup.rules
        values = assign_rules(setup)
        self.setup, self.rules = setup, rules
        self.base = {k: float(v) for k, v in values.values.items()}
        self.moving: list[tuple[str, Program]] = []
        moving = set(grid)
        for name in _dependency_order(rules, values.origins):
            if name in grid:
                continue
            program = _program_of(rules, name, values.origins[name])
            if program is not None and set(program.inputs) & moving:
                self.moving.append((name, program))
                moving.add(name)
        self.phases = dict(rules.phases)
        self.terms = {p.key: p for p in rules.parts if "/" not in p.key}
        self.capacity_slot = rules.derived.get(CAPACITY)
        self.data, self.tensor, self.pipeline = (axis(setup, r).symbol for r in ("data", "tensor", "pipeline"))

    def env(self, values: Mapping[str, Any]) -> dict[str, Any]:
        import numpy as np

        values = dict(values)
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            for name, program in self.moving:
                values[name] = run(program, values, "numpy")[name]
            env: dict[str, Any] = run(self.rules.main, values, "numpy")
        return env

    def rows(self, grid: Mapping[str, Any], min_gpus: bool) -> dict[str, Any]:
        import numpy as np

        values = {**self.base, **grid}
        env = self.env(values)
        shape = next(iter(grid.values())).shape
        capacity = env[self.capacity_slot] if self.capacity_slot else float(self.setup.hardware.capacity)
        phases = np.vstack([np.broadcast_to(env[slot], shape) for slot in self.phases.values()])
        peak = phases.max(axis=0)
        out: dict[str, Any] = dict(grid)
        out["per_gpu_bytes"] = peak
        out["capacity_bytes"] = np.broadcast_to(capacity, peak.shape)
        out["fits"] = peak <= capacity
        out["peak_phase"] = np.asarray(list(self.phases))[phases.argmax(axis=0)]
        for key, part in self.terms.items():
            out[key] = np.broadcast_to(Plan.contribution(env, part), peak.shape)
        if min_gpus:
            dp = self.fewest_dp(values, capacity, peak.shape)
            tp, pp = (np.broadcast_to(values[k], peak.shape) for k in (self.tensor, self.pipeline))
            out["min_gpus"] = np.where(dp > 0, dp * tp * pp, np.nan)  # empty: no number of GPUs fits
        return out

    def peak(self, values: Mapping[str, Any], dp: Any) -> Any:
        import numpy as np

        env = self.env({**values, self.data: dp})
        return np.max(np.vstack([np.broadcast_to(env[s], np.shape(dp)) for s in self.phases.values()]), axis=0)

    def fewest_dp(self, values: Mapping[str, Any], capacity: Any, shape: tuple[int, ...]) -> Any:
        """Per row, the fewest data-parallel ranks that fit (0 when none do)."""
        import numpy as np

        ones = np.ones(shape)
        f1, f2, f4 = (self.peak(values, k * ones) for k in (1, 2, 4))
        slope = (f2 - f4) * 4  # B in A + B / dp, from dp = 2 and 4
        floor = f2 - slope / 2  # A
        with np.errstate(divide="ignore", invalid="ignore"):
            guess = np.where(capacity > floor, np.ceil(slope / (capacity - floor)), np.inf)
        guess = np.clip(np.nan_to_num(guess, nan=np.inf, posinf=MAX_DP + 1), 2, MAX_DP + 1)
        answer = np.where(f1 <= capacity, 1, guess)
        fits = self.peak(values, np.minimum(answer, MAX_DP)) <= capacity
        before = self.peak(values, np.maximum(answer - 1, 1)) <= capacity
        good = (answer == 1) | ((answer <= MAX_DP) & fits & ~before)
        if not good.all():  # not of the A + B / dp shape (hybrid sharding): bisect those rows
            answer = np.where(good, answer, self.bisect(values, capacity, ~good, shape))
        return np.where(answer > MAX_DP, 0, answer)

    def bisect(self, values: Mapping[str, Any], capacity: Any, rows: Any, shape: tuple[int, ...]) -> Any:
        import numpy as np

        low, high = np.ones(shape), np.full(shape, float(MAX_DP))
        ok_high = self.peak(values, high) <= capacity
        ok_low = self.peak(values, low) <= capacity
        for _ in range(26):
            middle = np.floor((low + high) / 2)
            ok = self.peak(values, middle) <= capacity
            high = np.where(ok, middle, high)
            low = np.where(ok, low, middle)
        answer = np.where(ok_low, 1, np.where(ok_high, high, MAX_DP + 1))
        return np.where(rows, answer, 0)


def _dependency_order(rules: Plan, origins: Mapping[str, Any]) -> list[str]:
    """Symbols in an order where each computed one comes after what its program uses."""
    order: list[str] = []
    done: set[str] = set()

    def visit(name: str, depth: int) -> None:
        if name in done or depth > len(rules.symbols):
            return
        program = _program_of(rules, name, origins.get(name))
        for used in sorted(program.inputs) if program is not None else ():
            visit(used, depth + 1)
        done.add(name)
        order.append(name)

    for name in rules.symbols:
        visit(name, 0)
    return order


def _program_of(rules: Plan, name: str, origin: Any) -> Program | None:
    """The program a symbol's value came from (a default or an option's choice), if any."""
    if origin is None:
        return None
    if origin.kind == "default":
        return rules.defaults.get(name)
    if origin.kind == "choice":
        return rules.choices.get(origin.source, {}).get(origin.choice, {}).get(name)
    return None


def row_count(axes: Sequence[Axis]) -> int:
    total = 1
    for grid in axes:
        total *= len(grid.values)
    return total


def run_sweep(setup: Setup, axes: Sequence[Axis], min_gpus: bool, progress: Callable[[int], None] | None) -> Rows:
    try:
        import numpy  # noqa: F401  (the sweep's arrays)
    except ImportError:
        raise UsageError("engine sweep needs numpy: pip install 'engine[fast]'") from None
    return sweep(setup, axes, min_gpus, progress)
