"""The Python API mirrors the CLI and returns exact values."""

from __future__ import annotations

import engine


def test_count_params_with_overrides_mapping() -> None:
    result = engine.count_params("llama", preset="llama-2-7b", overrides={"num_layers": 1})
    assert result.total == 4 * 4096**2 + 3 * 4096 * 11008 + 2 * 4096 + 2 * 32000 * 4096 + 4096
    assert result.assignment.origins["num_layers"].kind == "set"
    assert result.assignment.origins["head_dim"].kind == "default"


def test_load_returns_symbolic_model_and_renders() -> None:
    model = engine.load("gpt2")
    assert str(model.find("wte").value) == "hidden_size*vocab_size"  # type: ignore[union-attr]
    assert engine.render_formula(model, "wte").startswith("wte = hidden_size*vocab_size")
    text = engine.render_params(engine.count_params(model), "table")
    assert "124,439,808 parameters" in text


def test_catalog_lists_builtins() -> None:
    names = {e["name"] for e in engine.catalog()}
    assert {"gpt2", "llama"} <= names
