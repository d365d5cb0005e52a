"""engine: how much GPU memory does this transformer need, and how many GPUs?

The data flow, one module per stage:

    read YAML (source) -> resolve extends (resolve) -> validate (schema) -> parse (spec)
    -> build symbolic model (model) -> substitute (evaluate) -> render (render)

The Python API mirrors the CLI:

    import engine
    result = engine.count_params("llama", preset="llama-3-8b", overrides={"num_layers": 16})
    print(result.total, result.parts["layers/mlp"])
    print(engine.render_params(result, "table"))
    engine.count_params(hf_config="Llama-3.2-1B/config.json")   # model_type picks the spec (hf)
"""

from typing import Any

from engine.api import catalog, check, count_params, load, quantity
from engine.errors import EngineError, Location, SpecError
from engine.evaluate import ConfigValues, Count, assign, count
from engine.model import Model
from engine.render import FORMULA, PARAMS

__version__ = "0.1.0"


def render_params(result: Count, fmt: str = "table") -> str:
    """A parameter count as 'table', 'json' or 'markdown' text."""
    return PARAMS[fmt](result)


def render_formula(model: Model, name: str | None = None, fmt: str = "text") -> str:
    """A model's formulas as 'text', 'latex' or 'markdown'."""
    return FORMULA[fmt](model, name)


__all__ = [
    "ConfigValues",
    "Count",
    "EngineError",
    "Location",
    "Model",
    "SpecError",
    "assign",
    "catalog",
    "check",
    "count",
    "count_params",
    "find_cached_config",
    "load",
    "quantity",
    "render_formula",
    "render_params",
    "values_from_hf_config",
]


def __getattr__(name: str) -> Any:
    """The config.json readers load on first use: reading specs from the cache needs no YAML."""
    if name in ("find_cached_config", "values_from_hf_config"):
        from engine import hf

        return getattr(hf, name)
    raise AttributeError(f"module 'engine' has no attribute '{name}'")
