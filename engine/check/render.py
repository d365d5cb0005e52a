"""`engine check`'s output: the estimate and the trace side by side (text), or both sides whole (JSON)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from engine.check.compare import Compared, Comparison
from engine.check.question import CheckPlan
from engine.render.memory import memory_json
from engine.render.text import gib, inert, plain, table
from engine.trace import TraceResult

MIB = 2**20


@dataclass(frozen=True)
class Check:
    """A finished check: what was asked and traced, the trace, and the comparison."""

    plan: CheckPlan
    trace: TraceResult
    comparison: Comparison


def size(value: Any, per: str | None = None) -> str:
    """Bytes for reading: MiB below a GiB, else GiB (both labelled); exact bytes per token or sequence."""
    if per is not None:
        return f"{float(value):,.0f} B/{per}"
    if abs(value) < MIB:
        return f"{float(value):,.0f} B"
    return gib(value) if abs(value) >= 2**30 else f"{float(value) / MIB:,.2f} MiB"


def percent(relative: float | None) -> str:
    return "-" if relative is None else f"{relative * 100:+.2f}%"


def _rows(rows: tuple[Compared, ...], unchecked: set[str]) -> list[list[str]]:
    out = []
    for r in rows:
        if r.estimate is None:
            out.append([r.label, "-", size(r.trace, r.per), "-", "-", "not checked: " + (r.reason or "no estimate")])
            continue
        diff = r.difference or 0
        sign = "+" if diff > 0 else "-" if diff < 0 else ""
        note = "not checked as asked" if r.name in unchecked else ""
        out.append([r.label, size(r.estimate, r.per), size(r.trace, r.per), sign + size(abs(diff), r.per),
                    percent(r.relative), note])  # fmt: skip
    return out


def _settings_line(t: TraceResult) -> str:
    s = t.settings
    training = "forward_end" in t.phases
    shape = f"seq_len {s.seq_len}" if training else f"prompt {s.prompt_len} tokens + {s.gen_tokens} decoded"
    dtype = s.param_dtype + (f" under {s.autocast} autocast" if s.autocast else "")
    layers = f"{t.layers} layers"
    if t.scaled_from:
        layers += f" (extrapolated from {t.scaled_from[0]} and {t.scaled_from[1]})"
    parts = [t.model_class, layers, f"batch {s.batch}", shape, dtype, s.attn_implementation]
    if training:
        kwargs = ", ".join(f"{k}={v}" for k, v in s.optimizer_kwargs.items())
        parts += [f"{s.optimizer}({kwargs})", "gradient checkpointing" if s.gradient_checkpointing else ""]
    return ", ".join(p for p in parts if p)


def _checked_as(plan: CheckPlan) -> str:
    """What the estimate beside the trace is: the question asked, or its single-GPU equivalent."""
    if plan.substituted:
        line = "checked as its single-GPU equivalent: " + " ".join(s.instead for s in plan.substituted)
    else:
        line = "checked as asked, on one GPU"
    if plan.zeroed:
        line += " · reserve zeroed (" + " ".join(f"{k}={v}" for k, v in plan.zeroed.items()) + ")"
    return line


def render_text(check: Check) -> str:
    plan, t, c = check.plan, check.trace, check.comparison
    asked = plan.asked
    arch = asked.setup.arch
    lines = [
        f"{inert(asked.setup.label)} · {int(arch.total):,} parameters · rules {inert(asked.setup.rules.spec.name)}",
        "asked: " + " ".join(f"{k}={v}" for k, v in asked.setup.choices.items()) + f" · per GPU {size(asked.per_gpu)}",
        _checked_as(plan),
        f"traced: {_settings_line(t)} · torch {t.torch_version}, transformers {t.transformers_version}, "
        f"{t.seconds:.1f} s",
        "",
    ]
    unchecked = set(plan.unchecked)
    head = ["estimate", "trace", "difference", "%", ""]
    lines.append(table([["term", *head], *_rows(c.terms, unchecked)], "<>>>><"))
    lines.append("")
    lines.append(table([["phase", *head], *_rows(c.phases, set())], "<>>>><"))
    lines.append("")
    where = f"{c.estimate_phase}" + (f", in {c.estimate_pass}" if c.estimate_pass else "")
    limit = f"{c.tolerance * 100:g}%"
    verdict = f"agrees (within {limit})" if c.agrees else f"DISAGREES (more than {limit})"
    lines.append(
        f"peak: estimate {size(c.peak.estimate or 0)} ({where}) · trace {size(c.peak.trace)} ({c.trace_phase}, "
        f"step {t.peak.step}) · {percent(c.peak.relative)}: {verdict}"
    )
    if c.estimate_pass is not None and c.estimate_pass != c.trace_phase:
        lines.append(f"  the estimate's peak lies in {c.estimate_pass}, the trace's in {c.trace_phase}")
    largest = c.largest
    if largest is not None:
        lines.append(
            f"largest discrepancy: {largest.label} {percent(largest.relative)} "
            f"({'+' if (largest.difference or 0) >= 0 else '-'}{size(abs(largest.difference or 0))})"
        )
    if plan.substituted:
        lines.append("not reproduced on a CPU (the single-GPU equivalent is checked instead):")
        for s in plan.substituted:
            left = f"; not checked as asked: {', '.join(s.unchecked)}" if s.unchecked else ""
            lines.append(f"  {s.asked} -> {s.instead}: {s.reason}{left}")
    if plan.not_followed:
        lines.append(
            "not followed by the trace (engine/check/settings.yaml lists no such choice): "
            + ", ".join(plan.not_followed)
        )
    for note in plan.notes:
        lines.append(f"note: {note}")
    lines.append("what the CPU trace does not do as a GPU run would:")
    lines += [f"  {inert(n)}" for n in t.not_reproduced]
    return "\n".join(lines)


def _compared(r: Compared) -> dict[str, Any]:
    def exact(v: Fraction | None) -> Any:
        return None if v is None else plain(v)

    return {
        "name": r.name,
        "label": r.label,
        "estimate": exact(r.estimate),
        "trace": exact(r.trace),
        "difference": exact(r.difference),
        "relative": r.relative,
        **({"per": r.per} if r.per else {}),
        **({"reason": r.reason} if r.reason and r.estimate is None else {}),
    }


def render_json(check: Check) -> str:
    plan, c = check.plan, check.comparison
    largest = c.largest
    out = {
        "agrees": c.agrees,
        "tolerance": c.tolerance,
        "peak": {**_compared(c.peak), "estimate_phase": c.estimate_phase, "trace_phase": c.trace_phase},
        "largest_discrepancy": largest.name if largest else None,
        "terms": [_compared(r) for r in c.terms],
        "phases": [_compared(r) for r in c.phases],
        "substituted": [
            {"asked": s.asked, "instead": s.instead, "reason": s.reason, "unchecked": list(s.unchecked)}
            for s in plan.substituted
        ],
        "not_followed": list(plan.not_followed),
        "notes": list(plan.notes),
        "asked": memory_json(plan.asked),
        "estimate": memory_json(plan.estimate),
        "trace": check.trace.to_dict(),
    }
    return json.dumps(out, indent=2)
