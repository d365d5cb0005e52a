"""engine plan as text and Markdown: per GPU kind the best setups (memory per GPU, the rules' plan columns:
step time, MFU, total time, cost), why the closest rejected ones were rejected, the front of GPU count
against time, and across kinds the best by each compared ranking; with no feasible setup, what binds."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from engine.evaluate.question import Setup
from engine.render.plan import changed, failure_message, notes_of, render_json, values_of
from engine.render.text import gib, inert, markdown_table, md_cell, md_text, table
from engine.render.time import UNITS
from engine.solve.comparison import PlanReport
from engine.solve.layouts import symbols
from engine.solve.listed import Listed
from engine.solve.planner import GpuPlan
from engine.solve.space import plan_of
from engine.spec.planning import PlanSpec

Rendered = tuple[list[str], list[list[list[str]]]]  # lines and their tables (an empty line: the next table)


def _unit(unit: str, value: Any) -> str:
    if value is None:
        return "-"
    shown = UNITS.get(unit)
    return shown(value) if shown is not None else f"{float(value):,.4g} {unit}"


def column(listed: Listed, plan: PlanSpec, name: str) -> str:
    """A plan column's value at `listed`: a time value of the rules, a ranking or a target."""
    timed = {t.name: t.unit for t in listed.setup.rules.spec.time}
    if name in listed.ranks:
        used, value = listed.rank(name)
        ranking = plan.ranking(used)
        return _unit(ranking.unit if ranking else "", value) + ("" if used == name else f" ({used})")
    if name in listed.targets:
        target = next(t for t in plan.targets if t.name == name)
        return _unit(target.unit, listed.targets[name])
    if name in listed.result.derived and name in timed:
        return _unit(timed[name], listed.result.derived[name])
    return "-"


def layout_text(listed: Listed) -> str:
    return " x ".join(str(int(listed.result.value(s))) for s in symbols(listed.setup))


def choices_text(listed: Listed, given: Any = frozenset()) -> str:
    """The options a setup changed from the defaults, but those the command line chose (said once)."""
    return inert(" ".join(f"{k}={v}" for k, v in changed(listed.setup).items() if k not in given)) or "-"


def _memory(listed: Listed) -> str:
    result = listed.result
    return f"{gib(result.per_gpu)} of {float(result.capacity) / 2**30:,.2f}"


def searched_names(listed_setups: tuple[Listed, ...], plan: PlanSpec) -> list[str]:
    """The plan's searched and shared symbols some listed setup fixes: a column each."""
    names = [*(s.symbol for s in plan.search), *plan.shares]
    return [n for n in names if any(n in values_of(x.setup) for x in listed_setups)]


def setup_rows(listed_setups: tuple[Listed, ...], plan: PlanSpec, picked: Any = frozenset()) -> list[list[str]]:
    data, tensor, pipeline = symbols(listed_setups[0].setup)
    own = searched_names(listed_setups, plan)
    head = ["#", "GPUs", f"{data} x {tensor} x {pipeline}", *own, "memory/GPU", *plan.columns, "options"]
    rows = [head]
    for i, listed in enumerate(listed_setups, start=1):
        values = values_of(listed.setup)
        cells = [str(i), str(listed.gpus), layout_text(listed), *(str(values.get(n, "-")) for n in own)]
        cells += [_memory(listed), *(column(listed, plan, name) for name in plan.columns)]
        rows.append([*cells, choices_text(listed, picked)])
    return rows


def _align(rows: list[list[str]]) -> str:
    return "<" + ">" * (len(rows[0]) - 2) + "<"


def _described(listed: Listed, given: Setup) -> str:
    """The layout, the values the plan chose (not those the command line gave) and the changed options."""
    values = " ".join(f"{k}={v}" for k, v in values_of(listed.setup).items() if k not in values_of(given))
    options = choices_text(listed, given.picked)
    return inert(" ".join(t for t in (layout_text(listed), values, options) if t and t != "-"))


def why_rejected(listed: Listed) -> str:
    if listed.refused:
        return inert(listed.refused)
    if not listed.result.fits:
        result = listed.result
        excess = (float(result.per_gpu) - float(result.capacity)) / 2**20
        return f"does not fit: {gib(result.per_gpu)} of {gib(result.capacity)} (+{excess:,.0f} MiB, {result.view} view)"
    missed = ", ".join(
        f"--{m.name.replace('_', '-')} {float(m.value):.4g} > {float(m.limit):.4g} {m.unit}" for m in listed.missed
    )
    return "misses " + missed


def gpu_lines(plan: GpuPlan, alone: bool = True) -> Rendered:
    spec = plan_of(plan.setup)
    ranking = spec.ranking(plan.by)
    hw = plan.setup.hardware
    varied = "; ".join(f"{k}: {', '.join(v)}" for k, v in plan.allowed.items() if len(v) > 1)
    lines: list[str] = [
        f"{inert(plan.setup.label)} on {inert(hw.name)} ({gib(hw.capacity)} usable), ranked by {plan.by}"
        + (f": {inert(ranking.description)}" if ranking and ranking.description else ""),
        f"setups tried: {plan.searched:,}, feasible: {plan.feasible:,}"
        + (f" (varied: {inert(varied)})" if varied else ""),
    ]
    used = plan.best[0].rank(plan.by)[0] if plan.best else plan.by
    if used != plan.by:
        why = f": {ranking.missing}" if ranking and ranking.missing else ""
        lines.append(f"{plan.by} cannot rank setups on this GPU{inert(why)}; ranked by {used} instead")
    picked = " ".join(f"{k}={plan.setup.choices[k]}" for k in sorted(plan.setup.picked))
    given = " ".join([*(f"{k}={v}" for k, v in values_of(plan.setup).items()), *([picked] if picked else [])])
    lines += [f"given: {inert(given)}"] if given else []
    tables: list[list[list[str]]] = []
    if plan.failure is not None:
        lines.append("no feasible setup: " + inert(failure_message(plan.failure)))
        if plan.failure.closest is not None and alone:
            lines += ["closest:", ""]
            tables.append(setup_rows((plan.failure.closest,), spec, plan.setup.picked))
        return lines, tables
    lines += ["best:", ""]
    tables.append(setup_rows(plan.best, spec, plan.setup.picked))
    if plan.rejected:
        lines.append("closest rejected:")
        lines += [
            f"  {x.gpus} GPU{'s' if x.gpus > 1 else ''} {_described(x, plan.setup)}: {why_rejected(x)}"
            for x in plan.rejected
        ]
    front = spec.front or spec.rank[0].name
    if plan.front:
        lines.append(f"front (GPUs against {front}; each count the best that beats every smaller one):")
        for x in plan.front:
            count = f"{x.gpus:>5} GPU{'s' if x.gpus > 1 else ' '}"
            lines.append(f"  {count}  {column(x, spec, front):>12}  {_described(x, plan.setup)}")
    notes = sorted({n for x in plan.best for n in notes_of(x)})
    lines += [f"note: {inert(n)}" for n in notes]
    return lines, tables


def compare_lines(report: PlanReport) -> list[str]:
    if len(report.plans) < 2:
        return []
    spec = plan_of(report.plans[0].setup)
    out = []
    for name in spec.compare:
        ranking = spec.ranking(name)
        found = report.leaders.get(name)
        about = ranking.description if ranking else name
        if found is not None:
            gpu, listed = found
            value = _unit(ranking.unit if ranking else "", listed.rank(name)[1])
            out.append(f"best by {name}: {inert(gpu)} ({value}, {listed.gpus} GPUs; {inert(about)})")
        else:
            out.append(f"best by {name}: none of these GPU kinds can be ranked")
        unranked = report.unranked.get(name)
        if unranked:
            why = ranking.missing if ranking and ranking.missing else f"no {name}"
            out.append(f"  not ranked by {name}, {inert(why)}: " + ", ".join(inert(g) for g in unranked))
    return out


def _render(report: PlanReport, shown: Any, text: Any) -> str:
    out: list[str] = []
    for plan in report.plans:
        lines, tables = gpu_lines(plan, len(report.plans) == 1)
        found = iter(tables)
        for line in lines:
            out.append(shown(next(found)) if line == "" else text(line))
        out.append("")
    compared = compare_lines(report)
    out += [text(line) for line in compared]
    return "\n".join(out).rstrip()


def plan_table(report: PlanReport) -> str:
    return _render(report, lambda rows: table(rows, _align(rows)), lambda s: s)


def plan_markdown(report: PlanReport) -> str:
    def shown(rows: list[list[str]]) -> str:
        return markdown_table([[md_cell(c) for c in r] for r in rows], _align(rows)) + "\n"

    listing = [False]  # whether the last line was an item of a list (the rejected, the front)

    def text(line: str) -> str:
        after, listing[0] = listing[0], line.startswith("  ")
        if listing[0]:
            return "- " + md_text(" ".join(line.split()))
        return ("\n" if after else "") + md_text(line) + "\n" if line else line

    return _render(report, shown, text)


PLAN: dict[str, Callable[[PlanReport], str]] = {"table": plan_table, "json": render_json, "markdown": plan_markdown}
