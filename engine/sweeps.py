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

import sympy

from engine.compiled import CompiledModel
from engine.document import exact_decimal
from engine.errors import SpecError, UsageError, did_you_mean
from engine.memory import Setup, assign_rules
from engine.model import DOMAINS
from engine.solve import check_tp

GRID = re.compile(
    r"^\s*([A-Za-z][A-Za-z0-9_]*)\s*=\s*([0-9.e+_]+)\s*\.\.\s*([0-9.e+_]+)\s*(?:([:*])\s*([0-9.e+_]+))?\s*$"
)
MAX_ROWS = 4_000_000  # rows of one sweep: about 1.5 GB of columns and a minute (384 MB, 16 s per million)
MAX_GEOMETRIC = 64  # values of a *FACTOR axis (batch=1..2**60*2 has 61)
CHUNK = 1 << 18
MAX_DP = 2**24
TOP = ("weights", "gradients", "optimizer", "adapters", "activations", "kv_cache", "logits", "buffers", "reserve")


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
    for axis in axes:
        if axis.name not in rules.symbols:
            hint = did_you_mean(axis.name, rules.symbols)
            raise SpecError(f"--grid {axis.name}: the '{rules.spec.name}' rules have no symbol '{axis.name}'{hint}")
        _check_axis(setup, axis)
    total = 1
    for axis in axes:
        total *= len(axis.values)
    if total > MAX_ROWS:
        raise UsageError(f"the grid has {total:,} rows; the limit is {MAX_ROWS:,}")
    plan = _sweep_plan(setup, [a.name for a in axes])
    base = {k: float(v) for k, v in assign_rules(setup).values.items()}
    grids = np.meshgrid(*[np.asarray([float(v) for v in a.values]) for a in axes], indexing="ij")
    flat = {a.name: g.ravel() for a, g in zip(axes, grids, strict=True)}
    chunks = [
        _rows(plan, setup, base, {k: v[i : i + CHUNK] for k, v in flat.items()}, min_gpus)
        for i in _starts(total, progress)
    ]
    columns = {k: np.concatenate([c[k] for c in chunks]) for k in chunks[0]}
    return Rows(setup.hardware.name, columns)


def _check_axis(setup: Setup, axis: Axis) -> None:
    """Grid values are symbol values: the same domain as --set (batch=1..2:0.5 would compute batch 1.5),
    and a tensor-parallel degree must split the heads as for --tp."""
    domain = DOMAINS[setup.rules.declared(axis.name).domain]
    for value in axis.values:
        if not domain.accepts(sympy.Rational(value)):
            raise UsageError(f"--grid {axis.name}: {value} is not {domain.text}")
        if axis.name == "tp":
            check_tp(setup, int(value))


def _starts(total: int, progress: Callable[[int], None] | None) -> Iterator[int]:
    for start in range(0, total, CHUNK):
        yield start
        if progress:
            progress(min(CHUNK, total - start))


class _Plan:
    """The model's plan preceded by the symbols whose values depend on the grid."""

    def __init__(self, setup: Setup, grid: Sequence[str]) -> None:
        rules = setup.rules
        values = assign_rules(setup)
        computed: list[tuple[str, Any]] = []
        moving = set(grid)
        for name in _dependency_order(rules, values.origins):
            if name in grid:
                continue
            expr = _expression(rules, name, values.origins[name])
            if expr is not None and {s.name for s in expr.free_symbols} & moving:
                computed.append((name, expr))
                moving.add(name)
        model_plan = list(rules.plan)
        self.compiled = CompiledModel(_PlanOnly(rules, computed + model_plan), "numpy")
        self.phases = {q.key: q.slot for q in rules.phases}
        self.terms = {q.key: (q.key, q.slot) for q in rules.parts if "/" not in q.key}
        own = next((q for q in rules.derived if q.key == "capacity"), None)
        self.capacity_slot = own.slot if own else None
        self.computed = [name for name, _ in computed]


def _sweep_plan(setup: Setup, grid: Sequence[str]) -> _Plan:
    return _Plan(setup, grid)


@dataclass(frozen=True)
class _PlanOnly:
    """A stand-in model for CompiledModel: the rules' symbols, plan and tree with extra leading steps."""

    rules: Any
    plan: list[tuple[str, Any]]

    @property
    def symbols(self) -> Mapping[str, Any]:
        symbols: Mapping[str, Any] = self.rules.symbols
        return symbols

    @property
    def total(self) -> Any:
        return self.rules.total


def _dependency_order(rules: Any, origins: Mapping[str, str]) -> list[str]:
    """Symbols in an order where each computed one comes after what its expression uses."""
    order: list[str] = []
    done: set[str] = set()

    def visit(name: str, depth: int) -> None:
        if name in done or depth > len(rules.symbols):
            return
        expr = _expression(rules, name, origins.get(name, ""))
        for used in sorted(s.name for s in expr.free_symbols) if expr is not None else ():
            visit(used, depth + 1)
        done.add(name)
        order.append(name)

    for name in rules.symbols:
        visit(name, 0)
    return order


def _expression(rules: Any, name: str, origin: str) -> Any:
    """The expression a symbol's value came from (a default or an option's choice), if any."""
    if origin == "default":
        return rules.defaults.get(name)
    if "=" in origin:
        option_name, choice_name = origin.split("=", 1)
        option = rules.spec.option(option_name)
        choice = option.choice(choice_name) if option else None
        if choice is not None and name in choice.values:
            return rules.choice_exprs.get(choice.values[name])
    return None


def _rows(
    plan: _Plan, setup: Setup, base: Mapping[str, float], grid: Mapping[str, Any], min_gpus: bool
) -> dict[str, Any]:
    import numpy as np

    values = {**base, **grid}
    env = _run(plan, values)
    capacity = env[plan.capacity_slot] if plan.capacity_slot else float(setup.hardware.capacity)
    phases = np.vstack([np.broadcast_to(env[slot], next(iter(grid.values())).shape) for slot in plan.phases.values()])
    peak = phases.max(axis=0)
    out: dict[str, Any] = dict(grid)
    out["per_gpu_bytes"] = peak
    out["capacity_bytes"] = np.broadcast_to(capacity, peak.shape)
    out["fits"] = peak <= capacity
    out["peak_phase"] = np.asarray(list(plan.phases))[phases.argmax(axis=0)]
    for key, (_, slot) in plan.terms.items():
        out[key] = np.broadcast_to(plan.compiled.contribution(env, key, slot), peak.shape)
    if min_gpus:
        dp = _fewest_dp(plan, values, capacity, peak.shape)
        tp, pp = (np.broadcast_to(values[k], peak.shape) for k in ("tp", "pp"))
        out["min_gpus"] = np.where(dp > 0, dp * tp * pp, np.nan)  # empty: no number of GPUs fits
    return out


def _run(plan: _Plan, values: Mapping[str, Any]) -> dict[str, Any]:
    import numpy as np

    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        env: dict[str, Any] = plan.compiled.run(values)
    return env


def _peak(plan: _Plan, values: Mapping[str, Any], dp: Any) -> Any:
    import numpy as np

    env = _run(plan, {**values, "dp": dp})
    return np.max(np.vstack([np.broadcast_to(env[s], np.shape(dp)) for s in plan.phases.values()]), axis=0)


def _fewest_dp(plan: _Plan, values: Mapping[str, Any], capacity: Any, shape: tuple[int, ...]) -> Any:
    """Per row, the fewest data-parallel ranks that fit (0 when none do)."""
    import numpy as np

    ones = np.ones(shape)
    f1, f2, f4 = (_peak(plan, values, k * ones) for k in (1, 2, 4))
    slope = (f2 - f4) * 4  # B in A + B / dp, from dp = 2 and 4
    floor = f2 - slope / 2  # A
    with np.errstate(divide="ignore", invalid="ignore"):
        guess = np.where(capacity > floor, np.ceil(slope / (capacity - floor)), np.inf)
    guess = np.clip(np.nan_to_num(guess, nan=np.inf, posinf=MAX_DP + 1), 2, MAX_DP + 1)
    answer = np.where(f1 <= capacity, 1, guess)
    fits = _peak(plan, values, np.minimum(answer, MAX_DP)) <= capacity
    before = _peak(plan, values, np.maximum(answer - 1, 1)) <= capacity
    good = (answer == 1) | ((answer <= MAX_DP) & fits & ~before)
    if not good.all():  # not of the A + B / dp shape (hybrid sharding): bisect those rows
        answer = np.where(good, answer, _bisect(plan, values, capacity, ~good, shape))
    return np.where(answer > MAX_DP, 0, answer)


def _bisect(plan: _Plan, values: Mapping[str, Any], capacity: Any, rows: Any, shape: tuple[int, ...]) -> Any:
    import numpy as np

    low, high = np.ones(shape), np.full(shape, float(MAX_DP))
    ok_high = _peak(plan, values, high) <= capacity
    ok_low = _peak(plan, values, low) <= capacity
    for _ in range(26):
        middle = np.floor((low + high) / 2)
        ok = _peak(plan, values, middle) <= capacity
        high = np.where(ok, middle, high)
        low = np.where(ok, low, middle)
    answer = np.where(ok_low, 1, np.where(ok_high, high, MAX_DP + 1))
    return np.where(rows, answer, 0)


def row_count(axes: Sequence[Axis]) -> int:
    total = 1
    for axis in axes:
        total *= len(axis.values)
    return total


def run(setup: Setup, axes: Sequence[Axis], min_gpus: bool, progress: Callable[[int], None] | None) -> Rows:
    try:
        import numpy  # noqa: F401  (the sweep's arrays)
    except ImportError:
        raise UsageError("engine sweep needs numpy: pip install 'engine[fast]'") from None
    return sweep(setup, axes, min_gpus, progress)


SHOWN_ROWS = 200


def write(results: Sequence[Rows], out: Any, fmt: str) -> str:
    """Write every row to `out` (.csv or .jsonl), or render them (up to SHOWN_ROWS as a table)."""
    import csv
    import io
    import json

    records = (r for rows in results for r in rows.records())
    if out is not None:
        suffix = str(out).rsplit(".", 1)[-1].lower()
        if suffix not in ("csv", "jsonl"):
            raise UsageError(f"--out {out}: write a .csv or a .jsonl file")
        count = 0
        with open(out, "w", encoding="utf-8", newline="") as handle:
            if suffix == "jsonl":
                for record in records:
                    handle.write(json.dumps(record) + "\n")
                    count += 1
            else:
                writer: Any = None
                for record in records:
                    if writer is None:
                        writer = csv.DictWriter(handle, fieldnames=list(record))
                        writer.writeheader()
                    writer.writerow(record)
                    count += 1
        return f"wrote {count:,} rows to {out}"
    if fmt == "json":
        return json.dumps(list(records), indent=1)
    rows = [r for _, r in zip(range(SHOWN_ROWS + 1), records, strict=False)]
    if not rows:
        return "no rows"
    names = list(rows[0])
    text = io.StringIO()
    widths = {n: max(len(n), *(len(_cell(r[n])) for r in rows[:SHOWN_ROWS])) for n in names}
    text.write("  ".join(n.rjust(widths[n]) for n in names) + "\n")
    for r in rows[:SHOWN_ROWS]:
        text.write("  ".join(_cell(r[n]).rjust(widths[n]) for n in names) + "\n")
    total = sum(len(r) for r in results)
    if total > SHOWN_ROWS:
        text.write(f"... {total - SHOWN_ROWS:,} more rows: write them all with --out FILE.csv\n")
    return text.getvalue().rstrip("\n")


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:,.0f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)
