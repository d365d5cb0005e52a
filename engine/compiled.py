"""Compile a model's plan once into one straight-line Python function, evaluated without sympy.

The plan (`Model.plan`) lists every quantity once, in dependency order, as a sympy expression over
symbols and earlier quantities. `CompiledModel` turns it into the source of a single function whose
only names are generated locals (`v0`, `v1`, ...) and a fixed table of helpers, checks every token
of that source against a whitelist, and compiles it with no builtins available. No text from a spec
reaches the generated source: names become numbered locals, numbers are written by this module.

Three backends share the printer:

* `exact`: ints and `fractions.Fraction` in, exact results out (no float ever);
* `float`: Python floats, for searching fast before an exact check;
* `numpy`: arrays in, arrays out, for sweeps over millions of configurations.
"""

from __future__ import annotations

import io
import keyword
import math
import operator
import tokenize
from collections.abc import Callable, Mapping
from fractions import Fraction
from functools import reduce
from typing import Any

import sympy

Values = Mapping[str, Any]

_RELATIONS = {
    "StrictLessThan": "<",
    "LessThan": "<=",
    "StrictGreaterThan": ">",
    "GreaterThan": ">=",
    "Equality": "==",
    "Unequality": "!=",
}
_FUNCTIONS = {"ceiling": "_ceil", "floor": "_floor", "Max": "_max", "Min": "_min", "Abs": "_abs"}
_ALLOWED_OPS = {"(", ")", ",", "+", "-", "*", "/", "**", "%", "<", "<=", ">", ">=", "==", "!=", "=", ":", "[", "]"}
_KEYWORDS = {"def", "return", "if", "else", "and", "or", "not"}


def _scalar_helpers(exact: bool) -> dict[str, Any]:
    def where(*pairs: Any) -> Any:  # reached only when no branch of a conditional applies
        raise ValueError("no branch of a conditional applies")

    return {
        "_ceil": math.ceil,
        "_floor": math.floor,
        "_min": min,
        "_max": max,
        "_abs": abs,
        "_F": Fraction if exact else (lambda p, q: p / q),
        "_where": where,
        "_and": lambda a, b: a and b,
        "_or": lambda a, b: a or b,
        "_not": lambda a: not a,
    }


def _numpy_helpers() -> dict[str, Any]:
    import numpy as np

    def where(*pairs: Any) -> Any:
        conditions, choices = pairs[0::2], pairs[1::2]
        return np.select([np.asarray(c, dtype=bool) for c in conditions], list(choices), default=np.nan)

    return {
        "_ceil": np.ceil,
        "_floor": np.floor,
        "_min": lambda *xs: reduce(np.minimum, xs),
        "_max": lambda *xs: reduce(np.maximum, xs),
        "_abs": np.abs,
        "_F": lambda p, q: p / q,
        "_where": where,
        "_and": np.logical_and,
        "_or": np.logical_or,
        "_not": np.logical_not,
    }


class _Printer:
    """Prints a sympy expression as Python over numbered locals; table-driven by node type."""

    def __init__(self, names: Mapping[str, str], backend: str) -> None:
        self.names, self.backend = names, backend

    def __call__(self, expr: Any) -> str:
        if expr.is_Number:
            return self.number(expr)
        if expr.is_Symbol:
            return self.names[expr.name]
        kind = type(expr).__name__
        if kind in _RELATIONS:
            return f"({self(expr.lhs)} {_RELATIONS[kind]} {self(expr.rhs)})"
        if kind in _FUNCTIONS:
            return f"{_FUNCTIONS[kind]}({', '.join(self(a) for a in expr.args)})"
        method = getattr(self, "print_" + kind, None)
        if method is None:
            raise ValueError(f"cannot compile {kind}")
        return str(method(expr))

    def number(self, expr: Any) -> str:
        if expr.has(sympy.zoo, sympy.nan, sympy.oo, -sympy.oo):
            raise ValueError(f"cannot compile {expr}")
        if expr.is_Integer:
            return f"({int(expr)})" if self.backend == "exact" else f"({int(expr)}.0)"
        return f"_F({int(expr.p)}, {int(expr.q)})"

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
            one = "_F(1, 1)" if self.backend == "exact" else "1.0"
            return f"({one} / {self(expr.base)} ** {-power})"
        return f"({self(expr.base)} ** {power})"

    def print_Mod(self, expr: Any) -> str:
        return f"({self(expr.args[0])} % {self(expr.args[1])})"

    def print_Piecewise(self, expr: Any) -> str:
        if self.backend == "numpy":
            pairs = [item for value, cond in expr.args for item in (self(cond), self(value))]
            return f"_where({', '.join(pairs)})"
        *branches, (last, cond) = expr.args
        text = self(last) if cond is sympy.true else f"({self(last)} if {self(cond)} else _where())"
        for value, condition in reversed(branches):
            text = f"({self(value)} if {self(condition)} else {text})"
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


def _audit(source: str, helpers: Mapping[str, Any]) -> None:
    """Every token of generated source must be a generated local, a helper, a number or an operator."""
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        kind, text = token.type, token.string
        if kind in (tokenize.NEWLINE, tokenize.NL, tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER):
            continue
        if kind == tokenize.NUMBER or (kind == tokenize.OP and text in _ALLOWED_OPS):
            continue
        if kind == tokenize.NAME and (
            text in helpers or text in _KEYWORDS or text == "plan" or (text[0] == "v" and text[1:].isdigit())
        ):
            continue
        raise ValueError(f"generated code holds an unexpected token {text!r}")
    assert not any(keyword.iskeyword(name) for name in helpers)


class CompiledModel:
    """A model's plan as one compiled function: `run` computes every quantity in one pass."""

    def __init__(self, model: Any, backend: str = "exact") -> None:
        self.model, self.backend = model, backend
        self.symbols = list(model.symbols)
        slots = [slot for slot, _ in model.plan]
        names = {name: f"v{i}" for i, name in enumerate([*self.symbols, *slots])}
        printer = _Printer(names, backend)
        lines = ["def plan(" + ", ".join(names[s] for s in self.symbols) + "):"]
        lines += [f"    {names[slot]} = {printer(expr)}" for slot, expr in model.plan]
        lines.append("    return [" + ", ".join(names[s] for s in slots) + "]")
        source = "\n".join(lines) + "\n"
        helpers = _numpy_helpers() if backend == "numpy" else _scalar_helpers(backend == "exact")
        _audit(source, helpers)
        namespace: dict[str, Any] = {"__builtins__": {}, **helpers}
        exec(compile(source, "<engine plan>", "exec"), namespace)  # noqa: S102  (audited generated code, see _audit)
        self.function: Callable[..., list[Any]] = namespace["plan"]
        self.slots = slots
        self.repeats: dict[str, list[str]] = {}  # part key -> the repeat slots of the groups around it
        self._ancestors(model.total.node, [])

    def _ancestors(self, node: Any, repeats: list[str]) -> None:
        inner = [*repeats, "@r:" + node.key] if node.repeat is not None and node.key else repeats
        for part in node.parts:
            self.repeats[part.key] = inner
            self._ancestors(part, inner)

    def run(self, values: Values) -> dict[str, Any]:
        """Every slot of the plan, given a number for every symbol (PlanError when a step cannot be computed)."""
        try:
            results = self.function(*(values[s] for s in self.symbols))
        except (ZeroDivisionError, ValueError, OverflowError, TypeError) as exc:
            raise PlanError(str(exc)) from None
        return dict(zip(self.slots, results, strict=True))

    def contribution(self, env: Mapping[str, Any], key: str, slot: str) -> Any:
        """What the part `key` adds to the total: its value times the repeats of the groups around it."""
        return reduce(operator.mul, (env[r] for r in self.repeats.get(key, ())), env[slot])


class PlanError(Exception):
    """A step of a compiled plan could not be computed (division by zero, no applicable branch...);
    callers fall back to the symbolic evaluation, which says where."""


_COMPILED: dict[tuple[int, str], tuple[Any, CompiledModel]] = {}


def compiled(model: Any, backend: str = "exact") -> CompiledModel:
    """The compiled plan of `model` for `backend`, built once per model."""
    hit = _COMPILED.get((id(model), backend))
    if hit is None or hit[0] is not model:
        hit = _COMPILED[(id(model), backend)] = (model, CompiledModel(model, backend))
    return hit[1]


def exact_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """sympy Rationals -> ints and Fractions, for the exact backend."""
    return {k: (int(v) if v.is_Integer else Fraction(int(v.p), int(v.q))) for k, v in values.items()}


def to_sympy(value: Any) -> Any:
    """An exact backend result back to a sympy Rational."""
    if isinstance(value, bool):
        return sympy.Integer(int(value))
    if isinstance(value, int):
        return sympy.Integer(value)
    return sympy.Rational(value.numerator, value.denominator)


class _One:
    """One expression compiled on its own (a default or an option's value), for the exact backend."""

    def __init__(self, expr: Any) -> None:
        self.inputs = sorted(s.name for s in expr.free_symbols)
        names = {name: f"v{i}" for i, name in enumerate(self.inputs)}
        source = f"def plan({', '.join(names.values())}):\n    return {_Printer(names, 'exact')(expr)}\n"
        helpers = _scalar_helpers(exact=True)
        _audit(source, helpers)
        namespace: dict[str, Any] = {"__builtins__": {}, **helpers}
        exec(compile(source, "<engine expression>", "exec"), namespace)  # noqa: S102  (audited generated code)
        self.function: Callable[..., Any] = namespace["plan"]


_ONE: dict[int, tuple[Any, _One]] = {}


def evaluate_exact(expr: Any, values: Mapping[str, Any]) -> Any:
    """`expr` at `values` (sympy numbers) as a sympy number, without building sympy expressions."""
    if expr.is_Number:
        return expr
    hit = _ONE.get(id(expr))
    if hit is None or hit[0] is not expr:
        hit = _ONE[id(expr)] = (expr, _One(expr))
    one = hit[1]
    args = exact_values({name: values[name] for name in one.inputs})
    try:
        return to_sympy(one.function(*(args[name] for name in one.inputs)))
    except (ZeroDivisionError, ValueError, OverflowError, TypeError) as exc:
        raise PlanError(str(exc)) from None
