"""The expression language: exact arithmetic, the function table, and a located refusal for everything else."""

from __future__ import annotations

import pytest
import sympy

from engine.document import Span
from engine.errors import Location, SpecError
from engine.expr import FUNCTIONS, build_expression, parse_expression, parse_number

WHERE = Span(Location("t.yaml", 3, 5), Location("t.yaml", 3, 1), text_col=5)
x, y = sympy.symbols("x y", positive=True, integer=True)


def build(text: str, **env: object) -> object:
    parsed = parse_expression(text, WHERE)
    return build_expression(parsed, {"x": x, "y": y, **env})


def error_of(text: str) -> SpecError:
    with pytest.raises(SpecError) as info:
        build(text)
    return info.value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0.1 + 0.2", sympy.Rational(3, 10)),  # exact, not 0.30000000000000004
        ("1/3", sympy.Rational(1, 3)),
        ("7e9", sympy.Integer(7_000_000_000)),
        ("1_000_000", sympy.Integer(1_000_000)),
        ("2**30", sympy.Integer(1073741824)),
        ("7 // 2", sympy.Integer(3)),
        ("7 % 4", sympy.Integer(3)),
        ("ceil(7/2)", sympy.Integer(4)),
        ("floor(7/2)", sympy.Integer(3)),
        ("max(2, 5, 3)", sympy.Integer(5)),
        ("min(2, 5)", sympy.Integer(2)),
        ("abs(-4)", sympy.Integer(4)),
        ("where(2 > 1, 10, 20)", sympy.Integer(10)),
        ("where(2 > 1 and 1 > 2, 10, 20)", sympy.Integer(20)),
        ("where(not 1 == 1, 10, 20)", sympy.Integer(20)),
        ("-(3)", sympy.Integer(-3)),
    ],
)
def test_constant_arithmetic_is_exact(text: str, expected: object) -> None:
    assert build(text) == expected


def test_symbolic_expressions_keep_their_structure() -> None:
    assert build("x * y + x**2") == x * y + x**2
    assert build("where(x > 1, x, 1)").subs(x, 5) == 5
    assert build("ceil(x / 16) * 16").subs(x, 17) == 32


def test_names_are_collected_with_their_columns() -> None:
    parsed = parse_expression("  x * hidden + x", WHERE)
    assert parsed.names == {"x", "hidden"}
    assert parsed.locate("hidden") == Location("t.yaml", 3, 5 + 6)


@pytest.mark.parametrize(
    ("text", "message", "column"),
    [
        ("x ^ 2", "'^' is not a power here; use '**' (e.g. hidden_size**2)", 0),
        ("x.real", "attribute access ('.real') is not allowed in expressions", 0),
        ("x[0]", "subscripts ('x[...]') are not allowed in expressions", 0),
        ("open('f')", "unknown function 'open'; allowed: " + ", ".join(FUNCTIONS), 0),
        ("sqrt(x)", "unknown function 'sqrt'; allowed: " + ", ".join(FUNCTIONS), 0),
        ("cel(x)", "unknown function 'cel' (did you mean 'ceil'?); allowed: " + ", ".join(FUNCTIONS), 0),
        ("lambda: 1", "lambda is not allowed in expressions", 0),
        ("[i for i in x]", "comprehensions are not allowed in expressions", 0),
        ("f'{x}'", "f-strings are not allowed in expressions", 0),
        ("(y := 2)", "assignment expressions (':=') are not allowed in expressions", 1),
        ("max(*x)", "starred arguments ('*x') are not allowed in expressions", 4),
        ("'text'", "strings are not allowed in expressions", 0),
        ("x if y else 1", "'a if c else b' is not allowed; write where(c, a, b)", 0),
        ("x > 1", "comparisons are only allowed in the condition of where(cond, a, b)", 0),
        ("x and y", "'and'/'or' are only allowed in the condition of where(cond, a, b)", 0),
        ("True", "'True' is not allowed; flags are the numbers 0 and 1", 0),
        ("x, y", "tuples are not allowed in expressions (a stray comma?)", 0),
        ("ceil(x, y)", "ceil() takes 1 arguments, got 2", 0),
        ("max(x, key=y)", "max() takes no keyword arguments", 0),
        ("_x + 1", "names starting with '_' are not allowed ('_x')", 0),
        ("x << 2", "operator 'LShift' is not allowed", 0),
        ("x ** y", "exponents must be constants between -64 and 64", 0),
        ("x ** 100", "exponents must be constants between -64 and 64", 0),
        ("1 / 0", "division by zero", 0),
        ("x +", "invalid expression: invalid syntax (the expression ends too early)", 3),
        ("", "empty expression", 0),
    ],
)
def test_refusals_are_specific_and_located(text: str, message: str, column: int) -> None:
    error = error_of(text)
    assert error.message == message
    assert error.location == Location("t.yaml", 3, 5 + column)


def test_huge_numbers_are_refused_before_they_are_computed() -> None:
    assert error_of("10**64**64").message == "exponents must be constants between -64 and 64"  # 10**(64**64)
    assert error_of("((2**64)**64)**2").message == "number too large (about 2**8194)"
    assert "grows too fast" in error_of("((x**64)**64)**2").message


def test_over_long_expressions_are_refused() -> None:
    assert "limit is 10,000" in error_of("x + " * 2600 + "x").message
    balanced = "x"
    for _ in range(11):  # 2048 leaves, 4095 nodes, only 11 levels deep
        balanced = f"({balanced}+{balanced})"
    assert "more than 2000 terms" in error_of(balanced).message
    assert error_of("+".join(["x"] * 1500)).message == "expression is nested too deeply"


def test_parse_number_accepts_constants_only() -> None:
    assert parse_number("80.0e+9", WHERE) == 80_000_000_000
    assert parse_number("2**30 * 3/4", WHERE) == sympy.Integer(805306368)
    with pytest.raises(SpecError, match="must be a number, not an expression using 'x'"):
        parse_number("x + 1", WHERE)
