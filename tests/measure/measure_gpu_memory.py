"""Measure memory on a real GPU: allocated, reserved and device peaks of a few training steps and serving
runs, each written with the engine question that estimates it (tests/test_runtime_memory.py compares them).

Run where a CUDA GPU, torch and transformers are (no downloads: models are built from their configs with
random weights; a few minutes on one H100/H200):

    python3 tests/measure/measure_gpu_memory.py --out tests/data/measured_gpu_memory_own.json

What each view is, as recorded:
- allocated: torch.cuda.max_memory_allocated() over the measured step (the live tensors' peak);
- reserved: torch.cuda.max_memory_reserved() (the caching allocator's segments);
- device: the largest (total - free) of torch.cuda.mem_get_info() sampled around every phase, which is what
  nvidia-smi shows for this process (the CUDA context, cuBLAS, kernels loaded so far, the allocator's pool).
Training cases run two steps (forward with labels, backward, AdamW step, zero_grad(set_to_none=True)) and
report the second; serving cases run transformers' generate (DynamicCache) with the prompt and new tokens
given. Each case starts from an emptied allocator with its peaks reset; the CUDA context is the process's
own (measured once, before any tensor, and recorded as `context`).
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import sys
import time
from typing import Any

# case: (engine preset, transformers config class, config kwargs, mode, dtype, engine options, values)
LLAMA_1B = {"vocab_size": 128256, "hidden_size": 2048, "intermediate_size": 8192, "num_hidden_layers": 16,
            "num_attention_heads": 32, "num_key_value_heads": 8, "tie_word_embeddings": True,
            "max_position_embeddings": 131072}  # fmt: skip
LLAMA_8B = {"vocab_size": 128256, "hidden_size": 4096, "intermediate_size": 14336, "num_hidden_layers": 32,
            "num_attention_heads": 32, "num_key_value_heads": 8, "max_position_embeddings": 8192}  # fmt: skip
QWEN_05B = {"vocab_size": 151936, "hidden_size": 896, "intermediate_size": 4864, "num_hidden_layers": 24,
            "num_attention_heads": 14, "num_key_value_heads": 2, "tie_word_embeddings": True}  # fmt: skip
CASES: dict[str, dict[str, Any]] = {
    "own-llama32-1b-train-bf16-b4-s2048": {
        "preset": "llama-3.2-1b", "config": ("LlamaConfig", LLAMA_1B), "mode": "train", "dtype": "bfloat16",
        "options": {"precision": "bf16", "sharding": "none", "attention": "sdpa", "optimizer": "adamw"},
        "values": {"batch": 4, "seq_len": 2048},
    },
    "own-llama32-1b-train-fp32-b2-s1024": {
        "preset": "llama-3.2-1b", "config": ("LlamaConfig", LLAMA_1B), "mode": "train", "dtype": "float32",
        "options": {"precision": "fp32", "sharding": "none", "attention": "sdpa", "optimizer": "adamw"},
        "values": {"batch": 2, "seq_len": 1024},
    },
    "own-qwen2-05b-train-bf16-b8-s1024-ckpt": {
        "preset": "qwen2-0.5b", "config": ("Qwen2Config", QWEN_05B), "mode": "train", "dtype": "bfloat16",
        "options": {"precision": "bf16", "sharding": "none", "attention": "sdpa", "recompute": "full"},
        "values": {"batch": 8, "seq_len": 1024}, "checkpointing": True,
    },
    "own-llama3-8b-train-bf16-b1-s2048": {
        "preset": "llama-3-8b", "config": ("LlamaConfig", LLAMA_8B), "mode": "train", "dtype": "bfloat16",
        "options": {"precision": "bf16", "sharding": "none", "attention": "sdpa", "optimizer": "adamw"},
        "values": {"batch": 1, "seq_len": 2048},
    },
    "own-llama3-8b-generate-bf16-c8-p2048-g128": {
        "preset": "llama-3-8b", "config": ("LlamaConfig", LLAMA_8B), "mode": "infer", "dtype": "bfloat16",
        "options": {"runtime": "hf-generate", "attention": "sdpa"},
        "values": {"concurrency": 8, "context": 2176, "gen_tokens": 128},
    },
}  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--only", nargs="*", help="case names to run (default: all)")
    args = parser.parse_args()
    import torch
    import transformers

    if not torch.cuda.is_available():
        print("no CUDA device: nothing measured", file=sys.stderr)
        return 2
    free, total = torch.cuda.mem_get_info()  # creates the context: what is used now is the context
    context = total - free
    props = torch.cuda.get_device_properties(0)
    cases = []
    for name in args.only or list(CASES):
        started = time.time()
        measured = measure(CASES[name], torch, transformers)
        print(f"{name}: {json.dumps(measured)} ({time.time() - started:.1f} s)", flush=True)
        cases.append(record(name, CASES[name], measured, context, props, torch, transformers))
    meta = {
        "written_by": "tests/measure/measure_gpu_memory.py",
        "gpu": props.name,
        "total_memory_bytes": total,
        "context_bytes": context,
        "torch": torch.__version__,
        "cuda": torch.version.cuda,
        "transformers": transformers.__version__,
        "python": platform.python_version(),
    }
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump({"meta": meta, "cases": cases}, f, indent=1)
        f.write("\n")
    return 0


def measure(case: dict[str, Any], torch: Any, transformers: Any) -> dict[str, int]:
    dtype = getattr(torch, case["dtype"])
    config_class, kwargs = case["config"]
    config = getattr(transformers, config_class)(**kwargs, attn_implementation="sdpa")
    used = 0

    def sample() -> None:
        nonlocal used
        torch.cuda.synchronize()
        free, total = torch.cuda.mem_get_info()
        used = max(used, total - free)

    gc.collect()
    torch.cuda.empty_cache()
    with torch.device("cuda"):
        model = transformers.AutoModelForCausalLM.from_config(config, torch_dtype=dtype)
    values = case["values"]
    if case["mode"] == "train":
        if case.get("checkpointing"):
            model.gradient_checkpointing_enable()
        model.train()
        optimizer = torch.optim.AdamW(model.parameters(), lr=1e-5, foreach=True)
        ids = torch.randint(0, kwargs["vocab_size"], (values["batch"], values["seq_len"]), device="cuda")
        for step in range(2):
            if step == 1:
                torch.cuda.reset_peak_memory_stats()
            out = model(input_ids=ids, labels=ids)
            sample()
            out.loss.backward()
            sample()
            del out
            optimizer.step()
            sample()
            optimizer.zero_grad(set_to_none=True)
        del optimizer
    else:
        model.eval()
        prompt = values["context"] - values["gen_tokens"]
        ids = torch.randint(0, kwargs["vocab_size"], (values["concurrency"], prompt), device="cuda")
        torch.cuda.reset_peak_memory_stats()
        with torch.no_grad():
            model.generate(ids, max_new_tokens=values["gen_tokens"], min_new_tokens=values["gen_tokens"],
                           do_sample=False, pad_token_id=0)  # fmt: skip
        sample()
    result = {
        "allocated": torch.cuda.max_memory_allocated(),
        "reserved": torch.cuda.max_memory_reserved(),
        "device": used,
    }
    del model
    gc.collect()
    torch.cuda.empty_cache()
    return result


def record(name: str, case: dict[str, Any], measured: dict[str, int], context: int, props: Any, torch: Any,
           transformers: Any) -> dict[str, Any]:  # fmt: skip
    views = [{"view": v, "value": measured[v], "unit": "bytes", "as_printed": str(measured[v])} for v in measured]
    views.append({"view": "context", "value": context, "unit": "bytes", "as_printed": str(context)})
    return {
        "id": name,
        "mode": "train" if case["mode"] == "train" else "serve",
        "model": {"preset": case["preset"], "dtype": case["dtype"], "random_weights": True},
        "gpu": {"name": props.name, "count": 1, "cuda": torch.version.cuda},
        "runtime": {
            "name": "torch" if case["mode"] == "train" else "hf-generate",
            "version": f"torch {torch.__version__}, transformers {transformers.__version__}",
        },
        "question": {
            "preset": case["preset"],
            "mode": case["mode"],
            "options": case["options"],
            "values": case["values"],
        },
        "measured": views,
        "source": {"kind": "own-measurement", "file": "tests/measure/measure_gpu_memory.py", "url": "", "quote": ""},
    }


if __name__ == "__main__":
    sys.exit(main())
