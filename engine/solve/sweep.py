"""Sweep a grid of configurations at array speed: every combination of the grid's values, per GPU.

The same rules, options and values as `solve`/`memory`: the setup's assignment gives every symbol; the
grid replaces some with arrays; symbols whose defaults or chosen values depend on a grid variable are
recomputed; then the compiled plan (numpy backend) computes every term and phase for all rows, in float64.
The fewest data-parallel ranks per row (at its split) come from the plan at dp = 2 and 4 (memory is
A + B / dp there), checked at the answer and its neighbour, with a vectorised bisection elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from typing import Any

from engine.errors import SpecError, UsageError, did_you_mean
from engine.evaluate.memory import assign_rules
from engine.evaluate.question import Setup
from engine.evaluate.views import deciding, phase_weights, view_capacity, view_phases
from engine.limits import MAX_DP, MAX_ROWS
from engine.plan.program import Plan
from engine.plan.runtime import run
from engine.solve.grid import Axis, Rows, check_axis, choice_groups, row_count
from engine.solve.layouts import axis
from engine.solve.moving import moving_programs

CHUNK = 1 << 18


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
        check_axis(setup, ax)
    total = row_count(axes)
    if total > MAX_ROWS:
        raise UsageError(f"the grid has {total:,} rows; the limit is {MAX_ROWS:,}")
    grids = np.meshgrid(*[np.asarray([float(v) for v in a.values]) for a in axes], indexing="ij")
    flat = {a.name: g.ravel() for a, g in zip(axes, grids, strict=True)}
    order = np.arange(total)
    parts = []
    for choices, many, rows in _by_choices(setup, axes, flat):  # a default_when may pick other choices per row
        names, held = [a.name for a in axes], frozenset(choices)  # held as if picked: not resolved again
        plan = SweepPlan(replace(setup, choices=choices, picked=held), names)
        # the fewest GPUs counts more data-parallel ranks with their own defaults
        plan.many = SweepPlan(replace(setup, choices=many, picked=held), names) if many != choices else None
        picked = {k: v[rows] for k, v in flat.items()}
        index = order[rows]
        for i in _starts(len(index), progress):
            part = plan.rows({k: v[i : i + CHUNK] for k, v in picked.items()}, min_gpus)
            parts.append((index[i : i + CHUNK], part))
    if len(parts) == 1:
        return Rows(setup.hardware.name, {k: np.asarray(v) for k, v in parts[0][1].items()})
    where = np.concatenate([i for i, _ in parts])
    ordered = bool((np.diff(where) > 0).all())  # one group of choices: the chunks are in grid order
    back = None if ordered else np.argsort(where, kind="stable")
    columns = {}
    for k in parts[0][1]:
        joined = np.concatenate([p[k] for _, p in parts])
        columns[k] = joined if back is None else joined[back]
    return Rows(setup.hardware.name, columns)


def _by_choices(
    setup: Setup, axes: Sequence[Axis], flat: Mapping[str, Any]
) -> Iterator[tuple[Mapping[str, str], Mapping[str, str], Any]]:
    """The rows grouped by the option choices in force there and at more than one data-parallel rank (where
    the fewest GPUs are searched): one group unless an option's `default_when` reads a layout degree."""
    import numpy as np

    layout = setup.rules.spec.layout
    data, size = axis(setup, "data").symbol, len(next(iter(flat.values())))
    if layout is None or not any(o.situations for o in setup.rules.spec.options):
        yield setup.choices, setup.choices, np.ones(size, dtype=bool)
        return
    degrees = {a.name: flat[a.name] for a in axes if a.name in layout.symbols}

    def key(at: dict[str, int]) -> Any:
        return tuple(sorted(setup.with_values(**at).choices.items())), _many(setup, {**at, data: 2}, data)

    for (here, many), mask in choice_groups(setup, degrees, size, key):
        yield dict(here), dict(many), mask


def _many(setup: Setup, at: Mapping[str, int], data: str) -> tuple[tuple[str, str], ...]:
    """The choices in force from two data-parallel ranks on (the search evaluates dp = 2, 4 with one plan)."""
    found = tuple(sorted(setup.with_values(**at).choices.items()))
    for dp in (2**k for k in range(2, MAX_DP.bit_length())):
        if tuple(sorted(setup.with_values(**{**at, data: dp}).choices.items())) != found:
            raise SpecError(f"a default_when changes at {data} = {dp}; a sweep allows {data} = 1 only: --no-min-gpus")
    return found


def _starts(total: int, progress: Callable[[int], None] | None) -> Iterator[int]:
    for start in range(0, total, CHUNK):
        yield start
        if progress:
            progress(min(CHUNK, total - start))


class SweepPlan:
    """The rules' programs for a grid: symbols whose default or chosen value depends on a grid variable
    (or on the pipeline stage evaluated) are computed per row (their own programs, in dependency order)
    before the main program. Every row is counted at each pipeline stage the rules name and in every view
    that decides the fit; the one with the least room is the row's answer."""

    def __init__(self, setup: Setup, grid: Sequence[str]) -> None:
        rules = setup.rules
        values = assign_rules(setup)
        self.setup, self.rules = setup, rules
        import numpy as np

        # numpy scalars: a division by a zero the model gives (no layers known) is inf, not a raise
        self.base = {k: np.float64(v) for k, v in values.values.items()}
        layout = rules.spec.layout
        ax = layout.role("pipeline") if layout is not None else None
        self.stage = ax.stage if ax is not None and ax.stage and ax.stage not in setup.overrides else ""
        self.stage_points = len(ax.stages) if self.stage and ax is not None else 0
        data = axis(setup, "data").symbol  # the fewest-GPU search varies it
        self.moving = moving_programs(rules, values.origins, {*grid, data, *([self.stage] if self.stage else [])})
        self.phases = dict(rules.phases)
        self.terms = {p.key: p for p in rules.parts if "/" not in p.key}
        self.views = deciding(rules, setup.view)
        self.weights = {
            p: {k: float(w) for k, w in ws.items()} for p, ws in phase_weights(rules, values.values).items()
        }
        self.data, self.tensor, self.pipeline = (axis(setup, r).symbol for r in ("data", "tensor", "pipeline"))
        self.many: SweepPlan | None = None  # the plan at two or more data-parallel ranks, when its choices differ
        context = layout.role("context") if layout is not None else None
        self.split = [self.tensor, self.pipeline] + ([context.symbol] if context is not None else [])

    def env(self, values: Mapping[str, Any]) -> dict[str, Any]:
        import numpy as np

        values = dict(values)
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            for name, program in self.moving:
                values[name] = run(program, values, "numpy")[name]
            env: dict[str, Any] = run(self.rules.main, values, "numpy")
        return env

    def stage_values(self, values: Mapping[str, Any]) -> list[Any]:
        """The stages evaluated per row (first, middle, last...), each kept inside 0..pp-1. A stage that is
        the same in every row is one number, and stages that coincide (all of them at pp = 1) are
        evaluated once."""
        import numpy as np

        if not self.stage_points:
            return [None]
        degree = values[self.pipeline]
        out: list[Any] = []
        for i in range(self.stage_points):
            program = self.rules.conditions[f"stage:pipeline:{i}"]
            found = run(program, values, "numpy")[program.outputs[0]]
            stage: Any = np.where((found >= 0) & (found < degree), found, 0)
            flat = np.ravel(stage)
            if flat.size and (flat == flat[0]).all():
                stage = float(flat[0])
            if not any(isinstance(o, float) and isinstance(stage, float) and o == stage for o in out):
                out.append(stage)
        return out

    def counted(
        self, values: Mapping[str, Any], shape: tuple[int, ...], envs: dict[Any, Any] | None = None
    ) -> tuple[list[str], Any, Any]:
        """Names, bytes and capacities (rows x every phase of every stage and deciding view); the
        environment of each stage that is one number goes into `envs` (for the terms' columns)."""
        import numpy as np

        names, amounts, capacities = [], [], []
        default = float(self.setup.hardware.capacity)
        for stage in self.stage_values(values):
            env = self.env(values if stage is None else {**values, self.stage: stage})
            if envs is not None and (stage is None or isinstance(stage, float)):
                envs[stage] = env
            for view in self.views:
                capacity = np.broadcast_to(view_capacity(self.rules, view, env, values, default), shape)
                for name, amount in view_phases(self.rules, view, env, self.weights).items():
                    names.append(name)
                    amounts.append(np.broadcast_to(amount, shape))
                    capacities.append(capacity)
        return names, np.vstack(amounts), np.vstack(capacities)

    def rows(self, grid: Mapping[str, Any], min_gpus: bool) -> dict[str, Any]:
        import numpy as np

        values = {**self.base, **grid}
        shape = next(iter(grid.values())).shape
        envs: dict[Any, Any] = {}
        names, amounts, capacities = self.counted(values, shape, envs)
        binding = (amounts - capacities).argmax(axis=0)  # the least room
        pick = np.arange(shape[0])
        out: dict[str, Any] = dict(grid)
        out["per_gpu_bytes"] = amounts[binding, pick]
        out["capacity_bytes"] = capacities[binding, pick]
        out["fits"] = (amounts <= capacities).all(axis=0)
        out["peak_phase"] = np.asarray(names, dtype=object)[binding]  # references to a few names, not 1M copies
        own = None if not self.stage else float(values[self.stage])  # the setup's own stage: the terms shown
        env = envs[own] if own in envs else self.env(values)
        for key, part in self.terms.items():
            out[key] = np.broadcast_to(Plan.contribution(env, part), shape)
        if min_gpus:
            if self.many is not None:  # one rank with this plan's choices, more with the many-rank plan's (and values)
                more, one = self.many.fewest_dp({**self.many.base, **grid}, shape), self.excess(values, np.ones(shape))
                dp = np.where(one <= 0, 1, np.where(more > 0, np.maximum(more, 2), 0))
            else:
                dp = self.fewest_dp(values, shape)
            split = np.prod([np.broadcast_to(values[k], shape) for k in self.split], axis=0)  # tp, pp and a cp
            out["min_gpus"] = np.where(dp > 0, dp * split, np.nan)  # empty: no number of GPUs fits
        return out

    def excess(self, values: Mapping[str, Any], dp: Any) -> Any:
        """Per row, the most any phase exceeds what it is compared with (fits where <= 0)."""
        import numpy as np

        moved = {**values, self.data: dp}
        _, amounts, capacities = self.counted(moved, np.shape(dp))
        return (amounts - capacities).max(axis=0)

    def fewest_dp(self, values: Mapping[str, Any], shape: tuple[int, ...]) -> Any:
        """Per row, the fewest data-parallel ranks that fit (0 when none do)."""
        import numpy as np

        ones = np.ones(shape)
        f1, f2, f4 = (self.excess(values, k * ones) for k in (1, 2, 4))
        slope = (f2 - f4) * 4  # B in A + B / dp, from dp = 2 and 4
        floor = f2 - slope / 2  # A (less the capacity)
        with np.errstate(divide="ignore", invalid="ignore"):
            guess = np.where(floor < 0, np.ceil(slope / -floor), np.inf)
        guess = np.clip(np.nan_to_num(guess, nan=np.inf, posinf=MAX_DP + 1), 2, MAX_DP + 1)
        answer = np.where(f1 <= 0, 1, guess)
        good = answer == 1
        check = ~good & (answer <= MAX_DP)  # the guesses to confirm: fits there, not one rank fewer
        if check.any():
            rows = _subset(values, check)
            at = answer[check]
            good[check] = (self.excess(rows, at) <= 0) & ~(self.excess(rows, np.maximum(at - 1, 1)) <= 0)
        if not good.all():  # not of the A + B / dp shape (hybrid sharding, runtime buffers at dp > 1)
            answer = np.where(good, answer, self.bisect(values, ~good))
        return np.where(answer > MAX_DP, 0, answer)

    def bisect(self, values: Mapping[str, Any], rows: Any) -> Any:
        """The fewest data-parallel ranks of the `rows` (a mask) by bisection over those rows alone; a row
        that does not fit at the most ranks gets none (memory does not grow with dp beyond it)."""
        import numpy as np

        out = np.zeros(rows.shape)
        subset = _subset(values, rows)
        count = int(rows.sum())
        high = np.full(count, float(MAX_DP))
        ok_high = self.excess(subset, high) <= 0
        if not ok_high.any():
            out[rows] = MAX_DP + 1
            return out
        alive = np.flatnonzero(ok_high)  # the rows some dp fits: bisect them
        subset = _subset(subset, alive, (count,))
        low, high = np.ones(len(alive)), np.full(len(alive), float(MAX_DP))
        ok_low = self.excess(subset, low) <= 0
        for _ in range(26):
            middle = np.floor((low + high) / 2)
            ok = self.excess(subset, middle) <= 0
            high = np.where(ok, middle, high)
            low = np.where(ok, low, middle)
        found = np.full(count, MAX_DP + 1.0)
        found[alive] = np.where(ok_low, 1, high)
        out[rows] = found
        return out


def _subset(values: Mapping[str, Any], rows: Any, shape: tuple[int, ...] | None = None) -> dict[str, Any]:
    """`values` at `rows` (a mask, or indices into arrays of `shape`): per-row arrays cut, numbers kept."""
    import numpy as np

    shape = rows.shape if shape is None else shape
    return {k: v[rows] if np.ndim(v) and np.shape(v) == shape else v for k, v in values.items()}


def run_sweep(setup: Setup, axes: Sequence[Axis], min_gpus: bool, progress: Callable[[int], None] | None) -> Rows:
    try:
        import numpy  # noqa: F401  (the sweep's arrays)
    except ImportError:
        raise UsageError("engine sweep needs numpy: pip install 'engine[fast]'") from None
    return sweep(setup, axes, min_gpus, progress)
