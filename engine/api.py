"""The Python API: the same operations as the CLI, on plain values.

>>> import engine
>>> result = engine.count_params("llama", preset="llama-3-8b")
>>> result.total
8030261248
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from engine.catalog import display_path, looks_like_path
from engine.errors import EngineError, Location, SpecError, did_you_mean
from engine.evaluate import Count, assign, count, parse_overrides
from engine.loader import builtin_specs, load_model, load_spec, locate
from engine.model import Model, Quantity
from engine.source import Span
from engine.spec import Text

Overrides = Sequence[str] | Mapping[str, Any]
SpecDirs = Sequence[Path | str]


def resolve_ref(ref: str, spec_dirs: SpecDirs = ()) -> tuple[Path, str | None]:
    """The spec file `ref` names, and a preset when `ref` is a preset name (`llama-3-8b`)."""
    try:
        return locate(ref, spec_dirs), None
    except SpecError:
        if looks_like_path(ref):
            raise
        for _, path in builtin_specs(spec_dirs):
            try:
                if load_spec(path, spec_dirs).preset(ref) is not None:
                    return path, ref
            except EngineError:
                continue  # a broken spec elsewhere on the path must not hide the real answer
        raise


def load(ref: str | Path, spec_dirs: SpecDirs = ()) -> Model:
    """The symbolic model of a spec given by path, name, or preset name."""
    return load_model(ref if isinstance(ref, Path) else resolve_ref(ref, spec_dirs)[0], spec_dirs)


def _overrides(values: Overrides) -> dict[str, Text]:
    if isinstance(values, Mapping):
        where = Location("<python>")
        return {k: Text(str(v), Span(where, where)) for k, v in values.items()}
    return parse_overrides(list(values))


def count_params(
    spec: str | Path | Model,
    preset: str | None = None,
    overrides: Overrides = (),
    spec_dirs: SpecDirs = (),
) -> Count:
    """Exact parameter counts: total, every component, every derived quantity."""
    if isinstance(spec, Model):
        model = spec
    else:
        path, implied = (spec, None) if isinstance(spec, Path) else resolve_ref(spec, spec_dirs)
        model, preset = load_model(path, spec_dirs), preset or implied
    return count(model, assign(model, preset, _overrides(overrides)))


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


def check(path: Path, spec_dirs: SpecDirs = ()) -> Model:
    """Everything `engine validate` checks: the file, its extends chain, and every preset."""
    model = load_model(path, spec_dirs)
    presets: list[str | None] = [p.name for p in model.spec.presets] or [None]
    for preset in presets:
        count(model, assign(model, preset), whole=model.spec.kind == "architecture")
    return model


def catalog(spec_dirs: SpecDirs = ()) -> list[dict[str, Any]]:
    """Every spec reachable by name: name, kind, presets (default first), path."""
    out = []
    for name, path in builtin_specs(spec_dirs):
        try:
            spec = load_spec(path, spec_dirs)
        except EngineError as exc:
            out.append({"name": name, "kind": "?", "presets": [], "path": display_path(path), "error": str(exc)})
            continue
        presets = [p.name for p in spec.presets]
        if spec.default_preset in presets:
            presets.remove(spec.default_preset)
            presets.insert(0, spec.default_preset)
        out.append({"name": name, "kind": spec.kind, "presets": presets, "path": display_path(path)})
    return out
