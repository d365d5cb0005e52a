"""The Python API: the same operations as the CLI, on plain values.

>>> import engine
>>> result = engine.count_params("llama", preset="llama-3-8b")
>>> result.total
8030261248
>>> from engine.api import load_setup, solve
>>> solve(load_setup("llama-3-8b", gpu="a100-80")).solution.min_gpus
2
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from engine.build.load import load_model, load_plan
from engine.errors import EngineError, SpecError, SpecErrors, UsageError, did_you_mean
from engine.evaluate.memory import MemoryResult, evaluate_memory
from engine.evaluate.params import Count
from engine.evaluate.question import Setup, count_params, fix, load_setup
from engine.solve.answer import Report, memory, solve
from engine.solve.quick import Quick, quick
from engine.spec.hardware import Hardware
from engine.spec.load import builtin_specs, hardware_profiles, index, load_checked, load_spec, resolve_ref
from engine.spec.paths import display_path
from engine.validate import validate

if TYPE_CHECKING:
    from engine.build.model import Model, Quantity

SpecDirs = Sequence[Path | str]

__all__ = [
    "Count",
    "MemoryResult",
    "Quick",
    "Report",
    "Setup",
    "catalog",
    "check",
    "count_params",
    "evaluate_memory",
    "fix",
    "formula_model",
    "gpu_names",
    "hardware_list",
    "load",
    "load_plan",
    "load_setup",
    "memory",
    "plan",
    "quantity",
    "quick",
    "solve",
    "validate",
]


def load(ref: str | Path, spec_dirs: SpecDirs = ()) -> Model:
    """The symbolic model of a spec given by path, name, or preset name (sympy expressions per quantity)."""
    return load_model(ref if isinstance(ref, Path) else resolve_ref(ref, spec_dirs)[0], spec_dirs)


def quantity(model: Model, name: str) -> Quantity:
    """A quantity by path or name, with a did-you-mean when there is none."""
    found = model.find(name)
    if found is None:
        known = [q.key for q in (model.total, *model.parts, *model.derived)]
        raise SpecError(f"spec '{model.spec.name}' has no quantity '{name}'{did_you_mean(name, known)}")
    return found


def formula_model(spec: str, name: str | None, spec_dirs: SpecDirs = ()) -> Model:
    """The model whose formulas to print, after checking that `name` exists in it."""
    model = load(spec, spec_dirs)
    if name is not None:
        quantity(model, name)
    return model


def check(path: Path, spec_dirs: SpecDirs = ()) -> str:
    """Everything `engine validate` checks (engine.validate); returns the kind or raises the errors."""
    kind, errors = validate(path, spec_dirs)
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise SpecErrors(errors)
    assert kind is not None
    return kind


def catalog(spec_dirs: SpecDirs = (), bases: bool = False) -> list[dict[str, Any]]:
    """Every spec reachable by name: name, kind, presets (default first), path. Abstract base specs
    (written only to be extended) are listed instead when `bases` is true."""
    out = []
    kinds = index(spec_dirs).kinds
    for name, path in builtin_specs(spec_dirs):
        if kinds.get(str(path)) not in ("architecture", "rules", None):
            continue
        try:
            _, kind = load_checked(path, spec_dirs)
            if kind not in ("architecture", "rules"):
                continue
            spec = load_spec(path, spec_dirs)
        except EngineError as exc:
            out.append({"name": name, "kind": "?", "presets": [], "path": display_path(path), "error": str(exc)})
            continue
        if spec.abstract != bases:
            continue
        presets = [p.name for p in spec.presets]
        if spec.default_preset in presets:
            presets.remove(spec.default_preset)
            presets.insert(0, spec.default_preset)
        out.append({"name": name, "kind": spec.kind, "presets": presets, "path": display_path(path)})
    return out


def gpu_names(gpu: str, spec_dirs: SpecDirs = ()) -> list[str]:
    """'a100-80' -> ['a100-80']; 'a100-80,h100' -> both; 'all' -> every profile, smallest memory first."""
    if gpu.strip().lower() == "all":
        return [h.name for h in sorted(hardware_profiles(spec_dirs), key=lambda h: (h.capacity, h.name))]
    names = [name.strip() for name in gpu.split(",") if name.strip()]
    if not names:
        raise UsageError(f"--gpu '{gpu}' names no GPU; give a name (engine list gpus), a comma list or 'all'")
    return names


def hardware_list(spec_dirs: SpecDirs = ()) -> list[Hardware]:
    """Every GPU profile reachable by name, sorted by name."""
    return sorted(hardware_profiles(spec_dirs), key=lambda h: h.name)


def plan(setups: Sequence[Setup], request: Any = None) -> Any:
    """engine plan: each setup's GPU kind searched (engine.solve.planner.Request) and the kinds compared
    (engine.solve.comparison.PlanReport)."""
    from engine.solve.comparison import plan_all
    from engine.solve.planner import Request

    return plan_all(list(setups), request if request is not None else Request())
