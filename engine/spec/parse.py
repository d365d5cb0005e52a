"""Parse a schema-valid document into typed, frozen data: `parse_spec` (architectures and rules) and
`parse_hardware` (GPU profiles). The schema has checked the shape; engine.spec.checks checks meaning.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from engine.spec.document import Document, KeyPath
from engine.spec.planning import parse_plan
from engine.spec.types import (
    DEFAULT_DOMAIN,
    Axis,
    Choice,
    Constraint,
    HFKey,
    HFSection,
    LayoutSpec,
    Limit,
    Linear,
    Node,
    Option,
    Preset,
    Reference,
    Report,
    Situation,
    Spec,
    Symbol,
    Text,
    Timed,
    View,
)


def parse_spec(doc: Document, kind: str) -> Spec:
    """Build a `Spec` from a document that already passed its schema."""
    data: dict[str, Any] = doc.data
    total_info = data.get("total", {})
    root = Node(
        name=total_info.get("name", "total"),
        path=(),
        span=doc.span(("quantities",)),
        parts=_parts(doc, data.get("quantities", {}), ("quantities",), ()),
        description=total_info.get("description", ""),
        unit=total_info.get("unit", ""),
    )
    presets = tuple(_preset(doc, n, v) for n, v in data.get("presets", {}).items())
    default = data.get("default_preset")
    return Spec(
        kind=kind,
        name=data["name"],
        path=doc.path,
        symbols=tuple(_symbol(doc, n, v) for n, v in data["symbols"].items()),
        total=root,
        derived=_leaves(doc, data, "derived"),
        presets=presets,
        default_preset=default if default is not None else (presets[0].name if presets else None),
        description=data.get("description", ""),
        source=data.get("source", ""),
        options=tuple(_option(doc, n, v) for n, v in data.get("options", {}).items()),
        phases=_leaves(doc, data, "phases"),
        abstract=bool(data.get("abstract", False)),
        hf=_hf(doc, data["hf"]) if "hf" in data else None,
        spans=doc.spans,
        files=doc.files,
        default_rules=data.get("default_rules"),
        linears=tuple(_linear(doc, n, v) for n, v in data.get("linears", {}).items()),
        lora_targets=tuple(data.get("lora_targets", ())),
        block=_leaves(doc, data, "block"),
        mode=data.get("mode"),
        mode_default=bool(data.get("mode_default", False)),
        assumptions=tuple(data.get("assumptions", ())),
        layout=_layout(doc, data["layout"]) if "layout" in data else _default_layout(kind, data),
        limits=tuple(_limit(doc, n, v) for n, v in data.get("limits", {}).items()),
        reports=tuple(_report(doc, n, v) for n, v in data.get("reports", {}).items()),
        time=tuple(
            Timed(n, v["unit"], _maybe(doc, v.get("when"), ("time", n, "when")))
            for n, v in data.get("time", {}).items()
        ),
        views=tuple(
            View(
                n,
                tuple(v.get("minus", ())),
                v.get("capacity", ""),
                bool(v.get("decides")),
                v.get("description", ""),
                v.get("source", ""),
            )
            for n, v in data.get("views", {}).items()
        ),
        shown=tuple(data.get("shown", ())),
        keep=tuple(data.get("closed_form_keeps", ())),
        reference=_reference(data["reference"]) if "reference" in data else None,
        plan=parse_plan(doc, data["plan"]) if "plan" in data else None,
    )


def text_of(value: Any) -> str:
    """Expression text of a YAML scalar (numbers are written back exactly)."""
    if isinstance(value, Fraction):
        return f"{value.numerator}/{value.denominator}"
    return str(value)


def _text(doc: Document, value: Any, path: KeyPath) -> Text:
    return Text(text_of(value), doc.span(path))


def _leaves(doc: Document, data: dict[str, Any], section: str) -> tuple[Node, ...]:
    return tuple(_node(doc, n, v, (section, n), (n,)) for n, v in data.get(section, {}).items())


def _option(doc: Document, name: str, info: dict[str, Any]) -> Option:
    path: KeyPath = ("options", name)
    choices = tuple(
        Choice(
            name=choice,
            values={k: _text(doc, v, (*path, "choices", choice, "set", k)) for k, v in body.get("set", {}).items()},
            description=body.get("description", ""),
            source=body.get("source", ""),
        )
        for choice, body in info["choices"].items()
    )
    return Option(
        name,
        info["default"],
        choices,
        doc.span(path),
        info.get("description", ""),
        info.get("source", ""),
        tuple(info.get("aliases", ())),
        tuple(
            Situation(_text(doc, entry["if"], (*path, "default_when", i, "if")), entry["choice"], entry["why"])
            for i, entry in enumerate(info.get("default_when", ()))
        ),
    )


def _symbol(doc: Document, name: str, info: dict[str, Any]) -> Symbol:
    path: KeyPath = ("symbols", name)
    default = info.get("default")
    return Symbol(
        name=name,
        description=info["description"],
        latex=info.get("latex", rf"\mathrm{{{name}}}".replace("_", r"\_")),
        domain=info.get("domain", DEFAULT_DOMAIN),
        default=None if default is None else _text(doc, default, (*path, "default")),
        unit=info.get("unit", ""),
        source=info.get("source", ""),
        span=doc.span(path),
        flag=bool(info.get("flag", False)),
        provider=str(info.get("from", "")),
    )


def _parts(doc: Document, parts: dict[str, Any], path: KeyPath, names: tuple[str, ...]) -> tuple[Node, ...]:
    return tuple(_node(doc, name, value, (*path, name), (*names, name)) for name, value in parts.items())


def _node(doc: Document, name: str, value: Any, path: KeyPath, names: tuple[str, ...]) -> Node:
    span = doc.span(path)
    if not isinstance(value, dict):
        return Node(name=name, path=names, span=span, expr=_text(doc, value, path))
    common = {
        "description": value.get("description", ""),
        "source": value.get("source", ""),
        "unit": value.get("unit", ""),
        "latex": value.get("latex", ""),
    }
    if "parts" in value:
        repeat = value.get("repeat")
        return Node(
            name=name,
            path=names,
            span=span,
            parts=_parts(doc, value["parts"], (*path, "parts"), names),
            repeat=None if repeat is None else _text(doc, repeat, (*path, "repeat")),
            **common,
        )
    return Node(name=name, path=names, span=span, expr=_text(doc, value["expr"], (*path, "expr")), **common)


def _preset(doc: Document, name: str, info: dict[str, Any]) -> Preset:
    path: KeyPath = ("presets", name)
    values = {k: _text(doc, v, (*path, "values", k)) for k, v in info["values"].items()}
    return Preset(name, values, doc.span(path), info.get("description", ""), info.get("source", ""))


def _linear(doc: Document, name: str, info: dict[str, Any]) -> Linear:
    path: KeyPath = ("linears", name)
    texts = [_text(doc, info[key], (*path, key)) for key in ("in", "out", "count")]
    return Linear(name, texts[0], texts[1], texts[2], bool(info.get("output", False)))


def _layout(doc: Document, info: dict[str, Any]) -> LayoutSpec:
    axes = []
    for role, entry in info.get("axes", {}).items():
        entry = entry if isinstance(entry, dict) else {"symbol": entry}
        keep = entry.get("keep_if")
        path: KeyPath = ("layout", "axes", role, "keep_if")
        values = entry.get("search", ())
        if isinstance(values, dict):  # {from: 1, to: 64}
            values = range(int(values["from"]), int(values["to"]) + 1)
        stages = entry.get("stages") or {}
        at = tuple(
            _text(doc, v, ("layout", "axes", role, "stages", "at", i)) for i, v in enumerate(stages.get("at", ()))
        )
        symbol = entry.get("symbol", "")
        axes.append(
            Axis(role, symbol, tuple(int(v) for v in values), _maybe(doc, keep, path), stages.get("symbol", ""), at)
        )
    constraints = tuple(
        Constraint(
            name=name,
            condition=_text(doc, entry["if"], ("layout", "constraints", name, "if")),
            message=entry["message"],
            symbol=entry["blames"],
            needs=tuple(entry.get("needs", ())),
            source=entry.get("source", ""),
        )
        for name, entry in info.get("constraints", {}).items()
    )
    return LayoutSpec(tuple(axes), constraints)


# A rules spec without `layout:` splits its GPUs over these symbols, when it declares them, searching the
# data-parallel degree only (docs/spec-language.md, "Layout").
DEFAULT_AXES = (("data", "dp"), ("tensor", "tp"), ("pipeline", "pp"))


def _default_layout(kind: str, data: dict[str, Any]) -> LayoutSpec | None:
    symbols = data.get("symbols", {})
    if kind != "rules" or not all(symbol in symbols for _, symbol in DEFAULT_AXES):
        return None
    return LayoutSpec(tuple(Axis(role, symbol, (1,)) for role, symbol in DEFAULT_AXES))


def _maybe(doc: Document, value: Any, path: KeyPath) -> Text | None:
    return None if value is None else _text(doc, value, path)


def _limit(doc: Document, name: str, info: dict[str, Any] | None) -> Limit:
    info = info or {}
    return Limit(name, _maybe(doc, info.get("at_most"), ("limits", name, "at_most")), info.get("note", ""))


def _report(doc: Document, name: str, info: dict[str, Any] | None) -> Report:
    info = info or {}
    return Report(name, _maybe(doc, info.get("when"), ("reports", name, "when")))


def _reference(info: dict[str, Any]) -> Reference:
    return Reference(info["model"], info["gpu"], {k: int(v) for k, v in info.get("values", {}).items()})


def _hf(doc: Document, info: dict[str, Any]) -> HFSection:
    path: KeyPath = ("hf",)
    keys = []
    for key, entry in info.get("keys", {}).items():
        where: KeyPath = (*path, "keys", key)
        entry = entry if isinstance(entry, dict) else {"symbol": entry}
        keys.append(
            HFKey(
                key=key,
                symbol=entry["symbol"],
                span=doc.span(where),
                if_null=_maybe(doc, entry.get("if_null"), (*where, "if_null")),
                values={k: _text(doc, v, (*where, "values", k)) for k, v in entry.get("values", {}).items()},
            )
        )
    defaults = info.get("defaults", {})
    architectures = {
        cls: {k: _text(doc, v, (*path, "architectures", cls, k)) for k, v in (values or {}).items()}
        for cls, values in info.get("architectures", {}).items()
    }
    return HFSection(
        model_types=tuple(info.get("model_types", ())),
        keys=tuple(keys),
        defaults=dict(defaults),
        default_spans={k: doc.span((*path, "defaults", k)) for k in defaults},
        architectures=architectures,
        config_class=info.get("config_class", ""),
        span=doc.span(path),
    )


# ---------------------------------------------------------------------------------------------
# Hardware profiles
# ---------------------------------------------------------------------------------------------
