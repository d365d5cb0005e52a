"""The setups engine plan tries, all from the rules' data: the option choices (the plan's `vary:` list,
narrowed or widened by --allow NAME=CHOICES, a choice given on the command line alone), the layout's degrees (the
tensor and pipeline axes' `search:` values, the data-parallel degree from the GPU count), the values of the
plan's `search:` symbols (with the choices their `with:` names), and what a whole job `shares` among its
data-parallel replicas. Each set of choices is one `Setup`; its rows are columns of numbers.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Any

from engine.errors import SpecError, UsageError, did_you_mean
from engine.evaluate.memory import assign_rules
from engine.evaluate.question import Setup, overrides_of
from engine.solve.grid import choice_groups
from engine.solve.layouts import axis, expert_step, layout_of
from engine.spec.planning import PlanSpec

Rows = dict[str, Any]  # symbol -> numpy array, one value per row


def plan_of(setup: Setup) -> PlanSpec:
    found = setup.rules.spec.plan
    if found is None:
        raise SpecError(f"the '{setup.rules.spec.name}' rules have no plan: section, so engine plan cannot search them")
    return found


def allowed(setup: Setup, allow: Mapping[str, Sequence[str]]) -> dict[str, tuple[str, ...]]:
    """Option -> the choices the plan tries: --allow NAME=A,B's, a choice given on the command line, the plan's
    `vary:` list. Options left out follow their default (or `default_when`)."""
    plan = plan_of(setup)
    out: dict[str, tuple[str, ...]] = {}
    options = [o.name for o in setup.rules.spec.options]
    for name in allow:
        if setup.rules.spec.option(name) is None:
            hint = did_you_mean(name, options)
            raise UsageError(f"--allow {name}=...: the '{setup.rules.spec.name}' rules have no option '{name}'{hint}")
    for option in setup.rules.spec.options:
        names = [c.name for c in option.choices]
        flag = option.name.replace("_", "-")
        if option.name in allow:
            if option.name in setup.picked:
                raise UsageError(f"give --{flag} or --allow {option.name}=..., not both")
            wanted = tuple(dict.fromkeys(c.strip() for c in allow[option.name] if c.strip()))
            for choice in wanted:
                if choice not in names:
                    hint = did_you_mean(choice, names)
                    raise UsageError(
                        f"--allow {option.name}: unknown choice '{choice}'{hint}; choices: " + ", ".join(names)
                    )
            if not wanted:
                raise UsageError(f"--allow {option.name}= names no choice; choices: " + ", ".join(names))
            out[option.name] = wanted
        elif option.name in setup.picked:
            out[option.name] = (setup.choices[option.name],)
        elif (varied := plan.varied(option.name)) is not None:
            out[option.name] = varied.choices
    return out


def combinations(setup: Setup, choices: Mapping[str, tuple[str, ...]]) -> list[Setup]:
    """One setup per combination of the allowed choices (each chosen, so no default_when overrides it)."""
    names = list(choices)
    out = []
    for picks in itertools.product(*(choices[n] for n in names)):
        chosen = {**setup.choices, **dict(zip(names, picks, strict=True))}
        out.append(replace(setup, choices=chosen, picked=setup.picked | frozenset(names)))
    return out


@dataclass(frozen=True)
class Bounds:
    """The GPU counts a plan may use: exactly `gpus`, or at most `most`."""

    gpus: int | None = None
    most: int = 64

    def counts(self, split: int) -> list[int]:
        """Data-parallel degrees for a tensor x pipeline split of `split` GPUs: the one that makes `gpus`, or
        the powers of two up to `most` and the largest that fits under it."""
        if self.gpus is not None:
            return [self.gpus // split] if self.gpus % split == 0 else []
        top = self.most // split
        return sorted({*(2**k for k in range(top.bit_length()) if 2**k <= top), *([top] if top else [])})


def layouts(setup: Setup, bounds: Bounds, tp: int | None, pp: int | None) -> list[tuple[int, int, int]]:
    """(dp, tp, pp) of every split the bounds allow (keep_if and constraints are judged per row)."""
    tensor = [tp] if tp else list(axis(setup, "tensor").values or (1,))
    pipeline = [pp] if pp else list(axis(setup, "pipeline").values or (1,))
    out = []
    for t, p in itertools.product(tensor, pipeline):
        out += [(d, t, p) for d in bounds.counts(t * p)]
    return out


def searched(setup: Setup) -> list[tuple[str, tuple[Any, ...], Mapping[str, str]]]:
    """(symbol, values, the choices they go with) of the plan's `search:` symbols not given on the command line."""
    given = {*setup.fixed, *setup.overrides}
    return [(s.symbol, s.values, s.with_choices) for s in plan_of(setup).search if s.symbol not in given]


def rows_of(setup: Setup, splits: Sequence[tuple[int, int, int]]) -> Iterator[tuple[Setup, Rows]]:
    """The rows of one combination of choices: every split with every searched value that applies, each
    row's share of what the job shares; split further where a `default_when` picks other choices."""
    import numpy as np

    data, tensor, pipeline = (axis(setup, r).symbol for r in ("data", "tensor", "pipeline"))
    own = [(s, v) for s, v, with_ in searched(setup) if all(setup.choices.get(o) == c for o, c in with_.items())]
    columns = [np.asarray(splits, dtype=float).reshape(-1, 3), *(np.asarray(v, dtype=float) for _, v in own)]
    if not len(columns[0]):
        return
    # every split with every searched value: the cartesian product of the index ranges
    picks = np.stack(np.meshgrid(*(np.arange(len(c)) for c in columns), indexing="ij"), -1).reshape(-1, len(columns))
    rows: Rows = {name: columns[0][picks[:, 0], i] for i, name in enumerate((data, tensor, pipeline))}
    for j, (symbol, _) in enumerate(own, start=1):
        rows[symbol] = columns[j][picks[:, j]]
    expert = layout_of(setup).role("expert")
    if expert is not None:  # the data-parallel degree is a multiple of the expert-parallel one
        ep = rows.get(expert.symbol, np.full(len(picks), float(expert_step(setup))))
        whole = rows[data] % ep == 0
        rows = {k: v[whole] for k, v in rows.items()}
    if not len(rows[data]):
        return
    for name in plan_of(setup).shares:
        whole = setup.fixed[name] if name in setup.fixed else assign_rules(setup).values[name]
        rows[name] = np.ceil(float(whole) / rows[data])
    yield from _by_situation(setup, rows, (data, tensor, pipeline))


def _by_situation(setup: Setup, rows: Rows, degrees: tuple[str, ...]) -> Iterator[tuple[Setup, Rows]]:

    if not any(o.situations and o.name not in setup.picked for o in setup.rules.spec.options):
        yield setup, rows
        return
    for key, mask in choice_groups(setup, {d: rows[d] for d in degrees}, len(rows[degrees[0]])):
        yield replace(setup, choices=dict(key)), {k: v[mask] for k, v in rows.items()}


def fixed_at(setup: Setup, rows: Rows, row: int) -> Setup:
    """`setup` at one row: every row value fixed (the layout, the searched values, the shares). A value a
    chosen option sets (the interleaved schedule's virtual stages) is given as --set is, which wins over
    the choice, as the rows had it."""
    values = {k: _number(v[row]) for k, v in rows.items()}
    chosen: set[str] = set()
    for option in setup.rules.spec.options:
        choice = option.choice(setup.choices.get(option.name, option.default))
        chosen |= set(choice.values) if choice is not None else set()
    moved = setup.with_values(**{k: v for k, v in values.items() if k not in chosen})
    over = {k: v for k, v in values.items() if k in chosen}
    return replace(moved, overrides={**moved.overrides, **overrides_of(over)}) if over else moved


def _number(value: Any) -> Any:
    x = float(value)
    return int(x) if x.is_integer() else Fraction(x).limit_denominator(10**6)
