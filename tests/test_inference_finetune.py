"""Serving and LoRA/QLoRA fine-tuning rules against values from outside the project.

Sources: formulas.md section 4.2 (KV bytes per token), DeepSeek-V2 appendix (MLA 576 elements per layer),
QLoRA section 3 (0.127 bits per parameter of double quantization) and abstract (65B on one 48 GB GPU),
formulas.md 4.1 (Llama-2-7B linear/other split), LoRA section 7.1 / Tables 4, 5, 15 (GPT-3 budgets),
vLLM v1 get_num_blocks and page_size_bytes (block arithmetic).
"""

from __future__ import annotations

from fractions import Fraction

import pytest
import sympy

from engine.api import fix, load_setup, memory, solve
from engine.evaluate.memory import evaluate_memory

GIB = 2**30


def serve(spec: str, gpu: str = "a100-80", choices: dict[str, str] | None = None, **fixed: int) -> object:
    setup = fix(load_setup(spec, rules="inference", gpu=gpu, choices=choices or {}), fixed)
    return evaluate_memory(setup)


@pytest.mark.parametrize(
    ("preset", "per_token"),
    [
        ("llama-3-8b", 131_072),
        ("mistral-7b-v0.1", 131_072),
        ("llama-2-70b", 327_680),
        ("llama-2-7b", 524_288),
        ("deepseek-v2-lite", 31_104),  # MLA: 27 layers x (512 + 64) x 2 bytes
    ],
)
def test_kv_bytes_per_token_bf16(preset: str, per_token: int) -> None:
    assert serve(preset).derived["kv_bytes_per_token"] == per_token  # type: ignore[attr-defined]


def test_kv_cache_for_32_users_at_8k() -> None:
    # 32 sequences x 8192 tokens x 131,072 bytes = 32 GiB for Llama-3-8B in bf16, exactly (whole 16-token blocks)
    result = serve("llama-3-8b", context=8192, concurrency=32)
    assert result.terms["kv_cache"] == 32 * 8192 * 131_072  # type: ignore[attr-defined]


def test_tensor_parallel_replicates_kv_heads_and_not_the_latent() -> None:
    # vllm/config/model.py get_num_kv_heads: max(1, K // tp); MLA caches the whole latent on every rank.
    at8 = serve("llama-2-70b", context=4096, tp=8).terms["kv_cache"]  # type: ignore[attr-defined]
    at16 = serve("llama-2-70b", context=4096, tp=16).terms["kv_cache"]  # type: ignore[attr-defined]
    assert at8 == at16 == 4096 * 327_680 // 8
    one = serve("deepseek-v2-lite", context=4096, tp=1).terms["kv_cache"]  # type: ignore[attr-defined]
    assert serve("deepseek-v2-lite", context=4096, tp=8).terms["kv_cache"] == one  # type: ignore[attr-defined]


def test_sliding_window_caps_the_cache() -> None:
    # Mistral-7B-v0.1 attends over 4096 tokens: a 32k sequence caches the window and one block being filled.
    result = serve("mistral-7b-v0.1", context=32768)
    assert result.terms["kv_cache"] == (4096 + 16) * 131_072  # type: ignore[attr-defined]


def test_paged_blocks_round_up() -> None:
    assert serve("llama-3-8b", context=17).terms["kv_cache"] == 32 * 131_072  # type: ignore[attr-defined]


def test_vllm_block_arithmetic() -> None:
    # vllm/v1/core/kv_cache_utils.py: num_blocks = int(available // page_size // num_layers), with
    # page_size = block_size * num_kv_heads * (head_size + head_size_v) * dtype bytes (kv_cache_interface.py).
    result = serve("llama-3-8b", context=8192)
    terms = result.terms  # type: ignore[attr-defined]
    others = ("weights", "activations", "non_torch", "cuda_graphs", "startup")  # everything but the cache
    available = result.capacity - sum(terms[k] for k in others)  # type: ignore[attr-defined]
    page_size = 16 * 8 * (128 + 128) * 2
    assert result.derived["kv_blocks"] == int(available // page_size // 32)  # type: ignore[attr-defined]


def test_max_concurrency_agrees_with_blocks() -> None:
    setup = fix(load_setup("llama-3-8b", rules="inference"), {"context": 8192})
    report = solve(setup, tp=1, pp=1, gpus=1)
    blocks_per_sequence = 8192 // 16
    assert abs(report.limits["max_concurrency"] - report.limits["kv_blocks"] // blocks_per_sequence) <= 1


def test_an_encoder_without_kv_cache_serves_on_one_gpu() -> None:
    # BERT keeps no KV cache (transformers' BertModel has no past_key_values by default); its bf16 weights,
    # 2 x 109,482,240 bytes, fit any GPU. vLLM's page size would be 0: the block count must not divide by it.
    report = solve(load_setup("bert", rules="inference", gpu="rtx4090"))
    assert report.solution.min_gpus == 1
    assert report.at_limits is not None and report.at_limits.terms["weights"] == 2 * 109_482_240
    assert report.at_limits.terms["kv_cache"] == 0 and "kv_blocks" not in report.limits


def test_qlora_double_quantization_overhead() -> None:
    # QLoRA section 3: double quantization reduces the constants' footprint from 0.5 to 0.127 bits per parameter.
    result = serve("llama-2-7b", choices={"quant": "nf4-dq"})
    quant_bytes = result.assignment.values["quant_bytes"]  # type: ignore[attr-defined]
    assert round(float((quant_bytes - sympy.Rational(1, 2)) * 8), 3) == 0.127
    nf4 = serve("llama-2-7b", choices={"quant": "nf4"}).assignment.values["quant_bytes"]  # type: ignore[attr-defined]
    assert (nf4 - sympy.Rational(1, 2)) * 8 == sympy.Rational(1, 2)  # 0.5 bit of absmax per parameter


def test_nf4_weights_of_llama_2_7b() -> None:
    # formulas.md 4.1: 6,476,005,376 linear weights in NF4+DQ plus 262,410,240 other parameters in bf16 = 3.60 GiB.
    weights = serve("llama-2-7b", choices={"quant": "nf4-dq"}).terms["weights"]  # type: ignore[attr-defined]
    expected = 6_476_005_376 * (Fraction(1, 2) + Fraction(1, 64) + Fraction(4, 64 * 256)) + 2 * 262_410_240
    assert Fraction(weights) == expected
    assert round(float(weights) / GIB, 2) == 3.60


def test_awq_is_4_156_bits() -> None:
    quant_bytes = serve("llama-2-7b", choices={"quant": "awq"}).assignment.values["quant_bytes"]  # type: ignore[attr-defined]
    assert round(float(quant_bytes * 8), 3) == 4.156


GPT3 = [
    "hidden_size=12288",
    "num_heads=96",
    "num_kv_heads=96",
    "num_layers=96",
    "intermediate_size=49152",
    "vocab_size=50257",
]


@pytest.mark.parametrize(
    ("targets", "rank", "params"),
    [
        (("q_proj", "v_proj"), 1, 4_718_592),  # Table 4 "LoRA 4.7M" (r_q = r_v = 1)
        (("q_proj", "v_proj"), 8, 37_748_736),  # Table 4 "LoRA 37.7M" (r_q = r_v = 8)
        (("q_proj",), 8, 18_874_368),  # section 7.1 / Table 5: the 18M budget, one matrix type at r = 8
        (("q_proj", "v_proj"), 4, 18_874_368),  # two types at r = 4
        (("q_proj", "k_proj", "v_proj", "o_proj"), 2, 18_874_368),  # all four at r = 2
    ],
)
def test_lora_budgets_of_gpt3(targets: tuple[str, ...], rank: int, params: int) -> None:
    setup = load_setup("llama", overrides=GPT3, rules="finetune", targets=targets)
    result = evaluate_memory(fix(setup, {"lora_rank": rank}))
    assert result.derived["lora_params"] == params


def test_qlora_65b_fits_one_48gb_gpu_and_full_finetuning_does_not() -> None:
    # QLoRA abstract: 65B fine-tuned "on a single 48GB GPU"; 16-bit full fine-tuning needs "more than 780 GB".
    llama_65b = [
        "vocab_size=32000",
        "hidden_size=8192",
        "intermediate_size=22016",
        "num_layers=80",
        "num_heads=64",
        "num_kv_heads=64",
        "max_position_embeddings=2048",
    ]
    # The paper's setup (qlora.py): LoRA r = 64 on every linear layer, adapters cast to bf16, gradient
    # checkpointing, paged AdamW (its states page out to CPU memory when the GPU runs short).
    qlora = load_setup(
        "llama",
        overrides=[*llama_65b, "adapter_bytes=2"],
        rules="finetune",
        gpu="l40s",
        targets=("all-linear",),
        choices={"quant": "nf4-dq", "recompute": "full", "sharding": "none", "offload": "optimizer"},
    )
    result = memory(fix(qlora, {"lora_rank": 64, "batch": 1, "seq_len": 512}))
    assert result.fits, float(result.per_gpu) / GIB
    full = load_setup("llama", overrides=llama_65b, choices={"sharding": "none", "recompute": "full"})
    assert float(evaluate_memory(fix(full, {"batch": 1, "seq_len": 512})).derived["model_states"]) > 780e9


def test_finetune_keeps_gradients_and_states_for_adapters_only() -> None:
    setup = load_setup("llama-2-7b", rules="finetune", targets=("q_proj", "v_proj"), choices={"sharding": "none"})
    result = evaluate_memory(fix(setup, {"lora_rank": 8}))
    lora = 8 * 32 * 2 * (4096 + 4096)  # r (in + out) for q_proj and v_proj in 32 layers
    assert result.derived["lora_params"] == lora
    assert result.terms["gradients"] == 4 * lora
    assert result.terms["optimizer/optimizer_states"] == 8 * lora
    assert result.terms["weights"] == 2 * 6_738_415_616  # the frozen bf16 base


def test_a_decode_step_reads_every_weight_and_the_cache_once() -> None:
    result = serve("llama-3-8b", gpu="h100", context=2048, concurrency=1)
    derived = result.derived  # type: ignore[attr-defined]
    # memory-bound at one sequence: (16 GB + the cache) / (3.35 TB/s x the named 0.9 bandwidth efficiency)
    assert float(derived["decode_step_seconds"]) == pytest.approx(
        float(result.terms["weights"] + 2048 * 131_072) / (3.35e12 * 0.9)  # type: ignore[attr-defined]
    )
    assert float(derived["prefill_seconds"]) > 0
