"""Build the model a trace runs: its config (at a given layer count), its class, the optimizer, the
context that makes a fake CPU run behave like a real one; and read the cache objects it returns."""

from __future__ import annotations

import contextlib
import copy
import importlib
import importlib.util
import logging
import sys
import warnings
from collections.abc import Iterator, Mapping
from typing import Any

from engine.errors import did_you_mean
from engine.trace.errors import (
    ModelConfigError,
    SettingsError,
    UnknownModelTypeError,
)
from engine.trace.settings import TraceSettings
from engine.trace.tracker import _import_torch, _one_line

# Names in an older modeling file that mean a CUDA kernel exists and the CPU trace runs its torch fallback.
CUDA_KERNEL_FLAGS = ("is_fast_path_available",)

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


def config_defaults(model_type: str) -> dict[str, Any]:
    """The keys transformers' config class for ``model_type`` takes, with their default values (plain data):
    which of a spec's alternative keys the class knows, and which keys hold a dropout probability."""
    _, transformers = _import_torch()
    from transformers import CONFIG_MAPPING

    if model_type not in CONFIG_MAPPING:
        raise UnknownModelTypeError(
            f"transformers {transformers.__version__} has no model_type {model_type!r}"
            f"{did_you_mean(model_type, CONFIG_MAPPING.keys())}"
        )
    cls = CONFIG_MAPPING[model_type]
    with _quiet():
        values = dict(cls().to_dict())
    for name in getattr(cls, "__dataclass_fields__", {}):
        values.setdefault(name, getattr(cls, name, None))
    return values


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
