"""transformers' own numbers for the 2025 families: parameters, active parameters, KV-cache and state bytes.

Writes tests/data/transformers_counts.json, which tests/test_families_2025.py reads as the expected values
(none of them come from this project's output). For every preset config in tests/data/hf_configs/:

* params: the model class named by the config (Phi-3.5-MoE's remote-code name PhiMoEForCausalLM is
  transformers' PhimoeForCausalLM) built on the meta device, sum(p.numel() for p in model.parameters()),
  tied tensors once; by_module sums named_parameters() per top-level module and per layer submodule;
* linear_weight_params: the weights of every nn.Linear but lm_head, plus the experts' 3-D gate_up_proj and
  down_proj (what weight quantization replaces);
* active_params (mixtures of experts): params minus, for every parameter under an ``experts`` module, its
  numel x (E - k) / E, with E its first dimension (the experts of that layer) and k config.num_experts_per_tok:
  router, shared experts and everything else count in full;
* kv_bytes_per_token_bf16 and state_bytes_per_sequence_bf16: measured from transformers' own cache. The same
  architecture is rebuilt small (vocabulary 256, two layers holding one of each layer kind, MLP and expert
  widths 64, two experts or top-k), with the real hidden size, heads, key/value heads and head_dim, and the
  real Mamba mixer sizes (expand, state, groups, heads, conv kernel, dt rank), in bfloat16 on the CPU. A
  forward pass with use_cache=True on random token ids at two prompt lengths returns the cache object; the
  bytes of its tensors (keys/values, conv_states/recurrent_states) per cache layer give bytes per token per
  attention layer kind (the difference between the two lengths) and bytes per sequence per Mamba layer (the
  same at both lengths). These are scaled by the real model's layer kinds, as transformers' own
  cache_utils.get_layer_types_and_kwargs derives them from the real config. A third pass, with the window
  (or chunk) set to 16 and a 40-token prompt, records how many tokens a sliding or chunked layer keeps.

Run with torch 2.13.0+cpu and transformers 5.24.0:
  python tests/measure/measure_families_2025.py --out tests/data/transformers_counts.json
"""

from __future__ import annotations

import argparse
import collections
import json
import re
from pathlib import Path
from typing import Any

import torch
import transformers
from transformers.cache_utils import get_layer_types_and_kwargs
from transformers.models.auto.modeling_auto import MODEL_FOR_CAUSAL_LM_MAPPING_NAMES

REPO = Path(__file__).resolve().parents[2]
CONFIGS = REPO / "tests" / "data" / "hf_configs"
MULTIMODAL = REPO / "tests" / "data" / "hf_configs_multimodal"

# preset -> the spec that counts it (the presets of tests/test_families_2025.py)
PRESETS = {
    "qwen1.5-moe-a2.7b": "qwen2_moe",
    "qwen2-57b-a14b": "qwen2_moe",
    "qwen3-30b-a3b": "qwen3_moe",
    "qwen3-235b-a22b": "qwen3_moe",
    "olmoe-1b-7b-0924": "olmoe",
    "phi-3.5-moe": "phimoe",
    "granite-3.1-2b": "granite",
    "granite-3.1-8b": "granite",
    "starcoder2-3b": "starcoder2",
    "starcoder2-7b": "starcoder2",
    "starcoder2-15b": "starcoder2",
    "command-r-v01": "cohere",
    "command-r-plus": "cohere",
    "gemma-3-1b": "gemma3",
    "gemma-3-4b": "gemma3",
    "gemma-3-12b": "gemma3",
    "gemma-3-27b": "gemma3",
    "gpt-oss-20b": "gpt_oss",
    "gpt-oss-120b": "gpt_oss",
    "llama-4-scout-17b-16e": "llama4",
    "mamba-codestral-7b": "mamba2",
    "jamba-v0.1": "jamba",
}
SHORT, LONG = 8, 24  # prompt lengths, below every window
SMALL_WINDOW, PAST_WINDOW = 16, 40


def load(path: Path) -> tuple[dict[str, Any], Any, type]:
    data = json.loads(path.read_text(encoding="utf-8"))
    config = transformers.CONFIG_MAPPING[data["model_type"]].from_dict(data)
    name = data["architectures"][0]
    cls = getattr(transformers, name, None) or getattr(
        transformers, MODEL_FOR_CAUSAL_LM_MAPPING_NAMES[data["model_type"]]
    )
    return data, config, cls


def on_meta(cls: type, config: Any) -> torch.nn.Module:
    with torch.device("meta"):
        return cls(config)


def by_module(model: torch.nn.Module) -> dict[str, int]:
    out: collections.Counter[str] = collections.Counter()
    for name, p in model.named_parameters():  # tied tensors once, as parameters() yields them
        parts = name.split(".")
        layer = next(
            (i for i, part in enumerate(parts) if part == "layers" and i + 1 < len(parts) and parts[i + 1].isdigit()),
            None,
        )
        if layer is not None:
            out[".".join(parts[: layer + 1])] += p.numel()
            out[".".join(parts[: layer + 1]) + ".*." + parts[layer + 2]] += p.numel()
        else:
            top = (
                ".".join(parts[:2])
                if parts[0] in ("model", "backbone") or (len(parts) > 2 and parts[1] == "model")
                else parts[0]
            )
            out[top] += p.numel()
    return dict(sorted(out.items()))


def active_params(model: torch.nn.Module, config: Any) -> int | None:
    k = getattr(config, "num_experts_per_tok", None)
    routed = [(n, p) for n, p in model.named_parameters() if re.search(r"\.experts\.", n)]
    if not routed or k is None:
        return None
    total = sum(p.numel() for p in model.parameters())
    unused = 0
    for _, p in routed:
        experts = p.shape[0]
        assert p.numel() % experts == 0
        unused += p.numel() // experts * (experts - k)
    return int(total - unused)


def linear_weights(model: torch.nn.Module) -> int:
    """Weights a quantizer replaces: every nn.Linear weight but lm_head's, and the experts' 3-D weights."""
    total = sum(m.weight.numel() for n, m in model.named_modules() if isinstance(m, torch.nn.Linear) and n != "lm_head")
    experts = (p.numel() for n, p in model.named_parameters() if re.search(r"experts\.(gate_up_proj|down_proj)$", n))
    return int(total + sum(experts))


def tiny_config(data: dict[str, Any], window: int | None = None) -> Any:
    """The same architecture with two layers (one of each kind), small MLPs and a 256-token vocabulary."""
    d = dict(data)
    t = d["model_type"]
    d.update(vocab_size=256, pad_token_id=0, bos_token_id=1, eos_token_id=2, num_hidden_layers=2)
    d.pop("quantization_config", None)
    for key in (
        "intermediate_size",
        "moe_intermediate_size",
        "shared_expert_intermediate_size",
        "intermediate_size_mlp",
    ):
        if key in d and t != "mamba2":
            d[key] = 64
    k = d.get("num_experts_per_tok")
    for key in ("num_experts", "num_local_experts"):
        if key in d:
            d[key] = max(2, k or 1)
    if t in ("gemma3_text", "gpt_oss"):
        d["layer_types"] = ["sliding_attention", "full_attention"]
        d.pop("sliding_window_pattern", None)
        if window:
            d["sliding_window"] = window
    if window and d.get("sliding_window") and t not in ("gemma3_text", "gpt_oss"):  # starcoder2, phimoe
        d["sliding_window"] = window
    if t == "llama4_text":
        d.update(no_rope_layers=[1, 0], moe_layers=[0, 1], interleave_moe_layer_step=1)
        if window:
            d["attention_chunk_size"] = window
    if t == "jamba":
        d.update(attn_layer_period=2, attn_layer_offset=1, expert_layer_period=2, expert_layer_offset=1)
    return transformers.CONFIG_MAPPING[t].from_dict(d)


def cache_bytes(cls: type, config: Any, length: int) -> list[tuple[str, int, dict[str, Any]]]:
    """(cache layer class, bytes, shapes) for every layer of the cache after a prompt of `length` tokens."""
    torch.manual_seed(0)
    config._attn_implementation = "eager"
    model = cls(config).to(torch.bfloat16).eval()
    with torch.no_grad():
        out = model(torch.randint(3, 256, (1, length)), use_cache=True)
    cache = out["cache"]
    rows = []
    for layer in cache.layers:
        tensors: dict[str, torch.Tensor] = {}
        for attr in ("keys", "values"):
            value = getattr(layer, attr, None)
            if torch.is_tensor(value):
                tensors[attr] = value
        for attr in ("conv_states", "recurrent_states"):
            for idx, value in (getattr(layer, attr, None) or {}).items():
                if torch.is_tensor(value):
                    tensors[f"{attr}[{idx}]"] = value
        total = sum(v.numel() * v.element_size() for v in tensors.values())
        shapes = {name: [list(v.shape), str(v.dtype).replace("torch.", "")] for name, v in tensors.items()}
        rows.append((type(layer).__name__, total, shapes))
    return rows


def kind_of(cache_layer: str, layer_type: str) -> str:
    if cache_layer == "LinearAttentionLayer":
        return "mamba"
    return {"sliding_attention": "sliding", "chunked_attention": "chunked"}.get(layer_type, "full")


def measure_cache(data: dict[str, Any], real_config: Any, cls: type) -> dict[str, Any]:
    config = tiny_config(data)
    tiny_types, _ = get_layer_types_and_kwargs(config.get_text_config(decoder=True))
    short, long = cache_bytes(cls, tiny_config(data), SHORT), cache_bytes(cls, tiny_config(data), LONG)
    per_kind: dict[str, dict[str, Any]] = {}
    for (name, b1, shapes1), (_, b2, shapes2), layer_type in zip(short, long, tiny_types, strict=True):
        kind = kind_of(name, layer_type)
        if kind == "mamba":
            assert b1 == b2, (b1, b2)
            per_kind[kind] = {"cache_layer": name, "bytes_per_sequence": b1, "tensors": shapes1}
        else:
            assert (b2 - b1) % (LONG - SHORT) == 0
            per_kind[kind] = {"cache_layer": name, "bytes_per_token": (b2 - b1) // (LONG - SHORT), "tensors": shapes2}
    windowed = [kind for kind in per_kind if kind in ("sliding", "chunked")]
    if windowed:
        past = cache_bytes(cls, tiny_config(data, window=SMALL_WINDOW), PAST_WINDOW)
        for (name, b, _shapes), layer_type in zip(past, tiny_types, strict=True):
            kind = kind_of(name, layer_type)
            if kind in windowed:
                per_kind[kind]["tokens_kept_with_window_16_after_40"] = b // per_kind[kind]["bytes_per_token"]
    real_types, _ = get_layer_types_and_kwargs(real_config.get_text_config(decoder=True))
    counts = collections.Counter()
    linear = [t for t in real_types if t in ("linear_attention", "mamba")]
    for t in real_types:
        counts[kind_of("LinearAttentionLayer" if t in ("linear_attention", "mamba") else "", t)] += 1
    kv = sum(counts[k] * v["bytes_per_token"] for k, v in per_kind.items() if k != "mamba")
    state = counts["mamba"] * per_kind["mamba"]["bytes_per_sequence"] if "mamba" in per_kind else None
    assert set(counts) <= set(per_kind) | {"mamba"} and (not linear or "mamba" in per_kind), (counts, per_kind)
    return {"layers_by_kind": dict(counts), "per_layer": per_kind, "kv": kv, "state": state}


def what_engine_says(path: Path) -> str:
    """What `engine params --hf-config PATH` tells a user (the engine installed next to this Python)."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "engine", "params", "--hf-config", str(path.relative_to(REPO))],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    return f"exit {done.returncode}: {(done.stdout + done.stderr).strip().splitlines()[0]}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=REPO / "tests" / "data" / "transformers_counts.json")
    args = parser.parse_args()
    models: dict[str, Any] = {}
    for preset, spec in PRESETS.items():
        path = CONFIGS / f"{preset}.json"
        data, config, cls = load(path)
        model = on_meta(cls, config)
        params = int(sum(p.numel() for p in model.parameters()))
        active = active_params(model, config)
        cache = measure_cache(data, config, cls)
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(cache["layers_by_kind"].items()))
        models[preset] = {
            "spec": spec,
            "class": cls.__name__,
            "config": str(path.relative_to(REPO)),
            "params": params,
            "by_module": by_module(model),
            "linear_weight_params": linear_weights(model),
            "active_params": active,
            "active_params_method": None
            if active is None
            else (
                "params minus, for every parameter under an `experts` module, numel x (E - k) / E with E its first"
                f" dimension and k = config.num_experts_per_tok = {config.num_experts_per_tok}"
            ),
            "kv_bytes_per_token_bf16": cache["kv"],
            "state_bytes_per_sequence_bf16": cache["state"],
            "layers_by_kind": cache["layers_by_kind"],
            "cache_per_layer": cache["per_layer"],
            "cache_method": (
                f"DynamicCache returned by {cls.__name__}(use_cache=True) in bfloat16 on the CPU, the"
                " architecture rebuilt with 2 layers (one per kind), vocabulary 256 and MLP/expert widths 64,"
                " real attention and Mamba sizes; bytes per token per attention layer = cache bytes at"
                f" {LONG} tokens minus at {SHORT}, over {LONG - SHORT}; bytes per sequence per Mamba layer ="
                " conv_states + recurrent_states (equal at both lengths); scaled by the real layers"
                f" ({kinds}) from cache_utils.get_layer_types_and_kwargs. Sliding/chunked layers count per"
                " token up to their window; transformers then keeps window - 1 tokens"
                " (tokens_kept_with_window_16_after_40)."
            ),
        }
        print(
            f"{preset:24} {params:>18,} active {active}  kv/token {cache['kv']}  state/seq {cache['state']}", flush=True
        )
    multimodal: dict[str, Any] = {}
    for path in sorted(MULTIMODAL.glob("*.json")):
        data, config, cls = load(path)
        model = on_meta(cls, config)
        groups: collections.Counter[str] = collections.Counter()
        for name, p in model.named_parameters():
            head = name.split(".")
            key = ".".join(head[:2]) if head[0] == "model" or head[0] == "language_model" else head[0]
            groups[key] += p.numel()
        multimodal[path.stem] = {
            "class": cls.__name__,
            "config": str(path.relative_to(REPO)),
            "params": int(sum(p.numel() for p in model.parameters())),
            "by_module": dict(sorted(groups.items())),
            "engine_sees": what_engine_says(path),
        }
        print(f"{path.stem:24} {multimodal[path.stem]['params']:>18,} {dict(groups)}", flush=True)
    result = {
        "meta": {
            "transformers": transformers.__version__,
            "torch": torch.__version__.split("+")[0],
            "torch_build": torch.__version__,
            "method": (
                "params: the config's model class built on the meta device (torch.device('meta') context),"
                " sum(p.numel() for p in model.parameters()), tied tensors once; by_module: named_parameters()"
                " summed per top-level module and per layer submodule (model.layers.*.self_attn, ...). Written by"
                " tests/measure/measure_families_2025.py."
            ),
        },
        "models": models,
        "multimodal": multimodal,
    }
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
