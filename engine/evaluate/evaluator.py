"""The one evaluator: a plan at an assignment, exactly, by its compiled program; when the program cannot
answer (a division by zero, a fractional count, a negative term, an absurd size), the symbolic path
(engine.build.explain) finds the quantity to blame and raises its located error.

Parameter counts, memory terms, the solver's probes and sweeps all come through here (sweeps and
probes call `run` with the float or numpy backend and settle their answers exactly).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from engine.errors import SpecError
from engine.limits import MAX_RESULT
from engine.plan.program import Checked, Plan, exact
from engine.plan.runtime import PlanError, run
from engine.spec.numbers import Number


@dataclass(frozen=True)
class Numbers:
    """Every quantity of a plan at one assignment: contributions by key, the total, derived values,
    phases and block values, and every slot of the main program (`env`)."""

    parts: Mapping[str, Number]
    total: Number
    derived: Mapping[str, Number]
    phases: Mapping[str, Number]
    block: Mapping[str, Number]
    env: Mapping[str, Any]


def evaluate(plan: Plan, values: Mapping[str, Number], checked: Checked) -> Numbers:
    """Every quantity of `plan` at `values`, exact and checked (see the module docstring)."""
    fast = _compiled(plan, values, checked)
    if fast is not None:
        return fast
    from engine.build.explain import evaluate_symbolic  # sympy, only to say what went wrong
    from engine.build.load import symbolic

    found = evaluate_symbolic(symbolic(plan), values, checked)
    env = _env_or_empty(plan, values)
    return Numbers(found["parts"], found["total"], found["derived"], found["phases"], found["block"], env)


def _env_or_empty(plan: Plan, values: Mapping[str, Number]) -> Mapping[str, Any]:
    try:
        return run(plan.main, values)
    except PlanError:
        return {}


def _compiled(plan: Plan, values: Mapping[str, Number], checked: Checked) -> Numbers | None:
    try:
        env = run(plan.main, values)
        parts = {p.key: exact(plan.contribution(env, p)) for p in plan.parts}
        total = exact(env[plan.total])
        derived = {k: exact(env[s]) for k, s in plan.derived.items()}
        phases = {k: exact(env[s]) for k, s in plan.phases.items()}
        block = {k: exact(env[s]) for k, s in plan.block.items()}
    except (PlanError, TypeError):
        return None
    numbers: list[Number] = [total, *parts.values(), *derived.values(), *phases.values(), *block.values()]
    if not all(_sized(n) for n in numbers):
        return None  # an absurd size: the symbolic path names the culprit
    if checked.whole and not all(_whole(n) for n in (total, *parts.values(), *derived.values())):
        return None
    if checked.nonnegative and any(v < 0 for v in (*parts.values(), *phases.values())):
        return None
    return Numbers(parts, total, derived, phases, block, env)


def _sized(value: Number) -> bool:
    """-MAX_RESULT <= value <= MAX_RESULT, a Fraction compared by its integers (q > 0)."""
    if type(value) is Fraction:
        return abs(value.numerator) <= MAX_RESULT * value.denominator
    return -MAX_RESULT <= value <= MAX_RESULT


def _whole(value: Number) -> bool:
    return not isinstance(value, Fraction) or value.denominator == 1


def condition(plan: Plan, name: str, values: Mapping[str, Any]) -> Any:
    """The value of one of the rules' conditions (engine.build.compile.condition_texts) at `values`."""
    program = plan.conditions[name]
    try:
        return run(program, values)[program.outputs[0]]
    except PlanError as exc:
        raise SpecError(f"the rules' condition '{name.split(':', 1)[-1]}' cannot be evaluated here ({exc})") from None
