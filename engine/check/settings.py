"""engine/check/settings.yaml as typed data: how each choice of the rules maps onto a traced step.

The file ships with the package (an error in it is a bug, reported as a located `SpecError`). Nothing
here knows a mode, option, choice or symbol by name: they are keys of the file.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cache
from pathlib import Path
from typing import Any

from engine.errors import SpecError, did_you_mean
from engine.spec.source import read_document

SETTINGS = Path(__file__).with_name("settings.yaml")
OTHERWISE = "otherwise"  # the entry of a symbol's value that is not listed


@dataclass(frozen=True)
class Entry:
    """What the trace does with one choice of an option (or one value of a rules symbol)."""

    trace: Mapping[str, Any] = field(default_factory=dict)  # TraceSettings fields
    optim: str | None = None  # one of the file's `optimizers`: the trace's torch optimizer
    config: Mapping[str, Any] = field(default_factory=dict)  # model-config keys
    dropout: Fraction | None = None  # the probability of every dropout key of the config
    set: Mapping[str, Any] = field(default_factory=dict)  # rules symbols the estimate takes from the trace
    instead: str | None = None  # not traceable: the choice (value) the estimate and the trace use
    reason: str = ""
    unchecked: tuple[str, ...] = ()  # terms of the question asked that the check does not verify
    note: str = ""


@dataclass(frozen=True)
class Row:
    """One comparison: sums of the estimate's terms and of the trace's fields (a leading '-' subtracts)."""

    name: str
    label: str
    estimate: tuple[str, ...] | None  # None: the rules have no such term (traced only)
    trace: tuple[str, ...]
    per: str | None = None  # "token" or "sequence": the trace side per cached token or per sequence
    reason: str = ""  # why a traced-only row has no estimate
    traced_pass: str | None = None  # phases: the traced pass the phase lies in


@dataclass(frozen=True)
class Mode:
    """How one mode's questions are traced and compared (or why they cannot be)."""

    name: str
    reason: str = ""  # not traceable at all
    trace: Mapping[str, Any] = field(default_factory=dict)
    config: Mapping[str, Any] = field(default_factory=dict)
    set: Mapping[str, Any] = field(default_factory=dict)  # --set values of the single-GPU equivalent
    values: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # TraceSettings field -> rules symbols
    match: Mapping[str, tuple[str, Entry]] = field(default_factory=dict)  # rules symbol -> (traced quantity, why)
    symbols: Mapping[str, Mapping[str, Entry]] = field(default_factory=dict)
    options: Mapping[str, Mapping[str, Entry]] = field(default_factory=dict)
    terms: tuple[Row, ...] = ()
    phases: tuple[Row, ...] = ()
    peak: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = read_document(SETTINGS).data
    return data


def _names(value: str | Sequence[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(str(v) for v in value)


def _entry(raw: Mapping[str, Any] | None) -> Entry:
    raw = raw or {}
    dropout = raw.get("dropout")
    return Entry(
        trace=dict(raw.get("trace") or {}),
        optim=raw.get("optim"),
        config=dict(raw.get("config") or {}),
        dropout=None if dropout is None else Fraction(dropout),
        set=dict(raw.get("set") or {}),
        instead=None if raw.get("instead") is None else str(raw["instead"]),
        reason=" ".join(str(raw.get("reason", "")).split()),
        unchecked=_names(raw.get("unchecked")),
        note=" ".join(str(raw.get("note", "")).split()),
    )


def _rows(raw: Mapping[str, Any] | None) -> tuple[Row, ...]:
    rows = []
    for name, body in (raw or {}).items():
        estimate = body.get("estimate")
        rows.append(
            Row(
                name=name,
                label=str(body.get("label", name)),
                estimate=None if estimate is None else _names(estimate),
                trace=_names(body.get("trace")),
                per=body.get("per"),
                reason=" ".join(str(body.get("reason", "")).split()),
                traced_pass=body.get("pass"),
            )
        )
    return tuple(rows)


def mode(name: str | None) -> Mode:
    """The file's entry for a rules mode; a mode it does not list cannot be checked."""
    modes = _data()["modes"]
    if name not in modes:
        listed = ", ".join(modes)
        raise SpecError(
            f"rules of mode '{name}' cannot be checked against a trace{did_you_mean(str(name), modes)}; "
            f"engine check knows the modes {listed} ({SETTINGS.name})"
        )
    raw = modes[name]
    return Mode(
        name=str(name),
        reason=" ".join(str(raw.get("reason", "")).split()),
        trace=dict(raw.get("trace") or {}),
        config=dict(raw.get("config") or {}),
        set=dict(raw.get("set") or {}),
        values={k: _names(v) for k, v in (raw.get("values") or {}).items()},
        match={k: (str(v["traced"]), _entry(v)) for k, v in (raw.get("match") or {}).items()},
        symbols={s: {v: _entry(e) for v, e in body.items()} for s, body in (raw.get("symbols") or {}).items()},
        options={o: {c: _entry(e) for c, e in body.items()} for o, body in (raw.get("options") or {}).items()},
        terms=_rows(raw.get("terms")),
        phases=_rows(raw.get("phases")),
        peak=_names(raw.get("peak")),
        notes=tuple(" ".join(str(n).split()) for n in raw.get("notes") or ()),
    )


def layout_entry(role: str) -> Entry:
    """Why a layout degree above 1 is not traced, and what it leaves unchecked."""
    return _entry(_data()["layout"].get(role))


@dataclass(frozen=True)
class CacheTrace:
    """How a model with no spec has its cache traced: serving settings, config keys, two prompt lengths."""

    trace: Mapping[str, Any]
    config: Mapping[str, Any]
    prompts: tuple[int, int]


def figures_cache() -> CacheTrace:
    raw = _data()["figures"]["cache"]
    first, second = (int(p) for p in raw["prompts"])
    return CacheTrace(dict(raw.get("trace") or {}), dict(raw.get("config") or {}), (first, second))


def dropout_suffixes() -> tuple[str, ...]:
    return _names(_data()["dropout_keys"])


def optimizer_settings(name: str) -> tuple[str, dict[str, Any]]:
    """The torch.optim class and arguments for one of the engine's optimizer names (the file's `optimizers`)."""
    from engine.trace import SettingsError

    known = _data()["optimizers"]
    if name not in known:
        raise SettingsError(f"optimizer {name!r} cannot be traced without extra packages; one of {', '.join(known)}")
    body = known[name]
    return str(body["class"]), {k: float(v) if isinstance(v, Fraction) else v for k, v in body["kwargs"].items()}
