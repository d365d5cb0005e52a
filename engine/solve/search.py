"""The fewest GPUs: search layouts for the smallest whose peak fits one GPU.

Integer answers are found on the rules' compiled plan: floats to search fast, exact arithmetic to settle
the answer (memory falls as the data-parallel degree grows). `Probe` is the plan as a function of one
symbol; `fewest_layout` tries the (tensor, pipeline) splits engine.solve.layouts allows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from engine.evaluate.memory import MemoryResult, assign_rules, explain, stage_assignments
from engine.evaluate.question import Setup
from engine.evaluate.views import deciding, phase_weights, view_capacity, view_phases
from engine.limits import MAX_DP
from engine.plan.runtime import PlanError, run
from engine.solve.layouts import Layout, axis, candidates, expert_step, layout
from engine.solve.moving import moving_programs


class Probe:
    """The peak of `setup` as a function of one symbol, through the compiled plan: floats to search
    fast, exact arithmetic to settle the answer. Every pipeline stage evaluated must fit, in every view
    that decides the fit (engine.evaluate.views)."""

    def __init__(self, setup: Setup, variable: str) -> None:
        rules = setup.rules
        self.setup = setup
        self.variable = variable
        assignment = assign_rules(setup)
        self.exact: dict[str, Any] = dict(assignment.values)
        # symbols whose default is an expression in the variable (nccl_bytes in dp) move with it
        self.moving = moving_programs(rules, assignment.origins, [variable])
        self.program = rules.main
        self.phases = dict(rules.phases)
        self.views = deciding(rules, setup.view)
        self.capacity = {True: setup.hardware.capacity, False: float(setup.hardware.capacity)}
        # every pipeline stage must fit, each with its own assignment (its layers...)
        self.bases: dict[int | None, dict[str, Any]] = stage_assignments(setup, assignment)
        self.stages: list[int | None] = list(self.bases)
        self.floats = {s: {k: float(v) for k, v in base.items()} for s, base in self.bases.items()}
        left_out = any(v is not None and v.minus for v in self.views)
        self.weights = {s: phase_weights(rules, base) if left_out else {} for s, base in self.bases.items()}

    def env(self, x: Any, exact: bool, stage: int | None = None) -> dict[str, Any]:
        values = dict(self.bases[stage] if exact else self.floats[stage])
        values[self.variable] = x if exact else float(x)
        backend = "exact" if exact else "float"
        for name, program in self.moving:
            values[name] = run(program, values, backend)[name]
        return run(self.program, values, backend)

    def counted(self, x: Any, exact: bool) -> list[tuple[str, Any, Any]]:
        """(name, bytes, capacity) of every phase of every stage and deciding view at `x`."""
        out = []
        for stage in self.stages:
            env = self.env(x, exact, stage)
            base = self.bases[stage] if exact else self.floats[stage]
            weights = self.weights[stage]
            if not exact:
                weights = {p: {k: float(w) for k, w in ws.items()} for p, ws in weights.items()}
            for view in self.views:
                capacity = view_capacity(self.setup.rules, view, env, base, self.capacity[exact])
                phases = view_phases(self.setup.rules, view, env, weights)
                suffix = f" of stage {stage}" if stage is not None and len(self.stages) > 1 else ""
                shown = f" ({view.name} view)" if view is not None and len(self.views) > 1 else ""
                out += [(f"{name}{suffix}{shown}", value, capacity) for name, value in phases.items()]
        return out

    def fits(self, x: Any, exact: bool = False, phase: str | None = None) -> bool:
        try:
            counted = self.counted(x, exact)
        except PlanError:
            if exact:
                self.explain(x)
            return self.fits(x, True, phase)  # a float overflow is settled exactly
        return all(value <= capacity for name, value, capacity in counted if phase is None or _is(name, phase))

    def explain(self, x: Any) -> None:
        """Raise the located error of the symbolic path for rules that give no number at `x`."""
        explain(self.setup, {self.variable: x})

    def phase_values(self, x: Any) -> dict[str, tuple[Any, Any]]:
        """Every phase's exact bytes at `x` and what it is compared with (of every pipeline stage and
        deciding view: 'forward of stage 1 (device view)')."""
        return {name: (value, capacity) for name, value, capacity in self.counted(x, True)}


def _is(name: str, phase: str) -> bool:
    return name == phase or name.startswith(phase + " ")


def settle(probe: Probe | ChoiceProbe, guess: int | None, step: int, phase: str | None = None) -> int | None:
    """Correct a float-search answer with exact arithmetic: the smallest multiple of `step` that fits."""
    if guess is None:
        return None
    found = guess
    for _ in range(64):  # floats are off by a rounding at most; a few steps settle it
        if probe.fits(found, exact=True, phase=phase):
            break
        found += step
    else:
        return None
    while found - step >= step and probe.fits(found - step, exact=True, phase=phase):
        found -= step
    return found


def smallest(fits: Callable[[int], bool], step: int, limit: int) -> int | None:
    """The smallest multiple of `step` for which `fits` holds (memory falls as it grows), or None."""
    if fits(step):
        return step
    low, high = 1, 2
    while not fits(high * step):  # exponential search: answers are usually small
        low, high = high, high * 2
        if high * step > limit:
            if not fits(limit // step * step):
                return None
            high = limit // step
            break
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (low, middle) if fits(middle * step) else (middle, high)
    return high * step


class ChoiceProbe:
    """A `Probe` per set of option choices the variable's degree puts in force (an option's `default_when`
    may read it: no sharding at one data-parallel rank), so each degree is counted with its own defaults."""

    def __init__(self, setup: Setup, variable: str) -> None:
        self.setup, self.variable = setup, variable
        self.made: dict[tuple[tuple[str, str], ...], Probe] = {}

    def at(self, x: int) -> Probe:
        choices = self.setup.with_values(**{self.variable: int(x)}).choices
        key = tuple(sorted(choices.items()))
        if key not in self.made:
            held = frozenset(choices)  # held as if picked: the probe's own moves do not resolve them again
            self.made[key] = Probe(replace(self.setup, choices=choices, picked=held), self.variable)
        return self.made[key]

    def fits(self, x: Any, exact: bool = False, phase: str | None = None) -> bool:
        return self.at(x).fits(x, exact, phase)


def min_dp(setup: Setup, step: int = 1) -> int | None:
    """The fewest data-parallel ranks (a multiple of `step`) whose peak fits one GPU, or None."""
    probe = ChoiceProbe(setup, axis(setup, "data").symbol)
    guess = smallest(lambda d: probe.fits(d), step, MAX_DP)
    return settle(probe, guess, step)


def fewest_layout(
    setup: Setup, tp: int | None = None, pp: int | None = None, most: tuple[int | None, int | None] = (None, None)
) -> tuple[Layout | None, int]:
    """The layout with the fewest GPUs whose peak fits one GPU (ties: less pipeline, then less tensor
    parallelism), over the candidate splits (searched degrees at most `most`); and how many layouts were
    considered."""
    step = expert_step(setup)
    tensor, pipeline = axis(setup, "tensor").symbol, axis(setup, "pipeline").symbol
    best: Layout | None = None
    tried = 0
    for t, p in candidates(setup, tp, pp, most):
        if best is not None and layout(setup, step, t, p).gpus >= best.gpus:
            continue  # dp >= step here, so this layout cannot use fewer GPUs than the best one
        tried += 1
        dp = min_dp(setup.with_values(**{tensor: t, pipeline: p}), step=step)
        if dp is not None and (best is None or layout(setup, dp, t, p).gpus < best.gpus):
            best = layout(setup, dp, t, p)
    return best, tried


def does_not_fit(result: MemoryResult, gib: Callable[[Any], str]) -> str:
    """'does not fit: needs X GiB per GPU, has Y GiB, largest term: ...'."""
    name, value = result.largest_term()
    return (
        f"does not fit: needs {gib(result.per_gpu)} per GPU at the {result.peak_phase} phase"
        + (f" ({result.view} view)" if result.view else "")
        + ", "
        f"has {gib(result.capacity)}; largest term: {name} ({gib(value)})"
    )
