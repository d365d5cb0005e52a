"""Constant expressions ('7e9', '2**30 * 3/4', 'where(2 > 1, 10, 20)'), evaluated exactly and without sympy:
what a preset, a config.json, a --set value or a hardware fact writes. The same whitelist as every
expression (engine.spec.expressions), and the same bounds as the symbolic builder."""

from __future__ import annotations

import ast
import math
from collections.abc import Callable
from fractions import Fraction
from typing import Any

from engine.errors import SpecError
from engine.limits import MAX_EXPONENT, MAX_NUMBER_BITS
from engine.spec.document import Span
from engine.spec.expressions import Parsed, parse_expression
from engine.spec.numbers import NOT_FINITE, Number, exact_decimal


def parse_number(text: str, span: Span) -> Number:
    """A constant expression such as '7e9', '2**30' or '1/3' as an exact int or Fraction (no names)."""
    parsed = parse_expression(text, span)
    for name in sorted(parsed.names):
        if name.lower() in NOT_FINITE:  # 'nan', 'inf' (as Python or JSON would print them)
            raise SpecError(f"'{name}' is not a finite number", parsed.locate(name))
        raise SpecError(f"'{text}' must be a number, not an expression using '{name}'", span.at(0))
    try:
        value = _Constant(parsed).value(parsed.tree)
    except _Irrational:
        value = None
    if value is None or isinstance(value, bool):
        raise SpecError(f"'{text}' is not a rational number", span.at(0))
    return _normal(value)


class _Irrational(Exception):
    """A fractional power whose value is not rational (2**(1/2))."""


def _normal(value: Fraction | int) -> Number:
    if isinstance(value, Fraction) and value.denominator == 1:
        return int(value)
    return value


def _root(value: Fraction, root: int) -> Fraction | None:
    """The exact `root`-th root of a non-negative rational, or None when it is irrational."""

    def integer_root(n: int) -> int | None:
        guess = round(n ** (1 / root)) if n.bit_length() < 1000 else math.isqrt(n) if root == 2 else None
        if guess is None:
            return None
        for candidate in (guess - 1, guess, guess + 1):
            if candidate >= 0 and candidate**root == n:
                return candidate
        return None

    top, bottom = integer_root(value.numerator), integer_root(value.denominator)
    return None if top is None or bottom is None else Fraction(top, bottom)


class _Constant:
    """Evaluates a checked tree that uses no names, with the bounds of the symbolic builder."""

    def __init__(self, parsed: Parsed) -> None:
        self.parsed = parsed

    def value(self, node: ast.AST) -> Any:
        return _CONSTANTS[type(node)](self, node)

    def constant(self, node: ast.Constant) -> Any:
        if isinstance(node.value, int):
            return node.value
        literal = ast.get_source_segment(self.parsed.text, node) or repr(node.value)
        try:
            return exact_decimal(literal)
        except ValueError as exc:
            raise self.parsed.fail(f"'{literal}' {exc}", node) from None

    def binop(self, node: ast.BinOp) -> Any:
        left, right = self.value(node.left), self.value(node.right)
        if isinstance(node.op, ast.Pow):
            return self.power(Fraction(left), Fraction(right), node)
        if isinstance(node.op, ast.Div | ast.FloorDiv | ast.Mod) and right == 0:
            raise self.parsed.fail("division by zero", node)
        return _normal(_ARITHMETIC[type(node.op)](Fraction(left), Fraction(right)))

    def power(self, base: Fraction, exponent: Fraction, node: ast.AST) -> Any:
        if abs(exponent) > MAX_EXPONENT:
            raise self.parsed.fail(f"exponents must be constants between -{MAX_EXPONENT} and {MAX_EXPONENT}", node)
        if exponent.denominator != 1 and base < 0:
            raise self.parsed.fail("a fractional power needs a base that cannot be negative", node)
        bits = max(abs(base.numerator).bit_length(), base.denominator.bit_length()) * abs(exponent)
        if bits > MAX_NUMBER_BITS:
            raise self.parsed.fail(f"number too large (about 2**{int(bits)})", node)
        if base == 0 and exponent < 0:
            raise self.parsed.fail("division by zero", node)
        if exponent.denominator != 1:
            rooted = _root(base, exponent.denominator)
            if rooted is None:
                raise _Irrational
            base, exponent = rooted, Fraction(exponent.numerator)
        return _normal(base ** int(exponent))

    def unaryop(self, node: ast.UnaryOp) -> Any:
        operand = self.value(node.operand)
        if isinstance(node.op, ast.Not):
            return not operand
        return -operand if isinstance(node.op, ast.USub) else operand

    def call(self, node: ast.Call) -> Any:
        assert isinstance(node.func, ast.Name)  # guaranteed by _Checker.call
        name = node.func.id
        if name == "where":  # both branches are evaluated (and checked), as the symbolic builder does
            condition, then, other = (self.value(a) for a in node.args)
            return then if condition else other
        args = [Fraction(self.value(a)) for a in node.args]
        return _normal(_CALLS[name](*args))

    def compare(self, node: ast.Compare) -> Any:
        terms = [self.value(x) for x in (node.left, *node.comparators)]
        return all(_ORDER[type(op)](a, b) for op, a, b in zip(node.ops, terms, terms[1:], strict=False))

    def boolop(self, node: ast.BoolOp) -> Any:
        values = [bool(self.value(v)) for v in node.values]
        return all(values) if isinstance(node.op, ast.And) else any(values)

    def name(self, node: ast.Name) -> Any:  # pragma: no cover - parse_number refuses names first
        raise self.parsed.fail(f"'{node.id}' has no value here", node)


_ARITHMETIC: dict[type, Callable[[Fraction, Fraction], Any]] = {
    ast.Add: lambda a, b: a + b,
    ast.Sub: lambda a, b: a - b,
    ast.Mult: lambda a, b: a * b,
    ast.Div: lambda a, b: a / b,
    ast.FloorDiv: lambda a, b: Fraction(math.floor(a / b)),
    ast.Mod: lambda a, b: a - b * math.floor(a / b),  # the sign of b, as sympy.Mod and Python's %
}
_CALLS: dict[str, Callable[..., Any]] = {
    "ceil": lambda x: Fraction(math.ceil(x)),
    "floor": lambda x: Fraction(math.floor(x)),
    "abs": abs,
    "min": min,
    "max": max,
}
_ORDER: dict[type, Callable[[Any, Any], bool]] = {
    ast.Lt: lambda a, b: a < b,
    ast.LtE: lambda a, b: a <= b,
    ast.Gt: lambda a, b: a > b,
    ast.GtE: lambda a, b: a >= b,
    ast.Eq: lambda a, b: a == b,
    ast.NotEq: lambda a, b: a != b,
}
_CONSTANTS: dict[type, Callable[[_Constant, Any], Any]] = {
    ast.Constant: _Constant.constant,
    ast.Name: _Constant.name,
    ast.BinOp: _Constant.binop,
    ast.UnaryOp: _Constant.unaryop,
    ast.Call: _Constant.call,
    ast.Compare: _Constant.compare,
    ast.BoolOp: _Constant.boolop,
}
