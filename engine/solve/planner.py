"""engine plan for one GPU: every setup the rules allow (engine.solve.space) evaluated at once
(engine.solve.rows), the feasible ones (they fit, no layout constraint refuses them, they meet the targets)
ranked by the rules' plan rankings, and exactly settled (engine.solve.listed): the best few, the closest
rejected ones, the front of GPU count against the front ranking, the best by each ranking the GPU kinds are
compared by, and, when nothing is feasible, why and what would relax it (engine.solve.relax)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from engine.errors import UsageError, unknown
from engine.evaluate.memory import assign_rules
from engine.evaluate.question import Setup
from engine.solve.layouts import axis
from engine.solve.listed import Listed, Settled, Table
from engine.solve.moving import moving_programs
from engine.solve.relax import explain_failure, rejected_rows
from engine.solve.rows import RowPlan
from engine.solve.space import Bounds, allowed, combinations, layouts, plan_of, rows_of
from engine.spec.numbers import Number

CHUNK = 1 << 15  # rows per numpy evaluation: large enough to amortise each step, small enough for memory
REJECTED = 4  # closest rejected setups listed


@dataclass(frozen=True)
class Request:
    """What to plan: the ranking, how many to list, the GPU counts, fixed degrees, allowed choices, targets."""

    by: str | None = None  # a ranking of the rules' plan: section (None: its first)
    top: int = 5
    bounds: Bounds = field(default_factory=Bounds)
    tp: int | None = None
    pp: int | None = None
    allow: Mapping[str, Sequence[str]] = field(default_factory=dict)
    limits: Mapping[str, Number] = field(default_factory=dict)  # target -> the most it may be


@dataclass(frozen=True)
class GpuPlan:
    """The plan for one GPU kind (see the module docstring)."""

    setup: Setup
    by: str
    searched: int  # setups tried (those the keep_ifs keep)
    feasible: int
    best: tuple[Listed, ...]
    rejected: tuple[Listed, ...]
    front: tuple[Listed, ...]
    leaders: Mapping[str, Listed]
    allowed: Mapping[str, tuple[str, ...]]
    failure: Any = None  # engine.solve.relax.Failure when nothing is feasible


def ranking_name(setup: Setup, by: str | None) -> str:
    plan = plan_of(setup)
    names = [r.name for r in plan.rank]
    if by is None:
        return names[0]
    if by not in names:
        raise UsageError(
            f"--by: {unknown('ranking', by, names)}; the '{setup.rules.spec.name}' rules rank by " + ", ".join(names)
        )
    return by


def evaluate(setup: Setup, request: Request) -> tuple[Table, dict[str, tuple[str, ...]]]:
    """Every row of every allowed set of choices, evaluated (one numpy pass per group of sets whose
    moving symbols are computed alike)."""
    import numpy as np

    choices = allowed(setup, request.allow)
    splits = layouts(setup, request.bounds, request.tp, request.pp)
    members = [m for combo in combinations(setup, choices) for m in rows_of(combo, splits)]
    rules = setup.rules
    data = axis(setup, "data").symbol
    layout = rules.spec.layout
    stage = layout.role("pipeline") if layout is not None else None
    extra = {data, *([stage.stage] if stage is not None and stage.stage else [])}
    groups: dict[Any, list[int]] = {}
    floats = []
    for i, (combo, rows) in enumerate(members):
        assignment = assign_rules(combo)
        floats.append({k: float(v) for k, v in assignment.values.items()})
        moving = moving_programs(rules, assignment.origins, {*rows, *extra})
        origins = [(n, assignment.origins[n]) for n, _ in moving]
        key = (tuple(sorted(rows)), tuple((n, o.kind, o.source, o.choice) for n, o in origins))
        groups.setdefault(key, []).append(i)
    parts = []
    for (names, _), indexes in groups.items():
        plan = RowPlan(members[indexes[0]][0], list(names))
        varying = {k for i in indexes for k, v in floats[i].items() if k not in names and plan.base.get(k) != v}
        grid: dict[str, list[Any]] = {k: [] for k in (*names, *varying, "member", "local")}
        for i in indexes:
            rows = members[i][1]
            count = len(rows[data])
            for k in names:
                grid[k].append(rows[k])
            for k in varying:
                grid[k].append(np.full(count, floats[i][k]))
            grid["member"].append(np.full(count, i))
            grid["local"].append(np.arange(count))
        flat = {k: np.concatenate(v) for k, v in grid.items()}
        early = plan.kept({k: v for k, v in flat.items() if k not in ("member", "local")})
        flat = {k: v[early] for k, v in flat.items()}
        for start in range(0, len(flat["member"]), CHUNK):
            chunk = {k: v[start : start + CHUNK] for k, v in flat.items() if k not in ("member", "local")}
            found = plan.evaluate(chunk)
            found["gpus"] = np.prod([chunk[axis(setup, r).symbol] for r in ("data", "tensor", "pipeline")], axis=0)
            found["member"] = flat["member"][start : start + CHUNK]
            found["local"] = flat["local"][start : start + CHUNK]
            kept = found["keep"]  # the rows no keep_if drops are the candidates; the rest are not setups
            parts.append({k: v[kept] for k, v in found.items()})
    if not parts:
        return Table(members, {}), choices
    keys = set.intersection(*(set(p) for p in parts))
    return Table(members, {k: np.concatenate([p[k] for p in parts]) for k in keys}), choices


def feasible_rows(table: Table, setup: Setup, limits: Mapping[str, Number]) -> Any:
    import numpy as np

    c = table.columns
    ok = c["keep"] & (c["refused"] < 0) & c["fits"]
    for name, limit in limits.items():
        ok &= np.nan_to_num(c[f"target:{name}"], nan=np.inf) <= float(limit)
    return ok


def ranked(table: Table, setup: Setup, by: str) -> Any:
    """Row indexes best first: `by` (its `otherwise` where it does not exist), the other rankings in the
    rules' order, fewer choices away from the defaults, then the order the rows were made in."""
    import numpy as np

    plan = plan_of(setup)
    c = table.columns
    names = [by, *(r.name for r in plan.rank if r.name != by)]
    keys = [in_force(c, setup, n) for n in names]
    departures = np.asarray([_departures(m) for m, _ in table.members])[c["member"].astype(int)]
    return np.lexsort([c["local"], c["member"], departures, *reversed(keys)])


def in_force(columns: Mapping[str, Any], setup: Setup, name: str) -> Any:
    import numpy as np

    plan = plan_of(setup)
    value = columns[f"rank:{name}"]
    ranking = plan.ranking(name)
    for _ in plan.rank:
        if ranking is None or not ranking.otherwise:
            break
        value = np.where(np.isnan(value), columns[f"rank:{ranking.otherwise}"], value)
        ranking = plan.ranking(ranking.otherwise)
    return value


def _departures(setup: Setup) -> int:
    return sum(setup.choices.get(o.name) != o.default for o in setup.rules.spec.options)


def plan_gpu(setup: Setup, request: Request) -> GpuPlan:
    """The plan for `setup`'s GPU (see the module docstring)."""
    import numpy as np

    plan = plan_of(setup)
    by = ranking_name(setup, request.by)
    table, choices = evaluate(setup, request)
    if not table.columns:
        failure = explain_failure(table, Settled(table, request.limits), choices, request.limits, np.zeros(0, int))
        return GpuPlan(setup, by, 0, 0, (), (), (), {}, choices, failure)
    settled = Settled(table, request.limits)
    ok = feasible_rows(table, setup, request.limits)
    order = ranked(table, setup, by)
    good = order[ok[order]]
    best = settled.first(good, request.top, ties=True)
    leaders = {}
    for name in plan.compare:
        found = settled.first([r for r in ranked(table, setup, name) if ok[r]], 1)
        if found:
            leaders[name] = found[0]
    searched = int(table.columns["keep"].sum())
    if not best:
        failure = explain_failure(table, settled, choices, request.limits, order)
        return GpuPlan(setup, by, searched, 0, (), (), (), leaders, choices, failure)
    position = int(np.flatnonzero(order == good[0])[0])
    ahead = order[:position]
    if ok[order].all() or not (~ok[ahead]).any():  # nothing rejected ranks ahead: the best rejected ones
        ahead = order[~ok[order]]
    rejected = rejected_rows(table, settled, ahead, REJECTED)
    return GpuPlan(
        setup, by, searched, int(ok.sum()), tuple(best), rejected, front(table, setup, settled, ok), leaders, choices
    )


def front(table: Table, setup: Setup, settled: Settled, ok: Any) -> tuple[Listed, ...]:
    """The best feasible setup by the front ranking at each GPU count that beats every smaller count."""
    plan = plan_of(setup)
    name = plan.front or plan.rank[0].name
    c = table.columns
    leading: dict[int, int] = {}
    for row in ranked(table, setup, name):
        if ok[row]:
            leading.setdefault(int(c["gpus"][row]), int(row))
    out: list[Listed] = []
    value = in_force(c, setup, name)
    bar = float("inf")
    for gpus in sorted(leading):
        row = leading[gpus]
        if value[row] < bar:
            listed = settled(row)
            exact = float(listed.rank(name)[1])
            if listed.feasible and exact < bar:
                out.append(listed)
                bar = exact
    return tuple(out)
