"""What `engine plan` searches and how it ranks (rules `plan:`): the options it varies and the choices it
tries, the symbols it tries values of, the values a whole job shares among its replicas, the targets a
setup must meet, and the rankings. Parsed from a schema-valid document; nothing here is evaluated."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from engine.errors import Problem, did_you_mean, unknown
from engine.spec.document import Document, KeyPath
from engine.spec.numbers import Number
from engine.spec.text import Text


@dataclass(frozen=True)
class Varied:
    """An option the plan varies, the choices it tries, and what to say when a setup leaves the default."""

    option: str
    choices: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True)
class Searched:
    """A symbol the plan tries values of, where (`keep_if`), and with which option choices only (`with`)."""

    symbol: str
    values: tuple[Number, ...]
    keep_if: Text | None = None
    with_choices: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Ranking:
    """What `--by NAME` ranks by: an expression over the rules' symbols and derived values (smaller is
    better), where it exists (`when`), and the ranking used where it does not (`otherwise`)."""

    name: str
    expr: Text
    unit: str
    description: str = ""
    when: Text | None = None
    otherwise: str = ""
    missing: str = ""


@dataclass(frozen=True)
class Target:
    """A flag of `engine plan` (`--NAME NUMBER`): a setup meets it when `at_most` is at most the number."""

    name: str
    at_most: Text
    unit: str
    description: str


@dataclass(frozen=True)
class PlanSpec:
    """The rules' `plan:` section (see the module docstring)."""

    rank: tuple[Ranking, ...]
    vary: tuple[Varied, ...] = ()
    search: tuple[Searched, ...] = ()
    keep_if: Text | None = None
    shares: tuple[str, ...] = ()
    targets: tuple[Target, ...] = ()
    front: str = ""
    compare: tuple[str, ...] = ()
    columns: tuple[str, ...] = ()
    description: str = ""

    def ranking(self, name: str) -> Ranking | None:
        return next((r for r in self.rank if r.name == name), None)

    def varied(self, option: str) -> Varied | None:
        return next((v for v in self.vary if v.option == option), None)


def parse_plan(doc: Document, info: dict[str, Any]) -> PlanSpec:
    """A `PlanSpec` from the `plan:` mapping of a schema-valid document."""
    top: KeyPath = ("plan",)

    def text(value: Any, path: KeyPath) -> Text | None:
        return None if value is None else Text(_text_of(value), doc.span((*top, *path)))

    vary = []
    for option, entry in info.get("vary", {}).items():
        entry = entry if isinstance(entry, dict) else {"choices": entry}
        vary.append(Varied(option, tuple(entry["choices"]), entry.get("note", "")))
    search = tuple(
        Searched(
            symbol,
            tuple(entry["values"]),
            text(entry.get("keep_if"), ("search", symbol, "keep_if")),
            dict(entry.get("with", {})),
        )
        for symbol, entry in info.get("search", {}).items()
    )
    rank = []
    for name, entry in info["rank"].items():
        expr = text(entry["expr"], ("rank", name, "expr"))
        assert expr is not None  # required by the schema
        when = text(entry.get("when"), ("rank", name, "when"))
        rank.append(
            Ranking(
                name,
                expr,
                entry["unit"],
                entry.get("description", ""),
                when,
                entry.get("otherwise", ""),
                entry.get("missing", ""),
            )
        )
    targets = []
    for name, entry in info.get("targets", {}).items():
        at_most = text(entry["at_most"], ("targets", name, "at_most"))
        assert at_most is not None  # required by the schema
        targets.append(Target(name, at_most, entry["unit"], entry["description"]))
    return PlanSpec(
        rank=tuple(rank),
        vary=tuple(vary),
        search=search,
        keep_if=text(info.get("keep_if"), ("keep_if",)),
        shares=tuple(info.get("shares", ())),
        targets=tuple(targets),
        front=info.get("front", ""),
        compare=tuple(info.get("compare", ())),
        columns=tuple(info.get("columns", ())),
        description=info.get("description", ""),
    )


def _text_of(value: Any) -> str:
    if isinstance(value, Fraction):
        return f"{value.numerator}/{value.denominator}"
    return str(value)


def check_plan(
    plan: PlanSpec,
    options: Mapping[str, tuple[str, ...]],
    symbols: set[str],
    flags: set[str],
    timed: set[str],
) -> Iterator[Problem]:
    """The names a `plan:` section uses exist: options and their choices, symbols, flags, rankings and
    the values its columns show (expressions are checked when they are built)."""
    for varied in plan.vary:
        yield from _choices(options, varied.option, varied.choices, ("plan", "vary", varied.option))
    for searched in plan.search:
        where: KeyPath = ("plan", "search", searched.symbol)
        if searched.symbol not in symbols:
            yield Problem(unknown("symbol", searched.symbol, symbols), where)
        for option, choice in searched.with_choices.items():
            yield from _choices(options, option, (choice,), (*where, "with", option))
    for i, name in enumerate(plan.shares):
        if name not in flags:
            yield Problem(unknown("flag symbol", name, flags), ("plan", "shares", i))
    ranks = [r.name for r in plan.rank]
    for ranking in plan.rank:
        if ranking.otherwise and (ranking.otherwise not in ranks or ranking.otherwise == ranking.name):
            others = [r for r in ranks if r != ranking.name]
            yield Problem(unknown("ranking", ranking.otherwise, others), ("plan", "rank", ranking.name, "otherwise"))
    named: list[tuple[str, KeyPath]] = [(plan.front, ("plan", "front"))] if plan.front else []
    named += [(name, ("plan", "compare", i)) for i, name in enumerate(plan.compare)]
    for name, path in named:
        if name not in ranks:
            yield Problem(unknown("ranking", name, ranks), path)
    shown = {*timed, *ranks, *(t.name for t in plan.targets)}
    for i, name in enumerate(plan.columns):
        if name not in shown:
            yield Problem(unknown("time value, ranking or target", name, shown), ("plan", "columns", i))
    for target in plan.targets:
        if target.name in ranks:
            yield Problem(f"target '{target.name}' has the name of a ranking", ("plan", "targets", target.name))


def _choices(
    options: Mapping[str, tuple[str, ...]], option: str, choices: tuple[str, ...], where: KeyPath
) -> Iterator[Problem]:
    if option not in options:
        yield Problem(unknown("option", option, options), where)
        return
    for choice in choices:
        if choice not in options[option]:
            yield Problem(f"option '{option}' has no choice '{choice}'" + did_you_mean(choice, options[option]), where)
