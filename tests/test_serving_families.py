"""Serving memory of the 2025 families - per-layer windows and state-space state - against transformers' caches.

Expected values: the per-layer cache bytes that tests/measure/measure_families_2025.py measured from the cache
objects transformers 5.24.0 returns (tests/data/transformers_counts.json: bytes per token of one global, sliding or
chunked layer; bytes per sequence of one Mamba layer, its conv window in bf16 and its SSM state in float32), the
layer counts of each kind, and the windows of the released config.json files (tests/data/hf_configs). How many
tokens a layer keeps is vLLM's: whole blocks of 16 tokens; a global layer the context, a sliding-window layer the
window plus the block being filled (vllm/v1/core/single_type_kv_cache_manager.py SlidingWindowManager), a chunked
layer its current chunk (ChunkedLocalAttentionManager), a Mamba layer one state per sequence (MambaSpec).
None of these numbers come from this project's output.
"""

from __future__ import annotations

import json
from math import ceil
from typing import Any

import pytest

from engine.api import fix, load_setup, solve
from engine.evaluate.memory import evaluate_memory

from conftest import REPO

COUNTS = json.loads((REPO / "tests" / "data" / "transformers_counts.json").read_text(encoding="utf-8"))
MODELS: dict[str, dict[str, Any]] = COUNTS["models"]
BLOCK = 16  # vLLM's block_size on CUDA (vllm/platforms/cuda.py)


def config(preset: str) -> dict[str, Any]:
    return json.loads((REPO / MODELS[preset]["config"]).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def serve(preset: str, **fixed: int) -> Any:
    return evaluate_memory(fix(load_setup(preset, rules="inference", gpu="h100-80"), fixed))


def blocks(tokens: int) -> int:
    return ceil(tokens / BLOCK) * BLOCK


def expected_attention(preset: str, context: int, concurrency: int, window: int | None = None) -> int:
    """Cache bytes from the measured bytes per token of each layer kind, at tp = pp = 1."""
    kinds, per_layer = MODELS[preset]["layers_by_kind"], MODELS[preset]["cache_per_layer"]
    conf = config(preset)
    kept = {
        "full": blocks(context),
        "sliding": blocks(min(context, (window or conf.get("sliding_window") or 0) + BLOCK)),
        "chunked": blocks(min(context, conf.get("attention_chunk_size") or 0)),
    }
    bytes_per_sequence = sum(kinds[k] * per_layer[k]["bytes_per_token"] * kept[k] for k in kinds if k != "mamba")
    return concurrency * bytes_per_sequence


@pytest.mark.parametrize("preset", ["gemma-3-27b", "gemma-3-1b", "gpt-oss-20b", "llama-4-scout-17b-16e"])
@pytest.mark.parametrize(("context", "concurrency"), [(131_072, 1), (32_768, 8), (1000, 3)])
def test_windowed_layers_keep_their_window(preset: str, context: int, concurrency: int) -> None:
    context = min(context, config(preset).get("max_position_embeddings", context))
    result = serve(preset, context=context, concurrency=concurrency)
    assert result.terms["kv_cache/attention"] == expected_attention(preset, context, concurrency)
    assert result.terms["kv_cache/state"] == 0


def test_gemma3_long_context_needs_a_sixth_of_the_all_global_count() -> None:
    # Gemma-3-27B at 128k tokens: 10 global layers keep 131,072 tokens, 52 local layers 1024 + 16.
    result = serve("gemma-3-27b", context=131_072, concurrency=1)
    per_layer = MODELS["gemma-3-27b"]["cache_per_layer"]["full"]["bytes_per_token"]  # 8192 bytes
    all_global = 62 * per_layer * 131_072  # what the rules charged before: every layer the whole context
    kv = result.terms["kv_cache"]
    assert all_global == 66_571_993_088 and kv == 10 * 8192 * 131_072 + 52 * 8192 * 1040 == 11_180_441_600
    assert 0.167 < kv / all_global < 0.169  # (10 + 52 x 1040 / 131072) / 62
    # one H100 now holds the bf16 weights (50.3 GiB) and a 128k sequence; the all-global count needed two
    report = solve(fix(load_setup("gemma-3-27b", rules="inference", gpu="h100-80"), {"context": 131_072}))
    assert report.solution.min_gpus == 1


@pytest.mark.parametrize(("preset", "tp"), [("mamba-codestral-7b", 1), ("mamba-codestral-7b", 2), ("jamba-v0.1", 2)])
@pytest.mark.parametrize("concurrency", [1, 16])
def test_state_space_layers_keep_one_state_per_sequence(preset: str, tp: int, concurrency: int) -> None:
    # transformers' conv window (bf16) and SSM state (float32), all Mamba layers; tensor parallelism splits
    # the channels and heads (vllm mamba_utils.py MambaStateShapeCalculator divides them by tp)
    state = MODELS[preset]["state_bytes_per_sequence_bf16"]
    kinds = MODELS[preset]["layers_by_kind"]
    assert state == kinds["mamba"] * MODELS[preset]["cache_per_layer"]["mamba"]["bytes_per_sequence"]
    context = min(2048, config(preset).get("max_position_embeddings", 2048))
    result = serve(preset, context=context, concurrency=concurrency, tp=tp)
    assert result.terms["kv_cache/state"] == concurrency * state // tp
    # a hybrid also keeps keys and values in its attention layers (Jamba: 4 of 32), none in the Mamba layers
    heads = result.derived["kv_heads_per_gpu"] / config(preset).get("num_key_value_heads", 1)
    attention = expected_attention(preset, context, concurrency) * heads
    assert result.terms["kv_cache/attention"] == attention
    assert result.terms["kv_cache"] == attention + concurrency * state // tp
    # a decode step reads it all (2048 tokens: whole blocks)
    assert result.derived["decode_kv_bytes"] == result.terms["kv_cache"]


def test_the_state_is_what_limits_a_mamba_model_s_concurrency() -> None:
    setup = fix(load_setup("mamba-codestral-7b", rules="inference", gpu="h100-80"), {"context": 2048})
    report = solve(setup, tp=1, pp=1, gpus=1)
    result = evaluate_memory(fix(setup, {"concurrency": 1}))
    others = sum(v for k, v in result.terms.items() if "/" not in k and k != "kv_cache")
    state = MODELS["mamba-codestral-7b"]["state_bytes_per_sequence_bf16"]
    assert report.limits["max_concurrency"] == int((result.capacity - others) // state)
    assert "kv_blocks" not in report.limits  # no attention layer, no block


@pytest.mark.parametrize(
    ("preset", "tp", "group_size", "groups"),
    [
        ("gemma-3-27b", 1, 10, 7),
        ("gemma-3-1b", 1, 4, 7),
        ("gpt-oss-20b", 1, 12, 2),
        ("llama-4-scout-17b-16e", 4, 12, 4),
    ],
)
def test_cache_groups_are_vllms(preset: str, tp: int, group_size: int, groups: int) -> None:
    # vllm/v1/core/kv_cache_utils.py _get_kv_cache_groups_uniform_page_size: group_size is the fewest layers of
    # one kind (the most when within 1.25 of it), each kind split in cdiv(layers, group_size) groups
    counts = [n for k, n in MODELS[preset]["layers_by_kind"].items() if k != "mamba"]
    size = max(counts) if max(counts) < min(counts) * 1.25 else min(counts)
    assert (size, sum(ceil(n / size) for n in counts)) == (group_size, groups)
    result = serve(preset, context=8192, tp=tp)
    assert (result.derived["kv_group_layers"], result.derived["kv_groups"]) == (group_size, groups)
    page = BLOCK * MODELS[preset]["cache_per_layer"]["full"]["bytes_per_token"] // tp  # tp splits the heads
    available = result.derived["kv_available"]
    assert available > 0
    assert result.derived["kv_blocks"] == int(available // page // group_size)  # vLLM get_num_blocks per group
    assert result.derived["kv_tokens"] == result.derived["kv_blocks"] // groups * BLOCK


def test_decode_reads_each_layer_within_its_window() -> None:
    # Gemma-3-27B, 8 sequences of 32k prompt tokens: the global layers read the context, the local ones the window
    result = serve("gemma-3-27b", context=32_768, concurrency=8)
    assert result.derived["decode_kv_bytes"] == 8 * 8192 * (10 * 32_768 + 52 * 1024)


def test_one_window_for_every_layer_is_counted_as_before() -> None:
    # Mistral-7B-v0.1 (every layer slides over 4096 tokens) and Llama-3-8B (none): 32 layers x 4096 bytes per token
    assert serve("mistral-7b-v0.1", context=32_768).terms["kv_cache"] == (4096 + 16) * 131_072
    assert serve("llama-3-8b", context=8192, concurrency=32).terms["kv_cache"] == 32 * 8192 * 131_072
