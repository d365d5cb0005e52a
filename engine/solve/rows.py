"""Many setups at once, for engine plan: rows of layout degrees and searched values under one set of option
choices, evaluated by the rules' compiled plan with numpy (engine.solve.sweep's plan, whose symbols that
move with a row's values are recomputed per row).

Per row: whether the layout's `keep_if`s and the plan's keep it, the first layout constraint it breaks,
whether it fits (every pipeline stage, every view that decides), how far over it is, its memory at the
stage `engine memory` reports (the most loaded, in the binding view), and there the plan section's
rankings and targets. Floats: engine.solve.planner settles what it lists exactly.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from engine.errors import SpecError
from engine.evaluate.question import Setup
from engine.evaluate.views import view_capacity, view_phases
from engine.plan.runtime import run
from engine.solve.layouts import given, layout_of
from engine.solve.sweep import SweepPlan


class RowPlan(SweepPlan):
    """The rules' programs for rows of one group of option choices (see the module docstring)."""

    def __init__(self, setup: Setup, variables: Sequence[str]) -> None:
        super().__init__(setup, variables)
        layout = layout_of(setup)
        plan = setup.rules.spec.plan
        assert plan is not None  # engine.solve.planner asks only rules with a plan: section
        self.plan = plan
        self.keeps = [f"keep:{a.role}" for a in layout.axes if a.keep_if is not None]
        self.keeps += ["plan:keep"] if plan.keep_if is not None else []
        searched = [s.symbol for s in plan.search if s.keep_if is not None and s.symbol in variables]
        self.keeps += [f"plan:keep:{symbol}" for symbol in searched]
        self.constraints = [c for c in layout.constraints if given(setup, c.needs)]

    def settled(self, values: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
        """The row values with the moving symbols recomputed, and every name the conditions may read."""
        import numpy as np

        values = dict(values)
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            for name, program in self.moving:
                values[name] = run(program, values, "numpy")[name]
            env = run(self.rules.main, values, "numpy")
        named = {**values, **{k: env[slot] for k, slot in self.rules.derived.items()}}
        return env, named

    def kept(self, grid: Mapping[str, Any]) -> Any:
        """Which rows of `grid` the keep_ifs that read no derived value keep, before the rows are evaluated
        (most rows a plan makes are dropped by them: an expert degree without experts, a batch that does
        not divide the global batch); `gate` judges every keep_if again on what is left."""
        import numpy as np

        values = {**self.base, **grid}
        shape = np.shape(next(iter(grid.values())))
        first = self.stage_values(values)[0]
        if first is not None:
            values[self.stage] = first
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            for name, program in self.moving:
                values[name] = run(program, values, "numpy")[name]
        keep = np.ones(shape, dtype=bool)
        for name in self.keeps:
            if all(n in values for n in self.rules.conditions[name].inputs):
                keep &= self.condition(name, values, shape) != 0
        return keep

    def condition(self, name: str, named: Mapping[str, Any], shape: tuple[int, ...]) -> Any:
        import numpy as np

        program = self.rules.conditions[name]
        missing = [n for n in program.inputs if n not in named]
        if missing:
            raise SpecError(f"the rules' '{name}' reads {missing[0]}, which engine plan cannot give per setup")
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            found = run(program, named, "numpy")[program.outputs[0]]
        return np.broadcast_to(np.asarray(found, dtype=float), shape)

    def evaluate(self, grid: Mapping[str, Any]) -> dict[str, Any]:
        """Columns for the rows of `grid` (arrays of equal length), as the module docstring says."""
        import numpy as np

        values = {**self.base, **grid}
        shape = np.shape(next(iter(grid.values())))
        rows = np.arange(shape[0])
        out: dict[str, Any] = {}
        best: dict[str, Any] = {}
        fits = np.ones(shape, dtype=bool)
        over = np.full(shape, -np.inf)
        ratio = np.zeros(shape)
        default = float(self.setup.hardware.capacity)
        for index, stage in enumerate(self.stage_values(values)):
            at = values if stage is None else {**values, self.stage: stage}
            env, named = self.settled(at)
            if index == 0:
                self.gate(named, shape, out)
            peak = np.full(shape, -np.inf)
            room = np.full(shape, np.inf)
            capacity_here = np.zeros(shape)
            for view in self.views:
                capacity = np.broadcast_to(view_capacity(self.rules, view, env, at, default), shape)
                phases = [np.broadcast_to(p, shape) for p in view_phases(self.rules, view, env, self.weights).values()]
                top = np.max(np.vstack(phases), axis=0)
                fits &= top <= capacity
                over = np.maximum(over, top - capacity)
                with np.errstate(divide="ignore", invalid="ignore"):
                    ratio = np.maximum(ratio, top / capacity)
                binding = capacity - top < room  # the view with the least room (the first on ties)
                room = np.where(binding, capacity - top, room)
                peak = np.where(binding, top, peak)
                capacity_here = np.where(binding, capacity, capacity_here)
            number = np.zeros(shape) if stage is None else np.broadcast_to(stage, shape)
            found = {"per_gpu": peak, "capacity": capacity_here, "stage": number, **self.ranked(named, shape)}
            if not best:
                best = found
                continue
            # the most loaded stage is the one engine memory reports (the lowest stage on ties)
            take = (peak > best["per_gpu"]) | ((peak == best["per_gpu"]) & (number < best["stage"]))
            best = {k: np.where(take, v, best[k]) for k, v in found.items()}
        out.update(best)
        out.update({"fits": fits, "over": over, "ratio": ratio, "row": rows})
        return out

    def gate(self, named: Mapping[str, Any], shape: tuple[int, ...], out: dict[str, Any]) -> None:
        """`keep`: the layout's and the plan's keep_if hold; `refused`: the first constraint broken (-1: none)."""
        import numpy as np

        keep = np.ones(shape, dtype=bool)
        for name in self.keeps:
            keep &= self.condition(name, named, shape) != 0
        refused = np.full(shape, -1)
        for i, constraint in reversed(list(enumerate(self.constraints))):
            held = self.condition(f"constraint:{constraint.name}", named, shape) != 0
            refused = np.where(held, refused, i)
        out["keep"], out["refused"] = keep, refused

    def ranked(self, named: Mapping[str, Any], shape: tuple[int, ...]) -> dict[str, Any]:
        """Each ranking (NaN where its `when` does not hold) and each target's value, by name."""
        import numpy as np

        out = {}
        for ranking in self.plan.rank:
            value = self.condition(f"plan:value:{ranking.name}", named, shape)
            if ranking.when is not None:
                value = np.where(self.condition(f"plan:when:{ranking.name}", named, shape) != 0, value, np.nan)
            out[f"rank:{ranking.name}"] = value
        for target in self.plan.targets:
            out[f"target:{target.name}"] = self.condition(f"plan:target:{target.name}", named, shape)
        return out
