"""Printing a formula and parsing it back gives the same expression, for every quantity of every shipped spec."""

from __future__ import annotations

import random

import pytest
import sympy

from engine.build.expr import build_expression
from engine.build.load import load_model
from engine.build.printing import to_latex, to_text
from engine.errors import Location
from engine.spec.document import Span
from engine.spec.expressions import parse_expression

from conftest import SPECS

WHERE = Span(Location("<printed>"), Location("<printed>"), text_col=1)
SHIPPED = sorted(p for p in SPECS.rglob("*.yaml") if "kind: hardware" not in p.read_text(encoding="utf-8"))


def reparse(text: str, symbols: dict[str, sympy.Symbol]) -> object:
    return build_expression(parse_expression(text, WHERE), symbols)


@pytest.mark.parametrize("path", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_every_formula_round_trips(path) -> None:  # type: ignore[no-untyped-def]
    model = load_model(path)
    rng = random.Random(0)
    for quantity in (model.total, *model.parts, *model.derived, *model.phases):
        text = to_text(quantity.value)
        back = reparse(text, dict(model.symbols))
        if back != quantity.value:  # not structurally identical: must agree exactly at sample points
            for _ in range(3):
                point = {s: sympy.Integer(rng.randint(1, 9)) for s in model.symbols.values()}
                assert back.xreplace(point) == quantity.value.xreplace(point), (quantity.key, text)
        assert to_latex(quantity.value, {}), quantity.key


@pytest.mark.parametrize(
    "text",
    [
        "ceil(x / 16) * 16",
        "max(x, y, 3)",
        "where(x > y, x, y)",
        "where((x > 1) and (y <= 2), x, 0)",
        "x % 7",
        "floor(x / 3)",
    ],
)
def test_function_table_round_trips(text: str) -> None:
    x, y = sympy.symbols("x y", positive=True, integer=True)
    env = {"x": x, "y": y}
    built = reparse(text, env)
    assert reparse(to_text(built), env) == built
