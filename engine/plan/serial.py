"""Plans as JSON data and back, for the disk cache: the spec travels as its resolved document (re-parsed
on load, which is cheap and needs neither YAML nor jsonschema), every program as its source text
(audited again when it is compiled). Anything of the wrong shape is refused: the entry is then ignored.
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction
from typing import Any

from engine.errors import Location
from engine.plan.program import Part, Plan, Program
from engine.plan.runtime import screen
from engine.spec.checks import check_spec, require
from engine.spec.document import Document, KeyPath, Span
from engine.spec.parse import parse_spec
from engine.spec.types import Spec


class ShapeError(ValueError):
    """Cached data that does not have the shape this version writes."""


def _check(condition: bool) -> None:
    if not condition:
        raise ShapeError("unexpected cache data")


# ---- documents: every value tagged, so no text can pose as another type ----


def encode_value(value: Any) -> Any:
    if isinstance(value, bool):
        return ["b", value]
    if isinstance(value, int):
        return ["i", str(value)]
    if isinstance(value, Fraction):
        return ["f", str(value.numerator), str(value.denominator)]
    if isinstance(value, str):
        return ["s", value]
    if value is None:
        return ["n"]
    if isinstance(value, list):
        return ["l", [encode_value(v) for v in value]]
    if isinstance(value, dict):
        return ["m", [[k, encode_value(v)] for k, v in value.items()]]
    raise ShapeError(f"cannot store {type(value).__name__}")


def decode_value(data: Any) -> Any:
    _check(isinstance(data, list) and len(data) >= 1 and isinstance(data[0], str))
    tag = data[0]
    if tag == "b" and len(data) == 2 and isinstance(data[1], bool):
        return data[1]
    if tag == "i" and len(data) == 2 and isinstance(data[1], str) and len(data[1]) <= 400:
        return int(data[1])
    if tag == "f" and len(data) == 3 and all(isinstance(x, str) and len(x) <= 400 for x in data[1:]):
        return Fraction(int(data[1]), int(data[2]))
    if tag == "s" and len(data) == 2 and isinstance(data[1], str):
        return data[1]
    if tag == "n" and len(data) == 1:
        return None
    if tag == "l" and len(data) == 2 and isinstance(data[1], list):
        return [decode_value(v) for v in data[1]]
    if tag == "m" and len(data) == 2 and isinstance(data[1], list):
        out: dict[str, Any] = {}
        for pair in data[1]:
            _check(isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str))
            out[pair[0]] = decode_value(pair[1])
        return out
    raise ShapeError("unexpected cache data")


def encode_document(doc: Document) -> dict[str, Any]:
    files: dict[str, int] = {}

    def loc(where: Location) -> list[Any]:
        return [files.setdefault(where.file, len(files)), where.line, where.col]

    spans = [[list(path), loc(s.value), loc(s.key), s.text_col] for path, s in doc.spans.items()]
    return {
        "path": doc.path,
        "data": encode_value(doc.data),
        "names": list(files),
        "spans": spans,
        "files": list(doc.files),
        "absent": list(doc.absent),
        "listings": list(doc.listings),
    }


def decode_document(data: Any) -> Document:
    _check(isinstance(data, dict))
    names = data["names"]
    _check(isinstance(names, list) and all(isinstance(n, str) for n in names))

    def loc(raw: Any) -> Location:
        _check(isinstance(raw, list) and len(raw) == 3 and all(isinstance(x, int) for x in raw))
        return Location(names[raw[0]], raw[1], raw[2])

    spans: dict[KeyPath, Span] = {}
    for entry in data["spans"]:
        _check(isinstance(entry, list) and len(entry) == 4 and isinstance(entry[0], list))
        path = tuple(entry[0])
        _check(all(isinstance(k, str | int) and not isinstance(k, bool) for k in path))
        _check(entry[3] is None or isinstance(entry[3], int))
        spans[path] = Span(loc(entry[1]), loc(entry[2]), entry[3])
    _check(isinstance(data["path"], str))
    files, absent, listings = (_strings(data[k]) for k in ("files", "absent", "listings"))
    return Document(data["path"], decode_value(data["data"]), spans, files, absent, listings)


def _strings(value: Any) -> tuple[str, ...]:
    _check(isinstance(value, list) and all(isinstance(v, str) for v in value))
    return tuple(value)


# ---- programs and plans ----


def encode_program(program: Program) -> dict[str, Any]:
    constant = program.constant
    return {
        "i": list(program.inputs),
        "o": list(program.outputs),
        "s": dict(program.sources),
        "c": None if constant is None else [str(Fraction(constant).numerator), str(Fraction(constant).denominator)],
    }


def decode_program(data: Any) -> Program:
    _check(isinstance(data, dict))
    sources = data["s"]
    _check(isinstance(sources, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in sources.items()))
    _check(all(screen(v) for v in sources.values()))  # code planted in an entry: a miss, never run
    constant = data["c"]
    value = None
    if constant is not None:
        _check(isinstance(constant, list) and len(constant) == 2 and all(isinstance(x, str) for x in constant))
        fraction = Fraction(int(constant[0]), int(constant[1]))
        value = int(fraction) if fraction.denominator == 1 else fraction
    return Program(_strings(data["i"]), _strings(data["o"]), sources, value)


def _programs(data: Any) -> dict[str, Program]:
    _check(isinstance(data, dict))
    return {str(k): decode_program(v) for k, v in data.items()}


def _slots(data: Any) -> dict[str, str]:
    _check(isinstance(data, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()))
    return dict(data)


def encode_plan(plan: Plan, doc: Document) -> dict[str, Any]:
    return {
        "document": encode_document(doc),
        "kind": plan.spec.kind,
        "main": encode_program(plan.main),
        "total": plan.total,
        "parts": [[p.key, p.name, p.slot, list(p.repeats), p.group, p.repeat] for p in plan.parts],
        "derived": dict(plan.derived),
        "phases": dict(plan.phases),
        "block": dict(plan.block),
        "defaults": {k: encode_program(v) for k, v in plan.defaults.items()},
        "choices": {
            o: {c: {s: encode_program(p) for s, p in values.items()} for c, values in choices.items()}
            for o, choices in plan.choices.items()
        },
        "weights": {k: encode_program(v) for k, v in plan.weights.items()},
        "linears": None if plan.linears is None else encode_program(plan.linears),
        "conditions": {k: encode_program(v) for k, v in plan.conditions.items()},
    }


def decode_plan(data: Any) -> tuple[Plan, Document]:
    """A plan and its document from `encode_plan`'s data (ShapeError, KeyError or ValueError if not)."""
    _check(isinstance(data, dict))
    doc = decode_document(data["document"])
    _check(data["kind"] in ("architecture", "rules"))
    spec: Spec = parse_spec(doc, data["kind"])
    require(spec, check_spec(spec))
    parts = []
    for raw in data["parts"]:
        _check(isinstance(raw, list) and len(raw) == 6)
        key, name, slot, repeats, group, repeat = raw
        _check(isinstance(key, str) and isinstance(name, str) and isinstance(slot, str) and isinstance(group, bool))
        _check(repeat is None or isinstance(repeat, str))
        parts.append(Part(key, name, slot, _strings(repeats), group, repeat))
    choices_data = data["choices"]
    _check(isinstance(choices_data, dict))
    choices: dict[str, Mapping[str, Mapping[str, Program]]] = {}
    for option, by_choice in choices_data.items():
        _check(isinstance(by_choice, dict))
        choices[option] = {c: _programs(values) for c, values in by_choice.items()}
    _check(isinstance(data["total"], str))
    plan = Plan(
        spec=spec,
        main=decode_program(data["main"]),
        total=data["total"],
        parts=tuple(parts),
        derived=_slots(data["derived"]),
        phases=_slots(data["phases"]),
        block=_slots(data["block"]),
        defaults=_programs(data["defaults"]),
        choices=choices,
        weights=_programs(data["weights"]),
        linears=None if data["linears"] is None else decode_program(data["linears"]),
        conditions=_programs(data["conditions"]),
    )
    return plan, doc
