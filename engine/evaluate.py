"""Substitute values into a model: preset (or config file) -> `--set` overrides -> symbol defaults -> numbers.

Every value is an exact sympy Rational checked against its symbol's domain; every quantity evaluates
to an exact number (a parameter count must be a whole number). Problems are located `SpecError`s:
the preset value, the `--set` argument or the default expression that caused them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import sympy

from engine.compiled import PlanError, compiled, evaluate_exact, exact_values, to_sympy
from engine.document import Span
from engine.errors import Location, SpecError, did_you_mean
from engine.expr import build_expression, parse_expression, parse_number, show_number, substitute
from engine.model import DOMAINS, Model, toposort
from engine.spec import Text

MAX_MAGNITUDE = sympy.Integer(10) ** 30  # no config value is this large; bounds every computed number
MAX_RESULT = sympy.Integer(10) ** 60  # no count or byte total is this large (and it stays printable)
_MAX_RESULT = 10**60  # the same bound for the compiled plans' Python numbers


def in_range(numbers: Any) -> bool:
    """Whether every compiled result is within MAX_RESULT (else the symbolic path reports the culprit)."""
    return all(-_MAX_RESULT <= n <= _MAX_RESULT for n in numbers)


@dataclass(frozen=True)
class ConfigValues:
    """Symbol values read from a file (a Hugging Face config.json); they take the place of a preset."""

    path: str
    values: Mapping[str, Text]


@dataclass(frozen=True)
class Assignment:
    """A value for every symbol, and where each value came from (`preset`, `config`, `set`, `default`)."""

    preset: str | None
    values: Mapping[str, Any]
    origins: Mapping[str, str]
    config: str | None = None  # the file the `config` values came from

    def subs(self, model: Model) -> dict[Any, Any]:
        return {model.symbols[n]: v for n, v in self.values.items()}


@dataclass(frozen=True)
class Count:
    """A model evaluated at one assignment: the total and every quantity's contribution."""

    model: Model
    assignment: Assignment
    total: Any
    parts: Mapping[str, Any]  # path -> contribution to the total (groups included)
    derived: Mapping[str, Any]


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
    model: Model,
    preset: str | None = None,
    overrides: Mapping[str, Text] | None = None,
    bound: Mapping[str, tuple[Any, str]] | None = None,
    choices: Mapping[str, tuple[Text, str]] | None = None,
    config: ConfigValues | None = None,
) -> Assignment:
    """Values for every symbol of `model`, the first source that has one winning:

    `overrides` (--set), the config file's values, the preset's values, `choices` (expressions chosen
    by options, e.g. the precision recipe), `bound` (numbers another model computed, e.g. an
    architecture's `params`), then each symbol's default. Choices and defaults are expressions over
    other symbols, evaluated once what they use has a value. With a config file, the spec's default
    preset is not used: the file describes the whole model.
    """
    spec = model.spec
    name = preset if preset is not None or config is not None else spec.default_preset
    given: dict[str, tuple[Text, str]] = {}
    if name is not None:
        chosen = spec.preset(name)
        if chosen is None:
            names = [p.name for p in spec.presets]
            listing = ", ".join(names) or "none"
            raise SpecError(f"spec '{spec.name}' has no preset '{name}'{did_you_mean(name, names)}; presets: {listing}")
        given.update({k: (v, "preset") for k, v in chosen.values.items()})
    if config is not None:
        given.update({k: (v, "config") for k, v in config.values.items()})
    for key, text in (overrides or {}).items():
        given[key] = (text, "set")
    for key, (text, _) in given.items():
        if key not in model.symbols:
            raise SpecError(f"unknown symbol '{key}'{did_you_mean(key, model.symbols)}", text.span.key)
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    for key, (text, origin) in given.items():
        values[key] = _checked(model, key, parse_number(text.text, text.span), text.span.at(0))
        origins[key] = origin
    for key, (value, origin) in (bound or {}).items():
        if key in model.symbols and key not in values and key not in (choices or {}):
            values[key] = _checked(model, key, value, model.declared(key).span.key, f" ({origin})")
            origins[key] = origin
    _fill_defaults(model, values, origins, choices or {})
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


def _fill_defaults(
    model: Model, values: dict[str, Any], origins: dict[str, str], choices: Mapping[str, tuple[Text, str]]
) -> None:
    """Evaluate chosen and default expressions for the symbols still without a value, in dependency order."""
    pending: dict[str, tuple[Any, Text, str]] = {}
    for key, default in model.defaults.items():
        text = model.declared(key).default
        assert text is not None  # model.defaults holds only symbols with a default
        pending[key] = (default, text, "default")
    known = set(model.symbols)
    for key, (text, origin) in choices.items():
        expr = model.choice_exprs.get(text)
        if expr is None:  # a choice from outside the model's own options (the Python API)
            if key not in model.symbols:
                raise SpecError(f"unknown symbol '{key}'{did_you_mean(key, model.symbols)}", text.span.key)
            parsed = parse_expression(text.text, text.span)
            for used in sorted(parsed.names - known):
                raise SpecError(f"unknown symbol '{used}'{did_you_mean(used, model.symbols)}", parsed.locate(used))
            expr = build_expression(parsed, model.symbols)
        pending[key] = (expr, text, origin)
    pending = {k: v for k, v in pending.items() if k not in values}
    subs = _subs(model, values)  # kept in step with `values`: rebuilding it per symbol was quadratic
    uses = {k: sorted(s.name for s in e.free_symbols if s.name in pending) for k, (e, _, _) in pending.items()}
    for key in toposort(list(pending), uses.__getitem__, lambda k: pending[k][1].span.at(0)):
        expr, text, origin = pending[key]
        missing = sorted(s.name for s in expr.free_symbols if s.name not in values)
        if missing:
            raise SpecError(f"the value of '{key}' needs '{missing[0]}', which has no value", text.span.at(0))
        try:
            value = evaluate_exact(expr, values)
        except PlanError:  # the symbolic path says what went wrong
            value = substitute(expr, subs)
        values[key] = _checked(model, key, value, text.span.at(0), f" (its {origin} {text.text})")
        subs[model.symbols[key]] = values[key]
        origins[key] = origin


def _subs(model: Model, values: Mapping[str, Any]) -> dict[Any, Any]:
    return {model.symbols[n]: v for n, v in values.items()}


def _checked(model: Model, name: str, value: Any, where: Location, context: str = "") -> Any:
    domain = DOMAINS[model.declared(name).domain]
    if not value.is_Rational or not domain.accepts(value):
        got = "a division by zero" if value.has(sympy.zoo, sympy.nan) else show_number(value)
        raise SpecError(f"'{name}' must be {domain.text}, got {got}{context}", where)
    if abs(value) > MAX_MAGNITUDE:
        raise SpecError(
            f"'{name}' = {show_number(value)} is larger than any real configuration (limit 1e30){context}", where
        )
    return value


def evaluate(model: Model, assignment: Assignment, expr: Any, what: str, where: Location) -> Any:
    """`expr` at `assignment` as an exact number; anything else is a located error."""
    value = substitute(expr, assignment.subs(model))
    if not value.is_Rational:
        reason = "divides by zero" if value.has(sympy.zoo, sympy.nan) else f"does not reduce to a number ({value})"
        raise SpecError(f"'{what}' {reason}", where)
    if abs(value) > MAX_RESULT:
        raise SpecError(f"'{what}' = {show_number(value)} for these values; no model or GPU is that large", where)
    return value


def count(model: Model, assignment: Assignment, whole: bool = True) -> Count:
    """Evaluate the total and each quantity; with `whole`, each must be a whole number.

    The compiled plan computes everything exactly in one pass; when it cannot (a division by zero,
    a fractional count), the symbolic path below finds the quantity to blame and says where.
    """
    fast = _count_compiled(model, assignment, whole)
    return fast if fast is not None else _count_symbolic(model, assignment, whole)


def compiled_pass(model: Model, assignment: Assignment) -> tuple[dict[str, Any], dict[str, Any], Any] | None:
    """Each part's contribution and each derived value by key, and every slot, from one exact pass of
    the compiled plan; None when the plan cannot compute it (the symbolic path then says where)."""
    plan = compiled(model)
    try:
        env = plan.run(exact_values(assignment.values))
    except PlanError:
        return None
    parts = {q.key: plan.contribution(env, q.key, q.slot) for q in model.parts}
    return parts, {q.key: env[q.slot] for q in model.derived}, env


def _count_compiled(model: Model, assignment: Assignment, whole: bool) -> Count | None:
    found = compiled_pass(model, assignment)
    if found is None:
        return None
    parts, derived, env = found
    total = env[model.total.slot]
    numbers = [total, *parts.values(), *derived.values()]
    if not in_range(numbers) or (whole and not all(isinstance(n, int) or n.denominator == 1 for n in numbers)):
        return None
    return Count(
        model=model,
        assignment=assignment,
        total=to_sympy(total),
        parts={k: to_sympy(v) for k, v in parts.items()},
        derived={k: to_sympy(v) for k, v in derived.items()},
    )


def _count_symbolic(model: Model, assignment: Assignment, whole: bool) -> Count:
    def one(quantity: Any) -> Any:
        text = quantity.node.expr or quantity.node.repeat
        where = text.span.at(0) if text else quantity.node.span.key
        value = evaluate(model, assignment, quantity.contribution, quantity.key, where)
        if whole and not value.is_Integer:
            raise SpecError(f"'{quantity.key}' = {show_number(value)} is not a whole number of parameters", where)
        return value

    leaves_first = sorted(model.parts, key=lambda q: q.node.is_group)  # report the most precise culprit
    parts = {q.key: one(q) for q in leaves_first}
    return Count(
        model=model,
        assignment=assignment,
        total=one(model.total),
        parts={q.key: parts[q.key] for q in model.parts},
        derived={q.key: one(q) for q in model.derived},
    )
