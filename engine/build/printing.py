"""Print sympy expressions in the spec language (text that parses back) and in LaTeX.

The text printer is the inverse of engine.spec.expressions: it uses exactly the function names of
`FUNCTIONS` (`ceil`, `max`, `where`, ...) so that every printed formula parses back to the
same expression (a round-trip test checks this).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sympy
from sympy.printing.latex import LatexPrinter
from sympy.printing.precedence import PRECEDENCE, precedence
from sympy.printing.str import StrPrinter


class _SpecPrinter(StrPrinter):  # type: ignore[misc]  # sympy ships no type information
    def _call(self, name: str, expr: Any) -> str:
        return f"{name}({', '.join(self._print(a) for a in expr.args)})"

    def _print_ceiling(self, expr: Any) -> str:
        return self._call("ceil", expr)

    def _print_floor(self, expr: Any) -> str:
        return self._call("floor", expr)

    def _print_Abs(self, expr: Any) -> str:
        return self._call("abs", expr)

    def _print_Max(self, expr: Any) -> str:
        return self._call("max", expr)

    def _print_Min(self, expr: Any) -> str:
        return self._call("min", expr)

    def _print_Mod(self, expr: Any) -> str:
        a, b = (self.parenthesize(x, precedence(expr) + 1) for x in expr.args)
        return f"{a} % {b}"

    def _print_Piecewise(self, expr: Any) -> str:
        *branches, (last, cond) = expr.args
        text = self._print(last) if cond is sympy.true else f"where({self._print(cond)}, {self._print(last)}, 0)"
        for value, condition in reversed(branches):
            text = f"where({self._print(condition)}, {self._print(value)}, {text})"
        return text

    def _print_Equality(self, expr: Any) -> str:
        return f"{self._print(expr.lhs)} == {self._print(expr.rhs)}"

    def _print_Unequality(self, expr: Any) -> str:
        return f"{self._print(expr.lhs)} != {self._print(expr.rhs)}"

    def _print_And(self, expr: Any) -> str:
        return " and ".join(f"({self._print(a)})" for a in expr.args)

    def _print_Or(self, expr: Any) -> str:
        return " or ".join(f"({self._print(a)})" for a in expr.args)

    def _print_ITE(self, expr: Any) -> str:
        # sympy folds a comparison of a Piecewise into ITE(c, a, b) = (c and a) or (not c and b)
        c, a, b = (self._print(x) for x in expr.args)
        return f"(({c}) and ({a})) or ((not ({c})) and ({b}))"

    def _print_Not(self, expr: Any) -> str:
        return f"not ({self._print(expr.args[0])})"

    def _print_Pow(self, expr: Any, rational: bool = False) -> str:
        if expr.exp == sympy.S.Half:
            return f"{self.parenthesize(expr.base, precedence(expr))}**(1/2)"
        return str(super()._print_Pow(expr, rational))


_PRINTER = _SpecPrinter({"order": "none"})


def to_text(expr: Any) -> str:
    """`expr` in the spec language: `num_layers*(hidden_size**2 + ...)`."""
    return str(_PRINTER.doprint(expr))


def tex_name(name: str) -> str:
    """A name as upright LaTeX text: `layer_params` -> `\\mathrm{layer\\_params}` (the one place names are escaped)."""
    escaped = "".join(_TEX_ESCAPES.get(c, c) for c in name)
    return r"\mathrm{" + escaped + "}"


_TEX_ESCAPES = {
    "_": r"\_",
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "$": r"\$",
    "%": r"\%",
    "&": r"\&",
    "#": r"\#",
    "^": r"\^{}",
    "~": r"\~{}",
}


def to_latex(expr: Any, names: Mapping[str, str]) -> str:
    """`expr` in LaTeX, each symbol shown by its declared LaTeX name (else its name, escaped)."""
    symbol_names = {s: names.get(s.name, tex_name(s.name)) for s in expr.free_symbols}
    return str(sympy.latex(expr, symbol_names=symbol_names))


class _PaperPrinter(LatexPrinter):  # type: ignore[misc]  # sympy ships no type information
    """LaTeX for a paper: a case reads 'if', and a case that is a value or 0 is an Iverson bracket
    (`B_w [z_w = 1]` instead of a two-line cases block that says 'otherwise 0')."""

    def _print_Piecewise(self, expr: Any) -> str:
        *cases, (last, otherwise) = expr.args
        if len(cases) == 1 and otherwise == sympy.true and last == 0:
            value, condition = cases[0]
            bracket = r"\left[" + str(self._print(condition)) + r"\right]"
            return bracket if value == 1 else str(self.parenthesize(value, PRECEDENCE["Mul"])) + r" \, " + bracket
        rows = [rf"{self._print(v)} & \text{{if }} {self._print(c)}" for v, c in cases]
        rows.append(
            rf"{self._print(last)} & "
            + (r"\text{otherwise}" if otherwise == sympy.true else rf"\text{{if }} {self._print(otherwise)}")
        )
        return str(r"\begin{cases} " + r" \\ ".join(rows) + r" \end{cases}")


def paper_terms(expr: Any, names: Mapping[str, str]) -> list[str]:
    """`expr`'s top-level terms in LaTeX for a paper, each with its sign ('+ a', '- b'), so that a long
    sum can be broken between terms."""
    symbol_names = {s: names.get(s.name, tex_name(s.name)) for s in expr.free_symbols}
    printer = _PaperPrinter({"symbol_names": symbol_names, "long_frac_ratio": 2})  # 1/t (...), not a wide fraction
    terms = sympy.Add.make_args(expr) if isinstance(expr, sympy.Add) else (expr,)
    out = []
    for term in sorted(terms, key=sympy.default_sort_key):
        negative = term.could_extract_minus_sign()
        text = printer.doprint(-term if negative else term)
        out.append(("- " if negative else "+ ") + str(text))
    return out
