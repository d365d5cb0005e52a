"""Traced figures of a model no spec reads yet (a config.json of an unknown model_type): parameters per
layer and outside the layers, activations per layer, the cache bytes per token and per sequence, as a
starting point for the family's YAML (docs/adding-an-architecture.md).

A figure linear in the layer count comes from two traces with n1 and n2 layers (the per-layer part is
their difference, the whole model extrapolated as engine.trace does); the cache's per-token and
per-sequence parts from two serving prompts of n2 layers (engine/check/settings.yaml, `figures`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

from engine.build.load import load_plan
from engine.check import settings as data
from engine.check.question import Substitution, checked_mode, follow, signed_sum, trace_settings
from engine.check.settings import Mode
from engine.errors import EngineError, SpecError
from engine.evaluate.question import option_choices
from engine.plan.program import Plan
from engine.spec.constants import parse_number
from engine.spec.hf import read_config
from engine.spec.hf_model_type import model_type_index
from engine.spec.load import index, resolve_ref
from engine.spec.source import read_text
from engine.trace import TraceResult, TraceSettings, layer_points, trace_layers
from engine.trace.scaling import extrapolate


@dataclass(frozen=True)
class Figures:
    """What the traces say about a model with no spec."""

    path: str
    model_type: str
    model_class: str
    layers: int
    points: tuple[int, int] | None  # the two layer counts traced (None: the whole model, once)
    step: TraceResult  # the whole model's step (or serving), extrapolated from `points`
    params_per_layer: Fraction | None
    act_per_layer: Fraction | None  # kept at the end of forward, per layer (training)
    cache_per_token: Mapping[str, Fraction]  # whole model, by cache field
    cache_per_sequence: Mapping[str, Fraction]
    substituted: tuple[Substitution, ...]
    not_followed: tuple[str, ...]


def unknown_model_type(path: Path, spec_dirs: Sequence[Path | str]) -> Path | None:
    """The config.json file (`path`, or the one in folder `path`) when no spec reads its model_type; None
    when one does (or it names none: reading it as a spec's then says so)."""
    doc = read_config(path)
    model_type = doc.data.get("model_type")
    if isinstance(model_type, str) and model_type not in model_type_index(spec_dirs):
        return Path(doc.path)
    return None


def rules_of(rules: str | None, mode: str | None, spec_dirs: Sequence[Path | str]) -> Plan:
    """The rules a question names (--rules), or its mode's, or the default ones."""
    found = index(spec_dirs)
    if rules is None and mode is not None:
        if mode not in found.modes():
            raise SpecError(f"unknown mode '{mode}'; modes: " + ", ".join(found.modes()))
        rules = found.modes()[mode].path
    rules = rules or next((r.path for r in found.rules if r.default), None)
    if rules is None:
        raise SpecError("no rules spec is the default (`default: true`); name one with --rules")
    return load_plan(Path(rules) if Path(rules).is_absolute() else resolve_ref(rules, spec_dirs)[0], spec_dirs)


def _constant(plan: Plan, name: str, given: Mapping[str, int]) -> int | None:
    """A rules symbol's value when it is given or its default is a number (not an expression of the model)."""
    if name in given:
        return given[name]
    symbol = plan.spec.symbol(name)
    if symbol is None or symbol.default is None:
        return None
    try:
        return int(parse_number(symbol.default.text, symbol.default.span))
    except EngineError:
        return None


def figures(
    path: Path,
    rules: Plan,
    chosen: Mapping[str, str | None],
    given: Mapping[str, int],
    max_layers: int | None = None,
) -> Figures:
    """Trace the config.json at `path` with the question's choices and values, and read off its figures."""
    config: dict[str, Any] = json.loads(read_text(path, str(path)))
    mode = checked_mode(rules.spec.mode, rules.spec.name)
    substituted: list[Substitution] = []
    not_followed: list[str] = []
    _, entries = follow(mode, option_choices(rules, chosen), substituted, not_followed)
    for symbol, by_value in mode.symbols.items():
        value = _constant(rules, symbol, given)
        entry = None if value is None else by_value.get(str(value), by_value.get(data.OTHERWISE))
        if entry is not None and entry.instead is None:
            entries.append((f"{symbol}={value}", entry))
    settings = trace_settings(mode, _step(rules, mode, given), entries, config)
    target, points = layer_points(settings, max_layers)
    if points is None:  # too few layers for two smaller counts: the whole model, once
        step = low = high = trace_layers(settings, target)
        per_layer: Any = lambda a, b: None  # noqa: E731
    else:
        low, high = trace_layers(settings, points[0]), trace_layers(settings, points[1])
        step = extrapolate(low, high, settings, target, round(low.seconds + high.seconds, 3))
        per_layer = lambda a, b: Fraction(b - a, points[1] - points[0])  # noqa: E731
    training = "forward_end" in step.phases
    act = per_layer(low.act_split.get("rest", 0), high.act_split.get("rest", 0)) if training else None
    per_token, per_sequence = _cache(settings, points[1] if points else target, target)
    return Figures(
        str(path), settings.model_type, step.model_class, target, points, step,
        per_layer(low.params, high.params), act, per_token, per_sequence,
        tuple(substituted), tuple(not_followed),
    )  # fmt: skip


def _step(rules: Plan, mode: Mode, given: Mapping[str, int]) -> dict[str, int]:
    """The TraceSettings values (batch, sequence, prompt) whose rules symbols are given or constant."""
    out: dict[str, int] = {}
    for key, names in mode.values.items():
        found = {n.removeprefix("-"): _constant(rules, n.removeprefix("-"), given) for n in names}
        if all(v is not None for v in found.values()):
            out[key] = int(signed_sum(names, found.__getitem__))
    return out


def _cache(settings: TraceSettings, layers: int, target: int) -> tuple[dict[str, Fraction], dict[str, Fraction]]:
    """Cache bytes per token and per sequence, by field, for the whole model (from `layers` layers)."""
    cache = data.figures_cache()
    config = {**settings.model_config, **cache.config}
    serve = settings.replace(model_config=config, **cache.trace)
    short, long = (trace_layers(serve.replace(prompt_len=p), layers).cache_bytes["decode_end"] for p in cache.prompts)
    p1, p2 = cache.prompts
    scale = Fraction(target, layers * serve.batch)
    per_token: dict[str, Fraction] = {}
    per_sequence: dict[str, Fraction] = {}
    for name in dict.fromkeys([*short, *long]):
        if name == "total":
            continue
        a, b = short.get(name, 0), long.get(name, 0)
        token = Fraction(b - a, p2 - p1)
        if token:
            per_token[name] = token * scale
        if a - token * p1:
            per_sequence[name] = (a - token * p1) * scale
    return per_token, per_sequence


def _bytes(value: Fraction | None, unit: str = "") -> str:
    return "-" if value is None else f"{float(value):,.0f} bytes{unit}"


def _outside(f: Figures) -> int:
    return int(f.step.params - f.layers * (f.params_per_layer or 0))


def render_text(f: Figures) -> str:
    """The figures as text, with what they are for."""
    step, s = f.step, f.step.settings
    traced = f"traced with {f.points[0]} and {f.points[1]} layers, extrapolated" if f.points else "traced whole"
    training = "forward_end" in step.phases
    lines = [
        f"no spec reads model_type '{f.model_type}' ({f.path}): the traced figures, a starting point for its "
        "YAML (docs/adding-an-architecture.md)",
        f"model: {f.model_class}, {f.layers} layers ({traced}); torch {step.torch_version}, "
        f"transformers {step.transformers_version}",
        f"parameters: {step.params:,} in all; per layer {_bytes(f.params_per_layer).removesuffix(' bytes')}"
        + ("" if f.params_per_layer is None else f"; outside the layers {_outside(f):,}"),
        f"weights: {step.param_bytes:,} bytes ({s.param_dtype}); buffers {step.buffer_bytes:,} bytes",
    ]
    if training:
        tokens = s.batch * s.seq_len
        per_token = None if f.act_per_layer is None else f.act_per_layer / tokens
        lines += [
            f"training step (batch {s.batch}, seq_len {s.seq_len}, {s.attn_implementation}, {s.optimizer}):",
            f"  activations per layer   {_bytes(f.act_per_layer)} (end of forward; {_bytes(per_token, ' per token')})",
            f"  logits and loss         {_bytes(Fraction(step.act_split.get('logits_loss', 0)))}",
            f"  gradients               {_bytes(Fraction(step.grad_bytes))}",
            f"  optimizer states        {_bytes(Fraction(step.optimizer_state_bytes))}",
            f"  peak                    {_bytes(Fraction(step.peak.total))} ({step.peak.phase})",
        ]
    lines.append("cache (whole model, from two serving prompts):")
    for name, value in f.cache_per_token.items():
        lines.append(f"  {name:22}  {_bytes(value, ' per token')}")
    for name, value in f.cache_per_sequence.items():
        lines.append(f"  {name:22}  {_bytes(value, ' per sequence')}")
    if not f.cache_per_token and not f.cache_per_sequence:
        lines.append("  none")
    for sub in f.substituted:
        lines.append(f"traced as {sub.instead}, not {sub.asked}: {sub.reason}")
    if f.not_followed:
        lines.append("not followed by the trace: " + ", ".join(f.not_followed))
    return "\n".join(lines)


def render_json(f: Figures) -> str:
    def exact(v: Fraction | None) -> Any:
        return None if v is None else (int(v) if v.denominator == 1 else float(v))

    out = {
        "model_type": f.model_type,
        "config": f.path,
        "model_class": f.model_class,
        "layers": f.layers,
        "traced_layers": list(f.points) if f.points else [f.layers],
        "params": f.step.params,
        "params_per_layer": exact(f.params_per_layer),
        "params_outside_layers": None if f.params_per_layer is None else _outside(f),
        "activations_per_layer": exact(f.act_per_layer),
        "cache_per_token": {k: exact(v) for k, v in f.cache_per_token.items()},
        "cache_per_sequence": {k: exact(v) for k, v in f.cache_per_sequence.items()},
        "substituted": [{"asked": s.asked, "instead": s.instead, "reason": s.reason} for s in f.substituted],
        "not_followed": list(f.not_followed),
        "trace": f.step.to_dict(),
    }
    return json.dumps(out, indent=2)
