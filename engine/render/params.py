"""Render parameter counts as a table, JSON or Markdown: exact integers with thousands separators, every
component with its share (shares are for reading only)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from engine.evaluate.params import Count
from engine.plan.program import Part
from engine.render.text import Table, human, inert, markdown_table, md_cell, md_text, plain, share, table
from engine.spec.types import Node


def nodes(count: Count) -> dict[str, Node]:
    """Each quantity of the tree by key."""
    return {n.key: n for n in count.plan.spec.total.walk() if n.key}


def params_json(result: Count) -> dict[str, Any]:
    plan = result.plan
    return {
        "spec": plan.spec.name,
        "preset": result.assignment.preset,
        "config": result.assignment.config,
        "values": {k: plain(v) for k, v in result.assignment.values.items()},
        "defaults": sorted(k for k, o in result.assignment.origins.items() if o.kind == "default"),
        "total": int(result.total),
        "components": {p.key: int(result.parts[p.key]) for p in plan.leaves()},
        "groups": {p.key: int(result.parts[p.key]) for p in plan.parts if p.group},
        "derived": {k: int(v) for k, v in result.derived.items()},
    }


def _label(part: Part, node: Node, result: Count) -> str:
    indent = "  " * part.key.count("/")
    if node.repeat is None or part.repeat is None:
        return indent + inert(node.name)
    times = result.numbers.env.get(part.repeat)  # e.g. num_layers - first_k_dense_replace
    shown = inert(node.repeat.text) + (f" = {plain(times)}" if times is not None else "")
    return f"{indent}{inert(node.name)} (x {shown})"


def _params_rows(result: Count) -> Table:
    rows = [["component", "parameters", "share"]]
    by_key = nodes(result)
    for part in result.plan.parts:
        value = result.parts[part.key]
        rows.append([_label(part, by_key[part.key], result), f"{int(value):,}", share(value, result.total)])
    rows.append([f"total ({inert(result.plan.spec.total.name)})", f"{int(result.total):,}", "100.00%"])
    return rows


def _values_line(result: Count) -> str:
    marks = {"default": "*", "set": "+"}
    items = [
        f"{k}={plain(v)}{marks.get(result.assignment.origins[k].kind, '')}" for k, v in result.assignment.values.items()
    ]
    return "values: " + " ".join(items) + "\n        (* default of the spec, + set on the command line)"


def _title(result: Count) -> str:
    given = result.assignment
    config = inert(given.config) if given.config else ""
    preset = f" · preset {given.preset}" if given.preset else (f" · config {config}" if config else "")
    return f"{inert(result.plan.spec.name)}{preset} · {int(result.total):,} parameters ({human(result.total)})"


def params_table(result: Count) -> str:
    source = inert(result.plan.spec.source)
    out = [_title(result), f"source: {source}", "", table(_params_rows(result), "<>>")]
    if result.derived:
        out += ["", table([[k, f"{int(v):,}"] for k, v in result.derived.items()], "<>")]
    return "\n".join([*out, "", _values_line(result)])


def params_markdown(result: Count) -> str:
    rows = _params_rows(result)
    rows = [[md_cell(r[0]).replace("  ", "&nbsp;&nbsp;"), *r[1:]] for r in rows]
    return f"### {md_text(_title(result))}\n\n{markdown_table(rows, '<>>')}\n\n{_values_line(result)}\n"


PARAMS: dict[str, Callable[[Count], str]] = {
    "table": params_table,
    "json": lambda r: json.dumps(params_json(r), indent=2),
    "markdown": params_markdown,
}
