"""JavaScript backends of the code generator (engine.build.codegen), for the web calculator (engine.web).

* `JsPrinter` prints exact programs: every number a rational of BigInts (engine/web/assets/rational.js),
  every operation a helper call (`_add`, `_mul`, `_lt`, ...), since JavaScript has no operator
  overloading; the helpers keep Python's int/Fraction distinction so that results print alike.
* `JsFloatPrinter` prints float programs over JS numbers, for the search, as the Python float backend.

Both override only what differs from the Python printers: the function's syntax, conditionals
(`c ? a : b`), strict comparisons, floored `%` (Python's) and a division by zero that fails as Python's
does. Every program is audited by engine.plan.js.audit_js when it is printed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from engine.build.codegen import ExactPrinter, FloatPrinter
from engine.plan.js import JS_HELPERS, audit_js

_EXACT_RELATIONS = {"<": "_lt", "<=": "_le", ">": "_gt", ">=": "_ge", "==": "_eq", "!=": "_ne"}
_STRICT = {"==": "===", "!=": "!=="}


class _JsSyntax(ExactPrinter):
    """What both JavaScript backends print alike."""

    BACKEND = ""

    def conditional(self, condition: str, value: str, otherwise: str) -> str:
        return f"({condition} ? {value} : {otherwise})"

    def reciprocal(self, text: str) -> str:
        return f"_inv({text})"  # fails on zero, as Python's ZeroDivisionError

    def function(self, inputs: Sequence[str], steps: Sequence[tuple[str, str]], outputs: Sequence[str]) -> str:
        declared = set(inputs)
        lines = ["function plan(" + ", ".join(inputs) + ") {"]
        for name, text in steps:
            lines.append(f"  {'' if name in declared else 'let '}{name} = {text};")
            declared.add(name)
        lines += ["  return [" + ", ".join(outputs) + "];", "}"]
        return "\n".join(lines) + "\n"

    def audit(self, source: str) -> None:
        audit_js(source, JS_HELPERS[self.BACKEND])

    def print_Mod(self, expr: Any) -> str:
        return f"_mod({self(expr.args[0])}, {self(expr.args[1])})"  # floored, as Python's %

    def print_BooleanTrue(self, expr: Any) -> str:
        return "true"

    def print_BooleanFalse(self, expr: Any) -> str:
        return "false"


class JsPrinter(_JsSyntax):
    """Exact JavaScript: integers `_Z(7n)`, rationals `_Q(1n, 3n)`, operations by helper."""

    BACKEND = "js"

    def integer(self, value: int) -> str:
        return f"_Z({value}n)"

    def number(self, expr: Any) -> str:
        text = super().number(expr)  # refuses infinities, writes integers
        if expr.is_Integer:
            return text
        return f"_Q({int(expr.p)}n, {int(expr.q)}n)"

    def relation(self, op: str, lhs: str, rhs: str) -> str:
        return f"{_EXACT_RELATIONS[op]}({lhs}, {rhs})"

    def print_Add(self, expr: Any) -> str:
        return "_add(" + ", ".join(self(a) for a in expr.args) + ")"

    def print_Mul(self, expr: Any) -> str:
        return "_mul(" + ", ".join(self(a) for a in expr.args) + ")"

    def print_Pow(self, expr: Any) -> str:
        exponent = expr.exp
        if not exponent.is_Integer:
            return f"_powq({self(expr.base)}, {self.number(exponent)})"  # not exact: the run fails, as in Python
        power = int(exponent)
        if power < 0:
            return self.reciprocal(f"_pow({self(expr.base)}, {-power})")
        return f"_pow({self(expr.base)}, {power})"


class JsFloatPrinter(_JsSyntax, FloatPrinter):
    """JavaScript numbers, for the search (answers are settled exactly)."""

    BACKEND = "js-float"

    def relation(self, op: str, lhs: str, rhs: str) -> str:
        return f"({lhs} {_STRICT.get(op, op)} {rhs})"


JS_PRINTERS: dict[str, type[ExactPrinter]] = {"js": JsPrinter, "js-float": JsFloatPrinter}
