"""Parameter counts: an architecture's plan at one assignment, every quantity a whole number."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from engine.evaluate.assign import Assignment
from engine.evaluate.evaluator import Numbers, evaluate
from engine.plan.program import Checked, Plan
from engine.spec.numbers import Number


@dataclass(frozen=True)
class Count:
    """A model evaluated at one assignment: the total and every quantity's contribution."""

    plan: Plan
    assignment: Assignment
    total: Number
    parts: Mapping[str, Number]  # path -> contribution to the total (groups included)
    derived: Mapping[str, Number]
    block: Mapping[str, Number]  # what one layer holds for memory, as the rules read it
    numbers: Numbers


def count(plan: Plan, assignment: Assignment, whole: bool = True) -> Count:
    """Evaluate the total and each quantity; with `whole`, each must be a whole number."""
    found = evaluate(plan, assignment.values, Checked(whole=whole))
    return Count(plan, assignment, found.total, found.parts, found.derived, found.block, found)
