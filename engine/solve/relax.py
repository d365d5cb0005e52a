"""Why setups were rejected, and what would relax a plan with no feasible setup: the layout constraint that
refuses them all, the memory that does not fit (the closest setup, how far over, and the fewest GPUs that
would hold it), the target no setup meets (the best any reaches), and the choices not tried that would
help (each tried at the closest setup, exactly)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from engine.errors import EngineError
from engine.evaluate.question import Setup
from engine.solve.layouts import symbols
from engine.solve.listed import Listed, Settled, Table, settle
from engine.solve.search import fewest_layout
from engine.spec.numbers import Number

TRIES = 24  # other choices tried at the closest setup


@dataclass(frozen=True)
class Relaxation:
    """A change that would help: which (`--allow NAME=A,B,C` with the choice added), and what it gives."""

    change: str
    gives: str
    feasible: bool = False
    listed: Listed | None = None


@dataclass(frozen=True)
class Failure:
    """Why no setup is feasible: what binds, the closest setup, and what would relax it."""

    binds: str  # 'layout' (no split within the bounds), 'constraint', 'memory' or 'target'
    closest: Listed | None = None
    refusals: tuple[str, ...] = ()
    relax: tuple[Relaxation, ...] = ()
    best_reached: Mapping[str, Listed] = field(default_factory=dict)  # target -> the fitting setup lowest in it
    fewest_gpus: int | None = None  # the fewest GPUs that hold the closest setup's choices


def rejected_rows(table: Table, settled: Settled, ahead: Any, limit: int) -> tuple[Listed, ...]:
    """Of the rows ranked before the best feasible one: the best refused by each constraint, the two
    closest to fitting, and the best that fits but misses a target."""
    import numpy as np

    c = table.columns
    ahead = ahead[c["keep"][ahead]]
    out: list[Listed] = []
    refused = c["refused"][ahead]
    for index in np.unique(refused[refused >= 0]):
        out += settled.first(ahead[refused == index][:8], 1, feasible=False)
    over = ahead[(refused < 0) & ~c["fits"][ahead]]
    out += settled.first(over[np.argsort(c["ratio"][over], kind="stable")][:16], 2, feasible=False)
    missing = ahead[(refused < 0) & c["fits"][ahead]]
    out += settled.first(missing[:16], 1, feasible=False)
    return tuple(out[:limit])


def explain_failure(
    table: Table,
    settled: Settled,
    choices: Mapping[str, tuple[str, ...]],
    limits: Mapping[str, Number],
    order: Any,
) -> Failure:
    """What binds when no row is feasible (see the module docstring)."""
    import numpy as np

    c = table.columns
    if not c or not c["keep"].any():
        return Failure("layout")
    kept = order[c["keep"][order]]
    refused = c["refused"][kept]
    free = kept[refused < 0]
    if not len(free):
        messages = []
        for index in np.unique(refused):
            found = settled(kept[refused == index][0])
            messages.append(found.refused or "")
        return Failure("constraint", refusals=tuple(m for m in messages if m))
    fitting = free[c["fits"][free]]
    if not len(fitting):
        closest = _first(settled, free[np.argsort(c["ratio"][free], kind="stable")])
        fewest = _fewest(closest.setup)
        return Failure("memory", closest, relax=_others(closest, choices, limits), fewest_gpus=fewest)
    misses = np.max([c[f"target:{n}"][fitting] / float(v) for n, v in limits.items()], axis=0)
    closest = _first(settled, fitting[np.argsort(misses, kind="stable")])
    reached = {}
    for name in limits:
        values = c[f"target:{name}"][fitting]
        row = fitting[int(np.argmin(values))]
        reached[name] = settled(row)
    return Failure("target", closest, relax=_others(closest, choices, limits), best_reached=reached)


def _first(settled: Settled, rows: Sequence[int]) -> Listed:
    """The first of `rows` whose exact settlement is not feasible either (floats can differ at the edge)."""
    for row in rows[:16]:
        listed = settled(row)
        if not listed.feasible:
            return listed
    return settled(rows[0])


def _fewest(setup: Setup) -> int | None:
    """The fewest GPUs whose layout holds `setup`'s choices and values (the solver's search), or None."""
    layout_symbols = set(symbols(setup))
    free = replace(setup, fixed={k: v for k, v in setup.fixed.items() if k not in layout_symbols})
    try:
        best, _ = fewest_layout(free)
    except EngineError:
        return None
    return best.gpus if best is not None else None


def _others(
    closest: Listed, choices: Mapping[str, tuple[str, ...]], limits: Mapping[str, Number]
) -> tuple[Relaxation, ...]:
    """Each choice the plan did not try, at the closest setup: those that make it feasible, or bring it nearer."""
    setup = closest.setup
    out: list[Relaxation] = []
    tries = 0
    for option in setup.rules.spec.options:
        tried = choices.get(option.name, (setup.choices[option.name],))
        for choice in option.choices:
            if choice.name in tried or tries >= TRIES:
                continue
            tries += 1
            moved = replace(
                setup, choices={**setup.choices, option.name: choice.name}, picked=setup.picked | {option.name}
            )
            try:
                listed = settle(moved.with_values(), limits)
            except EngineError:
                continue
            change = f"--allow {option.name}=" + ",".join((*tried, choice.name))
            if listed.feasible:
                out.append(Relaxation(change, "feasible", True, listed))
            elif _nearer(listed, closest):
                out.append(Relaxation(change, "nearer", False, listed))
    out.sort(key=lambda r: not r.feasible)
    return tuple(out[:6])


def _nearer(listed: Listed, closest: Listed) -> bool:
    if not closest.result.fits:
        return listed.result.per_gpu < closest.result.per_gpu and listed.refused is None
    worse = {m.name: m.value / m.limit for m in closest.missed}
    now = {m.name: m.value / m.limit for m in listed.missed}
    return listed.result.fits and listed.refused is None and max(now.values(), default=0) < max(worse.values())
