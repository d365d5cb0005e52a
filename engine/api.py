"""The Python API: the same operations as the CLI, on plain values.

>>> import engine
>>> result = engine.count_params("llama", preset="llama-3-8b")
>>> result.total
8030261248
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from engine.catalog import display_path, looks_like_path
from engine.document import Span
from engine.errors import EngineError, Location, SpecError, UsageError, did_you_mean
from engine.evaluate import ConfigValues, Count, assign, count, parse_overrides
from engine.hardware import Hardware
from engine.loader import (
    builtin_specs,
    find_gpu,
    hardware_profiles,
    index,
    load_checked,
    load_hardware,
    load_model,
    load_spec,
    locate,
)
from engine.memory import MemoryResult, Setup, evaluate_memory, option_choices, split_overrides
from engine.model import Model, Quantity
from engine.solve import Layout, Report, check_layout, limit_form, limits, max_value, solve_min_gpus
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
        path = index(spec_dirs).presets.get(ref)
        if path is not None:
            return Path(path), ref
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
    model, preset, config = _architecture(spec, preset, spec_dirs, hf_config, hf_model)
    return count(model, assign(model, preset, _overrides(overrides), config=config))


def _architecture(
    spec: str | Path | Model | None,
    preset: str | None,
    spec_dirs: SpecDirs,
    hf_config: str | Path | None,
    hf_model: str | None,
) -> tuple[Model, str | None, ConfigValues | None]:
    """The model a command is about, the preset to use, and the config.json values (if one is given)."""
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
        from engine.hf import values_from_hf_config  # config files are read only when one is given

        found, config = values_from_hf_config(config_path, spec_dirs, None if spec is None else path)
        model = model if spec is not None else load_model(found, spec_dirs)
    return model, preset, config


def _spec_path(spec: str | Path, spec_dirs: SpecDirs) -> tuple[Path, str | None]:
    return (spec, None) if isinstance(spec, Path) else resolve_ref(spec, spec_dirs)


def _config_path(hf_config: str | Path | None, hf_model: str | None, preset: str | None) -> Path | None:
    """The config.json to read, if any; a config gives every value, so it does not mix with a preset."""
    if hf_config is not None and hf_model is not None:
        raise UsageError("give --hf-config PATH or --hf MODEL_ID, not both")
    if (hf_config is not None or hf_model is not None) and preset is not None:
        raise UsageError("a Hugging Face config gives every value: leave out --preset (use --set to change one)")
    if hf_model is not None:
        from engine.hf import find_cached_config  # config files are read only when one is given

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


def check(path: Path, spec_dirs: SpecDirs = ()) -> str:
    """Everything `engine validate` checks: the file, its extends chain, and every preset; returns the kind."""
    _, kind = load_checked(path, spec_dirs)
    CHECKS[kind](path, spec_dirs)
    return kind


def _check_architecture(path: Path, spec_dirs: SpecDirs) -> None:
    """The architecture's `hf:` section and every preset; a spec with no presets is evaluated at its
    defaults, except an abstract base: it has no values of its own, so its formulas are checked
    (names, cycles) but not evaluated."""
    model = load_model(path, spec_dirs)
    from engine.hf import check_mapping

    check_mapping(model.spec)
    presets: list[str | None] = [p.name for p in model.spec.presets]
    if not presets and not model.spec.abstract:
        presets = [None]
    for preset in presets:
        count(model, assign(model, preset))


def _check_rules(path: Path, spec_dirs: SpecDirs) -> None:
    from engine.memory import check_rules  # the memory module needs a model to check rules against

    check_rules(load_model(path, spec_dirs), spec_dirs)


CHECKS: dict[str, Callable[[Path, SpecDirs], object]] = {
    "architecture": _check_architecture,
    "rules": _check_rules,
    "hardware": lambda path, spec_dirs: load_hardware(path, spec_dirs),
}


def catalog(spec_dirs: SpecDirs = (), bases: bool = False) -> list[dict[str, Any]]:
    """Every spec reachable by name: name, kind, presets (default first), path.

    Abstract base specs (written only to be extended) are listed instead when `bases` is true.
    """
    out = []
    for name, path in builtin_specs(spec_dirs):
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


def load_setup(
    spec: str | Path | Model | None,
    preset: str | None = None,
    overrides: Sequence[str] = (),
    rules: str | Model | None = None,
    gpu: str = "a100-80",
    choices: Mapping[str, str | None] | None = None,
    spec_dirs: SpecDirs = (),
    targets: Sequence[str] = (),
    hf_config: str | Path | None = None,
    hf_model: str | None = None,
) -> Setup:
    """Bind a model (its preset or config.json, and --set values), memory rules, a GPU and option choices."""
    arch_model, preset, config = _architecture(spec, preset, spec_dirs, hf_config, hf_model)
    if rules is None:  # an architecture may name the rules it is meant for (the planning guide's own method)
        rules = str(arch_model.spec.extra.get("default_rules", "training"))
    rules_model = rules if isinstance(rules, Model) else load_model(rules, spec_dirs)
    if rules_model.spec.kind != "rules":
        raise SpecError(f"'{rules_model.spec.name}' is an {rules_model.spec.kind} spec, not memory rules")
    hardware = find_gpu(gpu, spec_dirs)
    arch_over, rules_over = split_overrides(overrides, arch_model, rules_model)
    arch_count = count(arch_model, assign(arch_model, preset, arch_over, config=config))
    chosen = option_choices(rules_model, choices or {})
    return Setup(arch_count, rules_model, hardware, chosen, rules_over, {}, tuple(targets))


MODE_RULES = {"train": "training", "infer": "inference", "finetune": "finetune"}
# The variables whose largest value `engine solve` reports, by the rules' mode.
LIMIT_VARIABLES = {"train": ("batch", "seq_len"), "finetune": ("batch", "seq_len"), "infer": ("context", "concurrency")}
FLAG_NAMES = {"seq_len": "--seq-len", "gen_tokens": "--gen-tokens", "lora_rank": "--lora-rank"}


def fix(setup: Setup, values: Mapping[str, int]) -> Setup:
    """`setup` with symbols fixed by flags (--batch, --context, ...); a flag the rules do not use is an error."""
    for name in values:
        if name not in setup.rules.symbols:
            flag = FLAG_NAMES.get(name, "--" + name)
            mode = setup.rules.spec.extra.get("mode", "")
            modes = [m for m, names in LIMIT_VARIABLES.items() if name in names] or (
                ["finetune"] if name == "lora_rank" else []
            )
            where = f" (it applies to --mode {modes[0]})" if modes else ""
            raise SpecError(f"{flag} does not apply to the '{setup.rules.spec.name}' rules ({mode}){where}")
    return setup.with_values(**values)


def gpu_names(gpu: str, spec_dirs: SpecDirs = ()) -> list[str]:
    """'a100-80' -> ['a100-80']; 'a100-80,h100' -> both; 'all' -> every profile, smallest memory first."""
    if gpu.strip().lower() == "all":
        return [h.name for h in sorted(hardware_profiles(spec_dirs), key=lambda h: (h.capacity, h.name))]
    names = [name.strip() for name in gpu.split(",") if name.strip()]
    if not names:  # found by fuzzing: solve --gpu '' indexed an empty list (exit 3), sweep printed no rows
        raise UsageError(f"--gpu '{gpu}' names no GPU; give a name (engine list gpus), a comma list or 'all'")
    return names


def hardware_list(spec_dirs: SpecDirs = ()) -> list[Hardware]:
    """Every GPU profile reachable by name, sorted by name."""
    return sorted(hardware_profiles(spec_dirs), key=lambda h: h.name)


def solve(setup: Setup, tp: int | None = None, pp: int | None = None, gpus: int | None = None) -> Report:
    """The fewest GPUs for `setup` (tp/pp searched unless given), and the limits at that layout or,
    with `gpus`, at gpus = dp x tp x pp."""
    solution = solve_min_gpus(setup, tp, pp)
    layout = solution.layout
    if gpus is not None:
        layout = Layout(check_layout(setup, gpus, tp or 1, pp or 1), tp or 1, pp or 1)
    if layout is None:
        return Report(solution, {}, None, None)
    here = setup.with_values(**layout.values())
    found = limits(here, LIMIT_VARIABLES.get(str(setup.rules.spec.extra.get("mode", "train")), ()))
    if "params" in setup.arch.model.symbols:  # a model known only by its size: how large can it be?
        found["max_params"] = max_value(here, "params")
    result = evaluate_memory(here)
    forms = {
        key: form
        for key, value in found.items()
        if (form := limit_form(here, key.removeprefix("max_"), value if isinstance(value, int) else None))
    }
    context = result.assignment.values.get("max_position_embeddings")
    if (
        "max_context" in found
        and context is not None
        and (found["max_context"] is None or found["max_context"] > context)
    ):
        found["max_context"] = int(context)  # vLLM serves at most the model's own context (max_model_len)
    if result.derived.get("page_bytes", 0) > 0:  # a model with a KV cache: how many blocks it holds
        found["kv_blocks"] = int(result.derived["kv_blocks"])
    return Report(solution, found, layout, result, forms)


def memory(setup: Setup, gpus: int = 1, tp: int = 1, pp: int = 1) -> MemoryResult:
    """Per-GPU memory with `gpus` GPUs split dp x tp x pp."""
    dp = check_layout(setup, gpus, tp, pp)
    return evaluate_memory(setup.with_values(dp=dp, tp=tp, pp=pp))
