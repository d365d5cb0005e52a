"""Render a model's formulas, before any value is substituted: text in the spec language (it parses back),
LaTeX, or a Markdown table with sources and the symbol legend. Needs the symbolic model (sympy)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import sympy

from engine.build.model import Model, Quantity
from engine.build.printing import paper_terms, tex_name, to_latex, to_text
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


LINE = 90  # LaTeX characters per line of the align block before a sum is broken between its terms


def _pieces(term: str) -> list[str]:
    """A term longer than a line cut at its inner sums' signs, outside braces and cases (a fraction or a
    case stays whole); its delimiters become fixed-size ones, which LaTeX lets a line break separate."""
    if len(term) <= LINE:
        return [term]
    term = re.sub(r"\\right(?=[)\]|]|\\r(?:ceil|floor))", r"\\Bigr", term)
    term = re.sub(r"\\left(?=[(\[|]|\\l(?:ceil|floor))", r"\\Bigl", term)
    out, start, depth = [], 0, 0
    for i, c in enumerate(term):
        depth += {"{": 1, "}": -1}.get(c, 0) + (
            term.startswith(r"\begin{cases}", i) - term.startswith(r"\end{cases}", i)
        )
        if depth == 0 and i > start + 2 and term.startswith((" + ", " - "), i):
            out.append(term[start:i])
            start = i + 1
    return [*out, term[start:]]


def _aligned(key: str, terms: list[str]) -> list[str]:
    """One quantity as align rows: `name &= a + b` broken into `&\\quad + c` rows at LINE characters."""
    rows, row = [], ""
    for term in (piece for whole in terms for piece in _pieces(whole)):
        if len(row) > LINE // 3 and len(row) + len(term) > LINE:  # a short row takes a long term along
            rows.append(row)
            row = ""
        row += (" " if row else "") + (term.removeprefix("+ ") if not rows and not row else term)
    rows.append(row)
    head = f"  {tex_name(key)} &= {rows[0]}"
    return [head, *(rf"  &\quad {r}" for r in rows[1:])]


def formula_latex(model: Model, name: str | None) -> str:
    """A block for a paper (amsmath): an align environment, a line per quantity, long sums broken between
    terms, cases as 'if' or Iverson brackets, and the legend of the symbols it uses."""
    names = {k: inert(v) for k, v in _latex_names(model).items()}  # a spec's LaTeX names are its own text
    selected = _selected(model, name)
    rows = [_aligned(q.key, paper_terms(e, names)) for q, e in selected]
    for i in range(1, len(rows)):  # a quantity shown twice (its parts, then expanded): `&=` on the second
        if selected[i][0].key == selected[i - 1][0].key:
            rows[i][0] = "  &" + rows[i][0].split(" &", 1)[1]
    body = " \\\\\n".join(" \\nonumber\\\\\n".join(r) for r in rows)
    used = set().union(*(e.free_symbols for _, e in selected))
    legend = [
        f"  ${names.get(s.name, tex_name(s.name))}$ & {_tex(s.description)} (\\texttt{{{_tex(s.name)}}}) \\\\"
        for s in model.spec.symbols
        if sympy.Symbol(s.name) in used or any(u.name == s.name for u in used)
    ]
    head = f"% engine formula {_tex(model.spec.name)}{' ' + _tex(name) if name else ''} --format latex (needs amsmath)"
    lines = [head, "\\begin{align}", body, "\\end{align}"]
    if legend:
        lines += ["where", "\\begin{tabular}{@{}ll@{}}", *legend, "\\end{tabular}"]
    return "\n".join(lines)


def _tex(text: str) -> str:
    """Plain text inside LaTeX: its special characters escaped (tex_name's table)."""
    return inert(tex_name(text).removeprefix("\\mathrm{").removesuffix("}"))


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
