"""Render memory and solve results: text tables, JSON and Markdown.

Bytes are exact in the engine; JSON shows them as whole bytes rounded up, tables in GiB (2**30
bytes, labelled). Every assumption in force is printed, defaults marked.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from engine.evaluate.memory import MemoryResult
from engine.render.remedies import remedies_json, remedy_lines, unpiped_line
from engine.render.text import gib, inert, markdown_table, md_text, plain, table, whole_bytes
from engine.render.time import time_json, time_line
from engine.render.views import per_gpu, stage_line, view_line
from engine.solve.answer import Report
from engine.solve.layouts import symbols
from engine.solve.search import does_not_fit
from engine.spec.hardware import Hardware


def _assumptions(result: MemoryResult) -> dict[str, Any]:
    setup, values = result.setup, result.assignment
    return {
        "model": setup.arch.plan.spec.name,
        "preset": setup.arch.assignment.preset,
        "rules": setup.rules.spec.name,
        "gpu": setup.hardware.name,
        "options": dict(setup.choices),
        "notes": setup.notes,
        "rules_assumptions": list(setup.rules.spec.assumptions),
        "values": {k: plain(v) for k, v in values.values.items()},
        "origins": {k: o.label for k, o in values.origins.items()},
    }


def memory_json(result: MemoryResult) -> dict[str, Any]:
    return {
        "per_gpu_bytes": whole_bytes(result.per_gpu),
        "capacity_bytes": whole_bytes(result.capacity),
        "fits": result.fits,
        "peak_phase": result.peak_phase,
        "stage": result.stage,
        "stage_peaks": {str(k): whole_bytes(v) for k, v in result.stage_peaks.items()},
        "time": time_json(result),
        "view": result.view,
        "views": {
            k: {
                "peak_bytes": whole_bytes(v.peak),
                "phase": v.phase,
                "capacity_bytes": whole_bytes(v.capacity),
                "decides": v.decides,
                "fits": v.fits,
            }
            for k, v in result.views.items()
        },
        "phases": {k: whole_bytes(v) for k, v in result.phases.items()},
        "breakdown": {k: whole_bytes(v) for k, v in result.alive.items()},
        "terms": {k: whole_bytes(v) for k, v in result.terms.items()},
        "derived": {k: whole_bytes(v) for k, v in result.derived.items()},
        "layout": {k: int(result.value(k)) for k in symbols(result.setup)},
        "assumptions": _assumptions(result),
    }


def solve_json(report: Report) -> dict[str, Any]:
    solution = report.solution
    shown = report.at_limits or solution.result
    assert shown is not None
    out = memory_json(shown)
    inequality = solution.inequality
    out.update(
        {
            "min_gpus": solution.min_gpus,
            "layout": solution.layout.values() if solution.layout else None,
            "inequality": inequality.text if inequality else None,
            "inequality_latex": inequality.latex if inequality else None,
            "feasible_if": inequality.feasible_if if inequality else None,
            "binding_phase": inequality.phase if inequality else None,
            "limits": {k: (int(v) if v is not None else None) for k, v in report.limits.items()},
            "limits_layout": report.limits_layout.values() if report.limits_layout else None,
            "limits_closed_form": dict(report.limit_forms),
            "layouts_tried": solution.tried,
        }
    )
    if solution.layout is None:
        assert solution.result is not None
        out["reason"] = does_not_fit(solution.result, gib)
        out["remedies"] = remedies_json(solution)
    return out


def _header(result: MemoryResult, searched: str | None = None) -> list[str]:
    setup = result.setup
    preset = f" · preset {setup.arch.assignment.preset}" if setup.arch.assignment.preset else ""
    hw = setup.hardware
    usable = f"{gib(hw.capacity)} usable"
    if result.capacity != hw.capacity:  # the rules define their own capacity (e.g. the guide's 80 % rule)
        usable += f"; {inert(setup.rules.spec.name)} rules allow {gib(result.capacity)}"
    lines = [
        f"{inert(setup.arch.plan.spec.name)}{preset} · {int(setup.arch.total):,} parameters · "
        f"{inert(hw.name)} ({inert(hw.description)}, {usable})",
        f"{inert(setup.rules.spec.name)}: " + " ".join(f"{k}={v}" for k, v in setup.choices.items()),
    ]
    lines += [f"note: {inert(n)}" for n in setup.notes]
    lines += [f"assumes: {inert(a)}" for a in setup.rules.spec.assumptions]
    values = {k: plain(result.value(k)) for k in setup.rules.spec.shown if k in result.assignment.values}
    shown = [f"{k}={'any' if k == searched else v}" for k, v in values.items()]  # any: nothing fits
    return [*lines, "step: " + " ".join(shown)]


def _breakdown_rows(result: MemoryResult) -> list[list[str]]:
    rows = [["term", "at peak", "allocated", "share of peak"]]
    for key, alive in result.alive.items():
        indent = "  " * key.count("/")
        share = f"{float(alive) / float(result.per_gpu) * 100:.1f}%" if result.per_gpu else "-"
        rows.append([indent + key.rsplit("/", 1)[-1], gib(alive), gib(result.terms[key]), share])
    rows.append([f"peak ({result.peak_phase})", gib(result.per_gpu), "", "100.0%"])
    return rows


def _values_line(result: MemoryResult) -> str:
    marks = {"default": "*", "set": "+"}
    items = []
    for key, value in result.assignment.values.items():
        origin = result.assignment.origins[key]
        items.append(f"{key}={plain(value)}{marks.get(origin.kind, '')}")
    return (
        "values: "
        + " ".join(items)
        + "\n        (* default, + set on the command line; the rest from the options, model and GPU)"
    )


def memory_table(result: MemoryResult) -> str:
    fits = "fits" if result.fits else does_not_fit(result, gib)
    phases = "  ".join(f"{k} {gib(v)}" for k, v in result.phases.items())
    lines = [*_header(result), "", f"{per_gpu(result)}: {gib(result.per_gpu)} of {gib(result.capacity)}: {fits}"]
    lines += [*view_line(result), *stage_line(result), *time_line(result), f"phases: {phases}"]
    lines += ["", table(_breakdown_rows(result), "<>>>")]
    return "\n".join([*lines, "", _values_line(result)])


def solve_table(report: Report) -> str:
    solution = report.solution
    result = report.at_limits or solution.result
    assert result is not None
    data, tensor, pipeline = symbols(result.setup)
    lines = [*_header(result, data if solution.layout is None else None), ""]
    if solution.layout is None:
        assert solution.result is not None
        least = f"{tensor}={solution.result.value(tensor)}, {pipeline}={solution.result.value(pipeline)}"
        lines.append(
            does_not_fit(solution.result, gib) + f" (the least it can be: {least}, any number of data-parallel ranks)"
        )
        lines += remedy_lines(solution)
    else:
        layout = solution.layout
        shape = " x ".join(f"{k}={v}" for k, v in layout.values().items())
        lines += [f"minimum GPUs: {layout.gpus}  ({shape})", *unpiped_line(solution)]
    if solution.inequality:
        lines += [
            f"inequality ({solution.inequality.phase} phase): {solution.inequality.text}",
            f"  with capacity = {gib(result.capacity)}; solvable when {solution.inequality.feasible_if}",
        ]
    if report.limits_layout is None:
        return "\n".join([*lines, "", table(_breakdown_rows(result), "<>>>"), "", _values_line(result)])
    n = report.limits_layout.gpus
    shown = ", ".join(
        f"{k.removeprefix('max_')} {f'{v:,}' if v is not None else 'unbounded'}" for k, v in report.limits.items()
    )
    fits = "" if result.fits else " - " + does_not_fit(result, gib)
    lines += [f"limits at {n} GPUs: largest {shown}"] if shown else []  # rules without batch or sequence have none
    lines += [f"  {k.removeprefix('max_')}: {form}" for k, form in report.limit_forms.items()]
    lines += [
        "",
        f"{per_gpu(result)} at {n} GPUs: {gib(result.per_gpu)} of {gib(result.capacity)}"
        f" (peak: {result.peak_phase}){fits}",
        *view_line(result),
        *stage_line(result),
        *time_line(result),
        table(_breakdown_rows(result), "<>>>"),
        "",
        _values_line(result),
    ]
    return "\n".join(lines)


def _markdown(text_table: Callable[..., str]) -> Callable[..., str]:
    def render(*args: Any) -> str:
        body = text_table(*args)
        return "```text\n" + body + "\n```\n"

    return render


def memory_markdown(result: MemoryResult) -> str:
    rows = _breakdown_rows(result)
    head = "\n\n".join(md_text(line) for line in _header(result))
    return f"{head}\n\n{markdown_table(rows, '<>>>')}\n"


MEMORY: dict[str, Callable[[MemoryResult], str]] = {
    "table": memory_table,
    "json": lambda r: json.dumps(memory_json(r), indent=2),
    "markdown": memory_markdown,
}
SOLVE: dict[str, Callable[[Report], str]] = {
    "table": solve_table,
    "json": lambda report: json.dumps(solve_json(report), indent=2),
    "markdown": _markdown(solve_table),
}


def gpu_json(h: Hardware) -> dict[str, Any]:
    """A GPU profile as JSON data."""
    facts = {k: {"value": plain(f.value), "source": f.source, "estimated": f.estimated} for k, f in h.facts.items()}
    return {"name": h.name, "description": h.description, "aliases": list(h.aliases), "path": h.path, **facts}


def gpu_row(h: Hardware) -> list[str]:
    usable = gib(h.capacity) + (" (est.)" if h.facts["memory_usable"].estimated else "")
    return [
        h.name,
        gib(h.value("memory_nominal")),
        usable,
        f"{float(h.value('memory_bandwidth')) / 1e9:,.0f} GB/s",
        f"{float(h.value('flops_bf16')) / 1e12:,.0f} TFLOP/s",
        str(h.devices_per_node),
        h.description,
    ]


def compare_rows(reports: list[Report]) -> list[list[str]]:
    rows = [["gpu", "capacity", "min GPUs", "layout", "per GPU at min", "peak phase", "note"]]
    for report in reports:
        solution = report.solution
        result = report.at_limits or solution.result
        assert result is not None
        hw = result.setup.hardware
        if solution.layout is None:
            rows.append(
                [hw.name, gib(result.capacity), "-", "-", gib(result.per_gpu), result.peak_phase, "does not fit"]
            )
            continue
        layout = solution.layout
        shape = " ".join(f"{k}={v}" for k, v in layout.values().items())
        nodes = -(-layout.gpus // hw.devices_per_node)
        rows.append(
            [
                hw.name,
                gib(result.capacity),
                str(layout.gpus),
                shape,
                gib(result.per_gpu),
                result.peak_phase,
                f"{nodes} node(s)",
            ]
        )
    return rows


def compare_table(reports: list[Report]) -> str:
    first = reports[0].at_limits or reports[0].solution.result
    assert first is not None
    setup = first.setup
    preset = f" · preset {setup.arch.assignment.preset}" if setup.arch.assignment.preset else ""
    model = f"{inert(setup.arch.plan.spec.name)}{preset} · {int(setup.arch.total):,} parameters"
    rules = f"{inert(setup.rules.spec.name)}: " + " ".join(f"{k}={v}" for k, v in setup.choices.items())
    layout = setup.rules.spec.layout
    names = [k for k in setup.rules.spec.shown if not layout or k not in layout.symbols[:3]]
    shown = [f"{k}={plain(first.value(k))}" for k in names if k in first.assignment.values]
    return "\n".join([model, rules, "step: " + " ".join(shown), "", table(compare_rows(reports), "<>>>><<")])


COMPARE: dict[str, Callable[[list[Report]], str]] = {
    "table": compare_table,
    "json": lambda reports: json.dumps([solve_json(r) for r in reports], indent=2),
    "markdown": lambda reports: markdown_table(compare_rows(reports), "<>>>><<") + "\n",
}
