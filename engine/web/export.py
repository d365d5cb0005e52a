"""The plans of the built-in specs as data for the web calculator: what engine/web/assets/*.js read.

Each architecture and rules spec becomes one record: its symbols (domain, default and where each was
written), presets as exact numbers, options (and their default_when situations), the `hf:` section, the
rules' vocabulary (layout and pipeline stages, limits, reports, views), the slots of its compiled plan,
its formulas in MathML and in the spec language, and every program of the plan printed in JavaScript
(engine.build.codegen_js), exact and float. Numbers travel as text ("7/2"), never as floats; locations
as the command line prints them from the repository root.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import asdict
from fractions import Fraction
from pathlib import Path
from typing import Any

from engine.build.codegen_js import JS_PRINTERS
from engine.build.compile import compile_model
from engine.build.load import load_model
from engine.build.model import Model
from engine.build.printing import tex_name, to_latex, to_text
from engine.docs.pages import formulas
from engine.errors import Location
from engine.plan.js import JS_BACKENDS, JS_HELPERS, audit_js
from engine.plan.program import Plan, Program
from engine.spec.constants import parse_number
from engine.spec.document import Span
from engine.spec.hardware import Hardware
from engine.spec.paths import builtin_spec_dir
from engine.spec.types import Node, Spec, Text
from engine.web.mathml import to_mathml


def number(value: Any) -> str:
    """An exact number as text: '7', '-7/2' (booleans as 0 and 1)."""
    value = Fraction(int(value) if isinstance(value, bool) else value)
    return str(value.numerator) if value.denominator == 1 else f"{value.numerator}/{value.denominator}"


def shown_file(file: str) -> str:
    """A spec file as the command line names it when run from the repository root (specs/llama.yaml)."""
    path = Path(file).resolve()
    root = builtin_spec_dir().resolve().parent
    return path.relative_to(root).as_posix() if path.is_relative_to(root) else file


def where(location: Location) -> str:
    return str(Location(shown_file(location.file), location.line, location.col))


def _text(text: Text) -> dict[str, Any]:
    """Expression text with the place the engine's messages point at (and its key's place)."""
    return {"text": text.text, "at": where(text.span.at(0)), "key": where(text.span.key)}


def _constant(text: Text) -> dict[str, Any]:
    return {**_text(text), "value": number(parse_number(text.text, text.span))}


class _Programs:
    """The programs of one spec, numbered in the order they are met."""

    def __init__(self) -> None:
        self.items: list[Program] = []

    def add(self, program: Program | None) -> int | None:
        if program is None:
            return None
        self.items.append(program)
        return len(self.items) - 1

    def meta(self) -> list[dict[str, Any]]:
        return [
            {"i": list(p.inputs), "o": list(p.outputs), "c": None if p.constant is None else number(p.constant)}
            for p in self.items
        ]

    def factory(self, backend: str) -> str:
        """`function ({helpers}) { return [function plan(...) {...}, ...]; }`, every program audited."""
        bodies = []
        for p in self.items:
            source = p.sources.get(backend)
            if source is None:
                bodies.append("null")
                continue
            audit_js(source, JS_HELPERS[backend])
            bodies.append(source.rstrip("\n"))
        helpers = ", ".join(JS_HELPERS[backend])
        return f"function ({{{helpers}}}) {{\nreturn [\n" + ",\n".join(bodies) + "\n];\n}"


def _nodes(spec: Spec) -> Iterator[tuple[str, Node]]:
    yield spec.total.key, spec.total
    for node in spec.total.walk():
        yield node.key, node
    for group in (spec.derived, spec.phases, spec.block):
        for node in group:
            yield node.key, node


def _node_location(node: Node) -> str:
    """Where the symbolic path (engine.build.explain) points for a quantity."""
    text = node.expr or node.repeat
    return where(text.span.at(0) if text else node.span.key)


def _symbols(spec: Spec) -> list[dict[str, Any]]:
    return [
        {
            "name": s.name,
            "domain": s.domain,
            "latex": s.latex,
            "description": s.description,
            "flag": s.flag,
            "provider": s.provider,
            "default": _text(s.default) if s.default else None,
            "key": where(s.span.key),
        }
        for s in spec.symbols
    ]


def _options(spec: Spec) -> list[dict[str, Any]]:
    return [
        {
            "name": o.name,
            "default": o.default,
            "description": o.description,
            "aliases": list(o.aliases),
            "choices": [
                {"name": c.name, "description": c.description, "values": {k: _text(t) for k, t in c.values.items()}}
                for c in o.choices
            ],
            "situations": [{"condition": s.condition.text, "choice": s.choice, "why": s.why} for s in o.situations],
        }
        for o in spec.options
    ]


def _raw(value: Any) -> Any:
    """A config.json default (as the config class writes it) as tagged data."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return {"json": value}
    if isinstance(value, int | Fraction):
        return {"number": number(value)}
    return {"json": str(value), "kind": type(value).__name__}


def _span(span: Span) -> dict[str, str]:
    return {"value": where(span.value), "key": where(span.key), "at": where(span.at(0))}


def _hf(spec: Spec) -> dict[str, Any] | None:
    hf = spec.hf
    if hf is None:
        return None
    return {
        "model_types": list(hf.model_types),
        "keys": [
            {
                "key": k.key,
                "symbol": k.symbol,
                "if_null": _constant(k.if_null) if k.if_null else None,
                "values": {raw: _constant(t) for raw, t in k.values.items()},
            }
            for k in hf.keys
        ],
        "defaults": {k: {"raw": _raw(v), "span": _span(hf.default_spans[k])} for k, v in hf.defaults.items()},
        "architectures": {c: {k: _constant(t) for k, t in values.items()} for c, values in hf.architectures.items()},
        "key": where(hf.span.key),
    }


def _rules(spec: Spec, plan: Plan) -> dict[str, Any]:
    layout = spec.layout
    return {
        "mode": spec.mode,
        "assumptions": list(spec.assumptions),
        "shown": list(spec.shown),
        "layout": None
        if layout is None
        else {
            "axes": [
                {"role": a.role, "symbol": a.symbol, "values": list(a.values), "keep": a.keep_if is not None}
                | {"stage": a.stage, "stages": len(a.stages)}  # the conditions stage:ROLE:0, 1, ...
                for a in layout.axes
            ],
            "constraints": [
                {"name": c.name, "message": c.message, "symbol": c.symbol, "needs": list(c.needs)}
                for c in layout.constraints
            ],
        },
        "limits": [{"name": x.name, "at_most": x.at_most and x.at_most.text, "note": x.note} for x in spec.limits],
        "reports": [{"name": r.name, "when": r.when is not None} for r in spec.reports],
        "views": [asdict(v) for v in spec.views],  # name, minus, capacity, decides, description, source
    }


def _formulas(model: Model) -> list[dict[str, Any]]:
    names = {q.node.name for q in (model.total, *model.parts, *model.derived, *model.phases, *model.block)}
    latex_names = {n: tex_name(n) for n in names} | {s.name: s.latex for s in model.spec.symbols}
    nodes = dict(_nodes(model.spec))
    out = []
    for label, expr in formulas(model):
        name = label.split("/")[-1].removesuffix(" (in symbols)")
        latex = f"{latex_names.get(name, tex_name(name))} = {to_latex(expr, latex_names)}"
        node = nodes.get(label)
        out.append(
            {
                "label": label,
                "mathml": to_mathml(latex),
                "text": f"{label} = {to_text(expr)}",
                "source": node.source if node else "",
            }
        )
    return out


def spec_record(path: Path) -> tuple[dict[str, Any], dict[str, str]]:
    """One spec's data and its programs' JavaScript (`js` and `js-float` factories)."""
    model = load_model(path)
    plan = compile_model(model, JS_PRINTERS)
    spec = plan.spec
    programs = _Programs()
    record: dict[str, Any] = {
        "name": spec.name,
        "kind": spec.kind,
        "path": shown_file(spec.path),
        "description": spec.description,
        "abstract": spec.abstract,
        "symbols": _symbols(spec),
        "presets": [
            {"name": p.name, "description": p.description, "values": {k: _constant(t) for k, t in p.values.items()}}
            for p in spec.presets
        ],
        "default_preset": spec.default_preset,
        "default_rules": spec.default_rules,
        "total": {"name": spec.total.name, "key": spec.total.key, "slot": plan.total},
        "parts": [[p.key, p.name, p.slot, list(p.repeats), p.group] for p in plan.parts],
        "derived": dict(plan.derived),
        "phases": dict(plan.phases),
        "block": dict(plan.block),
        "where": {key: _node_location(node) for key, node in _nodes(spec)},
        "options": _options(spec),
        "linears": [{"name": x.name, "output": x.output} for x in spec.linears],
        "lora_targets": list(spec.lora_targets),
        "hf": _hf(spec),
        "programs": {
            "main": programs.add(plan.main),
            "defaults": {k: programs.add(p) for k, p in plan.defaults.items()},
            "choices": {
                o: {c: {k: programs.add(p) for k, p in v.items()} for c, v in cs.items()}
                for o, cs in plan.choices.items()
            },
            "weights": {k: programs.add(p) for k, p in plan.weights.items()},
            "linears": programs.add(plan.linears),
            "conditions": {k: programs.add(p) for k, p in plan.conditions.items()},
        },
        "formulas": _formulas(model),
    }
    if spec.kind == "rules":
        record.update(_rules(spec, plan))
    record["program_meta"] = programs.meta()
    return record, {backend: programs.factory(backend) for backend in JS_BACKENDS}


def gpu_record(hardware: Hardware) -> dict[str, Any]:
    return {
        "name": hardware.name,
        "description": hardware.description,
        "aliases": list(hardware.aliases),
        "facts": {k: number(f.value) for k, f in hardware.facts.items()},
        "estimated": {k: f.estimated for k, f in hardware.facts.items()},
    }


def index_record(found: Any, names: Mapping[str, str]) -> dict[str, Any]:
    """What the page lists: specs by name, presets, model types, rules and their flags and modes."""
    return {
        "presets": {p: names[path] for p, path in found.presets.items() if path in names},
        "model_types": {t: names[path] for t, path in found.model_types.items() if path in names},
        "rules": [
            {
                "name": r.name,
                "spec": names.get(r.path, r.name),
                "mode": r.mode,
                "mode_default": r.mode_default,
                "default": r.default,
                "flags": [
                    {"name": f.name, "domain": f.domain, "description": f.description, "default": f.default}
                    for f in r.flags
                ],
            }
            for r in found.rules
        ],
        "modes": {m: names.get(e.path, e.name) for m, e in found.modes().items()},
    }
