"""Values for every symbol: preset (or config file) -> `--set` overrides -> numbers other specs give
(bound) -> option choices -> symbol defaults.

Every value is an exact int or Fraction checked against its symbol's domain; each records where it came
from (`Origin`). Defaults and option values are expressions over other symbols, evaluated by their
compiled programs once what they use has a value. Problems are located `SpecError`s: the preset value,
the `--set` argument or the default expression that caused them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from fractions import Fraction
from types import MappingProxyType
from typing import Any

from engine.errors import Location, SpecError, did_you_mean, unknown
from engine.limits import MAX_MAGNITUDE
from engine.plan.program import Plan, Program
from engine.plan.runtime import PlanError, run_one
from engine.spec.constants import parse_number
from engine.spec.document import Span
from engine.spec.graph import toposort
from engine.spec.hf import ConfigValues
from engine.spec.numbers import Number, show_number
from engine.spec.types import DOMAINS, Text


@dataclass(frozen=True)
class Origin:
    """Where a value came from: a preset, a config file, --set, a default, an option's choice, another
    spec (the model or the GPU: `source` names it), or the layout."""

    kind: str  # preset, config, set, default, choice, bound, layout
    source: str = ""  # the option (choice), or the model or GPU (bound)
    choice: str = ""

    @property
    def label(self) -> str:
        """As the output shows it: 'default', 'precision=mixed', 'llama llama-3-8b'."""
        if self.kind == "choice":
            return f"{self.source}={self.choice}"
        return self.source if self.kind == "bound" else self.kind


@dataclass(frozen=True)
class Assignment:
    """A value for every symbol, and where each value came from."""

    preset: str | None
    values: Mapping[str, Number]
    origins: Mapping[str, Origin]
    config: str | None = None  # the file the `config` values came from


def parse_overrides(pairs: list[str]) -> dict[str, Text]:
    """`['hidden_size=4096', ...]` -> {name: Text} (each located on the command line)."""
    out: dict[str, Text] = {}
    for pair in pairs:
        where = Location("--set", 1, 1)
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise SpecError(f"'{pair}' is not NAME=VALUE", where)
        start = len(name) + 1
        out[name.strip()] = Text(value, Span(Location("--set", 1, start + 1), where, start + 1))
    return out


def assign(
    plan: Plan,
    preset: str | None = None,
    overrides: Mapping[str, Text] | None = None,
    bound: Mapping[str, tuple[Number, Origin]] | None = None,
    choices: Mapping[str, str] | None = None,
    config: ConfigValues | None = None,
) -> Assignment:
    """Values for every symbol of `plan`, the first source that has one winning: `overrides` (--set),
    the config file's values, the preset's values, `bound` (numbers another spec gives, e.g. an
    architecture's `params`), the chosen option values (option -> choice), then each symbol's default.
    With a config file, the spec's default preset is not used: the file describes the whole model."""
    spec = plan.spec
    name = preset if preset is not None or config is not None else spec.default_preset
    given: dict[str, tuple[Text, Origin]] = {}
    if name is not None:
        chosen = spec.preset(name)
        if chosen is None:
            names = [p.name for p in spec.presets]
            listing = ", ".join(names) or "none"
            raise SpecError(f"spec '{spec.name}' has no preset '{name}'{did_you_mean(name, names)}; presets: {listing}")
        given.update({k: (v, Origin("preset")) for k, v in chosen.values.items()})
    if config is not None:
        given.update({k: (v, Origin("config")) for k, v in config.values.items()})
    for key, text in (overrides or {}).items():
        given[key] = (text, Origin("set"))
    symbols = plan.symbols
    for key, (text, _) in given.items():
        if spec.symbol(key) is None:
            raise SpecError(unknown("symbol", key, symbols), text.span.key)
    values: dict[str, Number] = {}
    origins: dict[str, Origin] = {}
    for key, (text, origin) in given.items():
        values[key] = checked(plan, key, parse_number(text.text, text.span), text.span.at(0))
        origins[key] = origin
    picked = _picked(plan, choices or {})
    for key, (value, origin) in (bound or {}).items():
        if spec.symbol(key) is not None and key not in values and key not in picked:
            values[key] = checked(plan, key, value, _declared(plan, key).span.key, f" ({origin.label})")
            origins[key] = origin
    _fill(plan, values, origins, picked)
    for symbol in spec.symbols:
        if symbol.name not in values:
            chosen_by = f"preset '{name}'" if name else (config.path if config else "")
            raise SpecError(
                f"no value for '{symbol.name}': it has no default and "
                + (f"{chosen_by} does not set it" if chosen_by else "no preset is chosen")
                + f"; give one with --set {symbol.name}=VALUE",
                symbol.span.key,
            )
    ordered = {s.name: values[s.name] for s in spec.symbols}
    return Assignment(name, ordered, {k: origins[k] for k in ordered}, config.path if config else None)


def _picked(plan: Plan, choices: Mapping[str, str]) -> dict[str, tuple[Program, Text, Origin]]:
    """The symbol values the chosen options put in force: symbol -> (program, text, origin)."""
    out: dict[str, tuple[Program, Text, Origin]] = {}
    for option in plan.spec.options:
        choice = option.choice(choices.get(option.name, option.default))
        if choice is None:
            continue  # engine.evaluate.question checks the names first
        programs = plan.choices[option.name][choice.name]
        for key, text in choice.values.items():
            out[key] = (programs[key], text, Origin("choice", option.name, choice.name))
    return out


def _declared(plan: Plan, name: str) -> Any:
    found = plan.spec.symbol(name)
    assert found is not None  # callers check the name
    return found


def _fill(
    plan: Plan,
    values: dict[str, Number],
    origins: dict[str, Origin],
    picked: Mapping[str, tuple[Program, Text, Origin]],
) -> None:
    """Evaluate chosen and default values for the symbols still without one, in dependency order."""
    pending: dict[str, tuple[Program, Text, Origin]] = {}
    for key, program in plan.defaults.items():
        text = _declared(plan, key).default
        assert text is not None  # plan.defaults holds only symbols with a default
        pending[key] = (program, text, Origin("default"))
    pending.update(picked)
    pending = {k: v for k, v in pending.items() if k not in values}
    uses = {k: sorted(n for n in p.inputs if n in pending) for k, (p, _, _) in pending.items()}
    for key in toposort(list(pending), uses.__getitem__, lambda k: pending[k][1].span.at(0)):
        program, text, origin = pending[key]
        missing = sorted(n for n in program.inputs if n not in values)
        if missing:
            raise SpecError(f"the value of '{key}' needs '{missing[0]}', which has no value", text.span.at(0))
        context = f" (its {origin.label} {text.text})"
        try:
            value = run_one(program, values)
        except PlanError:
            domain = DOMAINS[_declared(plan, key).domain]
            raise SpecError(
                f"'{key}' must be {domain.text}, got a division by zero{context}", text.span.at(0)
            ) from None
        values[key] = checked(plan, key, _number(value), text.span.at(0), context)
        origins[key] = origin


def _number(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    return value


def checked(plan: Plan, name: str, value: Any, where: Location, context: str = "") -> Number:
    """`value`, if it is in `name`'s domain and of a real size; else a located error."""
    domain = DOMAINS[_declared(plan, name).domain]
    if not domain.accepts(value):
        raise SpecError(f"'{name}' must be {domain.text}, got {show_number(value)}{context}", where)
    if abs(value) > MAX_MAGNITUDE:
        raise SpecError(
            f"'{name}' = {show_number(value)} is larger than any real configuration (limit 1e30){context}", where
        )
    return int(value) if isinstance(value, Fraction) and value.denominator == 1 else value


@dataclass(frozen=True)
class Moving:
    """An assignment whose `given` symbols move (the layout, --batch...): the values of the rest, and the
    defaults and chosen values to compute again, in dependency order, from the moved ones; each with
    its symbol's domain test."""

    base: Assignment
    given: tuple[tuple[str, Callable[[Number], bool]], ...]
    programs: tuple[tuple[str, Program, Callable[[Number], bool]], ...]


def moving(
    plan: Plan, base: Assignment, names: Iterable[str], overrides: Mapping[str, Text], choices: Mapping[str, str]
) -> Moving:
    """How `base` (assigned without `names`) changes when `names` are given as bound values: they win over
    defaults, not over --set or an option's chosen value (as in `assign`)."""
    picked = _picked(plan, choices)
    given = tuple(n for n in names if plan.spec.symbol(n) is not None and n not in overrides and n not in picked)
    computed: dict[str, tuple[Program, Text]] = {}
    for key, origin in base.origins.items():
        if key in given:
            continue
        if origin.kind == "choice":
            computed[key] = picked[key][:2]
        elif origin.kind == "default":
            text = _declared(plan, key).default
            assert text is not None
            computed[key] = (plan.defaults[key], text)
    uses = {k: sorted(n for n in p.inputs if n in computed) for k, (p, _) in computed.items()}
    dirty, programs = set(given), []
    for key in toposort(list(computed), uses.__getitem__, lambda k: computed[k][1].span.at(0)):
        program = computed[key][0]
        if dirty.intersection(program.inputs):
            dirty.add(key)
            programs.append((key, program, _accepts(plan, key)))
    return Moving(base, tuple((n, _accepts(plan, n)) for n in given), tuple(programs))


def _accepts(plan: Plan, name: str) -> Callable[[Number], bool]:
    return DOMAINS[_declared(plan, name).domain].accepts


def moved(found: Moving, values: Mapping[str, Number], origin: Origin) -> Assignment:
    """`found.base` with its given symbols at `values` and what follows from them computed again. A value
    out of its domain or of a real size, or a step with no value, is a bare SpecError: the caller asks
    `assign` for the located one."""
    out, origins = dict(found.base.values), dict(found.base.origins)
    for key, accepts in found.given:
        out[key] = _fit(values[key], accepts)
        origins[key] = origin
    for key, program, accepts in found.programs:
        try:
            value = run_one(program, out)
        except PlanError:
            raise SpecError(f"'{key}' has no value here") from None
        out[key] = _fit(_number(value), accepts)
    return Assignment(found.base.preset, MappingProxyType(out), MappingProxyType(origins), found.base.config)


def _fit(value: Any, accepts: Callable[[Number], bool]) -> Number:
    """`value` as `checked` returns it, when `checked` would accept it."""
    if not accepts(value) or abs(value) > MAX_MAGNITUDE:
        raise SpecError("out of its domain")
    return int(value) if isinstance(value, Fraction) and value.denominator == 1 else value
