"""The torch side of `engine check`: trace a real transformers step and return plain data.

    from engine.trace import TraceSettings, trace
    result = trace(TraceSettings({"model_type": "llama", "hidden_size": 512, ...}, batch=2, seq_len=256))
    result.params, result.phases["forward_end"]["ACT"], result.peak.total, result.peak.phase

torch and transformers are optional (the extra ``engine[check]``) and imported only when a trace runs:
importing this package never needs them. Nothing here imports the rest of the engine except its errors.
"""

from engine.trace.errors import (
    FakeTensorError,
    MissingExtraError,
    ModelConfigError,
    ScalingError,
    SettingsError,
    TraceError,
    UnknownModelTypeError,
)
from engine.trace.model import config_defaults
from engine.trace.result import ENGINE_TERMS, SERVE_PHASES, TRAIN_PHASES, TYPES, Peak, TraceResult
from engine.trace.settings import TraceSettings
from engine.trace.tracer import AUTO_SCALE_LAYERS, layer_points, trace, trace_layers, trace_scaled

__all__ = [
    "AUTO_SCALE_LAYERS",
    "ENGINE_TERMS",
    "SERVE_PHASES",
    "TRAIN_PHASES",
    "TYPES",
    "FakeTensorError",
    "MissingExtraError",
    "ModelConfigError",
    "Peak",
    "ScalingError",
    "SettingsError",
    "TraceError",
    "TraceResult",
    "TraceSettings",
    "UnknownModelTypeError",
    "config_defaults",
    "layer_points",
    "trace",
    "trace_layers",
    "trace_scaled",
]
