"""Memory per GPU: an architecture's numbers fed into a rules model, evaluated exactly at one layout.

`prepare` binds the three specs of a question (architecture, rules, hardware) and the user's choices;
`evaluate_memory` returns every term in bytes, every phase, and the peak phase with what is alive
in it. Nothing here prints or reads files beyond the loader.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sympy

from engine.compiled import evaluate_exact, to_sympy
from engine.errors import EngineError, SpecError, UsageError, did_you_mean
from engine.evaluate import Assignment, Count, assign, compiled_pass, evaluate, in_range, parse_overrides
from engine.hardware import Hardware
from engine.linears import linear_params, linears, lora_in_out
from engine.model import Model, Quantity
from engine.spec import Text

LAYOUT = ("dp", "tp", "pp")
# Layout symbols come from flags: a --set value would win over them and describe another layout.
LAYOUT_FLAGS = {"dp": "--gpus (dp = gpus / (tp x pp))", "tp": "--tp", "pp": "--pp"}


@dataclass(frozen=True)
class Setup:
    """Everything fixed about a question: the model's numbers, the rules, the GPU and the choices."""

    arch: Count
    rules: Model
    hardware: Hardware
    choices: Mapping[str, str]  # option -> choice
    overrides: Mapping[str, Text]  # --set values for rules symbols
    fixed: Mapping[str, Any] = field(default_factory=dict)  # values set by flags (--tp, --batch, ...)
    targets: tuple[str, ...] = ()  # LoRA target modules (empty: the architecture's default)

    def with_values(self, **values: Any) -> Setup:
        fixed = {**self.fixed, **values}
        return Setup(self.arch, self.rules, self.hardware, self.choices, self.overrides, fixed, self.targets)


@dataclass(frozen=True)
class MemoryResult:
    """One layout evaluated: bytes per term and per phase, the peak and what is alive at it."""

    setup: Setup
    assignment: Assignment
    terms: Mapping[str, Any]  # quantity path -> bytes (groups included)
    phases: Mapping[str, Any]  # phase -> bytes
    peak_phase: str
    alive: Mapping[str, Any]  # quantity path -> bytes alive in the peak phase
    derived: Mapping[str, Any]
    capacity: Any  # bytes one GPU offers (see `capacity`)

    @property
    def per_gpu(self) -> Any:
        return self.phases[self.peak_phase]

    @property
    def fits(self) -> bool:
        return bool(self.per_gpu <= self.capacity)

    def value(self, name: str) -> Any:
        return self.assignment.values[name]

    def largest_term(self) -> tuple[str, Any]:
        top = [(k, v) for k, v in self.alive.items() if "/" not in k]
        return max(top, key=lambda kv: kv[1])


def bound_values(arch: Count, hardware: Hardware, targets: Sequence[str] = ()) -> dict[str, tuple[Any, str]]:
    """Numbers the rules may read: the architecture's symbols and quantities, the GPU's facts."""
    label = arch.model.spec.name + (f" {arch.assignment.preset}" if arch.assignment.preset else "")
    out: dict[str, tuple[Any, str]] = {k: (v, label) for k, v in arch.assignment.values.items()}
    out[arch.model.total.node.name] = (arch.total, label)
    out.update({k: (v, label) for k, v in arch.parts.items() if "/" not in k})
    out.update({k: (v, label) for k, v in arch.derived.items()})
    out.update({k: (f.value, hardware.name) for k, f in hardware.facts.items()})
    layers = linears(arch)
    if layers:
        out["linear_params"] = (linear_params(layers), label)
        if targets or arch.model.spec.extra.get("lora_targets"):
            chosen = list(targets) or list(arch.model.spec.extra["lora_targets"])
            out["lora_in_out"] = (lora_in_out(layers, chosen), label + " " + ",".join(chosen))
    return out


def split_overrides(pairs: Sequence[str], arch: Model, rules: Model) -> tuple[dict[str, Text], dict[str, Text]]:
    """Route each --set NAME=VALUE to the architecture, the rules, or both (a name both declare)."""
    parsed = parse_overrides(list(pairs))
    arch_part = {k: v for k, v in parsed.items() if k in arch.symbols}
    rules_part = {k: v for k, v in parsed.items() if k in rules.symbols}
    for key, text in parsed.items():
        if key in LAYOUT_FLAGS and key in rules.symbols:
            raise UsageError(
                f"'{key}' is part of the layout: give it with {LAYOUT_FLAGS[key]}, not --set", text.span.key
            )
        if key not in arch.symbols and key not in rules.symbols:
            known = [*arch.symbols, *rules.symbols]
            raise SpecError(f"unknown symbol '{key}'{did_you_mean(key, known)}", text.span.key)
    return arch_part, rules_part


def option_choices(rules: Model, picked: Mapping[str, str | None]) -> dict[str, str]:
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


def choice_values(rules: Model, choices: Mapping[str, str]) -> dict[str, tuple[Text, str]]:
    out: dict[str, tuple[Text, str]] = {}
    for option in rules.spec.options:
        choice = option.choice(choices[option.name])
        assert choice is not None  # option_choices checked it
        out.update({k: (t, f"{option.name}={choice.name}") for k, t in choice.values.items()})
    return out


def assign_rules(setup: Setup) -> Assignment:
    """Values for every rules symbol: flags and --set, option choices, the model and GPU, defaults."""
    bound = bound_values(setup.arch, setup.hardware, setup.targets)
    bound.update({k: (sympy.Integer(v), "layout") for k, v in setup.fixed.items()})
    return assign(setup.rules, None, setup.overrides, bound, choice_values(setup.rules, setup.choices))


def evaluate_memory(setup: Setup, assignment: Assignment | None = None) -> MemoryResult:
    """Every term and phase in exact bytes at the layout in `setup.fixed`."""
    rules = setup.rules
    values = assignment or assign_rules(setup)
    numbers = _numbers_compiled(rules, values)
    if numbers is None:  # the symbolic path finds what cannot be evaluated and says where
        numbers = (
            {q.key: _bytes(rules, values, q) for q in rules.parts},
            {q.key: _bytes(rules, values, q) for q in rules.phases},
            {q.key: _bytes(rules, values, q, signed=True) for q in rules.derived},
        )
    terms, phases, derived = numbers
    peak = max(phases, key=lambda k: phases[k])
    weights = {k: evaluate_exact(w, values.values) for k, w in phase_weights(rules)[peak].items()}
    zero = sympy.Integer(0)
    alive = {
        key: sum((weights.get(leaf, 0) * terms[leaf] for leaf in leaves), zero)
        for key, leaves in rules.leaves_under.items()
    }
    return MemoryResult(setup, values, terms, phases, peak, alive, derived, capacity(setup, values))


def capacity(setup: Setup, values: Assignment | None = None) -> Any:
    """Bytes one GPU offers: the rules' own `capacity` quantity when they define one (e.g. a utilization
    rule), else the hardware profile's usable memory."""
    own = next((q for q in setup.rules.derived if q.key == "capacity"), None)
    if own is None:
        return setup.hardware.capacity
    return _bytes(setup.rules, values or assign_rules(setup), own)


def _numbers_compiled(rules: Model, values: Assignment) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]] | None:
    """Terms, phases and derived values in one exact pass of the compiled plan (None: use the symbolic path)."""
    found = compiled_pass(rules, values)
    if found is None:
        return None
    terms, derived, env = found
    phases = {q.key: env[q.slot] for q in rules.phases}
    if any(v < 0 for v in (*terms.values(), *phases.values())) or not in_range(
        (*terms.values(), *phases.values(), *derived.values())
    ):
        return None  # a negative term or an absurd size: the symbolic path names the culprit
    return tuple({k: to_sympy(v) for k, v in group.items()} for group in (terms, phases, derived))  # type: ignore[return-value]


def _bytes(rules: Model, values: Assignment, quantity: Quantity, signed: bool = False) -> Any:
    """A term's exact value; terms and phases are never negative (derived values such as what is left may be)."""
    text = quantity.node.expr or quantity.node.repeat
    where = text.span.at(0) if text else quantity.node.span.key
    result = evaluate(rules, values, quantity.contribution, quantity.key, where)
    if result < 0 and not signed:
        raise SpecError(f"'{quantity.key}' is negative ({result} bytes) for these values", where)
    return result


def phase_weights(rules: Model) -> Mapping[str, Mapping[str, Any]]:
    """phase -> {leaf path: how much of it is alive} (usually 0 or 1; may use symbols such as keep_grads)."""
    return rules.phase_weights


def check_rules(rules: Model, spec_dirs: Sequence[Path | str] = ()) -> None:
    """`engine validate` for a rules spec: every option choice evaluates for a reference model and GPU."""
    from engine.api import load_setup  # the API assembles setups; validation reuses it

    phase_weights(rules)
    for option in rules.spec.options:
        for choice in option.choices:
            try:
                setup = load_setup("llama", rules=rules, choices={option.name: choice.name}, spec_dirs=spec_dirs)
                evaluate_memory(setup.with_values(dp=8))
            except EngineError as exc:
                raise SpecError(f"option {option.name}={choice.name}: {exc.message}", exc.location) from None
