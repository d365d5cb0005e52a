"""The time object of an answer: FLOPs, step time, throughput, utilization, totals and cost, as the rules'
`time:` section lists them. JSON holds the exact values as floats (never rounded to whole units); text
shows readable units (ms, s, h, days; TFLOP; %; USD)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from engine.evaluate.memory import MemoryResult, timed


def time_json(result: MemoryResult) -> dict[str, float]:
    return {name: float(value) for name, (value, _) in timed(result).items()}


def seconds(value: Any) -> str:
    """0.0221 s -> '22.1 ms'; 86,400 s -> '1.00 days'."""
    x = float(value)
    for limit, scale, unit in ((1, 1000, "ms"), (3600, 1, "s"), (86400 * 2, 1 / 3600, "h")):
        if x < limit:
            shown = f"{x * scale:#.3g}".rstrip(".")  # '#' keeps '1.20', and would print '216.'
            return f"{shown} {unit}" if x * scale < 1000 else f"{x * scale:,.0f} {unit}"
    return f"{x / 86400:,.2f} days"


def flops(value: Any) -> str:
    """48.2e9 -> '48.2 GFLOP' (decimal prefixes, as FLOP counts are quoted)."""
    x = float(value)
    for scale, prefix in ((1e18, "E"), (1e15, "P"), (1e12, "T"), (1e9, "G"), (1e6, "M")):
        if x >= scale:
            return f"{x / scale:,.3g} {prefix}FLOP"
    return f"{x:,.0f} FLOP"


UNITS: dict[str, Callable[[Any], str]] = {
    "seconds": seconds,
    "hours": lambda v: f"{float(v):,.0f} GPU-hours" if float(v) >= 100 else f"{float(v):,.3g} GPU-hours",
    "tokens/s": lambda v: f"{float(v):,.0f} tokens/s" if float(v) >= 100 else f"{float(v):,.3g} tokens/s",
    "FLOP": lambda v: flops(v),
    "fraction": lambda v: f"{float(v) * 100:.1f} %",
    "USD": lambda v: f"${float(v):,.0f}" if float(v) >= 100 else f"${float(v):,.2f}",
    "bytes": lambda v: f"{float(v) / 2**30:,.2f} GiB",
}


def time_line(result: MemoryResult) -> list[str]:
    """'time: flops_per_token 48.2 TFLOP, step_seconds 1.23 s, ...', or nothing."""
    found = timed(result)
    if not found:
        return []
    return ["time: " + ", ".join(f"{name} {UNITS[unit](value)}" for name, (value, unit) in found.items())]
