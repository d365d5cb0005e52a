"""Ground-truth memory of real transformer training steps and serving runs, traced by engine.trace.

What it measures, per training case: parameter / buffer / gradient / optimizer-state bytes, the live bytes per
reference type at the end of the forward pass of the last step (PARAM, BUFFER, GRAD, ACT, TEMP, OPT, OTH),
the overall peak (total, breakdown, phase), the max over time of ACT and of ACT+TEMP, the root module's
Peak-Forward / Peak-Backward snapshots, which ops created the activations alive after forward, the largest
moment of backward before any parameter gradient (backward_start) and ACT split into the head + loss and the
rest. Per serving case: the same model states, the live bytes after the prefill and after the last decode
step, the cache bytes by field (keys, values, conv_states, ssm_states) read from the returned cache object,
and the peak with its phase (prefill or decode).

How: engine.trace (engine/trace/tracer.py) builds the model from its config object (never downloaded), the
optimizer and the input ids under ``FakeTensorMode`` on the CPU device, so nothing is allocated, and runs
``MemTracker`` (``torch.distributed._tools.mem_tracker``) inside that fake mode; it sees every op through
``__torch_dispatch__`` and counts each untyped storage once, exactly (the 512-byte rounding of the CUDA caching
allocator applies only to ``cuda`` devices, so these numbers are unrounded). A small subclass adds a phase
label (forward / backward / optimizer / zero_grad, per step) to every peak update. Training cases run two full
steps: forward with ``labels=input_ids`` (the model's own causal-LM loss), ``loss.backward()``,
``optimizer.step()``, ``optimizer.zero_grad(set_to_none=True)``, then ``del out, loss``; step 2 is reported
(optimizer states exist). MemTracker's types: ACT = created in forward (incl. logits and loss), TEMP = created
in backward (parameter grads are re-typed GRAD by hooks), OPT = everything created inside optimizer.step()
(states and transients). Serving cases (``mode: serve``) run under no_grad: a prefill of ``prompt_len`` tokens
with ``use_cache=True`` and ``logits_to_keep=1`` (as generate does), then ``gen_tokens`` decode steps feeding
back the argmax; the cache is ACT (created in forward).

Written with torch 2.13.0+cpu and transformers 5.24.0 (the versions used are recorded in the JSON "meta").
A fake ``cuda`` device cannot run autograd on a CPU-only build, so the trace runs on the CPU device, with:
- ``transformers.masking_utils.find_packed_sequence_indices`` patched to return None (what it returns on real
  ``arange`` position ids; fake ids made it assume packed sequences and materialize a (b,1,s,s) mask);
- optimizers with ``foreach=True`` (torch's default on CUDA; on CPU the default would be the for-loop);
- dropout p>0 via the CPU kernel (fp32 noise kept for backward), or with ``dropout_kernel="native_dropout"``
  via ``torch.native_dropout`` as on CUDA (1-byte bool mask); SDPA uses the CPU flash kernel (saves out +
  fp32 logsumexp); autocast uses ``device_type="cpu"``, whose op lists differ slightly from CUDA's;
- state-space models (Mamba) run transformers' torch fallback, not the mamba-ssm / causal-conv1d CUDA kernels.
The ``out`` object (logits) stays alive until the end of the step unless ``outputs_alive_during_backward`` is
False (then it is dropped right after forward, as HF Trainer does). Each case's "not_reproduced" lists what the
CPU trace does not do as a GPU run would.

Run: /work/venv-trace/bin/python tests/measure/measure_training_step.py --out tests/data/measured_training_steps.json
(``--only NAME ...`` runs some cases; with ``--merge`` they replace those cases in the existing --out file.)
"""

from __future__ import annotations

import argparse
import datetime
import gc
import json
import time
import traceback
from pathlib import Path
from typing import Any

from engine.trace import TraceError, TraceResult, TraceSettings, trace

GPT2 = {"vocab_size": 50257, "n_positions": 1024, "n_embd": 768, "n_layer": 12, "n_head": 12,
        "resid_pdrop": 0.0, "embd_pdrop": 0.0, "attn_pdrop": 0.0, "use_cache": False}  # fmt: skip
LLAMA = {"vocab_size": 32000, "hidden_size": 512, "intermediate_size": 1376, "num_hidden_layers": 8,
         "num_attention_heads": 8, "num_key_value_heads": 4, "max_position_embeddings": 2048,
         "tie_word_embeddings": False, "use_cache": False}  # fmt: skip
# GPT-J: a parallel block (one ln_1 feeds attention and MLP), partial rotary (rotary_dim of head_dim 64).
GPTJ = {"vocab_size": 50400, "n_positions": 2048, "n_embd": 512, "n_layer": 4, "n_head": 8, "rotary_dim": 32,
        "resid_pdrop": 0.0, "embd_pdrop": 0.0, "attn_pdrop": 0.0, "tie_word_embeddings": False,
        "use_cache": False}  # fmt: skip
# Falcon-Mamba (Mamba-1 with RMS-normed dt/B/C): a selective state-space model, no attention.
FALCON_MAMBA = {"vocab_size": 32000, "hidden_size": 512, "num_hidden_layers": 4, "state_size": 16,
                "conv_kernel": 4, "expand": 2, "use_cache": False}  # fmt: skip
# Mamba-2 (state-space duality, chunked scan): heads of 64 channels, one B/C group.
MAMBA2 = {"vocab_size": 32000, "hidden_size": 512, "num_hidden_layers": 4, "state_size": 16, "conv_kernel": 4,
          "expand": 2, "num_heads": 16, "head_dim": 64, "n_groups": 1, "use_cache": False}  # fmt: skip
DROP = {"resid_pdrop": 0.1, "embd_pdrop": 0.1, "attn_pdrop": 0.1}
ADAMW = {"name": "AdamW", "lr": 1e-4, "foreach": True}
SGD = {"name": "SGD", "lr": 1e-3, "momentum": 0.9, "foreach": True}
SSM_NOTE = (
    "CPU trace of transformers' torch fallback (the pure-PyTorch selective scan and causal conv1d), not the "
    "mamba-ssm / causal-conv1d CUDA kernels a GPU run would use: the fallback keeps its own intermediates"
)


def case(model: str, cfg: dict[str, Any], attn: str, batch: int = 2, seq: int = 256, **kw: Any) -> dict[str, Any]:
    base = {"model": model, "model_config": cfg, "attn_implementation": attn, "batch": batch, "seq": seq,
            "param_dtype": "float32", "autocast": None, "gradient_checkpointing": False, "optimizer": ADAMW,
            "outputs_alive_during_backward": True, "dropout_kernel": "cpu", "steps": 2}  # fmt: skip
    return {**base, **kw}


def serve_case(model: str, cfg: dict[str, Any], attn: str, batch: int = 2, **kw: Any) -> dict[str, Any]:
    base = {"model": model, "model_config": {**cfg, "use_cache": True}, "mode": "serve",
            "attn_implementation": attn, "batch": batch, "prompt_len": 256, "gen_tokens": 16,
            "param_dtype": "float32", "autocast": None}  # fmt: skip
    return {**base, **kw}


CASES = {
    "gpt2-eager-fp32": case("gpt2", GPT2, "eager"),
    "gpt2-sdpa-fp32": case("gpt2", GPT2, "sdpa"),
    "gpt2-eager-fp32-dropout": case("gpt2", {**GPT2, **DROP}, "eager"),
    "gpt2-eager-fp32-b4-s512": case("gpt2", GPT2, "eager", batch=4, seq=512),
    "llama-small-eager-fp32": case("llama", LLAMA, "eager"),
    "llama-small-sdpa-fp32": case("llama", LLAMA, "sdpa"),
    "llama-small-eager-fp32-s1024": case("llama", LLAMA, "eager", batch=1, seq=1024),
    "llama-small-sdpa-bf16": case("llama", LLAMA, "sdpa", param_dtype="bfloat16"),
    "llama-small-sdpa-amp": case("llama", LLAMA, "sdpa", autocast="bfloat16"),
    "llama-small-sdpa-fp32-ckpt": case("llama", LLAMA, "sdpa", gradient_checkpointing=True),
    "gpt2-eager-fp32-sgd": case("gpt2", GPT2, "eager", optimizer=SGD),
    # Extras (not in the original list): Trainer-style loop, CPU-default AdamW, CUDA dropout kernel, bf16 eager.
    "gpt2-eager-fp32-outputs-dropped": case("gpt2", GPT2, "eager", outputs_alive_during_backward=False),
    "gpt2-eager-fp32-adamw-forloop": case("gpt2", GPT2, "eager", optimizer={**ADAMW, "foreach": False}),
    "gpt2-eager-fp32-dropout-native": case("gpt2", {**GPT2, **DROP}, "eager", dropout_kernel="native_dropout"),
    "llama-small-eager-bf16": case("llama", LLAMA, "eager", param_dtype="bfloat16"),
    # GPT-J's parallel block; a state-space model; serving with the cache.
    "gptj-small-eager-fp32": case("gptj", GPTJ, "eager"),
    "gptj-small-sdpa-fp32": case("gptj", GPTJ, "sdpa"),
    "gptj-small-sdpa-bf16": case("gptj", GPTJ, "sdpa", param_dtype="bfloat16"),
    "falcon-mamba-small-fp32": case("falcon_mamba", FALCON_MAMBA, "eager", notes=[SSM_NOTE]),
    "mamba2-small-fp32": case("mamba2", MAMBA2, "eager", notes=[SSM_NOTE]),
    "llama-small-serve-sdpa-fp32": serve_case("llama", LLAMA, "sdpa"),
    "llama-small-serve-sdpa-bf16": serve_case("llama", LLAMA, "sdpa", param_dtype="bfloat16"),
    "gpt2-serve-sdpa-fp32": serve_case("gpt2", GPT2, "sdpa"),
    "falcon-mamba-small-serve-fp32": serve_case("falcon_mamba", FALCON_MAMBA, "eager", notes=[SSM_NOTE]),
    "mamba2-small-serve-fp32": serve_case("mamba2", MAMBA2, "eager", notes=[SSM_NOTE]),
}


def settings_of(c: dict[str, Any]) -> TraceSettings:
    """A case's config (the JSON's "config") as engine.trace settings; full traces, never scaled."""
    optimizer = dict(c.get("optimizer", ADAMW))
    return TraceSettings(
        model_config={"model_type": c["model"], **c["model_config"]},
        mode=c.get("mode", "train"),
        batch=c["batch"],
        seq_len=c.get("seq", 1),
        param_dtype=c["param_dtype"],
        autocast=c["autocast"],
        optimizer=optimizer.pop("name"),
        optimizer_kwargs=optimizer,
        gradient_checkpointing=c.get("gradient_checkpointing", False),
        attn_implementation=c["attn_implementation"],
        outputs_alive_during_backward=c.get("outputs_alive_during_backward", True),
        dropout_kernel=c.get("dropout_kernel", "cpu"),
        steps=c.get("steps"),
        layer_scaling="never",
        prompt_len=c.get("prompt_len", 256),
        gen_tokens=c.get("gen_tokens", 16),
    )


def _peak(r: TraceResult) -> dict[str, Any]:
    return {"total": r.peak.total, "step": r.peak.step, "phase": r.peak.phase, "by_type": dict(r.peak.by_type)}


def _overall(r: TraceResult) -> dict[str, Any]:
    o = r.overall_peak
    return {"total": o.total, "first_reached_in": f"step{o.step}/{o.phase}", "by_type": dict(o.by_type)}


def train_entry(r: TraceResult) -> dict[str, Any]:
    """The JSON entry of a training case, in the file's order (older fields first, then the newer ones)."""
    last = r.step
    e: dict[str, Any] = {
        "params": r.params,
        "param_tensors": r.param_tensors,
        "param_bytes_direct": r.param_bytes_direct,
        "param_bytes": r.param_bytes,
        "buffer_bytes": r.buffer_bytes,
        "input_bytes": r.input_bytes,
    }
    e.update({f"end_of_step{k}": dict(v) for k, v in r.step_ends.items() if k != last})
    e["after_forward"] = dict(r.phases["forward_end"])
    e["after_forward_act_by_origin"] = dict(r.act_by_origin)
    e["logits_shape"], e["logits_dtype"], e["logits_bytes"] = list(r.logits_shape), r.logits_dtype, r.logits_bytes
    if r.outputs_dropped is not None:
        e["after_forward_outputs_dropped"] = dict(r.outputs_dropped)
    e["after_backward"] = dict(r.phases["backward_end"])
    e["grad_bytes"], e["grad_bytes_direct"] = r.grad_bytes, r.grad_bytes_direct
    e[f"end_of_step{last}"] = dict(r.step_ends[last])
    e["root_module_peak_forward"] = dict(r.root_module_peak_forward)
    e["root_module_peak_backward"] = dict(r.root_module_peak_backward)
    e["optimizer_state_bytes"] = r.optimizer_state_bytes
    e["optimizer_state_bytes_direct"] = r.optimizer_state_bytes_direct
    e["optimizer_state_bytes_scalars"] = r.optimizer_state_bytes_scalars
    e["optimizer_state_dtypes"] = list(r.optimizer_state_dtypes)
    e["peak"], e["overall_peak"] = _peak(r), _overall(r)
    e["phase_peaks"] = {k: dict(v) for k, v in r.phase_peaks.items()}
    e["max_act"], e["max_act_temp"] = r.max_act[last], r.max_act_temp[last]
    e["max_act_by_step"] = {str(k): v for k, v in r.max_act.items()}
    e["max_act_temp_by_step"] = {str(k): v for k, v in r.max_act_temp.items()}
    e["optimizer_step_transient_bytes"] = r.optimizer_step_transient_bytes
    e["backward_start"] = dict(r.phases["backward_start"])
    e["after_forward_act_split"] = dict(r.act_split)
    return e


def serve_entry(r: TraceResult) -> dict[str, Any]:
    """The JSON entry of a serving case."""
    return {
        "params": r.params,
        "param_tensors": r.param_tensors,
        "param_bytes_direct": r.param_bytes_direct,
        "param_bytes": r.param_bytes,
        "buffer_bytes": r.buffer_bytes,
        "input_bytes": r.input_bytes,
        "after_prefill": dict(r.phases["prefill_end"]),
        "after_prefill_act_by_origin": dict(r.act_by_origin),
        "after_prefill_act_split": dict(r.act_split),
        "logits_shape": list(r.logits_shape),
        "logits_dtype": r.logits_dtype,
        "logits_bytes": r.logits_bytes,
        "after_decode": dict(r.phases["decode_end"]),
        "cache_bytes": {k: dict(v) for k, v in r.cache_bytes.items()},
        "peak": _peak(r),
        "overall_peak": _overall(r),
        "phase_peaks": {k: dict(v) for k, v in r.phase_peaks.items()},
        "max_act": r.max_act[1],
    }


def measure(c: dict[str, Any]) -> dict[str, Any]:
    r = trace(settings_of(c))
    entry = train_entry(r) if r.settings.mode == "train" else serve_entry(r)
    entry["not_reproduced"] = list(r.not_reproduced)
    return entry


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--only", nargs="*", help="case names to run (default: all)")
    ap.add_argument("--merge", action="store_true", help="replace only the cases run in the existing --out file")
    args = ap.parse_args()
    import torch
    import transformers

    result: dict[str, Any] = {
        "meta": {
            "torch": torch.__version__,
            "transformers": transformers.__version__,
            "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
            "method": " ".join((__doc__ or "").split("How: ", 1)[1].split("Run:")[0].split()),
        },
        "cases": {},
    }
    if args.merge and Path(args.out).exists():
        result["cases"] = json.loads(Path(args.out).read_text())["cases"]
    unknown = sorted(set(args.only or ()) - set(CASES))
    if unknown:
        ap.error(f"unknown case(s): {', '.join(unknown)}")
    for name, c in CASES.items():
        if args.only and name not in args.only:
            continue
        t0 = time.time()
        try:
            entry = {"config": c, **measure(c)}
        except TraceError as e:
            entry = {"config": c, "error": e.message}
        except Exception as e:
            entry = {"config": c, "error": f"{type(e).__name__}: {e}", "traceback": traceback.format_exc()[-3000:]}
        entry["trace_seconds"] = round(time.time() - t0, 2)
        result["cases"][name] = entry
        print(f"{name}: {entry.get('error') or entry['peak']['total']} ({entry['trace_seconds']} s)", flush=True)
        gc.collect()
    result["cases"] = {k: result["cases"][k] for k in [*CASES, *result["cases"]] if k in result["cases"]}
    with open(args.out, "w") as f:
        json.dump(result, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
