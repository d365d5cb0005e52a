"""Trace a real transformers step under PyTorch's MemTracker on fake tensors: `trace(settings)`.

How: the model (built from its config, never downloaded), the optimizer and the input ids are created under
``FakeTensorMode`` on the CPU device, so nothing is allocated. ``MemTracker``
(``torch.distributed._tools.mem_tracker``) runs inside that fake mode: it sees every op through
``__torch_dispatch__`` and counts each untyped storage once, exactly (no allocator rounding on the CPU).
`_tracker_class` adds a (step, phase) label to every peak update, the running max of ACT and ACT+TEMP, the
largest moment of backward before any parameter gradient is complete, and which op in which module
created each storage.

Train: ``steps`` full steps (forward with ``labels=input_ids``, ``loss.backward()``, ``optimizer.step()``,
``optimizer.zero_grad(set_to_none=True)``, ``del out, loss``), the last reported. MemTracker's types:
ACT = created in forward (logits and loss included), TEMP = created in backward (parameter gradients are
re-typed GRAD by hooks), OPT = everything created inside ``optimizer.step()`` (states and transients).
Serve: ``model.eval()`` under ``no_grad``: a prefill of ``prompt_len`` tokens with ``use_cache=True`` and
``logits_to_keep=1`` (as ``generate`` does), then ``gen_tokens`` decode steps of one token each fed back
from the argmax, no attention mask (one unpadded batch); the cache is read from the returned cache object.

A fake ``cuda`` device cannot run autograd on a CPU-only build, so the trace runs on the CPU device, with:
``transformers.masking_utils.find_packed_sequence_indices`` patched to return None (what it returns on real
``arange`` position ids: fake ids made it assume packed sequences and materialize a (b,1,s,s) mask);
optimizers with ``foreach`` spelled out (`OPTIMIZERS`); dropout p>0 via the CPU kernel (fp32 noise kept for
backward) or, with ``dropout_kernel="native_dropout"``, via ``torch.native_dropout`` as on CUDA (1-byte
masks); SDPA via the CPU flash kernel (saves out + fp32 logsumexp); autocast with ``device_type="cpu"``.

torch and transformers are imported inside the functions, so ``import engine.trace`` works without them;
`trace` then raises `MissingExtraError` with the commands that install them.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import gc
import importlib
import importlib.util
import inspect
import logging
import re
import sys
import time
import warnings
from collections.abc import Iterator, Mapping
from typing import Any

from engine.errors import did_you_mean
from engine.trace.errors import (
    FakeTensorError,
    MissingExtraError,
    ModelConfigError,
    ScalingError,
    SettingsError,
    TraceError,
    UnknownModelTypeError,
)
from engine.trace.result import TYPES, Peak, TraceResult, from_windows, peak_of
from engine.trace.settings import TraceSettings

# More layers than this and trace() extrapolates from two small layer counts (layer_scaling="auto"): the
# cost of a fake trace is the number of ops, about linear in the layers, and the result is exact for every
# quantity linear in the layer count (tests/test_trace.py checks it against full traces).
AUTO_SCALE_LAYERS = 16
MIN_TRANSFORMERS = 5

# Names in an older modeling file that mean a CUDA kernel exists and the CPU trace runs its torch fallback.
CUDA_KERNEL_FLAGS = ("is_fast_path_available",)


# --------------------------------------------------------------------------------------------- imports


def _import_torch() -> tuple[Any, Any]:
    """torch and transformers (a supported version), or the missing-extra error.

    transformers is imported only once torch has been: imported without it, it would remember that.
    """
    missing = []
    torch: Any = None
    transformers: Any = None
    try:
        torch = importlib.import_module("torch")
    except ImportError:
        missing.append("torch")
    if torch is None:
        try:
            found = importlib.util.find_spec("transformers") is not None
        except (ImportError, ValueError):  # ValueError: blocked in sys.modules
            found = False
        if not found:
            missing.append("transformers")
    else:
        try:
            transformers = importlib.import_module("transformers")
        except ImportError:
            missing.append("transformers")
    if missing:
        raise MissingExtraError(" and ".join(missing))
    major = str(getattr(transformers, "__version__", "0")).split(".")[0]
    if not major.isdigit() or int(major) < MIN_TRANSFORMERS:
        raise MissingExtraError(f"transformers >= {MIN_TRANSFORMERS} (found {transformers.__version__})")
    return torch, transformers


def _one_line(exc: BaseException, limit: int = 240) -> str:
    """``Type: message`` on one line; a wrapper's cause when it has one (HF config validation)."""
    inner = exc.__cause__ if exc.__cause__ is not None else exc
    text = " ".join(str(inner).split()) or "(no message)"
    if len(text) > limit:
        text = text[: limit - 3] + "..."
    return f"{type(inner).__name__}: {text}"


# ---------------------------------------------------------------------------------------- the tracker


@functools.lru_cache(maxsize=1)
def _tracker_class() -> Any:
    """The MemTracker subclass (made on first use: it subclasses a torch class)."""
    torch, _ = _import_torch()
    from torch.distributed._tools.common_utils import get_untyped_storages
    from torch.distributed._tools.mem_tracker import MemTracker, _MemRefType
    from torch.utils.weak import WeakIdKeyDictionary

    types = {name: getattr(_MemRefType, name) for name in TYPES}
    cpu = torch.device("cpu")

    class PhaseMemTracker(MemTracker):  # type: ignore[misc]  # subclass of Any: torch is untyped to mypy
        """MemTracker that also records, for every peak update, the current (step, phase), the per-phase
        peaks, the running max of ACT and ACT+TEMP, the largest moment of backward before any gradient,
        per-window maxima (below), and which op (and innermost module) created each storage.

        A window is a phase cut by where the pass is in the layer stack: ``pre`` (before the first decoder
        layer runs in this pass: embeddings in forward, loss and head in backward), ``first`` (layer 0),
        ``mid`` (layers 1 .. L-2), ``last`` (layer L-1), ``post`` (after the layers). With identical layers
        each window's largest moment is linear in the layer count L (within ``mid`` the live bytes are linear
        in the layer index, so its largest is at one end, the same end for every L >= 3), which is what layer
        scaling needs; a phase's largest moment is not (it moves from the top layer to the embeddings)."""

        def __init__(self) -> None:
            super().__init__()
            self.step, self.phase, self.func, self.dispatching = 0, "setup", "external", False
            self.failed_in: str | None = None  # the module running when an op raised
            self.last_module = "-"  # the module of the last op that made a tensor
            self.phase_peaks: dict[str, dict[str, int]] = {}  # "step2/backward" -> snapshot at that phase's max
            self.max_act: dict[int, int] = {}
            self.max_act_temp: dict[int, int] = {}
            self.backward_start: dict[int, dict[str, int]] = {}
            self.windows: dict[str, dict[str, Any]] = {}  # "step2/backward/last" -> {peak, max_act, ...}
            self.root: Any = None
            self.layer_index: dict[str, int] = {}  # the decoder layers' MemTracker names -> index
            self.layer_seen = False
            self.peak_where = "setup"
            self.origin: Any = WeakIdKeyDictionary()

        def begin(self, step: int, phase: str) -> None:
            """A new pass (forward, backward, optimizer step, ...): its windows start at ``pre``."""
            self.step, self.phase, self.layer_seen = step, phase, False

        def set_model(self, model: Any, layers: Any) -> None:
            """The root module and its decoder layers (a ModuleList, or None when there is none)."""
            self.root = model
            if layers is not None:
                names = {id(m): n for n, m in model.named_modules()}
                root = type(model).__name__
                self.layer_index = {f"{root}.{names[id(m)]}": i for i, m in enumerate(layers)}

        def position(self) -> str:
            idx = next((self.layer_index[p] for p in self._mod_tracker.parents if p in self.layer_index), None)
            if idx is None:
                return "post" if self.layer_seen else "pre"
            self.layer_seen = True
            return "first" if idx == 0 else "last" if idx == len(self.layer_index) - 1 else "mid"

        def __torch_dispatch__(self, func, types, args=(), kwargs=None):  # type: ignore[no-untyped-def]
            self.func, self.dispatching = str(func.overloadpacket.__name__), True
            try:
                out = super().__torch_dispatch__(func, types, args, kwargs)
            except Exception:
                self.failed_in = self.failed_in or self.module()  # stays dispatching: the op raised
                raise
            self.dispatching = False
            return out

        def _track(self, reftype, t):  # type: ignore[no-untyped-def]
            super()._track(reftype, t)
            for st in get_untyped_storages(t):
                if st not in self.origin:
                    self.last_module = self.module()
                    self.origin[st] = f"{self.last_module} | {self.func} | {str(t.dtype).replace('torch.', '')}"

        def module(self) -> str:
            """The innermost module running now, its root's class name cut and layer indices as N."""
            parents = [p for p in self._mod_tracker.parents if p != "Global"]
            if not parents:
                return "-"
            mod = max(parents, key=lambda p: p.count("."))
            return re.sub(r"\.\d+(\.|$)", r".N\1", mod.split(".", 1)[-1] if "." in mod else "<root>")

        def _update_peak_stats(self, peak_state):  # type: ignore[no-untyped-def]
            before = self._peak_mem.get(cpu, 0)
            super()._update_peak_stats(peak_state)
            cur = self.snap()
            key = f"step{self.step}/{self.phase}"
            if cur["Total"] > self.phase_peaks.get(key, {}).get("Total", -1):
                self.phase_peaks[key] = cur
            self.max_act[self.step] = max(self.max_act.get(self.step, 0), cur["ACT"])
            self.max_act_temp[self.step] = max(self.max_act_temp.get(self.step, 0), cur["ACT"] + cur["TEMP"])
            before_grads = self.phase == "backward" and cur["GRAD"] == 0
            if before_grads and cur["Total"] > self.backward_start.get(self.step, {}).get("Total", -1):
                self.backward_start[self.step] = cur
            w = self.windows.setdefault(
                f"{key}/{self.position()}", {"peak": {}, "max_act": 0, "max_act_temp": 0, "root_peak": {}}
            )
            if cur["Total"] > w["peak"].get("Total", -1):
                w["peak"] = cur
            w["max_act"] = max(w["max_act"], cur["ACT"])
            w["max_act_temp"] = max(w["max_act_temp"], cur["ACT"] + cur["TEMP"])
            root = self._mod_tracker.get_known_fqn(self.root) if self.root is not None else None
            if root in self._mod_tracker.parents and cur["Total"] > w["root_peak"].get("Total", -1):
                w["root_peak"] = cur
            if self._peak_mem.get(cpu, 0) > before:
                self.peak_where = key

        def snap(self, which: str = "current") -> dict[str, int]:
            return to_dict(self.get_tracker_snapshot(which))

        def live_by_origin(self, reftype: str = "ACT") -> dict[str, int]:
            out: dict[str, int] = {}
            for st, (winfo, _) in list(self._WINFO.items()):
                if winfo.reftype == types[reftype]:
                    k = self.origin.get(st, "?")
                    out[k] = out.get(k, 0) + winfo.mem_consumed
            return dict(sorted(out.items(), key=lambda kv: -kv[1]))

        def live_act_split(self, head_modules: set[str], cache_storages: set[int]) -> dict[str, int]:
            split = {"logits_loss": 0, "cache": 0, "rest": 0} if cache_storages else {"logits_loss": 0, "rest": 0}
            for st, (winfo, _) in list(self._WINFO.items()):
                if winfo.reftype != types["ACT"]:
                    continue
                if st._cdata in cache_storages:
                    split["cache"] += winfo.mem_consumed
                elif self.origin.get(st, "?").split(" | ")[0] in head_modules:
                    split["logits_loss"] += winfo.mem_consumed
                else:
                    split["rest"] += winfo.mem_consumed
            return split

    def to_dict(snapshot: Mapping[Any, Mapping[Any, int]]) -> dict[str, int]:
        dev = snapshot.get(cpu, {})
        d = {name: int(dev.get(rt, 0)) for name, rt in types.items()}
        d["Total"] = int(dev.get("Total", 0))
        return d

    PhaseMemTracker.to_dict = staticmethod(to_dict)
    return PhaseMemTracker


# ------------------------------------------------------------------------------------ model building


def build_config(settings: TraceSettings, layers: int | None = None) -> Any:
    """The transformers config object of the settings (with ``layers`` layers when given)."""
    _, transformers = _import_torch()
    from transformers import CONFIG_MAPPING, AutoConfig

    values = dict(settings.model_config)
    model_type = str(values.pop("model_type"))
    if model_type not in CONFIG_MAPPING:
        raise UnknownModelTypeError(
            f"transformers {transformers.__version__} has no model_type {model_type!r}"
            f"{did_you_mean(model_type, CONFIG_MAPPING.keys())}"
        )
    try:
        config = AutoConfig.for_model(model_type, **values)
    except Exception as exc:
        raise ModelConfigError(f"transformers rejects the {model_type} config: {_one_line(exc)}") from None
    if layers is not None:
        config = with_layers(config, layers)
    return config


def config_layers(config: Any) -> int:
    """The config's own decoder-layer count."""
    n = getattr(config, "num_hidden_layers", None)
    if not isinstance(n, int) or n < 1:
        raise ModelConfigError(f"the {config.model_type} config has no num_hidden_layers to trace or scale")
    return n


def with_layers(config: Any, layers: int) -> Any:
    """A copy of the config with ``layers`` decoder layers (per-layer lists cut to match)."""
    full = config_layers(config)
    if layers > full and getattr(config, "layer_types", None):
        raise SettingsError(f"layers={layers} is more than the config's {full} (its layer_types list has {full})")
    config = copy.deepcopy(config)
    config.num_hidden_layers = layers
    if getattr(config, "layer_types", None) and "layer_types" in vars(config):  # not when derived (a property)
        config.layer_types = list(config.layer_types[:layers])
    return config


def _model_class(settings: TraceSettings, config: Any) -> Any:
    """The class named by ``architectures``, or transformers' causal-LM class for the config."""
    _, transformers = _import_torch()
    archs = settings.model_config.get("architectures")
    if archs:
        cls = getattr(transformers, str(archs[0]), None)
        if cls is None:
            raise ModelConfigError(f"transformers {transformers.__version__} has no model class {archs[0]!r}")
        return cls
    from transformers import AutoModelForCausalLM
    from transformers.models.auto.modeling_auto import MODEL_FOR_CAUSAL_LM_MAPPING_NAMES

    name = MODEL_FOR_CAUSAL_LM_MAPPING_NAMES.get(config.model_type)
    if name is None:
        raise ModelConfigError(
            f"transformers has no causal-LM class for model_type {config.model_type!r}; "
            "name one in the config's architectures"
        )
    return getattr(transformers, name, AutoModelForCausalLM)


def _build_model(settings: TraceSettings, config: Any) -> Any:
    """The model in ``param_dtype`` with its floating buffers cast (inside the caller's FakeTensorMode)."""
    torch, _ = _import_torch()
    dtype = getattr(torch, settings.param_dtype)
    cls = _model_class(settings, config)
    kwargs: dict[str, Any] = {"dtype": dtype}
    if _has_attention(cls):
        kwargs["attn_implementation"] = settings.attn_implementation
    # model.to(dtype) cannot swap fake parameters (FakeTensorMode holds weakrefs to them), so the model is built
    # in that dtype and its floating buffers are cast by hand: the same tensors as model.to(dtype) would give.
    try:
        model = cls._from_config(config, **kwargs)
    except Exception as exc:
        if _is_fake_tensor_failure(exc):
            raise
        raise ModelConfigError(f"transformers cannot build {cls.__name__}: {_one_line(exc)}") from None
    if "attn_implementation" in kwargs and model.config._attn_implementation != settings.attn_implementation:
        raise SettingsError(
            f"{cls.__name__} runs attention {model.config._attn_implementation!r}, "
            f"not the {settings.attn_implementation!r} asked for"
        )
    for mod in model.modules():
        for k, b in mod._buffers.items():
            if b is not None and b.is_floating_point() and b.dtype != dtype:
                mod._buffers[k] = b.to(dtype)
    if settings.gradient_checkpointing:
        model.gradient_checkpointing_enable()
    return model


def _decoder_layers(model: Any, config: Any) -> Any:
    """The ModuleList of decoder layers (the one with num_hidden_layers entries holding most parameters)."""
    torch, _ = _import_torch()
    n = getattr(config, "num_hidden_layers", None)
    lists = [m for m in model.modules() if isinstance(m, torch.nn.ModuleList) and len(m) == n]
    return max(lists, key=lambda m: sum(p.numel() for p in m.parameters()), default=None)


def _is_fake_tensor_failure(exc: BaseException) -> bool:
    """An exception that FakeTensorMode raised (data-dependent output, unsupported op, a meta kernel's check)."""
    from torch._subclasses import fake_tensor

    kinds = tuple(
        getattr(fake_tensor, name)
        for name in ("DataDependentOutputException", "DynamicOutputShapeException", "UnsupportedOperatorException")
        if hasattr(fake_tensor, name)
    )
    return isinstance(exc, kinds) or "FakeTensor" in type(exc).__name__


def _has_attention(cls: Any) -> bool:
    """Whether the class takes an attention implementation (state-space models do not)."""
    return bool(getattr(cls, "_supports_sdpa", False) or getattr(cls, "_supports_attention_backend", False))


def _make_optimizer(settings: TraceSettings, model: Any) -> Any:
    torch, _ = _import_torch()
    try:
        return getattr(torch.optim, settings.optimizer)(model.parameters(), **dict(settings.optimizer_kwargs))
    except (TypeError, ValueError, RuntimeError) as exc:
        raise SettingsError(f"torch.optim.{settings.optimizer} refuses its arguments: {_one_line(exc)}") from None


@contextlib.contextmanager
def _real_run_behaviour(settings: TraceSettings) -> Iterator[None]:
    """Packed-sequence detection as on real ``arange`` position ids; optionally CUDA's dropout kernel."""
    torch, _ = _import_torch()
    mu: Any = importlib.import_module("transformers.masking_utils")
    fn = torch.nn.functional
    saved = (mu.find_packed_sequence_indices, fn.dropout)

    def native_dropout(input: Any, p: float = 0.5, training: bool = True, inplace: bool = False) -> Any:
        if training and 0 < p < 1 and input.numel() > 0:
            return torch.native_dropout(input, p, True)[0]
        return saved[1](input, p, training, inplace)

    mu.find_packed_sequence_indices = lambda position_ids: None
    if settings.dropout_kernel == "native_dropout":
        fn.dropout = native_dropout
    try:
        yield
    finally:
        mu.find_packed_sequence_indices, fn.dropout = saved


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """No library chatter while tracing: transformers' warnings (config hints, kernel fallbacks, which the
    result's not_reproduced lists) and MemTracker's notes on modules that died before their backward."""
    _, transformers = _import_torch()
    level = transformers.utils.logging.get_verbosity()
    transformers.utils.logging.set_verbosity_error()
    fake_log = logging.getLogger("torch._subclasses.fake_tensor")  # logs a meta kernel's failure with its traceback
    fake_level = fake_log.level
    fake_log.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="Module is None")
            warnings.filterwarnings("ignore", message=".*gradient_checkpointing_enable.*", category=FutureWarning)
            yield
    finally:
        transformers.utils.logging.set_verbosity(level)
        fake_log.setLevel(fake_level)


# ------------------------------------------------------------------------------------------- tracing


def trace(settings: TraceSettings) -> TraceResult:
    """Trace the settings' step (or prefill and decode) of the real model; exact bytes, plain data.

    With ``layer_scaling="auto"`` a model of more than `AUTO_SCALE_LAYERS` layers is traced at two small
    layer counts and extrapolated (`trace_scaled`); ``"always"`` and ``"never"`` force the choice.
    """
    _import_torch()
    config = build_config(settings)
    target = settings.layers or config_layers(config)
    if settings.layer_scaling == "always" or (settings.layer_scaling == "auto" and target > AUTO_SCALE_LAYERS):
        points = scaling_points(config, target)
        if points is not None:
            return trace_scaled(settings, points)
        if settings.layer_scaling == "always":
            raise ScalingError(f"the {config.model_type} config's layers are not alike: it cannot be scaled")
    return trace_layers(settings, target)


def trace_layers(settings: TraceSettings, layers: int) -> TraceResult:
    """One trace of a copy of the model with exactly ``layers`` layers (no scaling)."""
    torch, transformers = _import_torch()
    config = build_config(settings, layers)
    started = time.perf_counter()
    from torch._subclasses.fake_tensor import FakeTensorMode

    run = _Run(settings, config)
    with _quiet(), FakeTensorMode(), _real_run_behaviour(settings):
        try:
            values = run.train() if settings.mode == "train" else run.serve()
        except TraceError:
            raise
        except Exception as exc:
            raise run.failure(exc) from None
    gc.collect()
    return TraceResult(
        settings=settings,
        model_type=config.model_type,
        model_class=run.model_class,
        layers=layers,
        torch_version=str(torch.__version__),
        transformers_version=str(transformers.__version__),
        not_reproduced=tuple(run.not_reproduced()),
        scaled_from=None,
        seconds=round(time.perf_counter() - started, 3),
        **values,
    )


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
        glob = mt.snap("peak")
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
        glob = mt.snap("peak")
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

    # ------------------------------------------------------------------------------------------ notes

    def not_reproduced(self) -> list[str]:
        s, notes = self.settings, []
        notes.append(
            "no CUDA context, NCCL buffers or caching-allocator rounding and fragmentation: exact storage bytes "
            "on the CPU device"
        )
        kernels = _kernel_fallbacks(self.model)
        if kernels:
            notes.append(
                "CUDA kernels not used: the CPU trace runs transformers' torch reference code for "
                f"{', '.join(kernels)} (mamba-ssm / causal-conv1d / hub kernels on a GPU), which keeps other "
                "intermediates"
            )
        uses_attention = self.model is not None and _has_attention(type(self.model))
        if uses_attention and s.attn_implementation == "sdpa":
            notes.append(
                "SDPA runs torch's CPU flash kernel (saves the output and an fp32 log-sum-exp); on CUDA the "
                "backend (flash, memory-efficient, cuDNN, math) depends on the GPU, dtype and head size"
            )
        if s.mode == "train" and _has_dropout(self.model, self.config) and s.dropout_kernel == "cpu":
            notes.append(
                "dropout runs the CPU kernel (an fp32 noise tensor kept per dropout); CUDA keeps 1-byte masks "
                "(dropout_kernel='native_dropout')"
            )
        if s.autocast is not None:
            notes.append("autocast runs with device_type='cpu', whose op lists differ slightly from CUDA's")
        if s.mode == "train" and s.optimizer in ("Adam", "AdamW") and not s.optimizer_kwargs.get("fused"):
            notes.append(
                "the optimizer's per-tensor 0-d step counters are counted (optimizer_state_bytes_scalars); "
                "a GPU run keeps them in CPU memory"
            )
        if s.mode == "train" and s.optimizer_kwargs.get("fused"):
            notes.append("the fused optimizer runs torch's CPU fused kernel, not the CUDA one")
        if s.mode == "serve":
            notes.append(
                "decode without an attention mask or sampling (argmax fed back), one unpadded batch: "
                "generate()'s bookkeeping tensors are not traced"
            )
        return notes


def _kernel_fallbacks(model: Any) -> list[str]:
    """Functions of the model's modeling file that a CUDA kernel replaces on a GPU (torch code on the CPU)."""
    source = sys.modules.get(type(model).__module__) if model is not None else None
    if source is None:
        return []
    names = [name for name in CUDA_KERNEL_FLAGS if hasattr(source, name)]
    for name, obj in vars(source).items():
        code = getattr(obj, "__code__", None)
        wrapped = getattr(obj, "__module__", None) == source.__name__  # functools.wraps keeps the torch function's
        if callable(obj) and code is not None and code.co_filename.endswith("hub_kernels.py") and wrapped:
            names.append(name)
    return sorted(set(names))


def _has_dropout(model: Any, config: Any) -> bool:
    """Whether training applies dropout: an nn.Dropout with p > 0, or attention dropout given to the kernel."""
    if model is None:
        return False
    torch, _ = _import_torch()
    if any(isinstance(m, torch.nn.Dropout) and m.p > 0 for m in model.modules()):
        return True
    return bool((getattr(config, "attention_dropout", 0) or 0) > 0)


def _find_cache(out: Any) -> Any:
    """The transformers Cache object in a model output, if any."""
    from transformers.cache_utils import Cache

    values = out.values() if hasattr(out, "values") else out
    return next((v for v in values if isinstance(v, Cache)), None)


def _cache_tensors(cache: Any) -> Iterator[tuple[str, Any]]:
    """(field name, tensor) for every tensor a cache holds, layer by layer."""
    torch, _ = _import_torch()
    layers = getattr(cache, "layers", None) or [cache]
    for layer in layers:
        for name, value in vars(layer).items():
            if isinstance(value, torch.Tensor):
                yield name, value
            elif isinstance(value, Mapping):
                yield from ((name, v) for v in value.values() if isinstance(v, torch.Tensor))
            elif isinstance(value, (list, tuple)):
                yield from ((name, v) for v in value if isinstance(v, torch.Tensor))


CACHE_FIELDS = {"recurrent_states": "ssm_states"}


def cache_breakdown(cache: Any) -> dict[str, int]:
    """Bytes of a cache by field (keys, values, conv_states, ssm_states, ...), each storage once, and total."""
    out: dict[str, int] = {}
    seen: set[int] = set()
    for name, tensor in _cache_tensors(cache):
        st = tensor.untyped_storage()
        if st._cdata in seen:
            continue
        seen.add(st._cdata)
        field = "other" if name.startswith("_") else CACHE_FIELDS.get(name, name)
        out[field] = out.get(field, 0) + int(st.nbytes())
    out["total"] = sum(out.values())
    return out


def _cache_storages(cache: Any) -> set[int]:
    return {t.untyped_storage()._cdata for _, t in _cache_tensors(cache)}


# ------------------------------------------------------------------------------------- layer scaling


def scaling_points(config: Any, target: int) -> tuple[int, int] | None:
    """Two small layer counts whose traces extrapolate exactly to ``target`` layers, or None.

    Identical layers: (3, 4), the fewest with a layer between the first and the last in both (see
    `_tracker_class`'s windows). A periodic ``layer_types`` of period p >= 2 (sliding / full attention
    alternating): (2p, 3p), when ``target`` is a whole number of periods. A config whose first k layers
    differ (``first_k_dense_replace``): k more each.
    """
    period = 1
    layer_types = list(getattr(config, "layer_types", None) or [])
    if layer_types:
        period = next(
            p for p in range(1, len(layer_types) + 1) if all(t == layer_types[i % p] for i, t in enumerate(layer_types))
        )
        if target % period:
            return None
    first = int(getattr(config, "first_k_dense_replace", 0) or 0)
    n1, n2 = (first + 3, first + 4) if period == 1 else (first + 2 * period, first + 3 * period)
    if n2 >= target:
        return None
    return n1, n2


def trace_scaled(settings: TraceSettings, layers: tuple[int, int] | None = None) -> TraceResult:
    """Trace at two small layer counts ``layers = (n1, n2)`` and extrapolate to the real count.

    The real count is ``settings.layers`` or the config's own. Every quantity is taken as linear in the
    layer count, value(L) = v1 + (v2 - v1) * (L - n1) / (n2 - n1), exact for identical layers; the peaks
    are the largest of the extrapolated phase peaks. ``layers=None`` picks the points (`scaling_points`).
    """
    from engine.trace.scaling import extrapolate

    _import_torch()
    config = build_config(settings)
    target = settings.layers or config_layers(config)
    if layers is None:
        layers = scaling_points(config, target)
        if layers is None:
            raise ScalingError(
                f"the {config.model_type} config ({target} layers) has no two smaller layer counts to scale from"
            )
    n1, n2 = layers
    if not (0 < n1 < n2):
        raise ScalingError(f"scaling needs two layer counts 0 < n1 < n2, got {layers}")
    started = time.perf_counter()
    low = trace_layers(settings.replace(layers=n1), n1)
    high = trace_layers(settings.replace(layers=n2), n2)
    return extrapolate(low, high, settings, target, round(time.perf_counter() - started, 3))
