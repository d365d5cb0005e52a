"""The lines of an answer about where its numbers come from: the pipeline stages evaluated and the views
of the phases (allocated, reserved, device, the runtime's budget)."""

from __future__ import annotations

from engine.evaluate.memory import MemoryResult
from engine.render.text import gib, inert


def stage_line(result: MemoryResult) -> list[str]:
    """'pipeline stages: first 31.54 GiB, 1 (last) 105.10 GiB; the numbers below are of stage 1', or nothing."""
    if len(result.stage_peaks) < 2:
        return []
    last = max(result.stage_peaks)
    names = {0: "0 (first)", last: f"{last} (last)"}
    shown = ", ".join(f"{names.get(s, str(s))} {gib(v)}" for s, v in sorted(result.stage_peaks.items()))
    return [f"pipeline stages: {shown}; the numbers below are of stage {names.get(result.stage or 0, result.stage)}"]


def view_line(result: MemoryResult) -> list[str]:
    """'views: device 33.32 GiB of 79.11 GiB (decides), reserved 32.90 GiB, allocated 31.52 GiB', or nothing."""
    if not result.views:
        return []
    shown = []
    for name, peak in result.views.items():
        decides = f" of {gib(peak.capacity)} (decides{'' if peak.fits else ': does not fit'})" if peak.decides else ""
        shown.append(f"{inert(name)} {gib(peak.peak)}{decides}")
    return ["views: " + ", ".join(shown) + f"; the numbers below are the {inert(result.view or '')} view"]


def per_gpu(result: MemoryResult) -> str:
    return f"per GPU{f' ({inert(result.view)} view)' if result.view else ''}"
