"""Views of the same phases (rules `views:`): what torch allocates, what its caching allocator reserves,
what the device shows (nvidia-smi), or what a serving runtime charges against its budget.

A view leaves some quantities out of every phase (the allocated view has no CUDA context). The arithmetic
here works on exact numbers, floats and numpy arrays alike, so memory evaluation, the solver's probe and
sweeps count the views the same way: a phase of a view is the phase minus what of its left-out leaves
is alive in it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from engine.errors import UsageError, did_you_mean
from engine.plan.program import Part, Plan
from engine.plan.runtime import run
from engine.spec.types import CAPACITY, View


def minus_parts(plan: Plan, view: View | None) -> tuple[Part, ...]:
    """The leaves `view` leaves out (a group named in `minus` leaves out all of its leaves); worked out
    once per plan and view."""
    if view is None or not view.minus:
        return ()
    hit = _MINUS.get((id(plan), id(view)))
    if hit is not None and hit[0] is plan and hit[1] is view:
        return hit[2]
    under = plan.leaves_under()
    keys = sorted({leaf for path in view.minus for leaf in under.get(path, ())})
    found = tuple(part for key in keys if (part := plan.part(key)) is not None)
    if len(_MINUS) >= 256:
        del _MINUS[next(iter(_MINUS))]
    _MINUS[(id(plan), id(view))] = (plan, view, found)
    return found


_MINUS: dict[tuple[int, int], tuple[Plan, View, tuple[Part, ...]]] = {}


def phase_weights(plan: Plan, values: Mapping[str, Any], backend: str = "exact") -> dict[str, dict[str, Any]]:
    """How much of each leaf is alive in each phase, at `values`."""
    return {phase: dict(run(program, values, backend)) for phase, program in plan.weights.items()}


def view_phases(
    plan: Plan, view: View | None, env: Mapping[str, Any], weights: Mapping[str, Mapping[str, Any]]
) -> dict[str, Any]:
    """Each phase of `view` from the main program's values `env` (see the module docstring)."""
    minus = minus_parts(plan, view)
    out = {}
    for phase, slot in plan.phases.items():
        value = env[slot]
        alive = weights.get(phase, {})
        for part in minus:
            if part.key in alive:
                value = value - alive[part.key] * Plan.contribution(env, part)
        out[phase] = value
    return out


def view_capacity(
    plan: Plan, view: View | None, env: Mapping[str, Any], values: Mapping[str, Any], default: Any
) -> Any:
    """What `view` is compared with: its `capacity` (a derived quantity or a symbol), else the rules'
    `capacity` quantity, else `default` (the GPU's usable memory)."""
    name = view.capacity if view is not None and view.capacity else CAPACITY
    if name in plan.derived:
        return env[plan.derived[name]]
    if name in values:
        return values[name]
    return default


def deciding(plan: Plan, chosen: str | None) -> list[View | None]:
    """The views that decide the fit: the one the user chose, else those marked `decides` (rules with no
    views: the phases as they are)."""
    views = plan.spec.views
    if chosen:
        found = plan.spec.view(chosen)
        if found is None:
            names = [v.name for v in views]
            if not names:
                raise UsageError(f"--view {chosen}: the '{plan.spec.name}' rules define no views")
            raise UsageError(f"unknown view '{chosen}'{did_you_mean(chosen, names)}; views: " + ", ".join(names))
        return [found]
    return [v for v in views if v.decides] or [None]
