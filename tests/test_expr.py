"""The expression language: exact arithmetic, the function table, and a located refusal for everything else."""

from __future__ import annotations

from fractions import Fraction

import pytest
import sympy

from engine.build.bounds import expand, expanded_terms, tree_size
from engine.build.expr import build_expression, substitute
from engine.errors import Location, SpecError
from engine.limits import MAX_EXPANDED, MAX_TREE
from engine.spec.constants import parse_number
from engine.spec.document import Span
from engine.spec.expressions import FUNCTIONS, parse_expression
from engine.spec.numbers import show_number

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
        # sympy takes any nonzero value as true: where(x, a, b) would always be a
        ("where(x, 1, 2)", "a condition must be a comparison, e.g. where(x > 0, a, b) or where(flag == 1, a, b)", 6),
        (
            "where(x > 1 and y, 1, 2)",
            "a condition must be a comparison, e.g. where(x > 0, a, b) or where(flag == 1, a, b)",
            16,
        ),
        (
            "where(not 1, 1, 2)",
            "a condition must be a comparison, e.g. where(x > 0, a, b) or where(flag == 1, a, b)",
            10,
        ),
        # (-1)**(1/2) is I: comparing it raised TypeError inside sympy (an internal error)
        ("where((-1)**(1/2) > 0, 1, 2)", "a fractional power needs a base that cannot be negative", 6),
        ("(x - y)**0.5", "a fractional power needs a base that cannot be negative", 0),
        ("9" * 301 + " * x", "number has more than 300 digits", 0),
        ("x * 1." + "0" * 400, "number has more than 300 digits", 4),
        ("1e-99999999 * x", "'1e-99999999' has an exponent beyond +-300", 0),  # Fraction() would build it
        ("0x" + "f" * 3000, "number has more than 300 digits", 0),  # hex is not limited by int() either
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


def test_fractional_powers_of_nonnegative_bases_still_work() -> None:
    assert build("x**0.5").subs(x, 16) == 4


@pytest.mark.parametrize(
    "text",
    ["where(1/(x - 1) > 2, 1, 2)", "min(1/(x - 1), 2)", "x % (x - 1)", "where(ceil(x / (x - 1)) > 0, 1, 2)"],
)
def test_substitution_that_sympy_cannot_evaluate_is_nan_not_an_exception(text: str) -> None:
    # each raised TypeError, ValueError or ZeroDivisionError from inside sympy at x = 1
    assert substitute(build(text), {x: sympy.Integer(1)}) is sympy.nan


def test_numbers_in_messages_are_brief() -> None:
    assert show_number(12345) == "12345"
    assert show_number(10**4000) == "about 10**4000"
    assert show_number(Fraction(-(10**50), 3)) == "-about 10**49"


def test_parse_number_names_non_finite_words() -> None:
    for word in ("nan", "inf", "Infinity", "NaN"):
        with pytest.raises(SpecError, match=f"'{word}' is not a finite number"):
            parse_number(word, WHERE)


def test_expansion_is_refused_before_it_starts() -> None:
    a, b, c = sympy.symbols("a b c")
    assert expanded_terms((a + b) * (a + c) + 1) == 5  # an upper bound: expand gives 4 terms + 1
    assert expanded_terms((a + b + c + 1) ** 20) == MAX_EXPANDED + 1  # 4**20 products, capped
    with pytest.raises(SpecError, match="phase 'p' expands to more than 10,000 terms"):
        expand((a + b + c + 1) ** 20, WHERE.value, "phase 'p'")
    assert expand((a + b) ** 2, None) == a**2 + 2 * a * b + b**2


def test_shared_subexpressions_are_bounded_as_trees() -> None:
    """q = floor(q / 3) + ceil(q / 5), level after level: each level doubles the tree that sympy walks."""
    q = x + y
    with pytest.raises(SpecError, match="expression is too large with the quantities it uses written out"):
        for _ in range(40):
            q = build("floor(q / 3) + ceil(q / 5)", q=q)
    assert tree_size(q) <= MAX_TREE
