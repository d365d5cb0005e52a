"""Frozen dataclasses for a validated spec: symbols, the quantity tree, presets (no sympy here).

`parse_spec` turns a schema-valid `Document` into a `Spec`. Expressions stay text (`Text`), each
with the `Span` it was written at, so later stages can point at the exact column of a problem.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property
from typing import Any

from engine.document import Document, KeyPath, Span
from engine.errors import SpecError, did_you_mean

DEFAULT_DOMAIN = "positive_integer"


@dataclass(frozen=True)
class Text:
    """Expression text and where it was written."""

    text: str
    span: Span


@dataclass(frozen=True)
class Symbol:
    """A config input: `hidden_size`, `num_layers`, a 0/1 flag..."""

    name: str
    description: str
    latex: str
    domain: str
    default: Text | None
    unit: str
    source: str
    span: Span


@dataclass(frozen=True)
class Node:
    """A named quantity: a leaf with an expression, or a group summing its parts (times `repeat`)."""

    name: str
    path: tuple[str, ...]
    span: Span
    expr: Text | None = None
    repeat: Text | None = None
    parts: tuple[Node, ...] = ()
    description: str = ""
    source: str = ""
    unit: str = ""

    @property
    def is_group(self) -> bool:
        return self.expr is None

    @cached_property
    def key(self) -> str:
        """The slash-separated path used in breakdowns: `layers/attention/q_proj`."""
        return "/".join(self.path)

    def walk(self) -> Iterator[Node]:
        """This node and every node below it, parents before children."""
        yield self
        for part in self.parts:
            yield from part.walk()


@dataclass(frozen=True)
class Preset:
    """A named real configuration: values for some of the symbols."""

    name: str
    values: Mapping[str, Text]
    span: Span
    description: str = ""
    source: str = ""


@dataclass(frozen=True)
class Choice:
    """One way to answer an option: symbol values (expressions) it puts in force."""

    name: str
    values: Mapping[str, Text]
    description: str = ""
    source: str = ""


@dataclass(frozen=True)
class Option:
    """A named, switchable convention (precision recipe, optimizer, sharding...)."""

    name: str
    default: str
    choices: tuple[Choice, ...]
    span: Span
    description: str = ""
    source: str = ""

    def choice(self, name: str) -> Choice | None:
        return next((c for c in self.choices if c.name == name), None)


@dataclass(frozen=True)
class HFKey:
    """How one config.json key becomes a symbol's value: booleans are flags, `values` maps text to numbers."""

    key: str
    symbol: str
    span: Span
    if_null: Text | None = None  # the value of an explicit null (else null means: use the symbol's default)
    values: Mapping[str, Text] = field(default_factory=dict)


@dataclass(frozen=True)
class HFSection:
    """The `hf:` section: which Hugging Face configs a spec reads, and how (see docs/spec-language.md)."""

    model_types: tuple[str, ...]
    keys: tuple[HFKey, ...]
    defaults: Mapping[str, Any]  # config key -> the config class's default, as config.json would write it
    default_spans: Mapping[str, Span]
    architectures: Mapping[str, Mapping[str, Text]]  # model class -> symbol values it implies
    config_class: str
    span: Span


@dataclass(frozen=True)
class Spec:
    """A validated spec of any kind, ready to be built into a symbolic model."""

    kind: str
    name: str
    path: str
    symbols: tuple[Symbol, ...]
    total: Node
    derived: tuple[Node, ...] = ()
    presets: tuple[Preset, ...] = ()
    default_preset: str | None = None
    description: str = ""
    source: str = ""
    options: tuple[Option, ...] = ()
    phases: tuple[Node, ...] = ()
    abstract: bool = False
    hf: HFSection | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)
    spans: Mapping[KeyPath, Span] = field(default_factory=dict)  # where each value of the document was written
    files: tuple[str, ...] = ()  # the spec files it was read from

    def option(self, name: str) -> Option | None:
        return next((o for o in self.options if o.name == name), None)

    def preset(self, name: str) -> Preset | None:
        return next((p for p in self.presets if p.name == name), None)


def parse_spec(doc: Document, kind: str) -> Spec:
    """Build a `Spec` from a document that already passed its schema."""
    data: dict[str, Any] = doc.data
    total_info = data.get("total", {})
    total_name = total_info.get("name", "total")
    root = Node(
        name=total_name,
        path=(),
        span=doc.span(("quantities",)),
        parts=_parts(doc, data["quantities"], ("quantities",), ()),
        description=total_info.get("description", ""),
        unit=total_info.get("unit", ""),
    )
    derived = tuple(
        _node(doc, name, value, ("derived", name), (name,)) for name, value in data.get("derived", {}).items()
    )
    presets = tuple(_preset(doc, n, v) for n, v in data.get("presets", {}).items())
    default = data.get("default_preset")
    if default is not None and default not in {p.name for p in presets}:
        names = [p.name for p in presets]
        raise SpecError(
            f"default_preset '{default}' is not one of the presets{did_you_mean(default, names)}",
            doc.loc(("default_preset",)),
        )
    return Spec(
        kind=kind,
        name=data["name"],
        path=doc.path,
        symbols=tuple(_symbol(doc, n, v) for n, v in data["symbols"].items()),
        total=root,
        derived=derived,
        presets=presets,
        default_preset=default if default is not None else (presets[0].name if presets else None),
        description=data.get("description", ""),
        source=data.get("source", ""),
        options=tuple(_option(doc, n, v) for n, v in data.get("options", {}).items()),
        phases=tuple(_node(doc, n, v, ("phases", n), (n,)) for n, v in data.get("phases", {}).items()),
        abstract=bool(data.get("abstract", False)),
        hf=_hf(doc, data["hf"]) if "hf" in data else None,
        extra={k: v for k, v in data.items() if k not in _CORE_KEYS},
        spans=doc.spans,
        files=doc.files,
    )


_CORE_KEYS = {
    "kind",
    "name",
    "symbols",
    "quantities",
    "total",
    "derived",
    "presets",
    "default_preset",
    "options",
    "phases",
    "abstract",
    "hf",
}


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
    if info["default"] not in {c.name for c in choices}:
        names = [c.name for c in choices]
        raise SpecError(
            f"option '{name}' defaults to '{info['default']}', which is not one of its choices"
            + did_you_mean(info["default"], names),
            doc.loc((*path, "default")),
        )
    return Option(name, info["default"], choices, doc.span(path), info.get("description", ""), info.get("source", ""))


def text_of(value: Any) -> str:
    """Expression text of a YAML scalar (numbers are written back exactly)."""
    if isinstance(value, Fraction):
        return f"{value.numerator}/{value.denominator}"
    return str(value)


def _text(doc: Document, value: Any, path: KeyPath) -> Text:
    return Text(text_of(value), doc.span(path))


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
    return Preset(
        name=name,
        values=values,
        span=doc.span(path),
        description=info.get("description", ""),
        source=info.get("source", ""),
    )


def _hf(doc: Document, info: dict[str, Any]) -> HFSection:
    path: KeyPath = ("hf",)
    keys = []
    for key, entry in info.get("keys", {}).items():
        where: KeyPath = (*path, "keys", key)
        entry = entry if isinstance(entry, dict) else {"symbol": entry}
        null = entry.get("if_null")
        keys.append(
            HFKey(
                key=key,
                symbol=entry["symbol"],
                span=doc.span(where),
                if_null=None if null is None else _text(doc, null, (*where, "if_null")),
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
