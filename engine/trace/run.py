"""One traced run: the training steps or the serving prefill and decode steps, under MemTracker, and the
TraceResult read off it (see engine.trace.tracer)."""

from __future__ import annotations

import gc
import inspect
from typing import Any

from engine.trace.errors import (
    FakeTensorError,
    ModelConfigError,
    TraceError,
)
from engine.trace.model import (
    _build_model,
    _cache_storages,
    _decoder_layers,
    _find_cache,
    _is_fake_tensor_failure,
    _make_optimizer,
    _model_class,
    cache_breakdown,
)
from engine.trace.notes import not_reproduced
from engine.trace.result import TYPES, Peak, from_windows, peak_of
from engine.trace.settings import TraceSettings
from engine.trace.tracker import _import_torch, _one_line, _tracker_class


class _Run:
    """One fake run: builds the model, drives the step, remembers where it is for error messages."""

    def __init__(self, settings: TraceSettings, config: Any) -> None:
        self.settings, self.config = settings, config
        self.model_class = _model_class(settings, config).__name__
        self.model: Any = None
        self.tracker: Any = None
        self.where = "building the model"

    def failure(self, exc: BaseException) -> TraceError:
        """A FakeTensorError naming the op (or the code after it), the module and the phase that failed."""
        at = self.where
        mt = self.tracker
        fake = _is_fake_tensor_failure(exc)
        if mt is not None and self.where != "building the model":
            module = mt.failed_in or mt.last_module
            fake = fake or mt.dispatching
            if mt.dispatching:  # raised by the op itself (its fake / meta kernel)
                at = f"aten.{mt.func} in {module}, {self.where}"
            else:  # raised by Python code of the model between ops
                at = f"in {module} after aten.{mt.func}, {self.where}"
        what = "cannot run under FakeTensorMode" if fake else "failed while traced"
        return FakeTensorError(f"{self.model_class} {what} ({at}): {_one_line(exc)}")

    def _head_modules(self) -> set[str]:
        """The output head's module name(s) and '<root>' (the loss is computed in the root module)."""
        head = self.model.get_output_embeddings() if hasattr(self.model, "get_output_embeddings") else None
        names = {"<root>"}
        for name, mod in self.model.named_modules():
            if head is not None and mod is head:
                names.add(name)
        return names

    def _forward_kwargs(self, **wanted: Any) -> dict[str, Any]:
        params = inspect.signature(self.model.forward).parameters
        takes_kwargs = any(p.kind == p.VAR_KEYWORD for p in params.values())
        return {k: v for k, v in wanted.items() if k in params or (takes_kwargs and k == "use_cache")}

    def _setup(self) -> tuple[Any, Any]:
        torch, _ = _import_torch()
        self.where = "building the model"
        self.model = _build_model(self.settings, self.config)
        return torch, self.model

    # ------------------------------------------------------------------------------------- training

    def train(self) -> dict[str, Any]:
        s = self.settings
        torch, model = self._setup()
        model.train()
        opt = _make_optimizer(s, model)
        ids = torch.randint(0, self.config.vocab_size, (s.batch, s.seq_len))
        r: dict[str, Any] = {}
        params = list(model.parameters())
        r["params"] = sum(p.numel() for p in params)
        r["param_tensors"] = len(params)
        r["param_bytes_direct"] = sum(p.numel() * p.element_size() for p in params)
        mt = self.tracker = _tracker_class()()
        mt.set_model(model, _decoder_layers(model, self.config))
        mt.track_external(model, opt, ids)
        start = mt.snap()
        r["param_bytes"], r["buffer_bytes"], r["input_bytes"] = start["PARAM"], start["BUFFER"], start["OTH"]
        amp = torch.autocast("cpu", getattr(torch, s.autocast or "bfloat16"), enabled=s.autocast is not None)
        kwargs = self._forward_kwargs(use_cache=False)
        steps = s.resolved_steps
        step_ends: dict[int, dict[str, int]] = {}
        dropped = None
        with mt:
            for step in range(1, steps + 1):
                mt.reset_mod_stats()  # MemTracker refuses a second root forward otherwise
                mt.begin(step, "forward")
                self.where = f"forward of step {step}"
                with amp:
                    out = model(input_ids=ids, labels=ids, **kwargs)
                loss = out.loss
                if step == steps:
                    r["forward_end"] = mt.snap()
                    r["act_by_origin"] = mt.live_by_origin()
                    r["act_split"] = mt.live_act_split(self._head_modules(), set())
                    r["logits_shape"], r["logits_dtype"] = tuple(out.logits.shape), str(out.logits.dtype)
                    r["logits_bytes"] = out.logits.numel() * out.logits.element_size()
                if not s.outputs_alive_during_backward:
                    del out
                    gc.collect()
                    if step == steps:
                        dropped = mt.snap()
                mt.begin(step, "backward")
                self.where = f"backward of step {step}"
                loss.backward()
                if step == steps:
                    r["backward_end"] = mt.snap()
                    r["grad_bytes"] = r["backward_end"]["GRAD"]
                    r["grad_bytes_direct"] = sum(
                        p.grad.numel() * p.grad.element_size() for p in params if p.grad is not None
                    )
                mt.begin(step, "optimizer")
                self.where = f"optimizer step {step}"
                opt.step()
                mt.begin(step, "zero_grad")
                opt.zero_grad(set_to_none=True)
                del loss
                if s.outputs_alive_during_backward:
                    del out
                gc.collect()
                step_ends[step] = mt.snap()
        root = mt.memory_tracking[model].snapshots
        from torch.distributed._tools.mem_tracker import _ModState

        states = [v for st in opt.state.values() for v in st.values() if isinstance(v, torch.Tensor)]
        phase_peaks = dict(mt.phase_peaks)
        glob = mt.snap(peak=True)
        overall_step, overall_phase = mt.peak_where.split("/", 1) if "/" in mt.peak_where else ("step0", "setup")
        forward_end, backward_end = r.pop("forward_end"), r.pop("backward_end")
        return {
            **r,
            "step": steps,
            "phases": {
                "forward_end": forward_end,
                "backward_start": mt.backward_start.get(steps, {}),
                "backward_end": backward_end,
                "optimizer_step": phase_peaks.get(f"step{steps}/optimizer", {}),
            },
            "step_ends": step_ends,
            "outputs_dropped": dropped,
            "phase_peaks": phase_peaks,
            "windows": mt.windows,
            "peak": peak_of(phase_peaks, steps),
            "overall_peak": Peak(glob["Total"], int(overall_step.removeprefix("step")), overall_phase, glob),
            "root_module_peak_forward": mt.to_dict(root[_ModState.PEAK_FW][-1]),
            "root_module_peak_backward": mt.to_dict(root[_ModState.PEAK_BW][-1]),
            "optimizer_state_bytes": step_ends[steps]["OPT"],
            "optimizer_state_bytes_direct": sum(v.numel() * v.element_size() for v in states),
            "optimizer_state_bytes_scalars": sum(v.numel() * v.element_size() for v in states if v.dim() == 0),
            "optimizer_state_dtypes": tuple(sorted({str(v.dtype) for v in states})),
            "max_act": dict(mt.max_act),
            "max_act_temp": dict(mt.max_act_temp),
            "optimizer_step_transient_bytes": phase_peaks.get(f"step{steps}/optimizer", {}).get("OPT", 0)
            - step_ends[steps]["OPT"],
            "cache_bytes": {},
        }

    # -------------------------------------------------------------------------------------- serving

    def serve(self) -> dict[str, Any]:
        s = self.settings
        torch, model = self._setup()
        model.eval()
        ids = torch.randint(0, self.config.vocab_size, (s.batch, s.prompt_len))
        r: dict[str, Any] = {}
        params = list(model.parameters())
        r["params"] = sum(p.numel() for p in params)
        r["param_tensors"] = len(params)
        r["param_bytes_direct"] = sum(p.numel() * p.element_size() for p in params)
        mt = self.tracker = _tracker_class()()
        mt.set_model(model, _decoder_layers(model, self.config))
        mt.track_external(model, ids)
        start = mt.snap()
        r["param_bytes"], r["buffer_bytes"], r["input_bytes"] = start["PARAM"], start["BUFFER"], start["OTH"]
        amp = torch.autocast("cpu", getattr(torch, s.autocast or "bfloat16"), enabled=s.autocast is not None)
        prefill_kwargs = self._forward_kwargs(use_cache=True, logits_to_keep=1, position_ids=True)
        cache_arg = next(
            (k for k in ("past_key_values", "cache", "cache_params") if self._forward_kwargs(**{k: 1})), None
        )
        if cache_arg is None:
            raise ModelConfigError(f"{self.model_class}.forward takes no cache argument: it cannot be served")
        cache_bytes: dict[str, dict[str, int]] = {}
        with mt, torch.no_grad():
            mt.reset_mod_stats()
            mt.begin(1, "prefill")
            self.where = "prefill"
            if "position_ids" in prefill_kwargs:  # given, as generate does: models whose cache starts with a
                # linear-attention layer cannot count the cached tokens themselves
                prefill_kwargs["position_ids"] = torch.arange(s.prompt_len).unsqueeze(0)
            with amp:
                out = model(input_ids=ids, **prefill_kwargs)
            prefill_kwargs.pop("position_ids", None)  # freed after the call, as in generate
            cache = _find_cache(out)
            if cache is None:
                raise ModelConfigError(f"{self.model_class} returned no cache object with use_cache=True")
            r["prefill_end"] = mt.snap()
            r["act_by_origin"] = mt.live_by_origin()
            r["act_split"] = mt.live_act_split(self._head_modules(), _cache_storages(cache))
            r["logits_shape"], r["logits_dtype"] = tuple(out.logits.shape), str(out.logits.dtype)
            r["logits_bytes"] = out.logits.numel() * out.logits.element_size()
            cache_bytes["prefill_end"] = cache_breakdown(cache)
            token = out.logits[:, -1:].argmax(-1)
            del out
            gc.collect()
            for i in range(s.gen_tokens):
                mt.reset_mod_stats()
                mt.begin(1, "decode")
                self.where = f"decode step {i + 1}"
                decode_kwargs = self._forward_kwargs(use_cache=True, position_ids=True)
                if "position_ids" in decode_kwargs:
                    decode_kwargs["position_ids"] = torch.arange(1).unsqueeze(0) + (s.prompt_len + i)
                with amp:
                    out = model(input_ids=token, **{cache_arg: cache}, **decode_kwargs)
                del decode_kwargs
                cache = _find_cache(out) or cache
                token = out.logits[:, -1:].argmax(-1)
                if i + 1 < s.gen_tokens:
                    del out
                    gc.collect()
            r["decode_end"] = mt.snap()
            cache_bytes["decode_end"] = cache_breakdown(cache)
        phase_peaks = dict(mt.phase_peaks)
        glob = mt.snap(peak=True)
        overall_step, overall_phase = mt.peak_where.split("/", 1) if "/" in mt.peak_where else ("step0", "setup")
        zero = dict.fromkeys((*TYPES, "Total"), 0)
        return {
            **{k: v for k, v in r.items() if k not in ("prefill_end", "decode_end")},
            "step": 1,
            "phases": {"prefill_end": r["prefill_end"], "decode_end": r["decode_end"]},
            "step_ends": {1: r["decode_end"]},
            "outputs_dropped": None,
            "phase_peaks": phase_peaks,
            "windows": mt.windows,
            "peak": peak_of(phase_peaks, 1),
            "overall_peak": Peak(glob["Total"], int(overall_step.removeprefix("step")), overall_phase, glob),
            # MemTracker's own is of the last decode call alone (its stats are reset per call): all calls here.
            "root_module_peak_forward": from_windows(mt.windows, 1, "serve")["root_module_peak_forward"],
            "root_module_peak_backward": zero,
            "grad_bytes": 0,
            "grad_bytes_direct": 0,
            "optimizer_state_bytes": 0,
            "optimizer_state_bytes_direct": 0,
            "optimizer_state_bytes_scalars": 0,
            "optimizer_state_dtypes": (),
            "max_act": dict(mt.max_act),
            "max_act_temp": dict(mt.max_act_temp),
            "optimizer_step_transient_bytes": 0,
            "cache_bytes": cache_bytes,
        }

    def not_reproduced(self) -> list[str]:
        return not_reproduced(self.settings, self.model, self.config)
