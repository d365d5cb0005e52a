"""Compiled plans as plain data: what the evaluator runs, without sympy.

A `Program` is a set of expressions printed as one straight-line function per backend (exact, float,
numpy), over numbered locals only; engine.plan.runtime audits and compiles that text. A `Plan` is
everything one spec needs at run time: its `Spec`, the main program (every quantity once, in dependency
order), where each quantity's value sits in it, and small programs for symbol defaults, option values,
phase weights, linear layers and the rules' conditions. Plans are built by engine.build and kept on
disk as JSON (engine.plan.serial): a cached command derives nothing and imports no sympy.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property
from types import MappingProxyType
from typing import Any

from engine.spec.numbers import Number
from engine.spec.types import Spec


@dataclass(frozen=True)
class Program:
    """Expressions over `inputs`, giving `outputs`; `sources[backend]` is the text of a function
    `plan(v0, v1, ...)` returning the outputs in order. A program whose single output is a number
    needs no code: `constant` holds it."""

    inputs: tuple[str, ...]
    outputs: tuple[str, ...]
    sources: Mapping[str, str] = field(default_factory=dict)
    constant: Number | None = None

    @staticmethod
    def of_constant(name: str, value: Number) -> Program:
        return Program((), (name,), {}, value)


@dataclass(frozen=True)
class Part:
    """A quantity of the tree: its key, the slot holding one instance's value, and the repeat slots of
    the groups around it (its contribution to the total is the value times those repeats)."""

    key: str
    name: str
    slot: str
    repeats: tuple[str, ...] = ()
    group: bool = False
    repeat: str | None = None  # a group's own repeat slot


@dataclass(frozen=True)
class Plan:
    """One spec, compiled (see the module docstring)."""

    spec: Spec
    main: Program
    total: str
    parts: tuple[Part, ...]  # parents before children
    derived: Mapping[str, str]  # key -> slot
    phases: Mapping[str, str]
    block: Mapping[str, str]
    defaults: Mapping[str, Program]  # symbol -> its default, in dependency order
    choices: Mapping[str, Mapping[str, Mapping[str, Program]]]  # option -> choice -> symbol -> value
    weights: Mapping[str, Program]  # phase -> how much of each leaf is alive in it (outputs: leaf keys)
    linears: Program | None = None  # outputs 'name/in', 'name/out', 'name/count' per linear
    conditions: Mapping[str, Program] = field(default_factory=dict)  # the rules' conditions, by name

    @cached_property
    def symbols(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.spec.symbols)

    def leaves(self) -> tuple[Part, ...]:
        return tuple(p for p in self.parts if not p.group)

    def part(self, key: str) -> Part | None:
        return next((p for p in self.parts if p.key == key), None)

    def leaves_under(self) -> Mapping[str, tuple[str, ...]]:
        """Each part's key -> the keys of the leaves it holds (itself, for a leaf); worked out once."""
        return self._leaves_under

    @cached_property
    def _leaves_under(self) -> Mapping[str, tuple[str, ...]]:
        leaves = [p.key for p in self.parts if not p.group]
        return MappingProxyType(
            {
                p.key: (p.key,) if not p.group else tuple(k for k in leaves if k.startswith(p.key + "/"))
                for p in self.parts
            }
        )

    @staticmethod
    def contribution(env: Mapping[str, Any], part: Part) -> Any:
        """What `part` adds to the total: its value times the repeats of the groups around it."""
        value = env[part.slot]
        for slot in part.repeats:
            value = value * env[slot]
        return value


@dataclass(frozen=True)
class Checked:
    """What the values of a plan must be: whole numbers (parameter counts), never negative (bytes)."""

    whole: bool = False
    nonnegative: bool = False


def exact(value: Any) -> Number:
    """A Python number from an exact run as int or Fraction (True/False as 1/0)."""
    kind = type(value)
    if kind is int:  # the common case first: a question's main program gives about a hundred
        return value  # type: ignore[no-any-return]
    if kind is Fraction:
        return value.numerator if value.denominator == 1 else value  # type: ignore[no-any-return]
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Fraction) and value.denominator == 1:
        return int(value)
    if isinstance(value, int | Fraction):
        return value
    raise TypeError(f"not an exact number: {value!r}")
