"""The symbolic path of evaluation: slow, but it knows where each number comes from.

engine.evaluate runs the compiled programs first; when they cannot give an answer (a division by zero,
a fractional parameter count, a negative term, an absurd size), it calls `evaluate_symbolic`, which
substitutes the values into each quantity's own expression, leaves before groups, and raises the
located error of the first quantity that fails: `specs/x.yaml:7:8: error: 'mlp' = 64/3 is not a whole
number of parameters`. When nothing fails it returns the same numbers the programs would.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sympy

from engine.build.expr import from_sympy, substitute, to_sympy
from engine.build.model import Model, Quantity
from engine.errors import Location, SpecError
from engine.limits import MAX_RESULT
from engine.plan.program import Checked
from engine.spec.numbers import Number, show_number


def evaluate_symbolic(model: Model, values: Mapping[str, Number], checked: Checked) -> dict[str, Any]:
    """Every quantity's contribution by key ('parts', 'derived', 'phases', 'block') and the 'total'."""
    subs = {model.symbols[name]: to_sympy(v) for name, v in values.items() if name in model.symbols}

    def one(quantity: Quantity, whole: bool, nonnegative: bool) -> Number:
        where = _where(quantity)
        value = _exact(substitute(quantity.contribution, subs), quantity.key, where)
        if whole and isinstance(value, sympy.Rational) and not value.is_Integer:
            raise SpecError(
                f"'{quantity.key}' = {show_number(from_sympy(value))} is not a whole number of parameters", where
            )
        number: Number = from_sympy(value)
        if nonnegative and number < 0:
            raise SpecError(f"'{quantity.key}' is negative ({number} bytes) for these values", where)
        return number

    leaves_first = sorted(model.parts, key=lambda q: q.node.is_group)  # report the most precise culprit
    parts = {q.key: one(q, checked.whole, checked.nonnegative) for q in leaves_first}
    return {
        "parts": {q.key: parts[q.key] for q in model.parts},
        "total": one(model.total, checked.whole, False),
        "derived": {q.key: one(q, checked.whole, False) for q in model.derived},
        "phases": {q.key: one(q, False, checked.nonnegative) for q in model.phases},
        "block": {q.key: one(q, False, False) for q in model.block},
    }


def _where(quantity: Quantity) -> Location:
    text = quantity.node.expr or quantity.node.repeat
    return text.span.at(0) if text else quantity.node.span.key


def _exact(value: Any, what: str, where: Location) -> Any:
    if not value.is_Rational:
        reason = "divides by zero" if value.has(sympy.zoo, sympy.nan) else f"does not reduce to a number ({value})"
        raise SpecError(f"'{what}' {reason}", where)
    if abs(value) > MAX_RESULT:
        raise SpecError(
            f"'{what}' = {show_number(from_sympy(value))} for these values; no model or GPU is that large", where
        )
    return value
