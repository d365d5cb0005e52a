"""Memory per GPU against what people measured on real GPUs and published (tests/data/measured_gpu_memory.json:
vLLM's logged memory profile and KV-cache size, nvidia-smi in the Hugging Face guide, torchtitan's reserved
peak), each with its source, its settings and the view it measures.

Each case below is the engine's question for one published measurement: the model, the runtime and version,
the GPU and the settings the source states (a setting the source prints, such as the GPU's total memory or
the NCCL version's NVLS buffer, is passed as it was measured; nothing is fitted per case). The rules must be
within 10 % per GPU of the measured value of its primary view, or the case states why not (`outlier`); a
stated reason for a case that agrees is an error too, so the reasons stay true. Run `pytest -s` for the table.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest

from engine.api import load_setup
from engine.evaluate.memory import MemoryResult, evaluate_memory

DATA = json.loads((Path(__file__).parent / "data" / "measured_gpu_memory.json").read_text(encoding="utf-8"))
MEASURED = {case["id"]: case for case in DATA["cases"]}
GIB, MIB = 2**30, 2**20
TOLERANCE = 0.10


@dataclass(frozen=True)
class Case:
    model: str
    gpu: str
    mode: str = "infer"
    options: dict[str, str] = field(default_factory=dict)
    sets: tuple[str, ...] = ()
    values: dict[str, int] = field(default_factory=dict)  # layout and flags (tp, pp, context, batch...)
    primary: tuple[str, str] = ("vllm_kv_cache", "kv_available")  # (measured view, the engine's number)
    unit: int = GIB  # of the measured value
    also: tuple[tuple[str, str], ...] = ()  # further views compared (reported, not asserted)
    outlier: str = ""  # why the primary view is off by more than 10 %, when it is


V019 = ("vllm_weights", "weights"), ("vllm_activation_peak", "activations"), ("vllm_non_torch", "non_torch")
V019 += (("vllm_init_cuda_memory", "startup"), ("vllm_cuda_graph", "cuda_graphs"), ("vllm_gpu_blocks", "kv_blocks"))


def vllm019(model: str, tp: int = 1, pp: int = 1, options: dict[str, str] | None = None, **kw: Any) -> Case:
    """A vLLM 0.19.0 run of the llm-d-planner study: util 0.95, max_model_len 8192, H100 (its torch total)."""
    sets = ("gpu_memory_utilization=0.95", "memory_usable=79.19*2**30", *kw.pop("sets", ()))
    return Case(
        model,
        "h100",
        options={"runtime": "vllm-0.19", **(options or {})},
        sets=sets,
        values={"tp": tp, "pp": pp, "context": 8192},
        also=V019,
        **kw,
    )


# The BERT runs: CUDA 11.2 loads every kernel at start-up (no lazy loading): the 1343 MiB the guide measured
# after the first tensor is the context and all kernels (HF perf_train_gpu_one, V100 16GB, driver 460.91.03).
BERT = ("cuda_context_bytes=1343*2**20", "lazy_modules_bytes=0", "dropout=1", "keep_grads=1")
# HF Trainer of January 2022: transformers' own AdamW (a loop over tensors), eager attention, dropout 0.1
BERT_OPTIONS = {"sharding": "none", "attention": "eager", "kernels": "transformers", "optimizer": "adamw-loop"}
TITAN = ()  # Grand Teton's H100 96GB HBM2e: the reserved view compared does not depend on the GPU's size

CASES: dict[str, Case] = {
    "vllm0190-llama31-8b-h100-tp1": vllm019("llama-3-8b"),
    "vllm0190-llama31-8b-h100-tp2": vllm019("llama-3-8b", tp=2),
    "vllm0190-llama31-8b-h100-tp4": vllm019("llama-3-8b", tp=4),
    # rank 0 is logged: the first stage (no sampler)
    "vllm0190-llama31-8b-h100-pp2": vllm019("llama-3-8b", pp=2, sets=("stage=0",)),
    "vllm0190-llama31-8b-h100-fp32": vllm019("llama-3-8b", options={"quant": "fp32", "kv_dtype": "fp32"}),
    "vllm0190-llama31-8b-h100-kvfp8": vllm019("llama-3-8b", options={"kv_dtype": "fp8"}),
    "vllm0190-llama31-8b-h100-qfp8": vllm019("llama-3-8b", options={"quant": "fp8"}),
    "vllm0190-qwen25-7b-h100-tp1": vllm019("qwen2.5-7b"),
    "vllm0190-qwen25-7b-h100-tp2": vllm019("qwen2.5-7b", tp=2),
    "vllm0190-qwen25-72b-h100-tp2": vllm019("qwen2.5-72b", tp=2),
    "vllm0190-mixtral-8x7b-h100-tp2": vllm019("mixtral-8x7b", tp=2),
    "vllm0190-deepseek-v2-lite-h100-tp1": vllm019("deepseek-v2-lite"),
    "vllm0190-gemma2-9b-h100-tp1": vllm019("gemma-2-9b"),
    "vllm0190-qwen3-8b-h100-tp1": vllm019("qwen3-8b"),
    "vllm0190-qwen3-30b-a3b-h100-tp1": vllm019("qwen3-30b-a3b"),
    "vllm-pr10511-llama3-8b-tp1": Case(
        "llama-3-8b",
        "h100",
        options={"runtime": "vllm-0.6"},
        sets=("gpu_memory_utilization=0.9", "memory_usable=79.22*2**30"),
        values={"context": 8192},
        also=(("vllm_weights", "weights"), ("vllm_activation_peak", "activations"), ("vllm_non_torch", "non_torch")),
    ),
    "vllm-pr10511-llama3-8b-tp2": Case(
        "llama-3-8b",
        "h100",
        options={"runtime": "vllm-0.6"},
        sets=("gpu_memory_utilization=0.9", "memory_usable=79.22*2**30"),
        values={"context": 8192, "tp": 2},
        primary=("vllm_weights", "weights"),
        also=(("vllm_activation_peak", "activations"), ("vllm_non_torch", "non_torch")),
    ),
    "vllm-pr2031-llama2-7b-a100": Case(
        "llama-2-7b",
        "a100-80",
        options={"runtime": "vllm-0.4"},
        values={"context": 4096},
        primary=("vllm_gpu_blocks", "kv_blocks"),
        unit=1,
    ),
    "vllm-pr2031-llama2-70b-a100-tp4": Case(
        "llama-2-70b",
        "a100-80",
        options={"runtime": "vllm-0.4"},
        values={"context": 4096, "tp": 4},
        primary=("vllm_gpu_blocks", "kv_blocks"),
        unit=1,
    ),
    "vllm-issue10517-llama31-8b-rtx3090-20k": Case(
        "llama-3-8b",
        "rtx3090",
        options={"runtime": "vllm-0.6.4"},
        sets=("memory_usable=23.58*2**30", "max_position_embeddings=131072"),
        values={"context": 20000},
        also=(("vllm_gpu_blocks", "kv_blocks"), ("vllm_non_torch", "non_torch")),
    ),
    "vllm-issue10517-llama31-8b-rtx3090-29k": Case(
        "llama-3-8b",
        "rtx3090",
        options={"runtime": "vllm-0.6.4"},
        sets=("memory_usable=23.58*2**30", "max_position_embeddings=131072"),
        values={"context": 29000},
        also=(("vllm_gpu_blocks", "kv_blocks"), ("vllm_non_torch", "non_torch")),
    ),
    "vllm-issue21348-qwen3-235b-fp8-4xh100": Case(
        "qwen3-235b-a22b",
        "h100",
        options={"runtime": "vllm-0.19", "quant": "fp8"},
        values={"tp": 4, "context": 40960},
        also=(("vllm_kv_tokens", "kv_tokens"),),
    ),
    "vllm-issue9699-llama31-405b-8xh200-nvls": Case(
        "llama-3.1-405b",
        "h200",
        options={"runtime": "vllm-0.4"},
        # the log of that NCCL: "nvlsPerRankSize 301989888" (4 MiB NVLS chunks, since cut to 1 MiB)
        sets=("prefill_tokens=1024", "max_num_seqs=1024", "nvls_rank_bytes=301989888"),
        values={"tp": 8, "context": 8192},
        primary=("vllm_gpu_blocks", "kv_blocks"),
        unit=1,
    ),
    "sglang-issue21348-qwen3-235b-fp8-4xh100": Case(
        "qwen3-235b-a22b",
        "h100",
        options={"runtime": "sglang-0.5", "quant": "fp8"},
        sets=("budget_fraction=0.93",),
        values={"tp": 4, "context": 40960},
        primary=("sglang_kv_tokens", "kv_tokens"),
        unit=1,
    ),
    "hf-bert-large-v100-bs4-fp32": Case(
        "bert-large-uncased-cls",
        "v100-16",
        "train",
        {**BERT_OPTIONS, "precision": "fp32"},
        BERT,
        {"batch": 4, "seq_len": 512},
        primary=("device", "device"),
        unit=MIB,
    ),
    "hf-bert-large-v100-bs1-ga4": Case(
        "bert-large-uncased-cls",
        "v100-16",
        "train",
        {**BERT_OPTIONS, "precision": "fp32"},
        BERT,
        {"batch": 1, "seq_len": 512},
        primary=("device", "device"),
        unit=MIB,
    ),
    "hf-bert-large-v100-bs1-ga4-gc": Case(
        "bert-large-uncased-cls",
        "v100-16",
        "train",
        {**BERT_OPTIONS, "precision": "fp32", "recompute": "full"},
        BERT,
        {"batch": 1, "seq_len": 512},
        primary=("device", "device"),
        unit=MIB,
    ),
    "hf-bert-large-v100-bs4-fp16": Case(
        "bert-large-uncased-cls",
        "v100-16",
        "train",
        {**BERT_OPTIONS, "precision": "amp"},
        BERT,
        {"batch": 4, "seq_len": 512},
        primary=("device", "device"),
        unit=MIB,
    ),
    "hf-bert-large-v100-bs4-adafactor": Case(
        "bert-large-uncased-cls",
        "v100-16",
        "train",
        {**BERT_OPTIONS, "precision": "fp32", "optimizer": "adafactor"},
        BERT,
        {"batch": 4, "seq_len": 512},
        primary=("device", "device"),
        unit=MIB,
    ),
    "hf-bert-large-v100-bs1-ga4-gc-fp16-adafactor": Case(
        "bert-large-uncased-cls",
        "v100-16",
        "train",
        {**BERT_OPTIONS, "precision": "amp", "optimizer": "adafactor", "recompute": "full"},
        BERT,
        {"batch": 1, "seq_len": 512},
        primary=("device", "device"),
        unit=MIB,
    ),
    "torchtitan-llama31-8b-fsdp8-h100": Case(
        "llama-3-8b",
        "h100",
        "train",
        {"sharding": "fsdp", "recompute": "selective", "attention": "flash"},
        TITAN,
        {"dp": 8, "batch": 2, "seq_len": 8192},
        primary=("reserved", "reserved"),
    ),
    "torchtitan-llama31-8b-fsdp128-h100": Case(
        "llama-3-8b",
        "h100",
        "train",
        {"sharding": "fsdp", "recompute": "selective", "attention": "flash"},
        TITAN,
        {"dp": 128, "batch": 2, "seq_len": 8192},
        primary=("reserved", "reserved"),
    ),
}


# Why a case is off by more than 10 %: what the source or the rules leave out (nothing here is tuned away).
OUTLIERS = {
    "vllm-pr2031-llama2-70b-a100-tp4": (
        "vLLM of December 2023 (v0.2): the PR measured about 13 GiB per GPU outside torch with tp = 4 (its "
        "NCCL and profiling then); the rules count two of today's communicators, 1.8 GiB"
    ),
    "vllm-issue10517-llama31-8b-rtx3090-20k": (
        "the cache is a 3.8 GiB residual of a 21.2 GiB budget: the rules' 0.6 GiB more of prefill peak and "
        "context (+3.6 % of what vLLM charges) is -17 % of it"
    ),
    "vllm-issue10517-llama31-8b-rtx3090-29k": (
        "the same residual at 2.9 GiB: the rules' 0.8 GiB more of prefill peak and context is -28 % of it"
    ),
    "vllm-issue21348-qwen3-235b-fp8-4xh100": (
        "the run used LMCache's connector (kv_transfer_config), whose GPU buffers the rules do not count; the"
        " version and the FP8 MoE kernels' workspaces are not stated"
    ),
    "vllm-issue9699-llama31-405b-8xh200-nvls": (
        "vLLM ~0.6.3 with a 2024 NCCL: with its 2.25 GiB of NVLS buffers per communicator counted, about 5 "
        "GiB per GPU of that run's non-KV memory is still unaccounted for (the NVLS-off figure is cut off in "
        "the source)"
    ),
    "hf-bert-large-v100-bs4-fp32": (
        "read after trainer.train() returns: the allocator's retained segments for batch 4 of eager attention"
        " exceed the rules' 5 % fragmentation; torch and transformers versions not stated"
    ),
    "hf-bert-large-v100-bs4-adafactor": (
        "as bs4-fp32, the allocator's retained segments; transformers' Adafactor of 2022 also keeps step "
        "temporaries the rules neglect"
    ),
    "torchtitan-llama31-8b-fsdp8-h100": (
        "torchtitan's op-level selective checkpointing (it saves every other matmul's output) is not one of "
        "the rules' policies: Megatron's selective gives 146.6 GiB, full recomputation 48.0 GiB, the run 82.4"
        " GiB"
    ),
    "torchtitan-llama31-8b-fsdp128-h100": ("as fsdp8: op-level selective checkpointing is not modelled"),
}
CASES.update({name: replace(CASES[name], outlier=why) for name, why in OUTLIERS.items()})


def measured(case_id: str) -> dict[str, float]:
    return {m["view"]: m["value"] for m in MEASURED[case_id]["measured"]}


def evaluate(case: Case) -> MemoryResult:
    setup = load_setup(case.model, mode=case.mode, gpu=case.gpu, overrides=list(case.sets), choices=case.options)
    return evaluate_memory(setup.with_values(**case.values))


def engine_value(result: MemoryResult, name: str) -> float:
    """A term, a derived value or a view's peak of `result`, in bytes (blocks and tokens as counts)."""
    if name in result.views:
        return float(result.views[name].peak)
    if name in result.terms:
        return float(result.terms[name])
    return float(result.derived[name])


def compared(case_id: str) -> tuple[float, float, MemoryResult]:
    case = CASES[case_id]
    result = evaluate(case)
    view, ours = case.primary
    return measured(case_id)[view] * case.unit, engine_value(result, ours), result


@pytest.mark.parametrize("case_id", CASES)
def test_primary_view_within_10_percent_or_a_stated_reason(case_id: str) -> None:
    case = CASES[case_id]
    value, ours, _ = compared(case_id)
    error = ours / value - 1
    if case.outlier:
        assert abs(error) > TOLERANCE, f"{case_id} agrees ({error:+.1%}): drop its stated reason"
    else:
        assert abs(error) <= TOLERANCE, f"{case_id}: {ours / case.unit:,.2f} against {value / case.unit:,.2f} measured"


def test_at_least_15_published_cases_agree_within_10_percent() -> None:
    agree = [c for c in CASES if not CASES[c].outlier]
    assert len(agree) >= 15


def test_every_case_names_a_measurement_with_a_source() -> None:
    for case_id, case in CASES.items():
        source = MEASURED[case_id]["source"]
        assert source.get("url") and source.get("quote"), case_id
        assert case.primary[0] in measured(case_id), case_id


def test_print_the_comparison_table() -> None:  # shown with `pytest -s`
    lines = []
    for case_id, case in CASES.items():
        value, ours, result = compared(case_id)
        shown = [f"{case.primary[0]} {ours / case.unit:,.2f} / {value / case.unit:,.2f} ({ours / value - 1:+.1%})"]
        for view, name in case.also:
            if view in measured(case_id):
                scale = 1 if view.endswith(("blocks", "tokens")) else GIB
                shown.append(f"{view} {engine_value(result, name) / scale:,.2f} / {measured(case_id)[view]:,.2f}")
        lines.append(f"{case_id}: " + "; ".join(shown) + (f"  [{case.outlier}]" if case.outlier else ""))
    print("\n".join(lines))


# Our own measurements (tests/measure/measure_gpu_memory.py), committed whenever a GPU was at hand.
OWN = Path(__file__).parent / "data" / "measured_gpu_memory_own.json"
GPU_PROFILES = {"H200": "h200", "H100": "h100", "A100": "a100-80"}


def own_cases() -> list[dict[str, Any]]:
    return json.loads(OWN.read_text(encoding="utf-8"))["cases"] if OWN.exists() else []


@pytest.mark.skipif(
    not OWN.exists(), reason="no GPU measurement committed yet (run tests/measure/measure_gpu_memory.py)"
)
@pytest.mark.parametrize("case", own_cases(), ids=lambda c: c["id"])
def test_own_gpu_measurements_within_10_percent(case: dict[str, Any]) -> None:
    question = case["question"]
    gpu = next(p for k, p in GPU_PROFILES.items() if k in case["gpu"]["name"])
    got = {m["view"]: m["value"] for m in case["measured"]}
    sets = [f"cuda_context_bytes={got['context']}"]
    setup = load_setup(question["preset"], mode=question["mode"], gpu=gpu, overrides=sets, choices=question["options"])
    result = evaluate_memory(setup.with_values(**question["values"]))
    views = ("allocated", "reserved", "device") if question["mode"] == "train" else ("allocated", "device")
    for view in views:
        assert float(result.views[view].peak) == pytest.approx(got[view], rel=TOLERANCE), view
