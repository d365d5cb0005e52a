"""Layouts: how a question's GPUs are split (data x tensor x pipeline parallel), which splits the rules
allow, and which the solver tries. Everything comes from the rules' `layout:` section: the symbol of each
role, the degrees searched and which to keep (`keep_if`), and the constraints with their messages.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from engine.errors import SpecError
from engine.evaluate.evaluator import condition
from engine.evaluate.memory import assign_rules
from engine.evaluate.question import Setup
from engine.spec.types import Axis, LayoutSpec

ROLES = ("data", "tensor", "pipeline")  # the degrees a layout multiplies into its GPU count


@dataclass(frozen=True)
class Layout:
    """Degrees of data, tensor and pipeline parallelism, and the rules' names for them; `context` is the
    degree of a context axis (given by its flag, never searched) and its symbol, when it is above 1."""

    dp: int
    tp: int
    pp: int
    symbols: tuple[str, str, str] = ("dp", "tp", "pp")
    context: tuple[str, int] | None = None

    @property
    def gpus(self) -> int:
        return self.dp * self.tp * self.pp * (self.context[1] if self.context else 1)

    def values(self) -> dict[str, int]:
        found = dict(zip(self.symbols, (self.dp, self.tp, self.pp), strict=True))
        return {**found, self.context[0]: self.context[1]} if self.context else found


def layout_of(setup: Setup) -> LayoutSpec:
    found = setup.rules.spec.layout
    if found is None:
        raise SpecError(f"the '{setup.rules.spec.name}' rules have no layout: section, so GPUs cannot be split")
    return found


def axis(setup: Setup, role: str) -> Axis:
    found = layout_of(setup).role(role)
    if found is None:
        raise SpecError(f"the '{setup.rules.spec.name}' rules' layout has no {role} axis")
    return found


def symbols(setup: Setup) -> tuple[str, str, str]:
    data, tensor, pipeline = (axis(setup, r).symbol for r in ROLES)
    return data, tensor, pipeline


def layout(setup: Setup, dp: int, tp: int, pp: int) -> Layout:
    found = layout_of(setup).role("context")
    degree = int(setup.fixed.get(found.symbol, 1)) if found is not None else 1
    return Layout(dp, tp, pp, symbols(setup), (found.symbol, degree) if found is not None and degree > 1 else None)


def _values(setup: Setup) -> dict[str, Any]:
    """The values a layout condition reads: the rules' own, at the question's fixed values."""
    values: dict[str, Any] = dict(assign_rules(setup).values)
    values.update(setup.arch.derived)
    return values


def given(setup: Setup, names: tuple[str, ...]) -> bool:
    """Whether the architecture gives every one of `names` (a constraint on heads needs heads)."""
    arch = setup.arch
    return all(n in arch.assignment.values or n in arch.derived for n in names)


def broken(setup: Setup, role: str, degree: int, values: Mapping[str, Any] | None = None) -> str | None:
    """The message of the first constraint `degree` breaks for `role`'s symbol, or None."""
    found = layout_of(setup)
    symbol = axis(setup, role).symbol
    moved = setup.with_values(**{symbol: degree})
    if values is None or moved.choices != setup.choices:  # a default_when choice changes at this degree
        values = _values(moved)
    at = {**values, symbol: degree}
    for constraint in found.constraints:
        if constraint.symbol != symbol or not given(setup, constraint.needs):
            continue
        if not condition(setup.rules, f"constraint:{constraint.name}", at):
            return _fill(constraint.message, at)
    return None


def _fill(message: str, values: Mapping[str, Any]) -> str:
    """'{num_heads}' in a constraint's message -> the value (names only; nothing else is formatted)."""
    return re.sub(r"\{([A-Za-z_][A-Za-z0-9_]*)\}", lambda m: str(values.get(m.group(1), m.group(0))), message)


def searched(setup: Setup, role: str, values: Mapping[str, Any]) -> list[int]:
    """The degrees the solver tries for `role`: the axis's values kept by `keep_if` and the constraints."""
    ax = axis(setup, role)
    out = []
    for degree in ax.values or (1,):
        at = {**values, ax.symbol: degree}
        if ax.keep_if is not None and not condition(setup.rules, f"keep:{role}", at):
            continue
        if broken(setup, role, degree, values) is None:
            out.append(degree)
    return out


def check(setup: Setup, role: str, degree: int) -> int:
    """`degree`, when the rules allow it for `role`; else the constraint's message and what would work."""
    message = broken(setup, role, degree)
    if message is None:
        return degree
    symbol = axis(setup, role).symbol
    values = _values(setup)
    works = [d for d in range(1, 65) if broken(setup, role, d, values) is None]
    flag = "--" + symbol
    raise SpecError(f"{flag} {degree} {message}; try {flag} " + ", ".join(map(str, works)))


def candidates(
    setup: Setup, tp: int | None, pp: int | None, most: tuple[int | None, int | None] = (None, None)
) -> list[tuple[int, int]]:
    """(tensor, pipeline) degrees to try, less pipeline first, then less tensor parallelism; a searched
    degree is at most `most` (--max-tp, --max-pp) when given."""
    values = _values(setup)
    context = layout(setup, 1, 1, 1).context
    if context:
        check(setup, "context", context[1])
    tps = [check(setup, "tensor", tp)] if tp else _at_most(searched(setup, "tensor", values), most[0])
    pps = [check(setup, "pipeline", pp)] if pp else _at_most(searched(setup, "pipeline", values), most[1])
    return sorted(((t, p) for t in tps for p in pps), key=lambda tp_pp: (tp_pp[1], tp_pp[0]))


def _at_most(degrees: list[int], most: int | None) -> list[int]:
    return [d for d in degrees if most is None or d <= most] or degrees[:1]


def data_degree(setup: Setup, gpus: int, tp: int, pp: int) -> int:
    """The data-parallel degree of `gpus` GPUs split tp x pp ways, and the context axis's degree when the
    rules have one (an error when it does not divide)."""
    if gpus < 1 or tp < 1 or pp < 1:
        raise SpecError(f"--gpus, --tp and --pp must be positive (got {gpus}, {tp}, {pp})")
    check(setup, "tensor", tp)
    check(setup, "pipeline", pp)
    split = layout(setup, 1, tp, pp)
    if split.context:
        check(setup, "context", split.context[1])
    if gpus % split.gpus:
        shape = "tp x pp" + (f" x {split.context[0]}" if split.context else "")
        raise SpecError(f"--gpus {gpus} is not a multiple of {shape} = {split.gpus}")
    return gpus // split.gpus


def expert_step(setup: Setup) -> int:
    """The data-parallel degree must be a multiple of the expert-parallel degree (given by a flag)."""
    found = layout_of(setup).role("expert")
    return int(setup.fixed.get(found.symbol, 1)) if found is not None else 1


def refusal(setup: Setup, assigned: Mapping[str, Any] | None = None) -> str | None:
    """Why the layout in `setup.fixed` is refused: '--pp 2 is refused with ZeRO stage 3: ...' for the first
    constraint it breaks (of those whose architecture names are given), or None. `assigned`: the rules'
    values at `setup`, when already known."""
    found = layout_of(setup)
    values = _values(setup) if assigned is None else {**assigned, **setup.arch.derived}
    for constraint in found.constraints:
        if not given(setup, constraint.needs):
            continue
        if not condition(setup.rules, f"constraint:{constraint.name}", values):
            flag = "--" + constraint.symbol.replace("_", "-")
            return f"{flag} {plain_degree(values[constraint.symbol])} " + _fill(constraint.message, values)
    return None


def plain_degree(value: Any) -> str:
    return str(int(value)) if int(value) == value else str(value)
