"""What to trace: `TraceSettings`, plain values only (no torch import), checked when made.

A setting is a transformers model config as a dict (with its ``model_type``), the mode (``train``: forward,
backward, optimizer step; ``serve``: a prefill with the cache, then decode steps), the shapes, the dtypes
and the training options that change memory. The values are torch's and transformers' own names; how the
engine's rules map onto them (its ``--optimizer`` names included) is engine/check/settings.yaml.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from engine.trace.errors import SettingsError

MODES = ("train", "serve")
PARAM_DTYPES = ("float32", "bfloat16", "float16")
AUTOCAST_DTYPES = ("bfloat16", "float16")
ATTENTION = ("eager", "sdpa")
DROPOUT_KERNELS = ("cpu", "native_dropout")
LAYER_SCALING = ("auto", "never", "always")
TORCH_OPTIMIZERS = ("AdamW", "Adam", "SGD")


def _check(ok: bool, message: str) -> None:
    if not ok:
        raise SettingsError(message)


def _positive(name: str, value: object) -> None:
    _check(
        isinstance(value, int) and not isinstance(value, bool) and value > 0,
        f"{name} must be a positive integer, got {value!r}",
    )


def _choice(name: str, value: object, choices: tuple[str, ...]) -> None:
    _check(value in choices, f"{name} must be one of {', '.join(choices)}, got {value!r}")


@dataclass(frozen=True)
class TraceSettings:
    """One traced step (train) or one prefill plus decode steps (serve).

    model_config: a transformers config as a plain dict, ``model_type`` included (``"llama"``, ``"gpt2"``,
        ...); an ``architectures`` list picks the model class, else ``AutoModelForCausalLM``.
    mode: ``"train"`` (forward with ``labels=input_ids``, backward, optimizer step, zero_grad) or ``"serve"``
        (no_grad: a prefill of ``prompt_len`` tokens with ``use_cache=True``, then ``gen_tokens`` decode steps).
    batch, seq_len: the training micro-batch; ``seq_len`` is unused when serving.
    param_dtype: the parameters' dtype; autocast: ``None`` or the dtype of CPU autocast around forward.
    optimizer, optimizer_kwargs: a torch.optim class name and its arguments (``foreach`` or ``fused`` pick
        the implementation; engine.check.optimizer_settings gives them for the engine's names).
    gradient_checkpointing: transformers' own checkpointing of every decoder layer.
    attn_implementation: ``"eager"`` or ``"sdpa"``.
    outputs_alive_during_backward: keep the output object (logits) until the step ends (a plain loop) or
        drop it right after forward (as HF Trainer does).
    dropout_kernel: ``"cpu"`` (the CPU kernel, fp32 noise kept) or ``"native_dropout"`` (as on CUDA: 1-byte masks).
    steps: training steps traced, the last one reported; ``None`` = 2 when the optimizer keeps state, else 1.
    layers: ``None`` = the config's own layer count; N = a copy of the config with N layers.
    layer_scaling: ``"auto"`` traces two small layer counts and extrapolates when the model has more than
        `engine.trace.tracer.AUTO_SCALE_LAYERS` layers; ``"always"`` / ``"never"`` force the choice.
    prompt_len, gen_tokens: the serving prefill and the number of decode steps after it.
    """

    model_config: Mapping[str, Any] = field(hash=False)
    mode: str = "train"
    batch: int = 1
    seq_len: int = 512
    param_dtype: str = "float32"
    autocast: str | None = None
    optimizer: str = "AdamW"
    optimizer_kwargs: Mapping[str, Any] = field(default_factory=lambda: {"lr": 1e-4, "foreach": True}, hash=False)
    gradient_checkpointing: bool = False
    attn_implementation: str = "sdpa"
    outputs_alive_during_backward: bool = True
    dropout_kernel: str = "cpu"
    steps: int | None = None
    layers: int | None = None
    layer_scaling: str = "auto"
    prompt_len: int = 256
    gen_tokens: int = 16

    def __post_init__(self) -> None:
        _check(isinstance(self.model_config, Mapping), "model_config must be a dict (a transformers config)")
        model_type = self.model_config.get("model_type")
        _check(
            isinstance(model_type, str) and bool(model_type),
            "model_config has no model_type (the transformers name of the architecture, e.g. 'llama')",
        )
        _choice("mode", self.mode, MODES)
        _positive("batch", self.batch)
        _positive("seq_len", self.seq_len)
        _choice("param_dtype", self.param_dtype, PARAM_DTYPES)
        if self.autocast is not None:
            _choice("autocast", self.autocast, AUTOCAST_DTYPES)
        _choice("optimizer", self.optimizer, TORCH_OPTIMIZERS)
        _check(isinstance(self.optimizer_kwargs, Mapping), "optimizer_kwargs must be a dict")
        _choice("attn_implementation", self.attn_implementation, ATTENTION)
        _choice("dropout_kernel", self.dropout_kernel, DROPOUT_KERNELS)
        _choice("layer_scaling", self.layer_scaling, LAYER_SCALING)
        if self.steps is not None:
            _positive("steps", self.steps)
        if self.layers is not None:
            _positive("layers", self.layers)
        _positive("prompt_len", self.prompt_len)
        _check(
            isinstance(self.gen_tokens, int) and not isinstance(self.gen_tokens, bool) and self.gen_tokens >= 0,
            f"gen_tokens must be a non-negative integer, got {self.gen_tokens!r}",
        )
        for flag in ("gradient_checkpointing", "outputs_alive_during_backward"):
            _check(isinstance(getattr(self, flag), bool), f"{flag} must be true or false")

    @property
    def model_type(self) -> str:
        return str(self.model_config["model_type"])

    @property
    def optimizer_has_state(self) -> bool:
        """Adam/AdamW keep two moments; SGD keeps a momentum buffer only when momentum is non-zero."""
        return self.optimizer != "SGD" or bool(self.optimizer_kwargs.get("momentum", 0))

    @property
    def resolved_steps(self) -> int:
        """The steps that run: the last one is reported, so states exist when the optimizer has any."""
        if self.steps is not None:
            return self.steps
        return 2 if self.optimizer_has_state else 1

    def replace(self, **changes: Any) -> TraceSettings:
        """A copy with some fields changed (checked again)."""
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready values."""
        out = dataclasses.asdict(self)
        out["model_config"] = dict(self.model_config)
        out["optimizer_kwargs"] = dict(self.optimizer_kwargs)
        return out
