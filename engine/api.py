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
from engine.errors import EngineError, Location, SpecError, UsageError, did_you_mean
from engine.evaluate import ConfigValues, Count, assign, count, parse_overrides
from engine.hf import check_mapping, find_cached_config, values_from_hf_config
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
    spec: str | Path | Model | None = None,
    preset: str | None = None,
    overrides: Overrides = (),
    spec_dirs: SpecDirs = (),
    hf_config: str | Path | None = None,
    hf_model: str | None = None,
) -> Count:
    """Exact parameter counts: total, every component, every derived quantity.

    The values come from a preset, or from a Hugging Face config.json (`hf_config`: a file or a
    folder; `hf_model`: an id looked up in the local Hugging Face cache), whose model_type picks the
    spec when `spec` is not given. `overrides` apply on top of either.
    """
    config_path = _config_path(hf_config, hf_model, preset)
    if isinstance(spec, Model):
        model, path = spec, Path(spec.spec.path)
    elif spec is not None:
        path, implied = _spec_path(spec, spec_dirs)
        if implied is not None and config_path is not None:
            raise UsageError(f"'{spec}' is a preset; with a Hugging Face config name the spec instead")
        model, preset = load_model(path, spec_dirs), preset or implied
    elif config_path is None:
        raise UsageError("name a spec, or give a Hugging Face config (--hf-config PATH or --hf MODEL_ID)")
    config: ConfigValues | None = None
    if config_path is not None:
        found, config = values_from_hf_config(config_path, spec_dirs, None if spec is None else path)
        model = model if spec is not None else load_model(found, spec_dirs)
    return count(model, assign(model, preset, _overrides(overrides), config))


def _spec_path(spec: str | Path, spec_dirs: SpecDirs) -> tuple[Path, str | None]:
    return (spec, None) if isinstance(spec, Path) else resolve_ref(spec, spec_dirs)


def _config_path(hf_config: str | Path | None, hf_model: str | None, preset: str | None) -> Path | None:
    """The config.json to read, if any; a config gives every value, so it does not mix with a preset."""
    if hf_config is not None and hf_model is not None:
        raise UsageError("give --hf-config PATH or --hf MODEL_ID, not both")
    if (hf_config is not None or hf_model is not None) and preset is not None:
        raise UsageError("a Hugging Face config gives every value: leave out --preset (use --set to change one)")
    if hf_model is not None:
        return find_cached_config(hf_model)
    return None if hf_config is None else Path(hf_config)


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
    """Everything `engine validate` checks: the file, its extends chain, its `hf:` section, every preset.

    A spec with no presets is evaluated at its defaults, except an abstract base: it has no values
    of its own, so its formulas are checked (names, cycles) but not evaluated.
    """
    model = load_model(path, spec_dirs)
    check_mapping(model.spec)
    presets: list[str | None] = [p.name for p in model.spec.presets]
    if not presets and not model.spec.abstract:
        presets = [None]
    for preset in presets:
        count(model, assign(model, preset), whole=model.spec.kind == "architecture")
    return model


def catalog(spec_dirs: SpecDirs = (), bases: bool = False) -> list[dict[str, Any]]:
    """Every spec reachable by name: name, kind, presets (default first), path.

    Abstract base specs (written only to be extended) are listed instead when `bases` is true.
    """
    out = []
    for name, path in builtin_specs(spec_dirs):
        try:
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
