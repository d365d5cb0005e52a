"""Run programs: audit their source, compile it once with no builtins, and call it.

No text from a spec reaches a program's source: engine.build.codegen writes names as numbered locals
(`v0`, `v1`, ...) and numbers as literals. `audit` checks every token of the source against that
promise before anything is compiled, so a damaged or planted cache entry cannot run code either.

Three backends:

* `exact`: ints and `fractions.Fraction` in, exact results out (never a float);
* `float`: Python floats, for searching fast before an exact check;
* `numpy`: arrays in, arrays out, for sweeps over millions of configurations.
"""

from __future__ import annotations

import keyword
import math
import re
from collections.abc import Callable, Mapping
from fractions import Fraction
from functools import reduce
from typing import Any

from engine.plan.program import Program

BACKENDS = ("exact", "float", "numpy")
_ALLOWED_OPS = {"(", ")", ",", "+", "-", "*", "/", "**", "%", "<", "<=", ">", ">=", "==", "!=", "=", ":", "[", "]"}
_KEYWORDS = {"def", "return", "if", "else", "and", "or", "not"}
MAX_SOURCE = 4 << 20  # characters of one program (the largest shipped plan is about 60,000)


class PlanError(Exception):
    """A step of a program could not be computed (a division by zero, no applicable branch...);
    callers fall back to the symbolic evaluation, which says where."""


def quotient(numerator: Any, denominator: Any) -> Any:
    """`numerator / denominator` exactly: an int when two ints divide, else a Fraction (a zero
    denominator raises ZeroDivisionError, as Fraction does)."""
    if isinstance(numerator, int) and isinstance(denominator, int):
        whole, left = divmod(numerator, denominator)
        return Fraction(numerator, denominator) if left else whole
    return numerator / denominator


def scalar_helpers(exact: bool) -> dict[str, Any]:
    def where(*pairs: Any) -> Any:  # reached only when no branch of a conditional applies
        raise ValueError("no branch of a conditional applies")

    return {
        "_ceil": math.ceil,
        "_floor": math.floor,
        "_min": min,
        "_max": max,
        "_abs": abs,
        "_F": Fraction if exact else (lambda p, q: p / q),
        "_q": quotient if exact else (lambda p, q: p / q),
        "_where": where,
        "_and": lambda a, b: a and b,
        "_or": lambda a, b: a or b,
        "_not": lambda a: not a,
    }


def numpy_helpers() -> dict[str, Any]:
    import numpy as np

    def where(*pairs: Any) -> Any:
        """np.select's answer (the first condition that holds, NaN where none does), built from the last
        pair back: a condition that is one number picks its branch without touching the arrays, and two
        branches are one np.where (np.select filled a whole array for its default at every call)."""
        out: Any = np.float64(np.nan)
        for i in range(len(pairs) - 2, -1, -2):
            condition, choice = pairs[i], pairs[i + 1]
            if np.ndim(condition) == 0:
                out = (np.float64(choice) if isinstance(choice, int | float) else choice) if condition else out
            else:
                out = np.where(np.asarray(condition, dtype=bool), choice, out)
        return out

    return {
        "_ceil": np.ceil,
        "_floor": np.floor,
        "_min": lambda *xs: reduce(np.minimum, xs),
        "_max": lambda *xs: reduce(np.maximum, xs),
        "_abs": np.abs,
        "_F": lambda p, q: p / q,
        "_q": lambda p, q: p / q,
        "_where": where,
        "_and": np.logical_and,
        "_or": np.logical_or,
        "_not": np.logical_not,
    }


_HELPERS: dict[str, Callable[[], dict[str, Any]]] = {
    "exact": lambda: scalar_helpers(True),
    "float": lambda: scalar_helpers(False),
    "numpy": numpy_helpers,
}


_TOKEN = re.compile(
    r"(?P<space>[ \t\n]+)"
    r"|(?P<number>(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)(?:[eE][+-]?[0-9]+)?)"
    r"|(?P<name>[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<op>\*\*|<=|>=|==|!=|[()+\-*/%<>=,:\[\]])"
)


def audit(source: str, helpers: Mapping[str, Any]) -> None:
    """Every token of generated source must be a generated local, a helper, a number or an operator.
    One regular expression scans the whole text (ASCII only: no quote, dot of an attribute, comment or
    other character can appear between tokens), which is a tenth of Python's tokenizer's time on the
    cached path, where every plan a command uses is audited before it is compiled."""
    if len(source) > MAX_SOURCE:
        raise ValueError("generated code is too long")
    assert not any(keyword.iskeyword(name) for name in helpers)
    at, end, match = 0, len(source), _TOKEN.match
    while at < end:
        found = match(source, at)
        if found is None:
            raise ValueError(f"generated code holds an unexpected token {source[at : at + 20]!r}")
        text = found.group()
        if found.lastgroup == "name" and not (
            text in helpers or text in _KEYWORDS or text == "plan" or (text[0] == "v" and text[1:].isdigit())
        ):
            raise ValueError(f"generated code holds an unexpected token {text!r}")
        at = found.end()


_WORD = re.compile(r"(?<![\w.])[A-Za-z_]\w*")  # names, not the exponent of a number such as 1e5
_CHARACTERS = re.compile(r"[\w\s()+\-*/%<>=!,:.\[\]]*")
_ATTRIBUTE = re.compile(r"\.\s*[A-Za-z_]")  # a dot in a number is followed by a digit
_NAMES = {*scalar_helpers(True), *_KEYWORDS, "plan"}  # the numpy helpers have the same names


def screen(source: str) -> bool:
    """A fast first look with `audit`'s promise, for programs read from the disk cache: only generated
    locals, helpers and keywords as names, no quotes, attributes of names or other characters. An entry
    that fails it is not a plan of ours (a miss); `audit` still checks every token before compiling."""
    return (
        len(source) <= MAX_SOURCE
        and _CHARACTERS.fullmatch(source) is not None
        and _ATTRIBUTE.search(source) is None
        and all(w in _NAMES or (w[0] == "v" and w[1:].isdigit()) for w in set(_WORD.findall(source)))
    )


_COMPILED: dict[tuple[int, str], tuple[Program, Callable[..., Any]]] = {}


def function(program: Program, backend: str = "exact") -> Callable[..., Any]:
    """The compiled function of `program` for `backend`, audited and built once per program."""
    hit = _COMPILED.get((id(program), backend))
    if hit is not None and hit[0] is program:
        return hit[1]
    built = compiled(program.sources[backend], backend)
    _COMPILED[(id(program), backend)] = (program, built)
    return built


def compiled(source: str, backend: str) -> Callable[..., Any]:
    """The function `plan` of generated `source`, audited, over `backend`'s helpers."""
    helpers = _HELPERS[backend]()
    audit(source, helpers)
    namespace: dict[str, Any] = {"__builtins__": {}, **helpers}
    exec(compile(source, "<engine plan>", "exec"), namespace)  # noqa: S102  (audited generated code, see audit)
    built: Callable[..., Any] = namespace["plan"]
    return built


def run(program: Program, values: Mapping[str, Any], backend: str = "exact") -> dict[str, Any]:
    """Every output of `program` given a value for each input (PlanError when a step cannot be computed)."""
    if program.constant is not None:
        value = program.constant if backend == "exact" else float(program.constant)
        return {program.outputs[0]: value}
    try:
        results = function(program, backend)(*(values[name] for name in program.inputs))
    except (ZeroDivisionError, ValueError, OverflowError, TypeError) as exc:
        raise PlanError(str(exc)) from None
    return dict(zip(program.outputs, results, strict=True))


def run_one(program: Program, values: Mapping[str, Any], backend: str = "exact") -> Any:
    """The single output of `program` (a default, an option's value, a condition)."""
    return run(program, values, backend)[program.outputs[0]]
