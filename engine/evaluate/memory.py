"""Memory per GPU: an architecture's numbers fed into a rules plan, evaluated exactly at one layout.

`assign_rules` gives every rules symbol its value (flags and --set, option choices, the model and the
GPU, defaults); `evaluate_memory` returns every term in bytes, every phase, and the peak phase with
what is alive in it. Nothing here prints or reads files.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any, NoReturn

from engine.errors import SpecError
from engine.evaluate.assign import Assignment, Moving, Origin, assign, moved, moving
from engine.evaluate.evaluator import Numbers, condition, evaluate
from engine.evaluate.question import Setup, bound_values
from engine.evaluate.views import deciding, minus_parts, phase_weights
from engine.plan.program import Checked
from engine.spec.numbers import Number
from engine.spec.types import CAPACITY, View


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
    view: str | None = None  # the view `phases` are of (the binding one of those that decide)
    views: Mapping[str, ViewPeak] = field(default_factory=dict)  # every view of the rules -> its peak

    @property
    def per_gpu(self) -> Number:
        return self.phases[self.peak_phase]

    @property
    def fits(self) -> bool:
        deciding = [v for v in self.views.values() if v.decides]
        return all(v.fits for v in deciding) if deciding else bool(self.per_gpu <= self.capacity)

    def value(self, name: str) -> Number:
        return self.assignment.values[name]

    def largest_term(self) -> tuple[str, Number]:
        top = [(k, v) for k, v in self.alive.items() if "/" not in k]
        return max(top, key=lambda kv: kv[1])


def assign_rules(setup: Setup) -> Assignment:
    """Values for every rules symbol: flags and --set, option choices, the model and GPU, defaults.
    What does not depend on the values in `setup.fixed` is assigned once per question shape (the same
    plan, model and GPU objects, choices, --set texts and names of the fixed values: a changed spec file
    is a new plan object, so it cannot outlive the file it came from); the fixed values and what follows
    from them are assigned afresh each time (engine.evaluate.assign.moving)."""
    key = (
        id(setup.rules),
        id(setup.arch),
        id(setup.hardware),
        tuple(setup.choices.items()),
        tuple((k, v.text) for k, v in setup.overrides.items()),
        tuple(sorted(setup.fixed)),
        setup.targets,
        setup.unquantized,
    )
    hit = _MOVING.get(key)
    if hit is None or hit[0] is not setup.rules or hit[1] is not setup.arch or hit[2] is not setup.hardware:
        try:
            base = assign(setup.rules, None, setup.overrides, bound_values(setup), setup.choices)
            shape = moving(setup.rules, base, setup.fixed, setup.overrides, setup.choices)
        except SpecError:
            shape = None  # not assignable without the fixed values: assign in full each time
        if len(_MOVING) >= 512:  # a long-running process asks many questions: forget the oldest
            del _MOVING[next(iter(_MOVING))]
        hit = _MOVING[key] = (setup.rules, setup.arch, setup.hardware, shape)
    if hit[3] is not None:
        try:
            return moved(hit[3], setup.fixed, Origin("layout"))  # values and origins read-only
        except SpecError:
            pass  # the full assignment below raises the located error
    bound = bound_values(setup)
    bound.update({k: (v, Origin("layout")) for k, v in setup.fixed.items()})
    return _frozen(assign(setup.rules, None, setup.overrides, bound, setup.choices))


def _frozen(found: Assignment) -> Assignment:
    return replace(found, values=MappingProxyType(dict(found.values)), origins=MappingProxyType(dict(found.origins)))


_MOVING: dict[tuple[Any, ...], tuple[Any, Any, Any, Moving | None]] = {}


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


def stage_assignments(setup: Setup, assignment: Assignment) -> dict[int | None, dict[str, Number]]:
    """Each pipeline stage to evaluate -> its own values (a stage's layers default to expressions in the
    stage); {None: the values} when the rules have no stages or the stage is fixed."""
    points = stage_points(setup, assignment.values)
    if points is None:
        return {None: dict(assignment.values)}
    symbol, stages = points
    return {s: dict(assign_rules(setup.with_values(**{symbol: s})).values) for s in stages}


def explain(setup: Setup, values: Mapping[str, Any]) -> NoReturn:
    """Raise the located error of the exact, symbolic path for `setup` at `values`, where a fast float
    or compiled evaluation gave no number (a division by zero, no applicable branch)."""
    at = " at " + ", ".join(f"{k} = {v}" for k, v in values.items())
    try:
        evaluate_memory(setup.with_values(**values))
    except SpecError as located:
        raise SpecError(located.message + at, located.location) from None
    raise SpecError(f"the rules do not reduce to a number{at} (a division by zero?)")


def evaluate_memory(setup: Setup, assignment: Assignment | None = None) -> MemoryResult:
    """Every term and phase in exact bytes at the layout in `setup.fixed`; with pipeline stages, the
    numbers of the most loaded stage, and every stage's peak."""
    values = assignment or assign_rules(setup)
    points = None if assignment is not None else stage_points(setup, values.values)
    if points is None:
        return _evaluate(setup, values)
    symbol, stages = points
    if stages == [values.values.get(symbol)]:  # one stage, the one assigned already (pp = 1)
        only = _evaluate(setup, values)
        return replace(only, stage=stages[0], stage_peaks={stages[0]: only.per_gpu})
    results = {s: _evaluate(setup.with_values(**{symbol: s})) for s in stages}
    binding = max(stages, key=lambda s: results[s].per_gpu)
    return replace(results[binding], stage=binding, stage_peaks={s: r.per_gpu for s, r in results.items()})


@dataclass(frozen=True)
class ViewPeak:
    """One view's peak: its bytes, the phase, what it is compared with, and whether it decides the fit."""

    peak: Number
    phase: str
    capacity: Number
    decides: bool

    @property
    def fits(self) -> bool:
        return bool(self.peak <= self.capacity)


def _evaluate(setup: Setup, values: Assignment | None = None) -> MemoryResult:
    values = values or assign_rules(setup)
    rules = setup.rules
    numbers = evaluate(rules, values.values, Checked(nonnegative=True))
    weights = phase_weights(rules, values.values)
    default = capacity(setup, numbers)
    chosen = deciding(rules, setup.view)
    counted: dict[str | None, tuple[dict[str, Number], Number]] = {}
    peaks: dict[str, ViewPeak] = {}
    for view in [*rules.spec.views, *([None] if chosen == [None] else [])]:
        left_out = [p.key for p in minus_parts(rules, view)]
        phases = {k: _less(v, weights[k], left_out, numbers.parts) for k, v in numbers.phases.items()}
        name = view.capacity if view is not None and view.capacity else CAPACITY
        cap = numbers.derived.get(name, values.values.get(name, default))
        counted[view.name if view else None] = (phases, cap)
        if view is not None:
            top = max(phases, key=lambda k: phases[k])
            peaks[view.name] = ViewPeak(phases[top], top, cap, view in chosen)

    def room(view: View | None) -> Number:
        phases, cap = counted[view.name if view else None]
        return cap - max(phases.values())

    binding = min(chosen, key=room)  # of the views that decide, the one with the least room
    phases, cap = counted[binding.name if binding else None]
    peak = max(phases, key=lambda k: phases[k])
    left_out_keys = {p.key for p in minus_parts(rules, binding)}
    alive_weights = {k: w for k, w in weights[peak].items() if k not in left_out_keys}
    alive = {
        key: sum((alive_weights.get(leaf, 0) * numbers.parts[leaf] for leaf in leaves), 0)
        for key, leaves in rules.leaves_under().items()
    }
    view_name = binding.name if binding else None
    return MemoryResult(
        setup, values, numbers.parts, phases, peak, alive, numbers.derived, cap, view=view_name, views=peaks
    )


def _less(value: Number, alive: Mapping[str, Number], keys: list[str], parts: Mapping[str, Number]) -> Number:
    """`value` less what of the parts `keys` is alive (an int 0 subtracts nothing: a Fraction minus 0 is
    the same Fraction, and an int stays an int)."""
    gone = sum((alive.get(k, 0) * parts[k] for k in keys), 0)
    return value - gone if gone or type(gone) is not int else value


def capacity(setup: Setup, numbers: Numbers | None = None) -> Number:
    """Bytes one GPU offers: the rules' own `capacity` quantity when they define one (a utilization rule),
    else the hardware profile's usable memory."""
    if CAPACITY not in setup.rules.derived:
        return setup.hardware.capacity
    if numbers is None:
        numbers = evaluate(setup.rules, assign_rules(setup).values, Checked(nonnegative=True))
    return numbers.derived[CAPACITY]


def timed(result: MemoryResult) -> dict[str, tuple[Number, str]]:
    """The rules' `time:` values that apply at `result` (their `when` holds): name -> (exact value, unit)."""
    rules = result.setup.rules
    values = {**result.assignment.values, **result.derived}
    out = {}
    for item in rules.spec.time:
        if item.when is None or condition(rules, f"time:{item.name}", values):
            out[item.name] = (result.derived[item.name], item.unit)
    return out
