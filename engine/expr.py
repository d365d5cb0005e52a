"""Expression text -> sympy, through an `ast` whitelist (never eval, exec, sympify or parse_expr).

`parse_expression` checks the syntax tree against a whitelist and collects the names it uses;
`build_expression` turns a checked tree into sympy given a value for each name. Both dispatch on
the node type through tables, and every refusal is a `SpecError` pointing at the offending column.
Numbers are exact: `0.1` is the rational 1/10 and `/` is exact division.
"""

from __future__ import annotations

import ast
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import sympy

from engine.document import MAX_DIGITS, NOT_FINITE, Span, exact_decimal
from engine.errors import Location, SpecError, did_you_mean

MAX_LENGTH = 10_000  # characters of expression text (printed formulas must parse back)
MAX_NODES = 2_000  # syntax-tree nodes per expression
MAX_EXPONENT = 64  # |e| in a ** e; exponents must be constants
MAX_DEGREE = 4096  # total degree of a built expression (bounds the size of any evaluated number)
MAX_NUMBER_BITS = 8192  # a constant computed while building (e.g. 2**30) may not exceed this
# Nodes of a built expression with the quantities it uses written out (the largest shipped: 1,421).
# Quantities that use each other twice per level double at each level; sympy walks such trees without
# sharing, so twenty levels of floor(q / 3) + ceil(q / 5) took minutes to build before this bound.
MAX_TREE = 5_000
MAX_EXPANDED = 10_000  # terms sympy.expand may produce ((a + b + c + d)**20 would be 1,771 of 4**20 products)


def _where(cond: Any, then: Any, other: Any) -> Any:
    return sympy.Piecewise((then, cond), (other, True))


# name -> (min args, max args, builder). Document any addition in docs/spec-language.md.
FUNCTIONS: dict[str, tuple[int, int, Callable[..., Any]]] = {
    "ceil": (1, 1, sympy.ceiling),
    "floor": (1, 1, sympy.floor),
    "abs": (1, 1, sympy.Abs),
    "min": (2, 16, sympy.Min),
    "max": (2, 16, sympy.Max),
    "where": (3, 3, _where),
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
_REFUSED: dict[type, str] = {
    ast.Attribute: "attribute access ('.{attr}') is not allowed in expressions",
    ast.Subscript: "subscripts ('x[...]') are not allowed in expressions",
    ast.Lambda: "lambda is not allowed in expressions",
    ast.ListComp: "comprehensions are not allowed in expressions",
    ast.SetComp: "comprehensions are not allowed in expressions",
    ast.DictComp: "comprehensions are not allowed in expressions",
    ast.GeneratorExp: "comprehensions are not allowed in expressions",
    ast.JoinedStr: "f-strings are not allowed in expressions",
    ast.NamedExpr: "assignment expressions (':=') are not allowed in expressions",
    ast.Starred: "starred arguments ('*x') are not allowed in expressions",
    ast.List: "lists are not allowed in expressions",
    ast.Tuple: "tuples are not allowed in expressions (a stray comma?)",
    ast.Set: "sets are not allowed in expressions",
    ast.Dict: "dicts are not allowed in expressions",
    ast.IfExp: "'a if c else b' is not allowed; write where(c, a, b)",
    ast.Await: "await is not allowed in expressions",
    ast.Yield: "yield is not allowed in expressions",
    ast.YieldFrom: "yield is not allowed in expressions",
    ast.Compare: "comparisons are only allowed in the condition of where(cond, a, b)",
    ast.BoolOp: "'and'/'or' are only allowed in the condition of where(cond, a, b)",
}
_OPERATOR_HINTS: dict[type, str] = {
    ast.BitXor: "'^' is not a power here; use '**' (e.g. hidden_size**2)",
    ast.BitAnd: "'&' is not allowed; in a condition use 'and'",
    ast.BitOr: "'|' is not allowed; in a condition use 'or'",
}


@dataclass(frozen=True)
class Parsed:
    """A whitelisted syntax tree and the names it refers to."""

    text: str
    tree: ast.expr
    names: frozenset[str]
    span: Span
    name_columns: Mapping[str, int]  # first column of each name, relative to the written text
    shift: int = 0  # leading blanks removed from the written text

    def locate(self, name: str) -> Location:
        """Where `name` is first used in the written text."""
        return self.span.at(self.name_columns.get(name, 0))


def parse_expression(text: str, span: Span) -> Parsed:
    """Check `text` against the whitelist; raise a located `SpecError` on anything else."""
    source, shift = _prepare(text, span)
    return _parse_cached(source, shift, span)


@lru_cache(maxsize=4096)
def _parse_cached(source: str, shift: int, span: Span) -> Parsed:
    try:
        tree = ast.parse(source, mode="eval").body
    except SyntaxError as exc:
        at_end = not exc.offset or exc.offset > len(source)
        col = (len(source) if at_end else (exc.offset or 1) - 1) + shift
        hint = " (the expression ends too early)" if at_end else ""
        raise SpecError(f"invalid expression: {exc.msg}{hint}", span.at(col)) from None
    except (RecursionError, MemoryError, ValueError):
        raise SpecError("expression is nested too deeply or malformed", span.at(shift)) from None
    checker = _Checker(source, shift, span)
    try:
        checker.check(tree, in_condition=False)
    except RecursionError:
        raise SpecError("expression is nested too deeply", span.at(shift)) from None
    return Parsed(source, tree, frozenset(checker.names), span, checker.names, shift)


# A number-like token (not inside a name) longer than any number may be; checked before ast.parse,
# which would build it (and which refuses decimal literals of more than 4,300 digits with a ValueError).
_LONG_NUMBER = re.compile(r"(?<![\w.])\d[\w.]{" + str(MAX_DIGITS) + ",}")


def _prepare(text: str, span: Span) -> tuple[str, int]:
    if len(text) > MAX_LENGTH:
        raise SpecError(f"expression is {len(text):,} characters long; the limit is {MAX_LENGTH:,}", span.at(0))
    long_number = _LONG_NUMBER.search(text)
    if long_number:
        raise SpecError(f"number has more than {MAX_DIGITS} digits", span.at(long_number.start()))
    flat = text.replace("\r", " ").replace("\n", " ").replace("\t", " ")
    stripped = flat.lstrip(" ")
    if not stripped.strip():
        raise SpecError("empty expression", span.at(0))
    return stripped.rstrip(), len(flat) - len(stripped)


class _Checker:
    """Walks a syntax tree, refusing every node kind that is not explicitly allowed."""

    def __init__(self, source: str, shift: int, span: Span) -> None:
        self.source, self.shift, self.span = source, shift, span
        self.names: dict[str, int] = {}
        self.count = 0

    def column(self, node: ast.AST) -> int:
        byte_col = getattr(node, "col_offset", 0)
        return len(self.source.encode("utf-8")[:byte_col].decode("utf-8", "replace")) + self.shift

    def fail(self, message: str, node: ast.AST) -> SpecError:
        return SpecError(message, self.span.at(self.column(node)))

    def check(self, node: ast.AST, in_condition: bool) -> None:
        self.count += 1
        if self.count > MAX_NODES:
            raise self.fail(f"expression has more than {MAX_NODES} terms", node)
        handler = _CHECKS.get(type(node))
        if isinstance(node, ast.Attribute | ast.Subscript):
            self.check(node.value, in_condition)  # '__import__(...).system': report the dunder first
        if handler is None or (type(node) in (ast.Compare, ast.BoolOp) and not in_condition):
            template = _REFUSED.get(type(node), f"'{type(node).__name__}' syntax is not allowed in expressions")
            raise self.fail(template.format(attr=getattr(node, "attr", "")), node)
        if in_condition and not _is_condition(node):  # sympy would take any nonzero value as true
            raise self.fail("a condition must be a comparison, e.g. where(x > 0, a, b) or where(flag == 1, a, b)", node)
        handler(self, node, in_condition)

    def constant(self, node: ast.Constant, _: bool) -> None:
        value = node.value
        if isinstance(value, bool) or value is None:
            raise self.fail(f"'{value}' is not allowed; flags are the numbers 0 and 1", node)
        if isinstance(value, str | bytes):
            raise self.fail("strings are not allowed in expressions", node)
        if isinstance(value, complex):
            raise self.fail("complex numbers are not allowed in expressions", node)
        if not isinstance(value, int | float):
            raise self.fail(f"constant {value!r} is not allowed in expressions", node)

    def name(self, node: ast.Name, _: bool) -> None:
        if node.id.startswith("_"):
            raise self.fail(f"names starting with '_' are not allowed ('{node.id}')", node)
        if node.id in FUNCTIONS:
            raise self.fail(f"'{node.id}' is a function; call it as {node.id}(...)", node)
        self.names.setdefault(node.id, self.column(node))

    def binop(self, node: ast.BinOp, cond: bool) -> None:
        if type(node.op) not in _BINARY and not isinstance(node.op, ast.Pow):
            hint = _OPERATOR_HINTS.get(type(node.op), f"operator '{type(node.op).__name__}' is not allowed")
            raise self.fail(hint, node)
        self.check(node.left, cond)
        self.check(node.right, cond)

    def unaryop(self, node: ast.UnaryOp, cond: bool) -> None:
        if isinstance(node.op, ast.Not) and not cond:
            raise self.fail("'not' is only allowed in the condition of where(cond, a, b)", node)
        if isinstance(node.op, ast.Invert):
            raise self.fail("'~' is not allowed in expressions", node)
        self.check(node.operand, cond)

    def call(self, node: ast.Call, cond: bool) -> None:
        if not isinstance(node.func, ast.Name):
            self.check(node.func, cond)  # reports what is wrong inside first (a dunder, an attribute)
            raise self.fail("only the functions " + ", ".join(FUNCTIONS) + " can be called", node)
        name = node.func.id
        if name.startswith("_"):
            raise self.fail(f"names starting with '_' are not allowed ('{name}')", node)
        if name not in FUNCTIONS:
            raise self.fail(
                f"unknown function '{name}'{did_you_mean(name, FUNCTIONS)}; allowed: " + ", ".join(FUNCTIONS),
                node,
            )
        if node.keywords:
            raise self.fail(f"{name}() takes no keyword arguments", node)
        for i, arg in enumerate(node.args):
            self.check(arg, cond or (name == "where" and i == 0))
        low, high, _ = FUNCTIONS[name]
        if not low <= len(node.args) <= high:
            want = str(low) if low == high else f"{low} to {high}"
            raise self.fail(f"{name}() takes {want} arguments, got {len(node.args)}", node)

    def compare(self, node: ast.Compare, cond: bool) -> None:
        for op in node.ops:
            if type(op) not in _COMPARE:
                raise self.fail(f"comparison '{type(op).__name__}' is not allowed", node)
        for child in (node.left, *node.comparators):
            self.check(child, False)

    def boolop(self, node: ast.BoolOp, cond: bool) -> None:
        for child in node.values:
            self.check(child, True)


def _is_condition(node: ast.AST) -> bool:
    return isinstance(node, ast.Compare | ast.BoolOp) or (
        isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not)
    )


_CHECKS: dict[type, Callable[[_Checker, Any, bool], None]] = {
    ast.Constant: _Checker.constant,
    ast.Name: _Checker.name,
    ast.BinOp: _Checker.binop,
    ast.UnaryOp: _Checker.unaryop,
    ast.Call: _Checker.call,
    ast.Compare: _Checker.compare,
    ast.BoolOp: _Checker.boolop,
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
        return _Checker(self.parsed.text, self.parsed.shift, self.parsed.span).fail(message, node)

    def build(self, node: ast.AST) -> Any:
        try:
            result = _BUILDERS[type(node)](self, node)
        except _SYMPY_REFUSALS as exc:  # e.g. comparing a non-real number: sympy raises TypeError
            raise self.fail(f"cannot be evaluated: {exc}", node) from None
        if tree_size(result) > MAX_TREE:  # before a parent hands it to sympy
            raise self.fail(_TOO_LARGE, node)
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
            raise self.fail(_TOO_LARGE, node)
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
            return FUNCTIONS[node.func.id][2](*args)
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


_TOO_LARGE = f"expression is too large with the quantities it uses written out (more than {MAX_TREE:,} terms)"


@lru_cache(maxsize=1 << 16)
def tree_size(expr: Any) -> int:
    """Nodes of `expr` as a tree (shared parts counted each time): what sympy's own walks cost."""
    return 1 + sum(tree_size(arg) for arg in expr.args)


def check_size(expr: Any, where: Location) -> Any:
    """`expr`, unless it is larger than MAX_TREE or its degree exceeds MAX_DEGREE (nested `repeat`s multiply)."""
    if tree_size(expr) > MAX_TREE:
        raise SpecError(_TOO_LARGE, where)
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


def show_number(value: Any) -> str:
    """A number for a message: exact when short, else its order of magnitude ('about 10**3999')."""
    if value.is_Rational and max(abs(value.p).bit_length(), value.q.bit_length()) > 100:
        exponent = math.floor(math.log10(abs(value.p)) - math.log10(value.q))  # exact for huge ints
        return f"{'-' if value < 0 else ''}about 10**{exponent}"
    return str(value)


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


def parse_number(text: str, span: Span) -> sympy.Rational:
    """A constant expression such as '7e9', '2**30' or '1/3' as an exact rational (no names)."""
    parsed = parse_expression(text, span)
    for name in sorted(parsed.names):
        if name.lower() in NOT_FINITE:  # 'nan', 'inf' (as Python or JSON would print them)
            raise SpecError(f"'{name}' is not a finite number", parsed.locate(name))
        raise SpecError(f"'{text}' must be a number, not an expression using '{name}'", span.at(0))
    value = build_expression(parsed, {})
    if not value.is_Rational:
        raise SpecError(f"'{text}' is not a rational number", span.at(0))
    return value
