"""Phases of a rules spec as weights of its leaves: each phase is a sum of quantities (possibly times
flags such as keep_grads), so how much of each leaf it holds is that sum's coefficient of the leaf."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import sympy

from engine.build.bounds import expand
from engine.build.expr import build_expression
from engine.errors import SpecError
from engine.spec.expressions import parse_expression
from engine.spec.types import Spec


def phase_weights(spec: Spec, parts: Sequence[Any], symbols: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """For each phase (a sum of quantities, possibly times flags), how much of each leaf it holds."""
    leaves = [q for q in parts if not q.node.is_group]
    leaf_symbol = {q.key: sympy.Symbol("leaf:" + q.key) for q in leaves}

    def leaf_sum(q: Any) -> Any:
        if not q.node.is_group:
            return leaf_symbol[q.key]
        return sympy.Add(*(leaf_symbol[x.key] for x in leaves if x.key.startswith(q.key + "/")))

    names: dict[str, Any] = {}
    for q in parts:
        names.setdefault(q.node.name, leaf_sum(q))  # nested names are unique in rules specs
    out: dict[str, dict[str, Any]] = {}
    for phase in spec.phases:
        assert phase.expr is not None  # phases are leaves (schema)
        parsed = parse_expression(phase.expr.text, phase.expr.span)
        env = {n: names.get(n) if n in names else names.get("phase:" + n, symbols.get(n)) for n in parsed.names}
        missing = [n for n, v in env.items() if v is None]
        if missing:
            where = parsed.locate(missing[0])
            raise SpecError(f"phase '{phase.key}' uses '{missing[0]}', which is not a quantity", where)
        expr = expand(build_expression(parsed, env), parsed.span.at(0), f"phase '{phase.key}'")
        weights = {key: expr.coeff(sym) for key, sym in leaf_symbol.items()}
        if sympy.expand(expr - sum(w * leaf_symbol[k] for k, w in weights.items())) != 0:
            raise SpecError(f"phase '{phase.key}' must be a sum of quantities", phase.expr.span.at(0))
        out[phase.key] = weights
        names["phase:" + phase.key] = expr
    return out
