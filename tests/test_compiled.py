"""Compiled plans give exactly what the symbolic models give, and generated code holds only safe tokens."""

from __future__ import annotations

import pytest
import sympy

from engine.api import load_setup
from engine.build.expr import to_sympy
from engine.build.load import symbolic
from engine.evaluate.memory import assign_rules
from engine.plan.program import Plan
from engine.plan.runtime import audit, run, scalar_helpers


@pytest.mark.parametrize(
    ("spec", "rules", "choices"),
    [
        ("llama-3-8b", "training", {}),
        ("gpt2", "training", {"precision": "fp32", "attention": "eager", "sharding": "none"}),
        ("mixtral-8x7b", "training", {"sharding": "hybrid", "recompute": "selective"}),
        ("deepseek-v2-lite", "inference", {"quant": "nf4-dq"}),
        ("llama-2-7b", "finetune", {"quant": "nf4-dq"}),
        ("generic", "deepspeed", {"sharding": "zero2"}),
    ],
)
def test_compiled_equals_symbolic(spec: str, rules: str, choices: dict[str, str]) -> None:
    setup = load_setup(spec, rules=rules, choices=choices).with_values(dp=4)
    values = assign_rules(setup)
    plan = setup.rules
    model = symbolic(plan)
    env = run(plan.main, values.values)
    subs = {model.symbols[k]: to_sympy(v) for k, v in values.values.items()}
    parts = {p.key: p for p in plan.parts}
    for q in (*model.parts, *model.phases, *model.derived):
        got = Plan.contribution(env, parts[q.key]) if q.key in parts else env[q.slot]
        assert to_sympy(got) == q.contribution.xreplace(subs), q.key


def test_architecture_counts_compiled_equal_symbolic() -> None:
    count = load_setup("qwen3-8b").arch
    model = symbolic(count.plan)
    env = run(count.plan.main, count.assignment.values)
    subs = {model.symbols[k]: to_sympy(v) for k, v in count.assignment.values.items()}
    assert to_sympy(env[count.plan.total]) == model.total.value.xreplace(subs) == 8_190_735_360


@pytest.mark.parametrize(
    "source",
    [
        "def plan(v0):\n    return __import__('os')\n",
        "def plan(v0):\n    return v0.__class__\n",
        "def plan(v0):\n    return open\n",
        "def plan(v0):\n    return 'text'\n",
        "def plan(v0):\n    return [x for x in v0]\n",
    ],
)
def test_audit_refuses_anything_but_generated_tokens(source: str) -> None:
    with pytest.raises(ValueError, match="unexpected token"):
        audit(source, scalar_helpers(exact=True))


def test_exact_backend_never_uses_floats() -> None:
    setup = load_setup("llama-3-8b")
    source_types = {type(v) for v in run(setup.rules.main, assign_rules(setup).values).values()}
    assert float not in source_types
    assert sympy.Float not in source_types
