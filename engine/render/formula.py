"""Render a model's formulas, before any value is substituted: text in the spec language (it parses back),
LaTeX, or a Markdown table with sources and the symbol legend. Needs the symbolic model (sympy)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sympy

from engine.build.model import Model, Quantity
from engine.build.printing import tex_name, to_latex, to_text
from engine.render.text import inert, latex_text, markdown_table, md_cell


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


def _latex_names(model: Model) -> dict[str, str]:
    names = {s.name: s.latex for s in model.spec.symbols}
    names.update({q.node.name: tex_name(q.node.name) for q in model.parts})
    return names


def formula_text(model: Model, name: str | None) -> str:
    lines: list[str] = []
    for q, e in _selected(model, name):
        lead = f"{q.key} = " if not lines or not lines[-1].startswith(q.key + " ") else " " * len(q.key) + " = "
        lines.append(lead + to_text(e))
    legend = [f"  {s.name}: {inert(s.description)}" for s in model.spec.symbols]
    return "\n".join([*lines, "", "where", *legend])


def formula_latex(model: Model, name: str | None) -> str:
    names = {k: inert(v) for k, v in _latex_names(model).items()}  # a spec's LaTeX names are its own text
    return "\n".join(f"{tex_name(q.key)} = {to_latex(e, names)}" for q, e in _selected(model, name))


def formula_markdown(model: Model, name: str | None) -> str:
    names = {k: latex_text(v) for k, v in _latex_names(model).items()}
    rows = [["quantity", "formula", "source"]]
    rows += [[f"`{q.key}`", f"${to_latex(e, names)}$", md_cell(q.node.source)] for q, e in _selected(model, name)]
    legend = [["symbol", "meaning", "default"]]
    legend += [
        [f"${latex_text(s.latex)}$ `{s.name}`", md_cell(s.description), md_cell(s.default.text) if s.default else ""]
        for s in model.spec.symbols
    ]
    return f"{markdown_table(rows, '<<<')}\n\n{markdown_table(legend, '<<<')}\n"


FORMULA: dict[str, Callable[[Model, str | None], str]] = {
    "text": formula_text,
    "latex": formula_latex,
    "markdown": formula_markdown,
}
