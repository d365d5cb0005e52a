"""A setup engine plan lists, settled exactly: its memory as `engine memory` evaluates it
(engine.evaluate.memory), the rules' plan rankings and targets at it, the layout constraint it breaks and
the targets it misses. The search runs on floats (engine.solve.rows); what is shown comes from here."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from engine.errors import EngineError
from engine.evaluate.evaluator import condition
from engine.evaluate.memory import MemoryResult, evaluate_memory
from engine.evaluate.question import Setup
from engine.solve.layouts import refusal, symbols
from engine.solve.space import Rows, fixed_at, plan_of
from engine.spec.numbers import Number


@dataclass(frozen=True)
class Missed:
    """A target a setup misses: its value and the most the user allows."""

    name: str
    value: Number
    limit: Number
    unit: str


@dataclass(frozen=True)
class Listed:
    """One setup, exactly (see the module docstring)."""

    setup: Setup
    result: MemoryResult
    ranks: Mapping[str, Number | None]  # None where the ranking's `when` does not hold
    targets: Mapping[str, Number]
    refused: str | None
    missed: tuple[Missed, ...]

    @property
    def gpus(self) -> int:
        count = 1
        for name in symbols(self.setup):
            count *= int(self.result.value(name))
        return count

    @property
    def feasible(self) -> bool:
        return self.result.fits and self.refused is None and not self.missed

    def rank(self, name: str) -> tuple[str, Number | float]:
        """The ranking in force for `name` (its `otherwise` where its own does not exist) and its value."""
        plan = plan_of(self.setup)
        for _ in plan.rank:
            value = self.ranks[name]
            if value is not None:
                return name, value
            ranking = plan.ranking(name)
            if ranking is None or not ranking.otherwise:
                break
            name = ranking.otherwise
        return name, float("nan")

    def key(self, by: str) -> tuple[Any, ...]:
        """What the plan sorts by: `by`, then the other rankings in the rules' order."""
        names = [by, *(r.name for r in plan_of(self.setup).rank if r.name != by)]
        return tuple(float(self.rank(n)[1]) for n in names)

    @property
    def signature(self) -> tuple[Any, ...]:
        """Setups that differ in name only (offloading what is not there) share one."""
        values = self.result.assignment.values
        return (self.result.per_gpu, tuple(sorted((k, v) for k, v in self.ranks.items())), *sorted(values.items()))

    @property
    def tie(self) -> tuple[Any, ...]:
        """Setups of one layout and searched values that every ranking scores alike: the plan lists the
        first (the fewest choices away from the defaults), as the others buy nothing it can measure."""
        return (tuple(sorted(self.setup.fixed.items())), tuple(sorted((k, v) for k, v in self.ranks.items())))


def settle(setup: Setup, limits: Mapping[str, Number]) -> Listed:
    """`setup` (every row value fixed) evaluated exactly, with the plan's rankings and targets."""
    plan = plan_of(setup)
    rules = setup.rules
    result = evaluate_memory(setup)
    named = {**result.assignment.values, **result.derived}
    ranks: dict[str, Number | None] = {}
    for ranking in plan.rank:
        held = ranking.when is None or condition(rules, f"plan:when:{ranking.name}", named)
        ranks[ranking.name] = condition(rules, f"plan:value:{ranking.name}", named) if held else None
    targets = {t.name: condition(rules, f"plan:target:{t.name}", named) for t in plan.targets}
    missed = tuple(
        Missed(t.name, targets[t.name], limits[t.name], t.unit)
        for t in plan.targets
        if t.name in limits and targets[t.name] > limits[t.name]
    )
    return Listed(setup, result, ranks, targets, refusal(setup, result.assignment.values), missed)


@dataclass
class Table:
    """Every row's columns (engine.solve.rows), each row's set of choices (`member`) and place in it."""

    members: list[tuple[Setup, Rows]]
    columns: dict[str, Any]

    def float_tie(self, row: int) -> tuple[Any, ...]:
        """`Listed.tie` in the floats: the row's layout and searched values and its rankings."""
        member, local = int(self.columns["member"][row]), int(self.columns["local"][row])
        rows = self.members[member][1]
        found = (float(v[row]) for k, v in sorted(self.columns.items()) if k.startswith("rank:"))
        ranks = tuple(x if x == x else None for x in found)  # NaN (a ranking that does not exist) ties too
        return (tuple((k, float(v[local])) for k, v in sorted(rows.items())), ranks)

    def setup(self, row: int) -> Setup:
        member, local = int(self.columns["member"][row]), int(self.columns["local"][row])
        setup, rows = self.members[member]
        return fixed_at(setup, rows, local)


class Settled:
    """Exact settlements of a table's rows, each made once."""

    def __init__(self, table: Table, limits: Mapping[str, Number]) -> None:
        self.table, self.limits = table, limits
        self.done: dict[int, Listed] = {}

    def __call__(self, row: int) -> Listed:
        row = int(row)
        if row not in self.done:
            self.done[row] = settle(self.table.setup(row), self.limits)
        return self.done[row]

    def first(self, rows: Sequence[int], count: int, feasible: bool = True, ties: bool = False) -> list[Listed]:
        """The first `count` distinct settled rows of `rows` that are (or, not `feasible`, are not) feasible;
        with `ties`, one of each `Listed.tie`."""
        out: list[Listed] = []
        seen = set()
        floats = set()  # ties in the floats: settling one of them is enough
        for row in rows:
            if ties:
                key = self.table.float_tie(int(row))
                if key in floats:
                    continue
                floats.add(key)
            try:
                listed = self(row)
            except EngineError:  # a row the floats could count and exact numbers cannot (a zero divisor)
                continue
            key = listed.tie if ties else listed.signature
            if listed.feasible != feasible or key in seen:
                continue
            seen.add(key)
            out.append(listed)
            if len(out) == count:
                break
        return out
