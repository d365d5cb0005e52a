"""A question: an architecture (its preset or config.json, and --set values), rules, a GPU and the options
chosen, bound together as a `Setup` that memory evaluation and the solver take.

`load_architecture` finds the model a command is about; `load_setup` adds the rules and the GPU, in one
look at the search path (engine.spec.looks). What the rules read from the architecture and the GPU is
bound by name (engine.spec.checks.PROVIDERS adds the values computed from the architecture's linears).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from engine.build.load import load_plan
from engine.errors import Location, SpecError, UsageError, did_you_mean, unknown
from engine.evaluate.assign import Origin, assign, parse_overrides
from engine.evaluate.evaluator import condition
from engine.evaluate.linears import linear_params, linears, lora_in_out, select
from engine.evaluate.params import Count, count, counted
from engine.evaluate.views import deciding
from engine.plan.program import Plan
from engine.spec.document import Span
from engine.spec.hardware import Hardware
from engine.spec.hf import ConfigValues
from engine.spec.load import find_gpu, index, resolve_ref
from engine.spec.looks import one_look
from engine.spec.numbers import Number
from engine.spec.types import Text

SpecDirs = Sequence[Path | str]
Overrides = Sequence[str] | Mapping[str, object]


@dataclass(frozen=True)
class Setup:
    """Everything fixed about a question: the model's numbers, the rules, the GPU and the choices."""

    arch: Count
    rules: Plan
    hardware: Hardware
    choices: Mapping[str, str]  # option -> choice
    overrides: Mapping[str, Text]  # --set values for rules symbols
    fixed: Mapping[str, int] = field(default_factory=dict)  # values set by flags (--tp, --batch, ...)
    targets: tuple[str, ...] = ()  # LoRA target modules (empty: the architecture's default)
    picked: frozenset[str] = frozenset()  # options the user chose (the rest follow default_when)
    view: str | None = None  # the view that decides the fit (None: the rules' deciding views)
    unquantized: tuple[str, ...] = ()  # linears a quantized checkpoint keeps in 16 bits

    def with_values(self, **values: int) -> Setup:
        fixed = {**self.fixed, **values}
        return replace(self, fixed=fixed, choices=situational(self.rules, self.choices, self.picked, fixed))

    @property
    def notes(self) -> list[str]:
        """Why a default differs from the option's usual one: 'sharding=zero1 (pp > 1: ...)'."""
        out = []
        for option in self.rules.spec.options:
            chosen = self.choices.get(option.name)
            if option.name in self.picked or chosen == option.default:
                continue
            why = next((s for s in option.situations if s.choice == chosen), None)
            if why is not None:
                out.append(f"{option.name}={chosen} by default when {why.condition.text}: {why.why}")
        return out

    @property
    def label(self) -> str:
        """The model as the output names it: 'llama llama-3-8b'."""
        preset = self.arch.assignment.preset
        return self.arch.plan.spec.name + (f" {preset}" if preset else "")


def overrides_of(values: Overrides) -> dict[str, Text]:
    """--set values from the command line ('NAME=VALUE' strings) or from Python (a mapping)."""
    if isinstance(values, Mapping):
        where = Location("<python>")
        return {k: Text(str(v), Span(where, where)) for k, v in values.items()}
    return parse_overrides(list(values))


def load_architecture(
    spec: str | Path | Plan | Any | None,
    preset: str | None,
    spec_dirs: SpecDirs,
    hf_config: str | Path | None = None,
    hf_model: str | None = None,
) -> tuple[Plan, str | None, ConfigValues | None]:
    """The plan a command is about, the preset to use, and the config.json values (if one is given)."""
    config_path = _config_path(hf_config, hf_model, preset)
    path: Path | None = None
    if isinstance(spec, Plan):
        plan = spec
    elif spec is not None and not isinstance(spec, str | Path):  # a symbolic model (engine.load): its plan
        path = Path(spec.spec.files[-1])
        plan = load_plan(path, spec_dirs)
    elif spec is not None:
        path, implied = (spec, None) if isinstance(spec, Path) else resolve_ref(spec, spec_dirs)
        if implied is not None and config_path is not None:
            raise UsageError(f"'{spec}' is a preset; with a Hugging Face config name the spec instead")
        plan, preset = load_plan(path, spec_dirs), preset or implied
    elif config_path is None:
        raise UsageError("name a spec, or give a Hugging Face config (--hf-config PATH or --hf MODEL_ID)")
    config: ConfigValues | None = None
    if config_path is not None:
        from engine.spec.hf import values_from_hf_config  # config files are read only when one is given

        found, config = values_from_hf_config(config_path, spec_dirs, path)
        if spec is None:
            plan = load_plan(found, spec_dirs)
    return plan, preset, config


def _config_path(hf_config: str | Path | None, hf_model: str | None, preset: str | None) -> Path | None:
    """The config.json to read, if any; a config gives every value, so it does not mix with a preset."""
    if hf_config is not None and hf_model is not None:
        raise UsageError("give --hf-config PATH or --hf MODEL_ID, not both")
    if (hf_config is not None or hf_model is not None) and preset is not None:
        raise UsageError("a Hugging Face config gives every value: leave out --preset (use --set to change one)")
    if hf_model is not None:
        from engine.spec.hf import find_cached_config

        return find_cached_config(hf_model)
    return None if hf_config is None else Path(hf_config)


def count_params(
    spec: str | Path | Plan | Any | None = None,
    preset: str | None = None,
    overrides: Overrides = (),
    spec_dirs: SpecDirs = (),
    hf_config: str | Path | None = None,
    hf_model: str | None = None,
) -> Count:
    """Exact parameter counts: total, every component, every derived quantity (see engine.api)."""
    plan, preset, config = load_architecture(spec, preset, spec_dirs, hf_config, hf_model)
    return count(plan, assign(plan, preset, overrides_of(overrides), config=config))


def rules_for(arch: Plan, rules: str | Plan | None, mode: str | None, spec_dirs: SpecDirs) -> Plan:
    """The rules of a question: `rules` if given, else the mode's, else the model's own, else the default."""
    if isinstance(rules, Plan):
        return rules
    found = index(spec_dirs)
    if rules is None and mode is not None:
        modes = found.modes()
        if mode not in modes:
            raise UsageError(unknown("mode", mode, modes) + "; modes: " + ", ".join(modes))
        rules = modes[mode].path
    if rules is None:
        rules = arch.spec.default_rules or next((r.path for r in found.rules if r.default), None)
    if rules is None:
        raise SpecError("no rules spec is the default (`default: true`); name one with --rules")
    plan = load_plan(Path(rules) if Path(rules).is_absolute() else resolve_ref(rules, spec_dirs)[0], spec_dirs)
    if plan.spec.kind != "rules":
        raise SpecError(f"'{plan.spec.name}' is an {plan.spec.kind} spec, not memory rules")
    return plan


@one_look()
def load_setup(
    spec: str | Path | Plan | None,
    preset: str | None = None,
    overrides: Overrides = (),
    rules: str | Plan | None = None,
    gpu: str | Hardware = "a100-80",
    choices: Mapping[str, str | None] | None = None,
    spec_dirs: SpecDirs = (),
    targets: Sequence[str] = (),
    hf_config: str | Path | None = None,
    hf_model: str | None = None,
    mode: str | None = None,
    view: str | None = None,
    unquantized: Sequence[str] = (),
) -> Setup:
    """Bind a model (its preset or config.json, and --set values), rules, a GPU and option choices."""
    arch, preset, config = load_architecture(spec, preset, spec_dirs, hf_config, hf_model)
    rules_plan = rules_for(arch, rules, mode, spec_dirs)
    hardware = gpu if isinstance(gpu, Hardware) else find_gpu(gpu, spec_dirs)
    arch_over, rules_over = split_overrides(overrides_of(overrides), arch, rules_plan)
    arch_count = counted(arch, preset, arch_over, config)
    picked = frozenset(k for k, v in (choices or {}).items() if v is not None)
    chosen = situational(rules_plan, option_choices(rules_plan, choices or {}), picked, {})
    if view is not None:
        deciding(rules_plan, view)  # an unknown view is an error here, with the views there are
    kept = tuple(unquantized)
    if kept and arch.linears:
        select(linears(arch_count), kept)  # an unknown module is an error here, with a did-you-mean
    return Setup(arch_count, rules_plan, hardware, chosen, rules_over, {}, tuple(targets), picked, view, kept)


def situational(
    rules: Plan, choices: Mapping[str, str], picked: frozenset[str], fixed: Mapping[str, int]
) -> dict[str, str]:
    """`choices` with each option the user did not pick set by its first `default_when` that holds at the
    layout's degrees in `fixed` (a degree not given is 1), else by its default."""
    out = dict(choices)
    layout = rules.spec.layout
    degrees = {s: fixed.get(s, 1) for s in layout.symbols} if layout is not None else {}
    for option in rules.spec.options:
        if option.name in picked or not option.situations:
            continue
        held = (
            s.choice for i, s in enumerate(option.situations) if condition(rules, f"default:{option.name}:{i}", degrees)
        )
        out[option.name] = next(held, option.default)
    return out


def split_overrides(parsed: Mapping[str, Text], arch: Plan, rules: Plan) -> tuple[dict[str, Text], dict[str, Text]]:
    """Route each --set NAME=VALUE to the architecture, the rules, or both (a name both declare)."""
    arch_part = {k: v for k, v in parsed.items() if arch.spec.symbol(k) is not None}
    rules_part = {k: v for k, v in parsed.items() if rules.spec.symbol(k) is not None}
    layout = rules.spec.layout
    for key, text in parsed.items():
        axis = next((a for a in layout.axes if a.symbol == key), None) if layout else None
        if axis is not None:
            raise UsageError(
                f"'{key}' is part of the layout: give it with {layout_flag(axis.role, key)}, not --set", text.span.key
            )
        if arch.spec.symbol(key) is None and rules.spec.symbol(key) is None:
            raise SpecError(unknown("symbol", key, [*arch.symbols, *rules.symbols]), text.span.key)
    return arch_part, rules_part


def layout_flag(role: str, symbol: str) -> str:
    """The flag that sets a layout symbol: the data-parallel degree comes from --gpus."""
    return f"--gpus ({symbol} = gpus / the other degrees)" if role == "data" else "--" + symbol.replace("_", "-")


def option_choices(rules: Plan, picked: Mapping[str, str | None]) -> dict[str, str]:
    """Each option of `rules` -> the chosen (or default) choice; unknown names are errors."""
    chosen: dict[str, str] = {}
    for name, value in picked.items():
        if value is None:
            continue
        option = rules.spec.option(name)
        if option is None:
            names = [o.name for o in rules.spec.options]
            raise SpecError(f"rules '{rules.spec.name}' have no option '{name}'{did_you_mean(name, names)}")
        if option.choice(value) is None:
            names = [c.name for c in option.choices]
            raise SpecError(f"unknown {name} '{value}'{did_you_mean(value, names)}; choices: " + ", ".join(names), None)
        chosen[name] = value
    return {o.name: chosen.get(o.name, o.default) for o in rules.spec.options}


# What a rules symbol's `from:` computes from the architecture (engine.spec.checks.PROVIDERS).
PROVIDED: dict[str, Callable[[Count, Setup], tuple[Number, str] | None]] = {
    "linears.weights": lambda arch, setup: (linear_params(linears(arch)), "") if arch.plan.linears else None,
    "linears.lora": lambda arch, setup: (
        (
            lora_in_out(linears(arch), list(setup.targets or arch.plan.spec.lora_targets)),
            " " + ",".join(setup.targets or arch.plan.spec.lora_targets),
        )
        if arch.plan.linears and (setup.targets or arch.plan.spec.lora_targets)
        else None
    ),
    # the linears a quantized checkpoint keeps in 16 bits (--keep-16bit; quantization_config's ignore list)
    "linears.unquantized": lambda arch, setup: (
        (linear_params(select(linears(arch), setup.unquantized)), " " + ",".join(setup.unquantized))
        if arch.plan.linears and setup.unquantized
        else None
    ),
}


def bound_values(setup: Setup) -> dict[str, tuple[Number, Origin]]:
    """Numbers the rules may read by name: the architecture's symbols, total, top-level quantities,
    derived and block values, the GPU's facts, and the values the rules' providers compute."""
    arch, label = setup.arch, setup.label
    origin = Origin("bound", label)
    out: dict[str, tuple[Number, Origin]] = {k: (v, origin) for k, v in arch.assignment.values.items()}
    out[arch.plan.spec.total.name] = (arch.total, origin)
    out.update({k: (v, origin) for k, v in arch.parts.items() if "/" not in k})
    out.update({k: (v, origin) for k, v in arch.derived.items()})
    out.update({k: (v, origin) for k, v in arch.block.items()})
    out.update({k: (f.value, Origin("bound", setup.hardware.name)) for k, f in setup.hardware.facts.items()})
    for symbol in setup.rules.spec.symbols:
        if symbol.provider:
            found = PROVIDED[symbol.provider](arch, setup)
            if found is not None:
                out[symbol.name] = (found[0], Origin("bound", label + found[1]))
    return out


def flag_name(symbol: str) -> str:
    return "--" + symbol.replace("_", "-")


def fix(setup: Setup, values: Mapping[str, int]) -> Setup:
    """`setup` with symbols fixed by flags (--batch, --context, ...); a flag the rules do not use is an error."""
    for name in values:
        if setup.rules.spec.symbol(name) is None:
            users = [r for r in index().rules if any(f.name == name for f in r.flags) and r.mode]
            where = f" (it applies to --mode {users[0].mode})" if users else ""
            mode = setup.rules.spec.mode or ""
            raise SpecError(f"{flag_name(name)} does not apply to the '{setup.rules.spec.name}' rules ({mode}){where}")
    return setup.with_values(**values)
