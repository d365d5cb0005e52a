"""Compiled plans give exactly what the symbolic models give, and generated code holds only safe tokens."""

from __future__ import annotations

import pytest
import sympy

from engine.api import load_setup
from engine.compiled import _audit, _scalar_helpers, compiled, exact_values, to_sympy
from engine.memory import assign_rules


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
    model = setup.rules
    env = compiled(model).run(exact_values(values.values))
    subs = values.subs(model)
    for q in (*model.parts, *model.phases, *model.derived):
        got = compiled(model).contribution(env, q.key, q.slot) if q in model.parts else env[q.slot]
        assert to_sympy(got) == q.contribution.xreplace(subs), q.key


def test_architecture_counts_compiled_equal_symbolic() -> None:
    count_model = load_setup("qwen3-8b").arch
    model = count_model.model
    env = compiled(model).run(exact_values(count_model.assignment.values))
    subs = count_model.assignment.subs(model)
    assert to_sympy(env[model.total.slot]) == model.total.value.xreplace(subs) == 8_190_735_360


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
        _audit(source, _scalar_helpers(exact=True))


def test_exact_backend_never_uses_floats() -> None:
    model = load_setup("llama-3-8b").rules
    source_types = {
        type(v) for v in compiled(model).run(exact_values(assign_rules(load_setup("llama-3-8b")).values)).values()
    }
    assert float not in source_types
    assert sympy.Float not in source_types
