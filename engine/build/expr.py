"""Build a checked syntax tree (engine.spec.expressions) into a sympy expression, given a value for each
name. Dispatches on the node type through a table; numbers are exact (`0.1` is the rational 1/10, `/`
is exact division); every refusal is a `SpecError` pointing at the offending column.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Mapping
from typing import Any

import sympy

from engine.build.bounds import TOO_LARGE, check_size, tree_size
from engine.errors import SpecError
from engine.limits import MAX_EXPONENT, MAX_NUMBER_BITS, MAX_TREE
from engine.spec.expressions import Parsed
from engine.spec.numbers import exact_decimal


def _where(cond: Any, then: Any, other: Any) -> Any:
    return sympy.Piecewise((then, cond), (other, True))


# the meaning of each function of engine.spec.expressions.FUNCTIONS
FUNCTIONS: dict[str, Callable[..., Any]] = {
    "ceil": sympy.ceiling,
    "floor": sympy.floor,
    "abs": sympy.Abs,
    "min": sympy.Min,
    "max": sympy.Max,
    "where": _where,
}

_BINARY: dict[type, Callable[[Any, Any], Any]] = {
    ast.Add: lambda a, b: a + b,
    ast.Sub: lambda a, b: a - b,
    ast.Mult: lambda a, b: a * b,
    ast.Div: lambda a, b: a / b,
    ast.FloorDiv: lambda a, b: sympy.floor(a / b),
    ast.Mod: lambda a, b: sympy.Mod(a, b),
}
_COMPARE: dict[type, Callable[[Any, Any], Any]] = {
    ast.Lt: sympy.Lt,
    ast.LtE: sympy.Le,
    ast.Gt: sympy.Gt,
    ast.GtE: sympy.Ge,
    ast.Eq: sympy.Eq,
    ast.NotEq: sympy.Ne,
}


def build_expression(parsed: Parsed, env: Mapping[str, Any]) -> Any:
    """The sympy expression of a checked tree; `env` maps every name in `parsed.names` to a value."""
    builder = _Builder(parsed, env)
    try:
        result = builder.build(parsed.tree)
    except RecursionError:
        raise SpecError("expression is nested too deeply", parsed.span.at(parsed.shift)) from None
    if result.has(sympy.zoo, sympy.nan, sympy.oo, -sympy.oo):
        raise SpecError("expression divides by zero", parsed.span.at(parsed.shift))
    return check_size(result, parsed.span.at(0))


class _Builder:
    def __init__(self, parsed: Parsed, env: Mapping[str, Any]) -> None:
        self.parsed, self.env = parsed, env

    def fail(self, message: str, node: ast.AST) -> SpecError:
        return self.parsed.fail(message, node)

    def build(self, node: ast.AST) -> Any:
        try:
            result = _BUILDERS[type(node)](self, node)
        except _SYMPY_REFUSALS as exc:  # e.g. comparing a non-real number: sympy raises TypeError
            raise self.fail(f"cannot be evaluated: {exc}", node) from None
        if tree_size(result) > MAX_TREE:  # before a parent hands it to sympy
            raise self.fail(TOO_LARGE, node)
        return result

    def constant(self, node: ast.Constant) -> Any:
        if isinstance(node.value, int):  # at most 300 characters long (see _prepare), so at most 1,200 bits
            return sympy.Integer(node.value)
        literal = ast.get_source_segment(self.parsed.text, node) or repr(node.value)
        try:
            return sympy.Rational(exact_decimal(literal))
        except ValueError as exc:
            raise self.fail(f"'{literal}' {exc}", node) from None

    def name(self, node: ast.Name) -> Any:
        return self.env[node.id]

    def operands(self, node: ast.AST, children: list[ast.expr]) -> list[Any]:
        """The built children, refused together before sympy walks more than MAX_TREE nodes to combine them
        (its Piecewise takes about 0.1 ms per node: the guard after building alone let one step take seconds)."""
        built = [self.build(child) for child in children]
        if sum(tree_size(b) for b in built) > MAX_TREE:
            raise self.fail(TOO_LARGE, node)
        return built

    def binop(self, node: ast.BinOp) -> Any:
        left, right = self.operands(node, [node.left, node.right])
        if isinstance(node.op, ast.Pow):
            return self.power(left, right, node)
        if isinstance(node.op, ast.Div | ast.FloorDiv | ast.Mod) and right == 0:
            raise self.fail("division by zero", node)
        return _BINARY[type(node.op)](left, right)

    def power(self, base: Any, exponent: Any, node: ast.AST) -> Any:
        if not (exponent.is_Rational and abs(exponent) <= MAX_EXPONENT):
            raise self.fail(f"exponents must be constants between -{MAX_EXPONENT} and {MAX_EXPONENT}", node)
        if not exponent.is_Integer and not base.is_nonnegative:  # (-1)**(1/2) is not a real number
            raise self.fail("a fractional power needs a base that cannot be negative", node)
        if base.is_Rational:
            bits = max(abs(base.p).bit_length(), base.q.bit_length()) * abs(exponent)
            if bits > MAX_NUMBER_BITS:
                raise self.fail(f"number too large (about 2**{int(bits)})", node)
            if base == 0 and exponent < 0:
                raise self.fail("division by zero", node)
        return base**exponent

    def unaryop(self, node: ast.UnaryOp) -> Any:
        (operand,) = self.operands(node, [node.operand])
        if isinstance(node.op, ast.Not):
            return sympy.Not(operand)
        return -operand if isinstance(node.op, ast.USub) else operand

    def call(self, node: ast.Call) -> Any:
        assert isinstance(node.func, ast.Name)  # guaranteed by _Checker.call
        args = self.operands(node, node.args)
        try:
            return FUNCTIONS[node.func.id](*args)
        except _SYMPY_REFUSALS as exc:
            raise self.fail(f"cannot evaluate {node.func.id}(): {exc}", node) from None

    def compare(self, node: ast.Compare) -> Any:
        terms = self.operands(node, [node.left, *node.comparators])
        parts = [_COMPARE[type(op)](a, b) for op, a, b in zip(node.ops, terms, terms[1:], strict=False)]
        return sympy.And(*parts)

    def boolop(self, node: ast.BoolOp) -> Any:
        values = self.operands(node, node.values)
        return sympy.And(*values) if isinstance(node.op, ast.And) else sympy.Or(*values)


_BUILDERS: dict[type, Callable[[_Builder, Any], Any]] = {
    ast.Constant: _Builder.constant,
    ast.Name: _Builder.name,
    ast.BinOp: _Builder.binop,
    ast.UnaryOp: _Builder.unaryop,
    ast.Call: _Builder.call,
    ast.Compare: _Builder.compare,
    ast.BoolOp: _Builder.boolop,
}


# What sympy raises when evaluation meets a non-real number or a division by zero
# (`zoo > 2`, `Min(I, 1)`, `Mod(3, 0)`): a value problem, never a bug.
_SYMPY_REFUSALS = (TypeError, ValueError, ZeroDivisionError)


def substitute(expr: Any, values: Mapping[Any, Any]) -> Any:
    """`expr` with `values` put in; sympy.nan when sympy cannot evaluate the result (see above), so
    callers report it like any other value that does not reduce to a number."""
    try:
        return expr.xreplace(values)
    except _SYMPY_REFUSALS:
        return sympy.nan


def to_sympy(value: Any) -> Any:
    """An exact Python number (int, Fraction, bool) as a sympy Rational."""
    if isinstance(value, bool):
        return sympy.Integer(int(value))
    if isinstance(value, int):
        return sympy.Integer(value)
    return sympy.Rational(value.numerator, value.denominator)


def from_sympy(value: Any) -> Any:
    """A sympy Rational as an int or Fraction."""
    from fractions import Fraction

    return int(value.p) if value.q == 1 else Fraction(int(value.p), int(value.q))
