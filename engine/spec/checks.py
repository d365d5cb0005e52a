"""What a spec means, checked without evaluating anything: every check yields `Problem`s (a message and
the key path it is about), and one driver (`located`) turns them into errors at file:line:col.

The schema has already checked the shape. These checks need the whole spec: a default preset that is
one of the presets, names that exist, an `hf:` section whose keys give every symbol. Checks that need
values (a preset's numbers, a rules spec evaluated for a model) are in engine.validate.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from engine.errors import EngineError, Location, Problem, SpecError, SpecErrors, did_you_mean, unknown
from engine.limits import MAX_REPORTED
from engine.spec.expressions import FUNCTIONS
from engine.spec.planning import check_plan
from engine.spec.types import Spec

PROVIDERS = (
    "linears.weights",
    "linears.lora",
    "linears.unquantized",
)  # what a rules symbol's `from:` may name (engine.evaluate.question)


def located(spec: Spec, problems: Iterable[Problem]) -> list[EngineError]:
    """Each problem at its location: its own, else where the value at its key path was written (or the
    nearest enclosing value that has a place)."""
    out: list[EngineError] = []
    for problem in problems:
        where = problem.location or _nearest(spec, problem.path)
        out.append(SpecError(problem.message, where))
    return out


def _nearest(spec: Spec, path: tuple[str | int, ...]) -> Location | None:
    for end in range(len(path), -1, -1):
        found = spec.spans.get(path[:end])
        if found is not None:
            return found.value
    return None


def require(spec: Spec, problems: Iterable[Problem]) -> None:
    """Raise the problems found (the first one alone, or up to MAX_REPORTED together)."""
    errors = located(spec, problems)
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise SpecErrors(errors[:MAX_REPORTED])


def check_spec(spec: Spec) -> Iterator[Problem]:
    """Every check of this module, in the order a reader meets the sections."""
    for check in CHECKS:
        yield from check(spec)


def _presets(spec: Spec) -> Iterator[Problem]:
    names = [p.name for p in spec.presets]
    given = spec.spans.get(("default_preset",))
    if given is not None and spec.default_preset not in names:
        hint = did_you_mean(spec.default_preset or "", names)
        yield Problem(f"default_preset '{spec.default_preset}' is not one of the presets{hint}", ("default_preset",))
    known = {s.name for s in spec.symbols}
    for preset in spec.presets:
        for key, text in preset.values.items():
            if key not in known:
                yield Problem(unknown("symbol", key, known), location=text.span.key)


def _options(spec: Spec) -> Iterator[Problem]:
    known = {s.name for s in spec.symbols}
    for option in spec.options:
        names = [c.name for c in option.choices]
        if option.default not in names:
            yield Problem(
                f"option '{option.name}' defaults to '{option.default}', which is not one of its choices"
                + did_you_mean(option.default, names),
                ("options", option.name, "default"),
            )
        for choice in option.choices:
            for key, text in choice.values.items():
                if key not in known:
                    yield Problem(unknown("symbol", key, known), location=text.span.key)
        for i, situation in enumerate(option.situations):
            if situation.choice not in names:
                yield Problem(
                    f"option '{option.name}' has no choice '{situation.choice}'"
                    + did_you_mean(situation.choice, names),
                    ("options", option.name, "default_when", i, "choice"),
                )


def _quantity_names(spec: Spec) -> Iterator[Problem]:
    symbols = {s.name for s in spec.symbols}
    for node in (*spec.total.walk(), *spec.derived, *spec.phases, *spec.block):
        if node is spec.total:
            continue
        if node.name in symbols:
            yield Problem(f"quantity '{node.name}' has the same name as a symbol", location=node.span.key)
        elif node.name in FUNCTIONS:
            yield Problem(f"'{node.name}' is a function name and cannot name a quantity", location=node.span.key)


def _linears(spec: Spec) -> Iterator[Problem]:
    names = [x.name for x in spec.linears]
    short = [n.rsplit(".", 1)[-1] for n in names]
    for i, target in enumerate(spec.lora_targets):
        if target not in names and target not in short:
            yield Problem(unknown("linear layer", target, names + short), ("lora_targets", i))


def _vocabulary(spec: Spec) -> Iterator[Problem]:
    """Names the rules' own sections use: layout symbols, limits, reports, shown values."""
    symbols = {s.name for s in spec.symbols}
    derived = {d.name for d in spec.derived}
    if spec.layout is not None:
        for axis in spec.layout.axes:
            for name in (axis.symbol, axis.stage):
                if name and name not in symbols:
                    yield Problem(unknown("symbol", name, symbols), ("layout", "axes", axis.role))
            if not axis.symbol:
                yield Problem(f"layout axis '{axis.role}' names no symbol", ("layout", "axes", axis.role))
        for constraint in spec.layout.constraints:
            if constraint.symbol not in spec.layout.symbols:
                yield Problem(
                    unknown("layout symbol", constraint.symbol, spec.layout.symbols),
                    ("layout", "constraints", constraint.name, "blames"),
                )
    for limit in spec.limits:
        if limit.name not in symbols:
            yield Problem(unknown("symbol", limit.name, symbols), ("limits", limit.name))
    for report in spec.reports:
        if report.name not in derived:
            yield Problem(unknown("derived quantity", report.name, derived), ("reports", report.name))
    for i, name in enumerate((*spec.shown, *spec.keep)):
        if name not in symbols:
            section = "shown" if i < len(spec.shown) else "closed_form_keeps"
            index = i if i < len(spec.shown) else i - len(spec.shown)
            yield Problem(unknown("symbol", name, symbols), (section, index))
    for symbol in spec.symbols:
        if symbol.provider and symbol.provider not in PROVIDERS:
            yield Problem(unknown("provider", symbol.provider, PROVIDERS), ("symbols", symbol.name, "from"))


def _hf(spec: Spec) -> Iterator[Problem]:
    """An `hf:` section names known symbols, and (when it reads config files) gives every symbol that has
    no default; defaults are converted by engine.spec.hf when the spec is checked with values."""
    hf = spec.hf
    if hf is None:
        return
    symbols = {s.name for s in spec.symbols}
    named = [(e.symbol, e.span.value) for e in hf.keys]
    for values in hf.architectures.values():
        named += [(symbol, text.span.key) for symbol, text in values.items()]
    for name, where in named:
        if name not in symbols:
            yield Problem("hf: " + unknown("symbol", name, symbols), location=where)
    entries = {e.key for e in hf.keys}
    for key in hf.defaults:
        if key not in entries:
            yield Problem(
                f"hf: a default for '{key}', which no entry of hf.keys reads", location=hf.default_spans[key].key
            )
    read = {e.symbol for e in hf.keys}
    implied = [set(values) for values in hf.architectures.values()]
    always = set.intersection(*implied) if implied else set()
    for symbol in spec.symbols if hf.model_types else ():
        if symbol.default is None and symbol.name not in read | always:
            yield Problem(f"hf: no config key gives '{symbol.name}', which has no default", location=hf.span.key)


def _views(spec: Spec) -> Iterator[Problem]:
    keys = [n.key for n in spec.total.walk() if n is not spec.total]
    names = {s.name for s in spec.symbols} | {d.name for d in spec.derived}
    for view in spec.views:
        for i, path in enumerate(view.minus):
            if path not in keys:
                yield Problem(
                    f"view '{view.name}': " + unknown("quantity", path, keys), ("views", view.name, "minus", i)
                )
        if view.capacity and view.capacity not in names:
            yield Problem(
                f"view '{view.name}': " + unknown("symbol or derived quantity", view.capacity, names),
                ("views", view.name, "capacity"),
            )
    derived = {d.name for d in spec.derived}
    for timed in spec.time:
        if timed.name not in derived:
            yield Problem(f"time: {unknown('derived quantity', timed.name, derived)}", ("time", timed.name))
    if spec.views and not any(v.decides for v in spec.views):
        yield Problem("no view decides the fit: mark one with `decides: true`", ("views",))


def _plan(spec: Spec) -> Iterator[Problem]:
    if spec.plan is None:
        return
    options = {o.name: tuple(c.name for c in o.choices) for o in spec.options}
    flags = {s.name for s in spec.symbols if s.flag}
    yield from check_plan(spec.plan, options, {s.name for s in spec.symbols}, flags, {t.name for t in spec.time})


CHECKS: tuple[Callable[[Spec], Iterator[Problem]], ...] = (
    _presets,
    _views,
    _options,
    _quantity_names,
    _linears,
    _vocabulary,
    _hf,
    _plan,
)
