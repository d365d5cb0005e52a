"""Ground-truth memory of real transformer training steps, traced with PyTorch's MemTracker on fake tensors.

What it measures, per case: parameter / buffer / gradient / optimizer-state bytes, the live bytes per
reference type at the end of the forward pass of step 2 (PARAM, BUFFER, GRAD, ACT, TEMP, OPT, OTH), the
overall peak (total, breakdown, phase), the max over time of ACT and of ACT+TEMP, the root module's
Peak-Forward / Peak-Backward snapshots, and which ops created the activations alive after forward.

How: the model (built from a config object, never downloaded), the AdamW/SGD optimizer and the input ids are
created under ``FakeTensorMode`` on the CPU device, so nothing is allocated. ``MemTracker``
(``torch.distributed._tools.mem_tracker``) is entered inside that fake mode; it sees every op through
``__torch_dispatch__`` and counts each untyped storage once, exactly (the 512-byte rounding of the CUDA caching
allocator applies only to ``cuda`` devices, so these numbers are unrounded). A small subclass adds a phase
label (forward / backward / optimizer / zero_grad, per step) to every peak update. Two full steps run: forward
with ``labels=input_ids`` (the model's own causal-LM loss), ``loss.backward()``, ``optimizer.step()``,
``optimizer.zero_grad(set_to_none=True)``, then ``del out, loss``; step 2 is reported (optimizer states exist).
MemTracker's types: ACT = created in forward (incl. logits and loss), TEMP = created in backward (parameter
grads are re-typed GRAD by hooks), OPT = everything created inside optimizer.step() (states and transients).

Written with torch 2.13.0+cpu and transformers 5.24.0 (the versions used are recorded in the JSON "meta").
A fake ``cuda`` device cannot run autograd on a CPU-only build, so the trace runs on the CPU device, with:
- ``transformers.masking_utils.find_packed_sequence_indices`` patched to return None (what it returns on real
  ``arange`` position ids; fake ids made it assume packed sequences and materialize a (b,1,s,s) mask);
- optimizers with ``foreach=True`` (torch's default on CUDA; on CPU the default would be the for-loop);
- dropout p>0 via the CPU kernel (fp32 noise kept for backward), or with ``dropout_kernel="native_dropout"``
  via ``torch.native_dropout`` as on CUDA (1-byte bool mask); SDPA uses the CPU flash kernel (saves out +
  fp32 logsumexp); autocast uses ``device_type="cpu"``, whose op lists differ slightly from CUDA's.
The ``out`` object (logits) stays alive until the end of the step unless ``outputs_alive_during_backward`` is
False (then it is dropped right after forward, as HF Trainer does).

Run: /work/venv-torch/bin/python tests/measure/measure_training_step.py --out tests/data/measured_training_steps.json
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import gc
import json
import re
import time
import traceback
from typing import Any

import torch
import transformers
import transformers.masking_utils
from torch._subclasses.fake_tensor import FakeTensorMode
from torch.distributed._tools.common_utils import get_untyped_storages
from torch.distributed._tools.mem_tracker import MemTracker, _MemRefType, _ModState
from torch.utils.weak import WeakIdKeyDictionary
from transformers import AutoModelForCausalLM, GPT2Config, LlamaConfig

TYPES = {"PARAM": _MemRefType.PARAM, "BUFFER": _MemRefType.BUFFER, "GRAD": _MemRefType.GRAD,
         "ACT": _MemRefType.ACT, "TEMP": _MemRefType.TEMP, "OPT": _MemRefType.OPT, "OTH": _MemRefType.OTH}  # fmt: skip
GPT2 = {"vocab_size": 50257, "n_positions": 1024, "n_embd": 768, "n_layer": 12, "n_head": 12,
        "resid_pdrop": 0.0, "embd_pdrop": 0.0, "attn_pdrop": 0.0, "use_cache": False}  # fmt: skip
LLAMA = {"vocab_size": 32000, "hidden_size": 512, "intermediate_size": 1376, "num_hidden_layers": 8,
         "num_attention_heads": 8, "num_key_value_heads": 4, "max_position_embeddings": 2048,
         "tie_word_embeddings": False, "use_cache": False}  # fmt: skip
DROP = {"resid_pdrop": 0.1, "embd_pdrop": 0.1, "attn_pdrop": 0.1}
ADAMW = {"name": "AdamW", "lr": 1e-4, "foreach": True}
SGD = {"name": "SGD", "lr": 1e-3, "momentum": 0.9, "foreach": True}


def case(model: str, cfg: dict[str, Any], attn: str, batch: int = 2, seq: int = 256, **kw: Any) -> dict[str, Any]:
    base = {"model": model, "model_config": cfg, "attn_implementation": attn, "batch": batch, "seq": seq,
            "param_dtype": "float32", "autocast": None, "gradient_checkpointing": False, "optimizer": ADAMW,
            "outputs_alive_during_backward": True, "dropout_kernel": "cpu", "steps": 2}  # fmt: skip
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
}


class PhaseMemTracker(MemTracker):
    """MemTracker that also records, for every peak update, the current (step, phase), the per-phase peaks,
    the running max of ACT and ACT+TEMP, and which op (and innermost module) created each storage."""

    def __init__(self) -> None:
        super().__init__()
        self.step, self.phase, self.func = 0, "setup", "external"
        self.phase_peaks: dict[str, dict[str, int]] = {}  # "step2/backward" -> snapshot at that phase's max
        self.max_act: dict[int, int] = {}
        self.max_act_temp: dict[int, int] = {}
        self.peak_where = "setup"
        self.origin: WeakIdKeyDictionary = WeakIdKeyDictionary()

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):  # type: ignore[no-untyped-def]
        self.func = str(func.overloadpacket.__name__)
        return super().__torch_dispatch__(func, types, args, kwargs)

    def _track(self, reftype, t):  # type: ignore[no-untyped-def]
        super()._track(reftype, t)
        for st in get_untyped_storages(t):
            if st not in self.origin:
                parents = [p for p in self._mod_tracker.parents if p != "Global"]
                mod = max(parents, key=lambda p: p.count("."), default="-")
                mod = re.sub(r"\.\d+(\.|$)", r".N\1", mod.split(".", 1)[-1] if "." in mod else "<root>")
                self.origin[st] = f"{mod} | {self.func} | {str(t.dtype).replace('torch.', '')}"

    def _update_peak_stats(self, peak_state):  # type: ignore[no-untyped-def]
        before = self._peak_mem.get(torch.device("cpu"), 0)
        super()._update_peak_stats(peak_state)
        cur = self.snap()
        key = f"step{self.step}/{self.phase}"
        if cur["Total"] > self.phase_peaks.get(key, {}).get("Total", -1):
            self.phase_peaks[key] = cur
        self.max_act[self.step] = max(self.max_act.get(self.step, 0), cur["ACT"])
        self.max_act_temp[self.step] = max(self.max_act_temp.get(self.step, 0), cur["ACT"] + cur["TEMP"])
        if self._peak_mem.get(torch.device("cpu"), 0) > before:
            self.peak_where = key

    def snap(self, which: str = "current") -> dict[str, int]:
        return to_dict(self.get_tracker_snapshot(which))

    def live_act_by_origin(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for st, (winfo, _) in list(self._WINFO.items()):
            if winfo.reftype == _MemRefType.ACT:
                k = self.origin.get(st, "?")
                out[k] = out.get(k, 0) + winfo.mem_consumed
        return dict(sorted(out.items(), key=lambda kv: -kv[1]))


def to_dict(snapshot: dict[torch.device, dict[Any, int]]) -> dict[str, int]:
    dev = snapshot.get(torch.device("cpu"), {})
    d = {name: int(dev.get(rt, 0)) for name, rt in TYPES.items()}
    d["Total"] = int(dev.get("Total", 0))
    return d


def build(c: dict[str, Any]) -> torch.nn.Module:
    cls = GPT2Config if c["model"] == "gpt2" else LlamaConfig
    dtype = getattr(torch, c["param_dtype"])
    # model.to(dtype) cannot swap fake parameters (FakeTensorMode holds weakrefs to them), so the model is built
    # in that dtype and its floating buffers are cast by hand: the same tensors as model.to(dtype) would give.
    model = AutoModelForCausalLM.from_config(
        cls(**c["model_config"]), attn_implementation=c["attn_implementation"], dtype=dtype
    )
    if model.config._attn_implementation != c["attn_implementation"]:
        raise RuntimeError(f"attention is {model.config._attn_implementation}, wanted {c['attn_implementation']}")
    for mod in model.modules():
        for k, b in mod._buffers.items():
            if b is not None and b.is_floating_point() and b.dtype != dtype:
                mod._buffers[k] = b.to(dtype)
    if any(p.dtype != dtype for p in model.parameters()):
        raise RuntimeError("parameters are not all " + c["param_dtype"])
    if c["gradient_checkpointing"]:
        model.gradient_checkpointing_enable()
    model.train()
    return model


def make_optimizer(c: dict[str, Any], model: torch.nn.Module) -> torch.optim.Optimizer:
    o = dict(c["optimizer"])
    return getattr(torch.optim, o.pop("name"))(model.parameters(), **o)  # type: ignore[no-any-return]


@contextlib.contextmanager
def real_run_behaviour(c: dict[str, Any]) -> Any:
    """Packed-sequence detection as on real ``arange`` position ids; optionally CUDA's dropout kernel."""
    mu, fn = transformers.masking_utils, torch.nn.functional
    saved = (mu.find_packed_sequence_indices, fn.dropout)

    def native_dropout(input: torch.Tensor, p: float = 0.5, training: bool = True, inplace: bool = False) -> Any:
        if training and 0 < p < 1 and input.numel() > 0:
            return torch.native_dropout(input, p, True)[0]
        return saved[1](input, p, training, inplace)

    mu.find_packed_sequence_indices = lambda position_ids: None
    if c["dropout_kernel"] == "native_dropout":
        fn.dropout = native_dropout
    try:
        yield
    finally:
        mu.find_packed_sequence_indices, fn.dropout = saved


def measure(c: dict[str, Any]) -> dict[str, Any]:
    r: dict[str, Any] = {}
    with FakeTensorMode(), real_run_behaviour(c):
        model = build(c)
        opt = make_optimizer(c, model)
        ids = torch.randint(0, c["model_config"]["vocab_size"], (c["batch"], c["seq"]))
        params = list(model.parameters())
        r["params"] = sum(p.numel() for p in params)
        r["param_tensors"] = len(params)
        r["param_bytes_direct"] = sum(p.numel() * p.element_size() for p in params)
        mt = PhaseMemTracker()
        mt.track_external(model, opt, ids)
        start = mt.snap()
        r["param_bytes"], r["buffer_bytes"], r["input_bytes"] = start["PARAM"], start["BUFFER"], start["OTH"]
        amp = torch.autocast("cpu", getattr(torch, c["autocast"] or "bfloat16"), enabled=c["autocast"] is not None)
        with mt:
            for step in range(1, c["steps"] + 1):
                mt.reset_mod_stats()  # MemTracker refuses a second root forward otherwise
                mt.step, mt.phase = step, "forward"
                with amp:
                    out = model(input_ids=ids, labels=ids)
                loss = out.loss
                if step == c["steps"]:
                    r["after_forward"] = mt.snap()
                    r["after_forward_act_by_origin"] = mt.live_act_by_origin()
                    r["logits_shape"], r["logits_dtype"] = list(out.logits.shape), str(out.logits.dtype)
                    r["logits_bytes"] = out.logits.numel() * out.logits.element_size()
                if not c["outputs_alive_during_backward"]:
                    del out
                    gc.collect()
                    if step == c["steps"]:
                        r["after_forward_outputs_dropped"] = mt.snap()
                mt.phase = "backward"
                loss.backward()
                if step == c["steps"]:
                    r["after_backward"] = mt.snap()
                    r["grad_bytes"] = r["after_backward"]["GRAD"]
                    r["grad_bytes_direct"] = sum(p.grad.numel() * p.grad.element_size() for p in params)
                mt.phase = "optimizer"
                opt.step()
                mt.phase = "zero_grad"
                opt.zero_grad(set_to_none=True)
                del loss
                if c["outputs_alive_during_backward"]:
                    del out
                gc.collect()
                r[f"end_of_step{step}"] = mt.snap()
        root = mt.memory_tracking[model].snapshots
        r["root_module_peak_forward"] = to_dict(root[_ModState.PEAK_FW][-1])
        r["root_module_peak_backward"] = to_dict(root[_ModState.PEAK_BW][-1])
        states = [v for s in opt.state.values() for v in s.values() if isinstance(v, torch.Tensor)]
        r["optimizer_state_bytes"] = r["end_of_step2"]["OPT"]
        r["optimizer_state_bytes_direct"] = sum(v.numel() * v.element_size() for v in states)
        r["optimizer_state_bytes_scalars"] = sum(v.numel() * v.element_size() for v in states if v.dim() == 0)
        r["optimizer_state_dtypes"] = sorted({str(v.dtype) for v in states})
    step2 = [(k, v) for k, v in mt.phase_peaks.items() if k.startswith("step2/")]
    where, snap = max(step2, key=lambda kv: kv[1]["Total"])
    r["peak"] = {"total": snap["Total"], "step": 2, "phase": where.split("/")[1], "by_type": snap}
    glob = mt.snap("peak")
    r["overall_peak"] = {"total": glob["Total"], "first_reached_in": mt.peak_where, "by_type": glob}
    r["phase_peaks"] = mt.phase_peaks
    r["max_act"], r["max_act_temp"] = mt.max_act[2], mt.max_act_temp[2]
    r["max_act_by_step"], r["max_act_temp_by_step"] = mt.max_act, mt.max_act_temp
    r["optimizer_step_transient_bytes"] = mt.phase_peaks["step2/optimizer"]["OPT"] - r["optimizer_state_bytes"]
    return r


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--only", nargs="*", help="case names to run (default: all)")
    args = ap.parse_args()
    result: dict[str, Any] = {
        "meta": {
            "torch": torch.__version__,
            "transformers": transformers.__version__,
            "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
            "method": " ".join(__doc__.split("How: ", 1)[1].split("Run:")[0].split()),
        },
        "cases": {},
    }
    for name, c in CASES.items():
        if args.only and name not in args.only:
            continue
        t0 = time.time()
        try:
            entry = {"config": c, **measure(c)}
        except Exception as e:
            entry = {"config": c, "error": f"{type(e).__name__}: {e}", "traceback": traceback.format_exc()[-3000:]}
        entry["trace_seconds"] = round(time.time() - t0, 2)
        result["cases"][name] = entry
        print(f"{name}: {entry.get('error') or entry['peak']['total']} ({entry['trace_seconds']} s)", flush=True)
        gc.collect()
    with open(args.out, "w") as f:
        json.dump(result, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
