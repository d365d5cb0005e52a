"""Bounds on symbolic work: how large a built expression may be, how fast it may grow, and how many
terms an expansion may produce, each checked before sympy starts the work (engine.limits)."""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any

import sympy

from engine.errors import Location, SpecError
from engine.limits import MAX_DEGREE, MAX_EXPANDED, MAX_EXPONENT, MAX_TREE

TOO_LARGE = f"expression is too large with the quantities it uses written out (more than {MAX_TREE:,} terms)"


@lru_cache(maxsize=1 << 16)
def tree_size(expr: Any) -> int:
    """Nodes of `expr` as a tree (shared parts counted each time): what sympy's own walks cost."""
    return 1 + sum(tree_size(arg) for arg in expr.args)


def check_size(expr: Any, where: Location) -> Any:
    """`expr`, unless it is larger than MAX_TREE or its degree exceeds MAX_DEGREE (nested `repeat`s multiply)."""
    if tree_size(expr) > MAX_TREE:
        raise SpecError(TOO_LARGE, where)
    if degree(expr) > MAX_DEGREE:
        raise SpecError(f"expression grows too fast (degree above {MAX_DEGREE})", where)
    return expr


def expanded_terms(expr: Any) -> int:
    """An upper bound on the terms of sympy.expand(expr), at most MAX_EXPANDED + 1 (work inside function
    arguments, which expand also expands, is counted as terms)."""
    cap = MAX_EXPANDED + 1
    if expr.is_Pow and expr.exp.is_Integer and expr.exp > 0:
        return min(cap, int(expanded_terms(expr.base) ** min(int(expr.exp), MAX_EXPONENT)))
    parts = [expanded_terms(arg) for arg in expr.args]
    if expr.is_Mul:
        return min(cap, math.prod(parts))
    return min(cap, max(1, sum(parts)))


def expand(expr: Any, where: Location | None, what: str = "expression") -> Any:
    """sympy.expand(expr), refused before it starts when it could produce more than MAX_EXPANDED terms."""
    if expanded_terms(expr) > MAX_EXPANDED:
        raise SpecError(f"{what} expands to more than {MAX_EXPANDED:,} terms", where)
    return sympy.expand(expr)


def degree(expr: Any) -> int:
    """An upper bound on the total degree of `expr` in its symbols (0 for numbers)."""
    if expr.is_Symbol:
        return 1
    if expr.is_Number or not expr.args:
        return 0
    if expr.is_Pow and expr.exp.is_Number:
        return int(degree(expr.base) * math.ceil(abs(expr.exp)))
    if expr.is_Mul:
        return sum(degree(a) for a in expr.args)
    return max(degree(a) for a in expr.args)
