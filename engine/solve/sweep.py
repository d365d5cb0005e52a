"""Sweep a grid of configurations at array speed: every combination of the grid's values, per GPU.

The same rules, options and values as `solve`/`memory`: the setup's assignment gives every symbol; the
grid replaces some with arrays; symbols whose defaults or chosen values depend on a grid variable are
recomputed; then the compiled plan (numpy backend), folded to the numbers that are the same in every row
(engine.plan.fold), computes the phases, capacities and terms for all rows, in float64. The fewest
data-parallel ranks per row (at its split) come from the plan at dp = 2 and 4 (engine.solve.fewest),
where only what depends on dp is computed again.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from typing import Any

from engine.errors import SpecError, UsageError, did_you_mean
from engine.evaluate.memory import assign_rules
from engine.evaluate.question import Setup
from engine.evaluate.views import deciding, minus_parts, phase_weights, view_capacity, view_phases
from engine.limits import MAX_DP, MAX_ROWS
from engine.plan.fold import Folded
from engine.plan.program import Plan
from engine.plan.runtime import run
from engine.solve.fewest import fewest_dp, least_room
from engine.solve.grid import Axis, Filling, Rows, check_axis, choice_groups, row_count
from engine.solve.layouts import axis
from engine.solve.moving import moving_programs
from engine.spec.types import CAPACITY

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
    filled = Filling(total)
    for choices, many, rows in _by_choices(setup, axes, flat):  # a default_when may pick other choices per row
        names, held = [a.name for a in axes], frozenset(choices)  # held as if picked: not resolved again
        plan = SweepPlan(replace(setup, choices=choices, picked=held), names)
        # the fewest GPUs counts more data-parallel ranks with their own defaults
        plan.many = SweepPlan(replace(setup, choices=many, picked=held), names) if many != choices else None
        every = bool(rows.all())  # one group of choices (the usual case): its rows are the grid in order
        picked = flat if every else {k: v[rows] for k, v in flat.items()}
        index = None if every else np.flatnonzero(rows)
        for i in _starts(total if index is None else len(index), progress):
            part = plan.rows({k: v[i : i + CHUNK] for k, v in picked.items()}, min_gpus)
            filled.put(slice(i, i + CHUNK) if index is None else index[i : i + CHUNK], part)
    return Rows(setup.hardware.name, filled.columns())


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
        read = [*self.phases.values()] + [s for p in self.terms.values() for s in (p.slot, *p.repeats)]
        for view in self.views:
            read += [s for p in minus_parts(rules, view) for s in (p.slot, *p.repeats)]
            if view is not None and view.capacity in rules.derived:
                read.append(rules.derived[view.capacity])
        read += [rules.derived[CAPACITY]] if CAPACITY in rules.derived else []
        self.wanted = list(dict.fromkeys(read))  # what env gives: the main program's other values are not computed
        self.folded: dict[Any, Folded] = {}
        self.states: dict[Any, Any] = {}

    def env(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """The main program's values the sweep reads (phases, capacities, terms) at `values`, by a program
        folded to the numbers in `values` (engine.plan.fold): once per set of rows, then per data-parallel
        degree. The rows' part is kept for the next call at the same arrays (another degree)."""
        import numpy as np

        arrays = {k: "row" for k, v in values.items() if np.ndim(v)}
        arrays[self.data] = "late"
        known = {k: v for k, v in values.items() if k not in arrays}
        key = (tuple(sorted(arrays.items())), tuple(sorted((k, float(v).hex()) for k, v in known.items())))
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            folded = self.folded.get(key)
            if folded is None:
                programs = [p for _, p in self.moving] + [self.rules.main]
                folded = self.folded[key] = Folded(programs, known, arrays, self.wanted)
            rows = [values[k] for k in folded.row_names]
            kept = self.states.get(key)
            same = kept is not None and len(kept[0]) == len(rows) and all(map(operator.is_, kept[0], rows))
            state, out = folded.run(values, kept[1] if same and kept is not None else None)
        self.states[key] = (rows, state)
        return out

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
        self, values: Mapping[str, Any], envs: dict[Any, Any] | None = None
    ) -> tuple[list[str], list[Any], list[Any]]:
        """Names, bytes and capacities of every phase of every stage and deciding view (each a number or
        an array over the rows); the environment of each stage that is one number goes into `envs` (for
        the terms' columns)."""
        names, amounts, capacities = [], [], []
        default = float(self.setup.hardware.capacity)
        for stage in self.stage_values(values):
            env = self.env(values if stage is None else {**values, self.stage: stage})
            if envs is not None and (stage is None or isinstance(stage, float)):
                envs[stage] = env
            for view in self.views:
                capacity = view_capacity(self.rules, view, env, values, default)
                for name, amount in view_phases(self.rules, view, env, self.weights).items():
                    names.append(name)
                    amounts.append(amount)
                    capacities.append(capacity)
        return names, amounts, capacities

    def rows(self, grid: Mapping[str, Any], min_gpus: bool) -> dict[str, Any]:
        import numpy as np

        values = {**self.base, **grid}
        shape = next(iter(grid.values())).shape
        envs: dict[Any, Any] = {}
        names, amounts, capacities = self.counted(values, envs)
        binding, most, fits, peak, capacity = least_room(amounts, capacities, shape)
        out: dict[str, Any] = dict(grid)
        out["per_gpu_bytes"] = peak
        out["capacity_bytes"] = capacity
        out["fits"] = fits
        out["peak_phase"] = np.asarray(names, dtype=object)[binding]  # references to a few names, not 1M copies
        own = None if not self.stage else float(values[self.stage])  # the setup's own stage: the terms shown
        env = envs[own] if own in envs else self.env(values)
        for key, part in self.terms.items():
            out[key] = np.broadcast_to(Plan.contribution(env, part), shape)
        if min_gpus:
            at_one = np.ndim(values[self.data]) == 0 and float(values[self.data]) == 1
            if self.many is not None:  # one rank with this plan's choices, more with the many-rank plan's (and values)
                more = self.many.fewest_dp({**self.many.base, **grid}, shape)
                one = most if at_one else self.excess(values, np.float64(1), shape)
                dp = np.where(one <= 0, 1, np.where(more > 0, np.maximum(more, 2), 0))
            else:
                dp = self.fewest_dp(values, shape, most if at_one else None)
            split = np.prod([np.broadcast_to(values[k], shape) for k in self.split], axis=0)  # tp, pp and a cp
            out["min_gpus"] = np.where(dp > 0, dp * split, np.nan)  # empty: no number of GPUs fits
        return out

    def excess(self, values: Mapping[str, Any], dp: Any, shape: tuple[int, ...]) -> Any:
        """Per row, the most any phase exceeds what it is compared with (fits where <= 0), at `dp` data-parallel
        ranks (one number, or one per row)."""
        import numpy as np

        _, amounts, capacities = self.counted({**values, self.data: dp})
        most: Any = amounts[0] - capacities[0]
        for amount, capacity in zip(amounts[1:], capacities[1:], strict=True):
            most = np.maximum(most, amount - capacity)
        return np.broadcast_to(most, shape)

    def fewest_dp(self, values: Mapping[str, Any], shape: tuple[int, ...], f1: Any = None) -> Any:
        """Per row, the fewest data-parallel ranks that fit (0 when none do); `f1`: the excess at one rank
        when the caller has it (engine.solve.fewest)."""
        return fewest_dp(self.excess, values, shape, f1)


def run_sweep(setup: Setup, axes: Sequence[Axis], min_gpus: bool, progress: Callable[[int], None] | None) -> Rows:
    try:
        import numpy  # noqa: F401  (the sweep's arrays)
    except ImportError:
        raise UsageError("engine sweep needs numpy: pip install 'engine[fast]'") from None
    return sweep(setup, axes, min_gpus, progress)
