"""Activation memory against Korthikanti et al. 2022 (arXiv:2205.05198), Table 2 and section 5.

With `--option kernels=megatron` (their accounting: 16-bit tensors, 1-byte dropout masks, fused
softmax), eager attention and dropout on, the rules must reduce exactly to the paper's per-layer
formulas for GPT-3 175B (a = 96, h = 12288, s = 2048) at t = 8.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from engine.api import load_setup
from engine.evaluate.memory import evaluate_memory

S, B, H, A, T, V = 2048, 1, 12288, 96, 8, 51200
GPT3 = [f"hidden_size={H}", f"num_heads={A}", f"vocab_size={V}", "num_layers=96", f"max_position_embeddings={S}"]
SBH = S * B * H
# Table 2, bytes per transformer layer
TABLE_2 = [
    ("no parallelism", 1, 0, "none", SBH * (34 + Fraction(5 * A * S, H))),
    ("tensor parallel (baseline)", T, 0, "none", SBH * (10 + Fraction(24, T) + Fraction(5 * A * S, H * T))),
    ("tensor + sequence parallel", T, 1, "none", SBH * (Fraction(34, T) + Fraction(5 * A * S, H * T))),
    ("tensor parallel + selective recomputation", T, 0, "selective", SBH * (10 + Fraction(24, T))),
    ("tensor + sequence parallel + selective recomputation", T, 1, "selective", SBH * Fraction(34, T)),
]


def layer(tp: int, sp: int, recompute: str) -> dict[str, object]:
    setup = load_setup(
        "gpt2",
        overrides=[*GPT3, "dropout=1"],
        choices={
            "kernels": "megatron",
            "attention": "eager",
            "precision": "mixed",
            "sharding": "none",
            "recompute": recompute,
        },
    )
    return evaluate_memory(setup.with_values(tp=tp, sp=sp, batch=B, seq_len=S)).derived


@pytest.mark.parametrize(("configuration", "tp", "sp", "recompute", "expected"), TABLE_2, ids=[r[0] for r in TABLE_2])
def test_table_2_per_layer(configuration: str, tp: int, sp: int, recompute: str, expected: Fraction) -> None:
    derived = layer(tp, sp, recompute)
    got = derived["layer_activations"]
    if recompute == "selective":
        got -= derived["scores_per_layer"]  # the selective rows are the layer without its attention core
    assert Fraction(got) == expected


def test_table_2_full_recomputation_keeps_2sbh_per_layer() -> None:
    setup = load_setup("gpt2", overrides=[*GPT3, "num_layers=1"], choices={"kernels": "megatron", "recompute": "full"})
    result = evaluate_memory(setup.with_values(tp=T, sp=1, batch=B, seq_len=S))
    assert result.terms["activations/layer_inputs"] == 2 * SBH


@pytest.mark.parametrize(("heads", "hidden", "ratio", "saving"), [(96, 12288, 80, 70), (128, 20480, 64, 65)])
def test_section_5_selective_recomputation(heads: int, hidden: int, ratio: int, saving: int) -> None:
    # GPT-3: 5as/h = 80, selective recomputation saves 70% of the activations; MT-NLG: 64 and 65%.
    overrides = [f"hidden_size={hidden}", f"num_heads={heads}", f"vocab_size={V}", "num_layers=1", "dropout=1"]
    setup = load_setup("gpt2", overrides=overrides, choices={"kernels": "megatron", "attention": "eager"})
    derived = evaluate_memory(setup.with_values(tp=T, sp=1, batch=B, seq_len=S)).derived
    scores, total = derived["scores_per_layer"], derived["layer_activations"]
    assert scores * T / (S * B * hidden) == ratio
    assert round(float(scores / total) * 100) == saving
