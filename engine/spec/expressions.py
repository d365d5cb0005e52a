"""Expression text -> a checked syntax tree, through an `ast` whitelist (never eval, exec, sympify or parse_expr).

`parse_expression` checks the tree against a whitelist and collects the names it uses; building it into
sympy is the next stage (engine.build.expr), and a constant expression ('7e9', '2**30 * 3/4') is
evaluated exactly, without sympy, by engine.spec.constants. The checks dispatch on the node type through
a table, and every refusal is a `SpecError` pointing at the offending column.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from engine.errors import Location, SpecError, did_you_mean
from engine.limits import MAX_DIGITS, MAX_EXPRESSION_NODES, MAX_LENGTH
from engine.spec.document import Span

# name -> (min args, max args). Document any addition in docs/spec-language.md; engine.build.expr and
# the code generators give each its meaning.
FUNCTIONS: dict[str, tuple[int, int]] = {
    "ceil": (1, 1),
    "floor": (1, 1),
    "abs": (1, 1),
    "min": (2, 16),
    "max": (2, 16),
    "where": (3, 3),
}
BINARY_OPERATORS = (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow)
COMPARISONS = (ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.Eq, ast.NotEq)
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

    def fail(self, message: str, node: ast.AST) -> SpecError:
        """A located error about `node` of this tree."""
        return _Checker(self.text, self.shift, self.span).fail(message, node)


def parse_expression(text: str, span: Span, condition: bool = False) -> Parsed:
    """Check `text` against the whitelist; raise a located `SpecError` on anything else. With `condition`,
    the whole text is a condition (a comparison, 'and', 'or', 'not'), as in where()'s first argument."""
    source, shift = _prepare(text, span)
    return _parse_cached(source, shift, span, condition)


@lru_cache(maxsize=4096)
def _parse_cached(source: str, shift: int, span: Span, condition: bool) -> Parsed:
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
        checker.check(tree, in_condition=condition)
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
        if self.count > MAX_EXPRESSION_NODES:
            raise self.fail(f"expression has more than {MAX_EXPRESSION_NODES} terms", node)
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
        if not isinstance(node.op, BINARY_OPERATORS):
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
        low, high = FUNCTIONS[name]
        if not low <= len(node.args) <= high:
            want = str(low) if low == high else f"{low} to {high}"
            raise self.fail(f"{name}() takes {want} arguments, got {len(node.args)}", node)

    def compare(self, node: ast.Compare, cond: bool) -> None:
        for op in node.ops:
            if not isinstance(op, COMPARISONS):
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
