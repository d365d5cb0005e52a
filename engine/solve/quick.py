"""One question re-asked at new values, fast: for a caller that asks many in a loop (a planner, a
notebook, a service). **Floats**, not the exact arithmetic of `engine.api.memory`: the compiled float
plan of the rules, with the symbols that move with the values given (nccl bytes with dp, a stage's
layers with the stage) recomputed from their own programs, at every pipeline stage and deciding view
the exact path evaluates. A figure here can differ from the exact one by a rounding (about 1e-16 of
it); a fit that is that close to the capacity is settled by `engine.api.memory`.

>>> from engine.api import load_setup, quick
>>> ask = quick(load_setup("llama-3-8b", gpu="a100-80"))
>>> ask.fits(batch=1, seq_len=4096, gpus=8)
True
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from fractions import Fraction
from typing import Any, NoReturn

from engine.errors import UsageError, did_you_mean
from engine.evaluate.memory import assign_rules, explain, stage_assignments
from engine.evaluate.question import Setup
from engine.evaluate.views import deciding, minus_parts, phase_weights
from engine.plan.program import Plan
from engine.plan.runtime import function
from engine.solve.layouts import layout as layout_of_degrees
from engine.solve.layouts import symbols
from engine.solve.moving import moving_programs
from engine.spec.types import CAPACITY, DOMAINS


class Quick:
    """`setup` re-evaluated at new values of `variables` (default: the rules' flag symbols and the
    data-parallel degree; `gpus=N` gives that degree as N / (tp x pp, x cp where the rules have it))."""

    def __init__(self, setup: Setup, variables: Sequence[str] = ()) -> None:
        rules = setup.rules
        self.data, tensor, pipeline = symbols(setup)
        layout = rules.spec.layout
        fixed = {s for s in (layout.symbols if layout is not None else ()) if s != self.data}  # they pick defaults
        names = list(variables) or [s.name for s in rules.spec.symbols if s.flag and s.name not in fixed] + [self.data]
        for name in names:
            if rules.spec.symbol(name) is None or name in fixed:
                hint = did_you_mean(name, [n for n in rules.symbols if n not in fixed])
                raise UsageError(f"'{name}' cannot vary here (a rules symbol other than the layout's degrees){hint}")
        self.variables = frozenset(names)
        self.domains = {n: DOMAINS[d.domain] for n in names if (d := rules.spec.symbol(n)) is not None}
        assignment = assign_rules(setup)
        self.split = layout_of_degrees(setup, 1, int(assignment.values[tensor]), int(assignment.values[pipeline])).gpus
        stages = stage_assignments(setup, assignment)
        moving = moving_programs(rules, assignment.origins, self.variables)
        self.setup, self.rules, self.capacity = setup, rules, float(setup.hardware.capacity)
        self.outputs = {name: i for i, name in enumerate(rules.main.outputs)}
        self.main = function(rules.main, "float")
        views = deciding(rules, setup.view)
        self.stages = [self._stage(values, moving, views) for values in stages.values()]
        self.base_dp = float(assignment.values[self.data])
        self.many: Quick | None = None  # an option's default_when may read dp: more ranks, other choices
        if self.data in self.variables:
            many = setup.with_values(**{self.data: 2})
            if many.choices != setup.choices:  # held from two ranks on, as the sweep's search assumes
                self.many = Quick(replace(many, picked=frozenset(many.choices)), names)

    def _stage(self, exact: Mapping[str, Any], moving: Sequence[tuple[str, Any]], views: Sequence[Any]) -> Any:
        """What one stage's evaluation needs, laid out for speed: each program's arguments at the base
        values with the positions the given and moving values go to, and per deciding view where its
        capacity comes from and what each phase leaves out."""
        base = {k: float(v) for k, v in exact.items()}
        moved = set(self.variables)
        programs = []
        for name, program in moving:
            slots = [(i, k) for i, k in enumerate(program.inputs) if k in moved]
            at = program.outputs.index(name)
            programs.append((name, function(program, "float"), [base[k] for k in program.inputs], slots, at))
            moved.add(name)
        inputs = self.rules.main.inputs
        main = ([base[k] for k in inputs], [(i, k) for i, k in enumerate(inputs) if k in moved])
        weights = phase_weights(self.rules, exact, "float")
        checks = []
        for view in views:
            name = view.capacity if view is not None and view.capacity else CAPACITY
            where = ("out", self.outputs[self.rules.derived[name]]) if name in self.rules.derived else ("symbol", name)
            minus = minus_parts(self.rules, view)
            phases = []
            for phase, slot in self.rules.phases.items():
                alive = weights.get(phase, {})
                parts = [(float(alive[m.key]), m) for m in minus if alive.get(m.key)]
                phases.append((self.outputs[slot], parts))
            checks.append((where, phases))
        return base, programs, main, checks

    def _given(self, given: Mapping[str, Any]) -> dict[str, float]:
        """The values asked, each checked exactly in its symbol's domain (as --set checks it; 1.5 is not an
        integer): gpus=N as dp = N / split."""
        out = {}
        for name, value in given.items():
            exact = value if isinstance(value, int) else int(value) if float(value).is_integer() else Fraction(value)
            if name == "gpus":
                name, exact = self.data, Fraction(exact, self.split) if exact % self.split else exact // self.split
            domain = self.domains.get(name)
            if domain is None:
                raise UsageError(f"'{name}' is not a variable here; these are: {', '.join(sorted(self.variables))}")
            if not domain.accepts(exact):
                shown = f"gpus = {given['gpus']} gives {name} = {exact}" if name == self.data else f"{name} = {exact}"
                raise UsageError(f"{shown}, which is not {domain.text}")
            out[name] = float(exact)
        return out

    def room(self, **given: float) -> float:
        """The least room, in bytes, of any phase of any stage and deciding view (negative: does not fit)."""
        moved = self._given(given)
        if self.many is not None and moved.get(self.data, self.base_dp) > 1:
            return self.many.room(**given)
        least = float("inf")
        for base, programs, (template, slots), checks in self.stages:
            current = dict(moved)
            try:
                for name, compiled, arguments, places, at in programs:
                    arguments = list(arguments)
                    for i, k in places:
                        arguments[i] = current.get(k, arguments[i])
                    current[name] = compiled(*arguments)[at]
                arguments = list(template)
                for i, k in slots:
                    if k in current:
                        arguments[i] = current[k]
                env = _Lazy(self.main(*arguments), self.outputs)
            except (ZeroDivisionError, ValueError, OverflowError, TypeError):
                self._explain(given)
            for (kind, where), phases in checks:
                capacity = env.env[where] if kind == "out" else current.get(where, base.get(where, self.capacity))
                for slot, minus in phases:
                    value = env.env[slot]
                    for weight, part in minus:
                        value -= weight * Plan.contribution(env, part)
                    least = min(least, capacity - value)
        return least

    def _explain(self, given: Mapping[str, Any]) -> NoReturn:
        """The exact path's located error for values the float plan gives no number at."""
        exact = {k: int(v) if v.is_integer() else Fraction(v) for k, v in self._given(given).items()}
        explain(self.setup, exact)

    def fits(self, **given: float) -> bool:
        """Whether every phase fits (floats: see the module docstring)."""
        return self.room(**given) >= 0


class _Lazy(Mapping[str, Any]):
    """The main program's outputs by name, without building a dict (one or two are read)."""

    def __init__(self, env: Sequence[Any], outputs: Mapping[str, int]) -> None:
        self.env, self.outputs = env, outputs

    def __getitem__(self, key: str) -> Any:
        return self.env[self.outputs[key]]

    def __iter__(self) -> Any:
        return iter(self.outputs)

    def __len__(self) -> int:
        return len(self.outputs)


def quick(setup: Setup, variables: Sequence[str] = ()) -> Quick:
    """`Quick(setup, variables)`: see the class."""
    return Quick(setup, variables)
