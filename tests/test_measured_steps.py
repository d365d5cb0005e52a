"""The training rules against memory measured from real training steps.

tests/data/measured_training_steps.json was traced with PyTorch's MemTracker under FakeTensorMode
(torch 2.13.0, transformers 5.24.0; tests/measure/measure_training_step.py): two full AdamW/SGD steps
of transformers' own GPT-2 and a small Llama, step 2 reported. The engine must give the weights,
gradients and optimizer states exactly, and activations and the peak within a few percent.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from engine.api import load_setup
from engine.evaluate.memory import evaluate_memory

MEASURED = json.loads((Path(__file__).parent / "data" / "measured_training_steps.json").read_text())["cases"]
LLAMA_SMALL = [
    "vocab_size=32000",
    "hidden_size=512",
    "intermediate_size=1376",
    "num_layers=8",
    "num_heads=8",
    "num_kv_heads=4",
    "tie_word_embeddings=0",
]
# GPT-J's parallel block (one ln_1 feeding attention and MLP), small: GPTJConfig(n_embd=512, n_layer=4,
# n_head=8, rotary_dim=32), its own vocabulary of 50,400
GPTJ_SMALL = ["vocab_size=50400", "hidden_size=512", "num_layers=4", "num_heads=8", "rotary_dim=32"]
# The trace counts what tensors allocate (the allocated view: no CUDA context, NCCL or allocator slack),
# on the CPU (no cuBLAS workspace), one process, no sharding.
TRACE = ["cublas_workspace_bytes=0"]
CASES: dict[str, tuple[str, list[str], dict[str, str], int, int]] = {
    # case: (spec, --set, options, batch, seq_len)
    "gpt2-eager-fp32": ("gpt2", [], {"precision": "fp32", "attention": "eager"}, 2, 256),
    "gpt2-sdpa-fp32": ("gpt2", [], {"precision": "fp32", "attention": "sdpa"}, 2, 256),
    "gpt2-eager-fp32-dropout-native": ("gpt2", ["dropout=1"], {"precision": "fp32", "attention": "eager"}, 2, 256),
    "gpt2-eager-fp32-b4-s512": ("gpt2", [], {"precision": "fp32", "attention": "eager"}, 4, 512),
    "gpt2-eager-fp32-sgd": (
        "gpt2",
        [],
        {"precision": "fp32", "attention": "eager", "optimizer": "sgd-momentum"},
        2,
        256,
    ),
    "gpt2-eager-fp32-outputs-dropped": ("gpt2", ["keep_logits=0"], {"precision": "fp32", "attention": "eager"}, 2, 256),
    "llama-small-eager-fp32": ("llama", LLAMA_SMALL, {"precision": "fp32", "attention": "eager"}, 2, 256),
    "llama-small-sdpa-fp32": ("llama", LLAMA_SMALL, {"precision": "fp32", "attention": "sdpa"}, 2, 256),
    "llama-small-eager-fp32-s1024": ("llama", LLAMA_SMALL, {"precision": "fp32", "attention": "eager"}, 1, 1024),
    "llama-small-sdpa-bf16": ("llama", LLAMA_SMALL, {"precision": "bf16", "attention": "sdpa"}, 2, 256),
    "llama-small-eager-bf16": ("llama", LLAMA_SMALL, {"precision": "bf16", "attention": "eager"}, 2, 256),
    "llama-small-sdpa-amp": ("llama", LLAMA_SMALL, {"precision": "amp", "attention": "sdpa"}, 2, 256),
    "llama-small-sdpa-fp32-ckpt": (
        "llama",
        LLAMA_SMALL,
        {"precision": "fp32", "attention": "sdpa", "recompute": "full"},
        2,
        256,
    ),
}
CASES.update(
    {
        "gptj-small-eager-fp32": ("gptj", GPTJ_SMALL, {"precision": "fp32", "attention": "eager"}, 2, 256),
        "gptj-small-sdpa-fp32": ("gptj", GPTJ_SMALL, {"precision": "fp32", "attention": "sdpa"}, 2, 256),
        "gptj-small-sdpa-bf16": ("gptj", GPTJ_SMALL, {"precision": "bf16", "attention": "sdpa"}, 2, 256),
    }
)
PHASES = {
    "forward": "forward",
    "backward_start": "backward",
    "backward_recompute": "backward",
    "backward_end": "backward",
    "optimizer_step": "optimizer",
}


def predict(case: str) -> Any:
    spec, sets, options, batch, seq_len = CASES[case]
    setup = load_setup(spec, overrides=[*sets, *TRACE], choices={"sharding": "none", **options}, view="allocated")
    return evaluate_memory(setup.with_values(batch=batch, seq_len=seq_len))


@pytest.mark.parametrize("case", CASES)
def test_model_states_are_exact(case: str) -> None:
    measured, result = MEASURED[case], predict(case)
    assert result.terms["weights"] == measured["param_bytes"]
    assert result.terms["gradients"] == measured["grad_bytes"]
    # torch keeps AdamW's per-tensor `step` scalars on the CPU unless capturable/fused, so on a GPU they
    # are not device memory; the CPU trace counts them (4 bytes x parameter tensors).
    assert result.terms["optimizer"] == measured["optimizer_state_bytes"] - measured["optimizer_state_bytes_scalars"]


@pytest.mark.parametrize("case", CASES)
def test_activations_within_5_percent(case: str) -> None:
    measured, result = MEASURED[case], predict(case)
    predicted = result.derived["activation_peak"]
    assert float(predicted) == pytest.approx(measured["max_act"], rel=0.05)


@pytest.mark.parametrize("case", CASES)
def test_peak_and_its_phase(case: str) -> None:
    measured, result = MEASURED[case], predict(case)
    assert float(result.per_gpu) == pytest.approx(measured["peak"]["total"], rel=0.01)
    assert PHASES[result.peak_phase] == measured["peak"]["phase"]


def test_headline_gpt2_case_is_exact_to_a_few_kilobytes() -> None:
    # GPT-2 124M, fp32, AdamW, batch 2, seq 256, eager, dropout 0: activations 813,090,840 bytes measured.
    measured, result = MEASURED["gpt2-eager-fp32"], predict("gpt2-eager-fp32")
    assert abs(result.derived["activation_peak"] - measured["max_act"]) < 16 * 1024


def test_the_block_structure_is_what_makes_gpt_j_right() -> None:
    # The same rules with the standard block (two norms, the MLP reading its own normed input) over-count
    # GPT-J's activations by 2.4 %; with GPT-J's block (specs/gptj.yaml) they are within 0.2 %.
    measured = MEASURED["gptj-small-eager-fp32"]["max_act"]
    own = predict("gptj-small-eager-fp32").derived["activation_peak"]
    spec, sets, options, batch, seq_len = CASES["gptj-small-eager-fp32"]
    standard = load_setup(
        spec, overrides=[*sets, *TRACE, "layer_norms=2", "parallel_block=0"], choices={"sharding": "none", **options}
    )
    assumed = evaluate_memory(standard.with_values(batch=batch, seq_len=seq_len)).derived["activation_peak"]
    assert abs(float(own) / measured - 1) < 0.002
    assert float(assumed) / measured - 1 > 0.02
