"""The JavaScript backends of the code generator: the same plans as the Python backends (the same
inputs, outputs and slots), printed over exact rationals or JS numbers, and audited token by token."""

from __future__ import annotations

import pytest
import sympy

from engine.build.codegen import PRINTERS, program
from engine.build.codegen_js import JS_PRINTERS, JsFloatPrinter, JsPrinter
from engine.build.compile import compile_model
from engine.build.load import load_model, load_plan
from engine.plan.js import JS_HELPERS, audit_js

x, y = sympy.symbols("x y", positive=True)


def test_exact_and_float_printing() -> None:
    expr = sympy.Piecewise((sympy.ceiling(x / 3) + sympy.Mod(x, y), x > y), (sympy.Rational(7, 2) * y**2, True))
    names = {"x": "v0", "y": "v1"}
    exact = JsPrinter(names)(expr)
    assert exact == "(_gt(v0, v1) ? _add(_mod(v0, v1), _ceil(_mul(_Q(1n, 3n), v0))) : _mul(_Q(7n, 2n), _pow(v1, 2)))"
    floats = JsFloatPrinter(names)(sympy.Eq(x, 1) | (x / y > 2))
    assert floats == "_or((v0 === (1.0)), ((v0 * _inv(v1 ** 1)) > (2.0)))"


def test_a_program_in_every_backend() -> None:
    made = program([("a", x * y + 1), ("b", 1 / x)], ["x", "y"], printers={**PRINTERS, **JS_PRINTERS})
    assert set(made.sources) == {"exact", "float", "numpy", "js", "js-float"}
    assert made.sources["js"] == (
        "function plan(v0, v1) {\n  let v2 = _add(_Z(1n), _mul(v0, v1));\n  let v3 = _inv(_pow(v0, 1));\n"
        "  return [v2, v3];\n}\n"
    )


@pytest.mark.parametrize("spec", ["specs/llama.yaml", "specs/rules/training.yaml", "specs/rules/inference.yaml"])
def test_javascript_plans_have_the_python_plans_slots(spec: str) -> None:
    python, js = load_plan(spec), compile_model(load_model(spec), JS_PRINTERS)
    assert (js.main.inputs, js.main.outputs) == (python.main.inputs, python.main.outputs)
    assert js.parts == python.parts and js.phases == python.phases and js.derived == python.derived
    assert set(js.main.sources) == {"js", "js-float"}
    for backend, source in js.main.sources.items():
        audit_js(source, JS_HELPERS[backend])


@pytest.mark.parametrize(
    "source",
    [
        'function plan(v0) {\n  return ["text"];\n}\n',
        "function plan(v0) {\n  return [v0.constructor];\n}\n",
        "function plan(v0) {\n  return [fetch(v0)];\n}\n",
        "function plan(v0) {\n  return [v0]; // a comment\n}\n",
        "function plan(v0) {\n  return [v0[v0]];\n}\n",
        "function plan(v0) {\n  return [`${v0}`];\n}\n",
        "function plan(v0) {\n  return [v0 == 1];\n}\n",
        "function plan(v0) {\n  return [globalThis];\n}\n",
    ],
)
def test_audit_refuses_anything_but_generated_tokens(source: str) -> None:
    with pytest.raises(ValueError, match="unexpected token"):
        audit_js(source, JS_HELPERS["js"])


def test_python_sources_are_unchanged_by_the_hooks() -> None:
    made = program([("a", sympy.Piecewise((x, x > 1), (1 / y, True)))], ["x", "y"])
    expected = "def plan(v0, v1):\n    v2 = (v0 if (v0 > (1)) else _q((1), v1))\n    return [v2]\n"
    assert made.sources["exact"] == expected
