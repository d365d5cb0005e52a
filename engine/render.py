"""Render results as text tables, JSON or Markdown, and formulas as text, LaTeX or Markdown.

Renderers take plain results and return strings; only the CLI prints them. Counts are printed as
exact integers with thousands separators; shares are for reading only.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

import sympy

from engine.evaluate import Count
from engine.model import Model, Quantity
from engine.printing import to_latex, to_text

Table = list[list[str]]


def plain(value: Any) -> int | float | str:
    """A sympy number as JSON data: int when whole, else float (values only, never counts)."""
    if value.is_Integer:
        return int(value)
    if value.is_Rational:
        return float(value)
    return str(value)


def human(n: Any, unit: str = "") -> str:
    """1234567890 -> '1.23 B' (decimal prefixes, for reading next to the exact number)."""
    value = float(n)
    for size, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(value) >= size:
            return f"{value / size:.3g} {suffix}{unit}".rstrip()
    return f"{value:g}{(' ' + unit) if unit else ''}"


def table(rows: Table, align: str) -> str:
    """Columns padded to width; `align` holds '<' or '>' per column."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(align))]
    lines = ["  ".join(f"{cell:{a}{w}}" for cell, a, w in zip(row, align, widths, strict=True)) for row in rows]
    return "\n".join(line.rstrip() for line in lines)


def markdown_table(rows: Table, align: str) -> str:
    rule = ["---:" if a == ">" else "---" for a in align]
    return "\n".join("| " + " | ".join(row) + " |" for row in [rows[0], rule, *rows[1:]])


# ---------------------------------------------------------------------------------------------
# engine params
# ---------------------------------------------------------------------------------------------


def params_json(result: Count) -> dict[str, Any]:
    model = result.model
    return {
        "spec": model.spec.name,
        "preset": result.assignment.preset,
        "config": result.assignment.config,
        "values": {k: plain(v) for k, v in result.assignment.values.items()},
        "defaults": sorted(k for k, o in result.assignment.origins.items() if o == "default"),
        "total": int(result.total),
        "components": {q.key: int(result.parts[q.key]) for q in model.leaves()},
        "groups": {q.key: int(result.parts[q.key]) for q in model.parts if q.node.is_group},
        "derived": {k: int(v) for k, v in result.derived.items()},
    }


def _share(part: Any, total: Any) -> str:
    return f"{float(part) / float(total) * 100:.2f}%" if total else "-"


def _label(q: Quantity, result: Count) -> str:
    indent = "  " * (len(q.node.path) - 1)
    if q.node.repeat is None:
        return indent + q.node.name
    times = q.repeat.xreplace(result.assignment.subs(result.model))  # e.g. num_layers - first_k_dense_replace
    shown = q.node.repeat.text + (f" = {plain(times)}" if times.is_Rational else "")
    return f"{indent}{q.node.name} (x {shown})"


def _params_rows(result: Count) -> Table:
    rows = [["component", "parameters", "share"]]
    for q in result.model.parts:
        value = result.parts[q.key]
        rows.append([_label(q, result), f"{int(value):,}", _share(value, result.total)])
    rows.append([f"total ({result.model.total.node.name})", f"{int(result.total):,}", "100.00%"])
    return rows


def _values_line(result: Count) -> str:
    marks = {"default": "*", "set": "+", "preset": "", "config": ""}
    items = [f"{k}={plain(v)}{marks[result.assignment.origins[k]]}" for k, v in result.assignment.values.items()]
    return "values: " + " ".join(items) + "\n        (* default of the spec, + set on the command line)"


def _title(result: Count) -> str:
    given = result.assignment
    preset = f" · preset {given.preset}" if given.preset else (f" · config {given.config}" if given.config else "")
    return f"{result.model.spec.name}{preset} · {int(result.total):,} parameters ({human(result.total)})"


def params_table(result: Count) -> str:
    out = [_title(result), f"source: {result.model.spec.source}", "", table(_params_rows(result), "<>>")]
    if result.derived:
        out += ["", table([[k, f"{int(v):,}"] for k, v in result.derived.items()], "<>")]
    return "\n".join([*out, "", _values_line(result)])


def params_markdown(result: Count) -> str:
    rows = _params_rows(result)
    rows = [[r[0].replace("  ", "&nbsp;&nbsp;"), *r[1:]] for r in rows]
    return f"### {_title(result)}\n\n{markdown_table(rows, '<>>')}\n\n{_values_line(result)}\n"


PARAMS: dict[str, Callable[[Count], str]] = {
    "table": params_table,
    "json": lambda r: json.dumps(params_json(r), indent=2),
    "markdown": params_markdown,
}

# ---------------------------------------------------------------------------------------------
# engine formula
# ---------------------------------------------------------------------------------------------


def structure(q: Quantity) -> Any:
    """A group as `repeat * (part + part ...)` over its parts' names; a leaf as its expression."""
    if not q.node.is_group:
        return q.value
    parts = sympy.Add(*(sympy.Symbol(p.name) for p in q.node.parts))
    return q.repeat * parts


def _selected(model: Model, name: str | None) -> list[tuple[Quantity, Any]]:
    if name is not None:
        found = model.find(name)
        assert found is not None  # the CLI checks the name first
        shapes = [structure(found), found.value] if found.node.is_group else [found.value]
        return [(found, shape) for shape in shapes]
    everything = (model.total, *model.parts, *model.derived)
    return [(model.total, model.total.value)] + [(q, structure(q)) for q in everything[1:]]


def _tex_name(name: str) -> str:
    return r"\mathrm{" + name.replace("_", r"\_") + "}"


def _latex_names(model: Model) -> dict[str, str]:
    names = {s.name: s.latex for s in model.spec.symbols}
    names.update({q.node.name: _tex_name(q.node.name) for q in model.parts})
    return names


def formula_text(model: Model, name: str | None) -> str:
    lines: list[str] = []
    for q, e in _selected(model, name):
        lead = f"{q.key} = " if not lines or not lines[-1].startswith(q.key + " ") else " " * len(q.key) + " = "
        lines.append(lead + to_text(e))
    legend = [f"  {s.name}: {s.description}" for s in model.spec.symbols]
    return "\n".join([*lines, "", "where", *legend])


def formula_latex(model: Model, name: str | None) -> str:
    names = _latex_names(model)
    return "\n".join(f"{_tex_name(q.key)} = {to_latex(e, names)}" for q, e in _selected(model, name))


def formula_markdown(model: Model, name: str | None) -> str:
    names = _latex_names(model)
    rows = [["quantity", "formula", "source"]]
    rows += [[f"`{q.key}`", f"${to_latex(e, names)}$", q.node.source] for q, e in _selected(model, name)]
    legend = [["symbol", "meaning", "default"]]
    legend += [
        [f"${s.latex}$ `{s.name}`", s.description, s.default.text if s.default else ""] for s in model.spec.symbols
    ]
    return f"{markdown_table(rows, '<<<')}\n\n{markdown_table(legend, '<<<')}\n"


FORMULA: dict[str, Callable[[Model, str | None], str]] = {
    "text": formula_text,
    "latex": formula_latex,
    "markdown": formula_markdown,
}


def rows_text(rows: Sequence[Sequence[str]]) -> str:
    return table([list(r) for r in rows], "<" * len(rows[0]))
