"""Memory per GPU: an architecture's numbers fed into a rules plan, evaluated exactly at one layout.

`assign_rules` gives every rules symbol its value (flags and --set, option choices, the model and the
GPU, defaults); `evaluate_memory` returns every term in bytes, every phase, and the peak phase with
what is alive in it. Nothing here prints or reads files.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from engine.evaluate.assign import Assignment, Origin, assign
from engine.evaluate.evaluator import Numbers, condition, evaluate
from engine.evaluate.question import Setup, bound_values
from engine.plan.program import Checked
from engine.plan.runtime import run
from engine.spec.numbers import Number
from engine.spec.types import CAPACITY


@dataclass(frozen=True)
class MemoryResult:
    """One layout evaluated: bytes per term and per phase, the peak and what is alive at it."""

    setup: Setup
    assignment: Assignment
    terms: Mapping[str, Number]  # quantity path -> bytes (groups included)
    phases: Mapping[str, Number]  # phase -> bytes
    peak_phase: str
    alive: Mapping[str, Number]  # quantity path -> bytes alive in the peak phase
    derived: Mapping[str, Number]
    capacity: Number  # bytes one GPU offers (see `capacity`)
    stage: int | None = None  # the pipeline stage these numbers are of (the most loaded one)
    stage_peaks: Mapping[int, Number] = field(default_factory=dict)  # every stage evaluated -> its peak

    @property
    def per_gpu(self) -> Number:
        return self.phases[self.peak_phase]

    @property
    def fits(self) -> bool:
        return bool(self.per_gpu <= self.capacity)

    def value(self, name: str) -> Number:
        return self.assignment.values[name]

    def largest_term(self) -> tuple[str, Number]:
        top = [(k, v) for k, v in self.alive.items() if "/" not in k]
        return max(top, key=lambda kv: kv[1])


def assign_rules(setup: Setup) -> Assignment:
    """Values for every rules symbol: flags and --set, option choices, the model and GPU, defaults."""
    bound = bound_values(setup)
    bound.update({k: (v, Origin("layout")) for k, v in setup.fixed.items()})
    return assign(setup.rules, None, setup.overrides, bound, setup.choices)


def stage_points(setup: Setup, values: Mapping[str, Number]) -> tuple[str, list[int]] | None:
    """The rules' stage symbol and the pipeline stages to evaluate at `values` (the first, a middle, the
    last...: layout.axes.pipeline.stages), or None when the rules have no stages or the stage is fixed."""
    layout = setup.rules.spec.layout
    axis = layout.role("pipeline") if layout is not None else None
    if axis is None or not axis.stage or axis.stage in setup.fixed or axis.stage in setup.overrides:
        return None
    degree = int(values[axis.symbol])
    found = {int(condition(setup.rules, f"stage:pipeline:{i}", values)) for i in range(len(axis.stages))}
    return axis.stage, sorted(s for s in found if 0 <= s < degree) or [0]


def evaluate_memory(setup: Setup, assignment: Assignment | None = None) -> MemoryResult:
    """Every term and phase in exact bytes at the layout in `setup.fixed`; with pipeline stages, the
    numbers of the most loaded stage, and every stage's peak."""
    values = assignment or assign_rules(setup)
    points = None if assignment is not None else stage_points(setup, values.values)
    if points is None:
        return _evaluate(setup, values)
    symbol, stages = points
    results = {s: _evaluate(setup.with_values(**{symbol: s})) for s in stages}
    binding = max(stages, key=lambda s: results[s].per_gpu)
    return replace(results[binding], stage=binding, stage_peaks={s: r.per_gpu for s, r in results.items()})


def _evaluate(setup: Setup, values: Assignment | None = None) -> MemoryResult:
    values = values or assign_rules(setup)
    numbers = evaluate(setup.rules, values.values, Checked(nonnegative=True))
    phases = numbers.phases
    peak = max(phases, key=lambda k: phases[k])
    weights = run(setup.rules.weights[peak], values.values)
    alive = {
        key: sum((weights.get(leaf, 0) * numbers.parts[leaf] for leaf in leaves), 0)
        for key, leaves in setup.rules.leaves_under().items()
    }
    return MemoryResult(setup, values, numbers.parts, phases, peak, alive, numbers.derived, capacity(setup, numbers))


def capacity(setup: Setup, numbers: Numbers | None = None) -> Number:
    """Bytes one GPU offers: the rules' own `capacity` quantity when they define one (a utilization rule),
    else the hardware profile's usable memory."""
    if CAPACITY not in setup.rules.derived:
        return setup.hardware.capacity
    if numbers is None:
        numbers = evaluate(setup.rules, assign_rules(setup).values, Checked(nonnegative=True))
    return numbers.derived[CAPACITY]
