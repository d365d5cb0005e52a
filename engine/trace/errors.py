"""The errors of `engine.trace`: one line each, never a traceback.

`TraceError` is an `EngineError`, so a command that calls `trace()` prints `error: <message>` and exits
with code 1 like every other user-facing problem.
"""

from __future__ import annotations

from engine.errors import EngineError

CPU_TORCH = "pip install torch --index-url https://download.pytorch.org/whl/cpu"


class TraceError(EngineError):
    """A traced step that cannot be produced (missing torch, bad settings, a model that cannot run fake)."""


class MissingExtraError(TraceError):
    """torch or transformers is not installed (or too old)."""

    def __init__(self, missing: str) -> None:
        super().__init__(
            f"tracing a real step needs {missing}, which the extra engine[check] installs: "
            f"`{CPU_TORCH}` then `pip install 'engine[check]'`"
        )
        self.missing = missing


class SettingsError(TraceError):
    """A TraceSettings value that cannot be traced (unknown mode, dtype, optimizer, ...)."""


class UnknownModelTypeError(TraceError):
    """transformers has no configuration class for this model_type."""


class ModelConfigError(TraceError):
    """transformers refused the model config (its own validation), or has no causal-LM class for it."""


class FakeTensorError(TraceError):
    """The model's code failed while running under FakeTensorMode (a data-dependent op, a CUDA-only kernel)."""


class ScalingError(TraceError):
    """Layer scaling cannot be applied (layers that differ, a quantity not linear in the layer count)."""
