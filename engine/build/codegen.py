"""Print sympy expressions as programs (engine.plan.program): straight-line functions over numbered locals.

One printer, parametrised by backend: `exact` writes integers as integers, rationals as `_F(p, q)`
(Fractions at run time) and a product with divisors as one exact quotient `_q(p, q)`; `float` and
`numpy` write floats; `numpy` turns conditionals into `_where` over arrays. No text from a spec
reaches the source: names become `v0`, `v1`, ..., numbers are written here, and engine.plan.runtime
audits every token before compiling.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import reduce
from typing import Any

import sympy

from engine.build.expr import from_sympy
from engine.plan.program import Program
from engine.plan.runtime import BACKENDS, audit, scalar_helpers

_RELATIONS = {
    "StrictLessThan": "<",
    "LessThan": "<=",
    "StrictGreaterThan": ">",
    "GreaterThan": ">=",
    "Equality": "==",
    "Unequality": "!=",
}
_FUNCTIONS = {"ceiling": "_ceil", "floor": "_floor", "Max": "_max", "Min": "_min", "Abs": "_abs"}


class ExactPrinter:
    """Prints a sympy expression as Python over numbered locals, exactly (ints and Fractions); dispatches
    on the node type. The other backends subclass it and override only what differs."""

    ONE = "_F(1, 1)"

    def __init__(self, names: Mapping[str, str]) -> None:
        self.names = names

    def __call__(self, expr: Any) -> str:
        if expr.is_Number:
            return self.number(expr)
        if expr.is_Symbol:
            return self.names[expr.name]
        kind = type(expr).__name__
        if kind in _RELATIONS:
            return self.relation(_RELATIONS[kind], self(expr.lhs), self(expr.rhs))
        if kind in _FUNCTIONS:
            return f"{_FUNCTIONS[kind]}({', '.join(self(a) for a in expr.args)})"
        method = getattr(self, "print_" + kind, None)
        if method is None:
            raise ValueError(f"cannot compile {kind}")
        return str(method(expr))

    # ---- what a backend of another language overrides (engine.build.codegen_js) ----

    def relation(self, op: str, lhs: str, rhs: str) -> str:
        return f"({lhs} {op} {rhs})"

    def conditional(self, condition: str, value: str, otherwise: str) -> str:
        return f"({value} if {condition} else {otherwise})"

    def reciprocal(self, text: str) -> str:
        return f"({self.ONE} / {text})"

    def function(self, inputs: Sequence[str], steps: Sequence[tuple[str, str]], outputs: Sequence[str]) -> str:
        """The text of `plan(inputs)`: one assignment per step, then the outputs as a list."""
        lines = ["def plan(" + ", ".join(inputs) + "):"]
        lines += [f"    {name} = {text}" for name, text in steps]
        lines.append("    return [" + ", ".join(outputs) + "]")
        return "\n".join(lines) + "\n"

    def audit(self, source: str) -> None:
        audit(source, _HELPER_NAMES)

    # ---- nodes ----

    def number(self, expr: Any) -> str:
        if expr.has(sympy.zoo, sympy.nan, sympy.oo, -sympy.oo):
            raise ValueError(f"cannot compile {expr}")
        if expr.is_Integer:
            return self.integer(int(expr))
        return f"_F({int(expr.p)}, {int(expr.q)})"

    def integer(self, value: int) -> str:
        return f"({value})"

    def print_Add(self, expr: Any) -> str:
        return "(" + " + ".join(self(a) for a in expr.args) + ")"

    def print_Mul(self, expr: Any) -> str:
        return "(" + " * ".join(self(a) for a in expr.args) + ")"

    def print_Pow(self, expr: Any) -> str:
        exponent = expr.exp
        if not exponent.is_Integer:
            return f"({self(expr.base)} ** {self.number(exponent)})"
        power = int(exponent)
        if power < 0:
            return self.reciprocal(f"{self(expr.base)} ** {-power}")
        return f"({self(expr.base)} ** {power})"

    def print_Mod(self, expr: Any) -> str:
        return f"({self(expr.args[0])} % {self(expr.args[1])})"

    def print_Piecewise(self, expr: Any) -> str:
        *branches, (last, cond) = expr.args
        text = self(last) if cond is sympy.true else self.conditional(self(cond), self(last), "_where()")
        for value, condition in reversed(branches):
            text = self.conditional(self(condition), self(value), text)
        return text

    def print_And(self, expr: Any) -> str:
        return reduce(lambda a, b: f"_and({a}, {b})", (self(a) for a in expr.args))

    def print_Or(self, expr: Any) -> str:
        return reduce(lambda a, b: f"_or({a}, {b})", (self(a) for a in expr.args))

    def print_Not(self, expr: Any) -> str:
        return f"_not({self(expr.args[0])})"

    def print_ITE(self, expr: Any) -> str:
        c, a, b = (self(x) for x in expr.args)
        return f"_or(_and({c}, {a}), _and(_not({c}), {b}))"

    def print_BooleanTrue(self, expr: Any) -> str:
        return "(1 == 1)"

    def print_BooleanFalse(self, expr: Any) -> str:
        return "(1 == 0)"


class IntegerPrinter(ExactPrinter):
    """Python's exact backend: a product with divisors is one quotient `_q(numerator, denominator)`, an
    int when it divides (engine.plan.runtime), so ints stay ints until a division leaves a remainder:
    `x / y` as `_F(1, 1) / y * x` made every value downstream a Fraction, five times the run time."""

    def print_Mul(self, expr: Any) -> str:
        dividing = [f for f in expr.args if f.is_Piecewise and _divides(f)] if expr.is_Mul else []
        if len(dividing) == 1:  # a * (1/x if c else 1) -> (a/x if c else a): one quotient per branch
            piece, rest = dividing[0], [f for f in expr.args if f is not dividing[0]]
            pairs = [(sympy.Mul(*rest, value), condition) for value, condition in piece.args]
            return self.print_Piecewise(sympy.Piecewise(*pairs, evaluate=False))
        above, below = [], []
        for factor in expr.args if expr.is_Mul else (expr,):
            if factor.is_Rational and not factor.is_Integer:
                above += [self.integer(int(factor.p))] if factor.p != 1 else []
                below.append(self.integer(int(factor.q)))
            elif factor.is_Pow and factor.exp.is_Integer and factor.exp < 0:
                power = -int(factor.exp)
                below.append(self(factor.base) if power == 1 else f"({self(factor.base)} ** {power})")
            else:
                above.append(self(factor))
        numerator = "(" + " * ".join(above or ["1"]) + ")"
        return f"_q({numerator}, {' * '.join(below)})" if below else numerator

    def print_Pow(self, expr: Any) -> str:
        if expr.exp.is_Integer and expr.exp < 0:
            return self.print_Mul(expr)
        return super().print_Pow(expr)


def _divides(piece: Any) -> bool:
    """Whether a branch of the conditional `piece` divides (a negative power or a fraction in it)."""
    return any(
        any(p.exp.is_Integer and p.exp < 0 for p in value.atoms(sympy.Pow))
        or any(not r.is_Integer for r in value.atoms(sympy.Rational))
        for value, _ in piece.args
    )


class FloatPrinter(ExactPrinter):
    """Python floats: integers written as floats, rationals divided at run time."""

    ONE = "1.0"

    def integer(self, value: int) -> str:
        return f"({value}.0)"


class NumpyPrinter(FloatPrinter):
    """numpy arrays: a conditional evaluates every branch and selects per element."""

    def print_Piecewise(self, expr: Any) -> str:
        pairs = [item for value, cond in expr.args for item in (self(cond), self(value))]
        return f"_where({', '.join(pairs)})"


PRINTERS: dict[str, type[ExactPrinter]] = {"exact": IntegerPrinter, "float": FloatPrinter, "numpy": NumpyPrinter}
assert tuple(PRINTERS) == BACKENDS


Printers = Mapping[str, type[ExactPrinter]]


def program(
    steps: Sequence[tuple[str, Any]],
    inputs: Sequence[str],
    outputs: Sequence[str] | None = None,
    printers: Printers = PRINTERS,
) -> Program:
    """A program computing `steps` (name, sympy expression over `inputs` and earlier steps) in order and
    returning `outputs` (default: every step), one source per backend of `printers` (each audited). A
    single step that is a number needs no code."""
    wanted = list(outputs) if outputs is not None else [name for name, _ in steps]
    if len(steps) == 1 and steps[0][1].is_Rational and wanted == [steps[0][0]]:
        return Program.of_constant(steps[0][0], from_sympy(steps[0][1]))
    names = {name: f"v{i}" for i, name in enumerate([*inputs, *(name for name, _ in steps)])}
    sources = {}
    for backend, printer_class in printers.items():
        printer = printer_class(names)
        printed = [(names[name], printer(expr)) for name, expr in steps]
        source = printer.function([names[s] for s in inputs], printed, [names[s] for s in wanted])
        printer.audit(source)
        sources[backend] = source
    return Program(tuple(inputs), tuple(wanted), sources)


def expression(name: str, expr: Any, printers: Printers = PRINTERS) -> Program:
    """One expression over its own free symbols (a default, an option's value, a condition)."""
    inputs = sorted(s.name for s in expr.free_symbols)
    return program([(name, expr)], inputs, printers=printers)


_HELPER_NAMES: Mapping[str, Any] = scalar_helpers(True)
