"""A question of the memory rules as a traced step: the single-GPU equivalent the check estimates, the
TraceSettings that reproduce it, and what was changed on the way (engine/check/settings.yaml says how).

A choice a CPU trace cannot reproduce (sharding, master weights, CUDA kernels) is replaced by the one the
file names `instead`, in the estimate and the trace alike, and said out loud with the terms of the
question asked it leaves unchecked; a layout degree above 1 becomes 1; the reserve is zeroed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Any

from engine.check import settings as data
from engine.check.config import dropout_keys, model_config
from engine.check.settings import OTHERWISE, Entry, Mode
from engine.errors import SpecError
from engine.evaluate.memory import MemoryResult
from engine.evaluate.question import Setup, overrides_of
from engine.solve.answer import memory
from engine.solve.layouts import ROLES, axis
from engine.trace import TraceSettings, config_defaults

# What a traced step does, by the names engine/check/settings.yaml's `match:` gives them.
TRACED: dict[str, Callable[[TraceSettings], int]] = {
    "prompt_tokens": lambda s: s.batch * s.prompt_len,  # the tokens of one prefill of every prompt
    "step_tokens": lambda s: s.batch * s.seq_len,  # the tokens of one training micro-batch
}


@dataclass(frozen=True)
class Substitution:
    """A setting of the question that the trace does not reproduce, and what is checked instead."""

    asked: str  # 'sharding=zero3', 'tp=2', 'keep_grads=1'
    instead: str  # 'sharding=none'
    reason: str
    unchecked: tuple[str, ...]  # terms of the question asked that the check does not verify


@dataclass(frozen=True)
class CheckPlan:
    """The question asked, its single-GPU equivalent (estimated), and the step that traces it."""

    mode: Mode
    asked: MemoryResult  # the question as asked, at its layout
    estimate: MemoryResult  # the single-GPU equivalent, reserve zeroed
    settings: TraceSettings
    substituted: tuple[Substitution, ...]
    not_followed: tuple[str, ...]  # choices the trace does not follow (the file does not list them)
    notes: tuple[str, ...]
    zeroed: Mapping[str, Any]  # the reserve symbols set for the estimate

    @property
    def unchecked(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(t for s in self.substituted for t in s.unchecked))


def follow(
    mode: Mode, chosen: Mapping[str, str], substituted: list[Substitution], not_followed: list[str]
) -> tuple[dict[str, str], list[tuple[str, Entry]]]:
    """The choices the trace follows (an `instead` replacing what it cannot reproduce) and their entries."""
    choices = dict(chosen)
    entries: list[tuple[str, Entry]] = []
    for option, choice in chosen.items():
        entry, instead = _chosen(mode.options.get(option, {}), choice, f"{option}={choice}", substituted)
        if entry is None:
            not_followed.append(f"{option}={choice}")
            continue
        choices[option] = instead
        entries.append((f"{option}={instead}", entry))
    return choices, entries


def plan_check(setup: Setup, dp: int = 1, tp: int = 1, pp: int = 1) -> CheckPlan:
    """What `engine check` estimates and traces for `setup` asked at dp x tp x pp GPUs."""
    mode = checked_mode(setup.rules.spec.mode, setup.rules.spec.name)
    asked = memory(setup, dp * tp * pp, tp, pp)
    substituted: list[Substitution] = []
    not_followed: list[str] = []
    choices, entries = follow(mode, asked.setup.choices, substituted, not_followed)  # in force at dp x tp x pp
    for role, degree in zip(ROLES, (dp, tp, pp), strict=True):
        if degree > 1:
            symbol, why = axis(setup, role).symbol, data.layout_entry(role)
            substituted.append(Substitution(f"{symbol}={degree}", f"{symbol}=1", why.reason, why.unchecked))
    zeroed = {k: v for k, v in mode.set.items() if setup.rules.spec.symbol(k) is not None}
    estimate = memory(replace(setup, choices=choices, overrides={**setup.overrides, **overrides_of(zeroed)}))
    fixed = _symbol_entries(mode, estimate, entries, substituted, not_followed)
    estimate = _with(estimate, fixed)
    values = estimate.assignment.values
    step = {k: int(signed_sum(names, values.__getitem__)) for k, names in mode.values.items()}
    settings = trace_settings(mode, step, entries, model_config(estimate.setup.arch, config_defaults))
    matched: dict[str, Any] = {}
    for symbol, (quantity, why) in mode.match.items():
        traced = TRACED[quantity](settings)
        if symbol in values and values[symbol] != traced:
            substituted.append(Substitution(f"{symbol}={_text(values[symbol])}", f"{symbol}={traced}", why.reason,
                                            why.unchecked))  # fmt: skip
            matched[symbol] = traced
    notes = (*mode.notes, *(entry.note for _, entry in entries if entry.note))
    return CheckPlan(
        mode, asked, _with(estimate, matched), settings, tuple(substituted), tuple(not_followed), notes, zeroed
    )


def _symbol_entries(
    mode: Mode,
    estimate: MemoryResult,
    entries: list[tuple[str, Entry]],
    substituted: list[Substitution],
    not_followed: list[str],
) -> dict[str, Any]:
    """Follow the rules symbols the mode lists (adding their entries); the values the estimate must take
    instead: a value the trace cannot reproduce, or one an entry sets to be the trace's."""
    fixed: dict[str, Any] = {}
    for symbol, by_value in mode.symbols.items():
        if symbol not in estimate.assignment.values:
            continue
        value = _text(estimate.value(symbol))
        entry, instead = _chosen(by_value, value, f"{symbol}={value}", substituted)
        if entry is None:
            not_followed.append(f"{symbol}={value}")
            continue
        if instead != value:
            fixed[symbol] = instead
        entries.append((f"{symbol}={instead}", entry))
    for _, entry in entries:
        for symbol, wanted in entry.set.items():
            if symbol in estimate.assignment.values and estimate.value(symbol) != wanted:
                now = _text(estimate.value(symbol))
                substituted.append(Substitution(f"{symbol}={now}", f"{symbol}={wanted}", entry.reason, entry.unchecked))
                fixed[symbol] = wanted
    return fixed


def _with(estimate: MemoryResult, values: Mapping[str, Any]) -> MemoryResult:
    """The estimate again with some rules symbols set (as --set would), on one GPU."""
    if not values:
        return estimate
    setup = estimate.setup
    return memory(replace(setup, overrides={**setup.overrides, **overrides_of(dict(values))}))


def checked_mode(name: str | None, rules: str) -> Mode:
    """The file's entry for the rules' mode, if their questions can be traced at all."""
    mode = data.mode(name)
    if mode.reason:
        raise SpecError(f"the '{rules}' rules cannot be checked against a trace: {mode.reason}")
    return mode


def _chosen(
    entries: Mapping[str, Entry], value: str, asked: str, substituted: list[Substitution]
) -> tuple[Entry | None, str]:
    """The entry the trace follows for `value` (its `instead`'s when it cannot be traced), and that value."""
    entry = entries.get(value, entries.get(OTHERWISE))
    if entry is None or entry.instead is None:
        return entry, value
    name = asked.split("=", 1)[0]
    substituted.append(Substitution(asked, f"{name}={entry.instead}", entry.reason, entry.unchecked))
    followed = entries.get(entry.instead)
    if followed is None or followed.instead is not None:
        raise SpecError(
            f"{data.SETTINGS.name}: '{asked}' is checked as '{entry.instead}', which the file does not trace"
        )
    return followed, entry.instead


def _text(value: Any) -> str:
    exact = Fraction(value)
    return str(exact.numerator) if exact.denominator == 1 else str(exact)


def signed_sum(names: Iterable[str], value_of: Any) -> Any:
    """The sum of `value_of(name)` over `names`, a leading '-' subtracting."""
    total: Any = 0
    for name in names:
        sign, key = (-1, name[1:]) if name.startswith("-") else (1, name)
        total += sign * value_of(key)
    return total


def trace_settings(
    mode: Mode, values: Mapping[str, int], entries: list[tuple[str, Entry]], config: dict[str, Any]
) -> TraceSettings:
    """The mode's TraceSettings with each followed entry's, the step's `values` and the model `config`."""
    fields: dict[str, Any] = dict(mode.trace)
    given: dict[str, str] = dict.fromkeys(fields, f"mode {mode.name}")
    config_values: dict[str, Any] = dict(mode.config)
    dropout: Fraction | None = None
    optim: dict[str, Any] = {}
    for where, entry in entries:
        if entry.optim is not None:
            if optim:
                raise SpecError(f"{where} and {given['optim']} both choose the traced optimizer")
            cls, kwargs = data.optimizer_settings(entry.optim)
            optim, given["optim"] = dict(optimizer=cls, optimizer_kwargs=kwargs), where
        for key, value in entry.trace.items():
            if key in fields and fields[key] != value:
                raise SpecError(f"{where} traces {key}={value!r}, but {given[key]} traces {key}={fields[key]!r}")
            fields[key], given[key] = value, where
        config_values.update(entry.config)
        dropout = entry.dropout if entry.dropout is not None else dropout
    fields.update(values)
    config = {**config, **config_values}
    if dropout is not None:
        known = config_defaults(str(config["model_type"]))
        config.update(dict.fromkeys(dropout_keys(known, data.dropout_suffixes()), float(dropout)))
    return TraceSettings(config, **fields, **optim)
