"""engine: how much GPU memory does this transformer need, and how many GPUs?

The data flow, one sub-package per stage (docs/architecture.md):

    find, read, extends, validate, parse (engine.spec) -> build and compile (engine.build, engine.plan)
    -> evaluate (engine.evaluate) -> solve (engine.solve) -> render (engine.render)

The Python API mirrors the CLI:

    import engine
    result = engine.count_params("llama", preset="llama-3-8b", overrides={"num_layers": 16})
    print(result.total, result.parts["layers/mlp"])
    print(engine.render_params(result, "table"))
    engine.count_params(hf_config="Llama-3.2-1B/config.json")   # model_type picks the spec
    setup = engine.load_setup("llama-3-70b", gpu="h100")         # a question: model, rules, GPU, options
    engine.solve(setup).solution.min_gpus

Names load on first use, so `import engine` costs little and a cached answer needs no sympy.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from engine.errors import EngineError, Location, SpecError, UsageError
from engine.version import __version__

# name -> the module that defines it
_LAZY = {
    "ConfigValues": "engine.spec.hf",
    "values_from_hf_config": "engine.spec.hf",
    "find_cached_config": "engine.spec.hf",
    "Count": "engine.evaluate.params",
    "count": "engine.evaluate.params",
    "assign": "engine.evaluate.assign",
    "Model": "engine.build.model",
    "Plan": "engine.plan.program",
    "catalog": "engine.api",
    "count_params": "engine.api",
    "load": "engine.api",
    "load_plan": "engine.api",
    "quantity": "engine.api",
    "load_setup": "engine.api",
    "solve": "engine.api",
    "memory": "engine.api",
    "evaluate_memory": "engine.api",
}

__all__ = [
    "EngineError",
    "Location",
    "SpecError",
    "UsageError",
    "__version__",
    "render_formula",
    "render_params",
    *_LAZY,
]


def render_params(result: Any, fmt: str = "table") -> str:
    """A parameter count as 'table', 'json' or 'markdown' text."""
    from engine.render.params import PARAMS

    return PARAMS[fmt](result)


def render_formula(model: Any, name: str | None = None, fmt: str = "text") -> str:
    """A model's formulas as 'text', 'latex' or 'markdown'."""
    from engine.render.formula import FORMULA

    return FORMULA[fmt](model, name)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'engine' has no attribute '{name}'")
    return getattr(import_module(module), name)
