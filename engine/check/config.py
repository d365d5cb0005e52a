"""The transformers config a check traces: the config.json given, or the architecture's values written back
through its spec's `hf:` section (the inverse of reading a config.json), with what the question changes.

A config.json is traced as written, with the symbols given by --set written over it; a preset's values
become the keys its spec reads, each as transformers' config class knows it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from fractions import Fraction
from pathlib import Path
from typing import Any

from engine.errors import SpecError
from engine.evaluate.params import Count
from engine.spec.constants import parse_number
from engine.spec.source import read_text
from engine.spec.types import HFKey, HFSection, Text

Defaults = Callable[[str], Mapping[str, Any]]  # model_type -> the config class's keys and defaults


def hf_section(arch: Count) -> HFSection:
    """The spec's `hf:` section, which names the transformers model type to trace."""
    hf = arch.plan.spec.hf
    if hf is None or not hf.model_types:
        raise SpecError(
            f"spec '{arch.plan.spec.name}' names no transformers model_type (its hf: section), so there is no "
            "model code to trace"
        )
    return hf


def model_config(arch: Count, defaults: Defaults) -> dict[str, Any]:
    """The config (a plain dict with its model_type) of the architecture the question is about."""
    hf = hf_section(arch)
    values, origins = arch.assignment.values, arch.assignment.origins
    if arch.assignment.config is not None:
        data = json.loads(read_text(Path(arch.assignment.config), arch.assignment.config))
        data.setdefault("model_type", hf.model_types[0])
        written = {k for k, o in origins.items() if o.kind == "set"}  # --set wins over the file
        return {**data, **_keys(hf, values, defaults(str(data["model_type"])), written, arch)}
    model_type = hf.model_types[0]
    config: dict[str, Any] = {"model_type": model_type}
    model_class = _model_class(hf, values)
    if model_class is not None:
        config["architectures"] = [model_class]
    config.update(_keys(hf, values, defaults(model_type), set(values), arch))
    return config


def _keys(
    hf: HFSection, values: Mapping[str, Any], known: Mapping[str, Any], symbols: set[str], arch: Count
) -> dict[str, Any]:
    """The config keys that give `symbols`' values (the first key of each that the config class knows)."""
    by_symbol: dict[str, list[HFKey]] = {}
    for entry in hf.keys:
        by_symbol.setdefault(entry.symbol, []).append(entry)
    out: dict[str, Any] = {}
    for symbol, entries in by_symbol.items():
        if symbol not in symbols or symbol not in values:
            continue
        entry = next((e for e in entries if e.key in known), entries[0])
        declared = arch.plan.spec.symbol(symbol)
        out[entry.key] = _written(entry, values[symbol], declared is not None and declared.domain == "flag")
    return out


def _written(entry: HFKey, value: Any, flag: bool) -> Any:
    """A symbol's value as config.json would write it (a text choice, null, a boolean or a number)."""
    for text, number in entry.values.items():
        if _number(number) == value:
            return text
    if entry.if_null is not None and _number(entry.if_null) == value:
        return None
    if flag:
        return bool(value)
    exact = Fraction(value)
    return int(exact) if exact.denominator == 1 else float(exact)


def _model_class(hf: HFSection, values: Mapping[str, Any]) -> str | None:
    """The model class whose implied symbol values (hf.architectures) all hold."""
    for name, implied in hf.architectures.items():
        if all(values.get(symbol) == _number(text) for symbol, text in implied.items()):
            return name
    return None


def _number(text: Text) -> Any:
    return parse_number(text.text, text.span)


def dropout_keys(known: Mapping[str, Any], suffixes: tuple[str, ...]) -> list[str]:
    """The config class's keys that hold a dropout probability (a number, by the end of the name)."""
    return [
        k
        for k, v in known.items()
        if k.endswith(suffixes) and isinstance(v, int | float) and not isinstance(v, bool) and 0 <= v < 1
    ]
