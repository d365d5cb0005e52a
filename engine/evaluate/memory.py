"""Memory per GPU: an architecture's numbers fed into a rules plan, evaluated exactly at one layout.

`assign_rules` gives every rules symbol its value (flags and --set, option choices, the model and the
GPU, defaults); `evaluate_memory` returns every term in bytes, every phase, and the peak phase with
what is alive in it. Nothing here prints or reads files.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from engine.evaluate.assign import Assignment, Origin, assign
from engine.evaluate.evaluator import Numbers, evaluate
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


def evaluate_memory(setup: Setup, assignment: Assignment | None = None) -> MemoryResult:
    """Every term and phase in exact bytes at the layout in `setup.fixed`."""
    values = assignment or assign_rules(setup)
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
