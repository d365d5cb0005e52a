"""Parameter counts: an architecture's plan at one assignment, every quantity a whole number."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from engine.evaluate.assign import Assignment, assign
from engine.evaluate.evaluator import Numbers, evaluate
from engine.plan.program import Checked, Plan
from engine.spec.hf import ConfigValues
from engine.spec.numbers import Number
from engine.spec.types import Text


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


def counted(plan: Plan, preset: str | None, overrides: Mapping[str, Text], config: ConfigValues | None) -> Count:
    """`count` at the preset (or config.json) and --set values; without a config, remembered per plan
    object (a changed spec file is a new plan object), preset and --set texts: the questions about one
    model count it once."""
    if config is not None:
        return count(plan, assign(plan, preset, overrides, config=config))
    key = (id(plan), preset, tuple((k, v.text) for k, v in overrides.items()))
    hit = _COUNTED.get(key)
    if hit is not None and hit[0] is plan:
        return hit[1]
    found = count(plan, assign(plan, preset, overrides))
    if len(_COUNTED) >= 256:
        del _COUNTED[next(iter(_COUNTED))]
    _COUNTED[key] = (plan, found)
    return found


_COUNTED: dict[tuple[Any, ...], tuple[Plan, Count]] = {}
