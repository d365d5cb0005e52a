"""Layer scaling: two traces with n1 and n2 layers, every quantity extrapolated linearly to L layers.

value(L) = v1 + (v2 - v1) * (L - n1) / (n2 - n1), in exact integers (a value that would not be an integer,
or would be negative, is refused: it is not linear in the layer count). Dicts are extrapolated key by key
(a key missing from one trace counts 0), the peaks are recomputed as the largest extrapolated phase peak,
names and dtypes must agree. No torch here: it works on two `TraceResult`s.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from fractions import Fraction
from typing import Any

from engine.trace.errors import ScalingError
from engine.trace.result import TraceResult, from_windows, peak_of
from engine.trace.settings import TraceSettings

# Fields that are not extrapolated value by value: set here, or rebuilt from the extrapolated windows (a
# largest moment is linear in the layer count only within its window).
_SPECIAL = {"settings", "layers", "scaled_from", "seconds", "peak", "overall_peak", "not_reproduced", "step"}
_FROM_WINDOWS = {"phase_peaks", "max_act", "max_act_temp", "root_module_peak_forward", "root_module_peak_backward"}


def extrapolate(
    low: TraceResult, high: TraceResult, settings: TraceSettings, target: int, seconds: float
) -> TraceResult:
    """The result at ``target`` layers from traces at ``low.layers`` and ``high.layers``."""
    n1, n2 = low.layers, high.layers
    if not 0 < n1 < n2:
        raise ScalingError(f"scaling needs two traces with 0 < n1 < n2 layers, got {n1} and {n2}")
    factor = Fraction(target - n1, n2 - n1)

    def line(a: int, b: int, where: str) -> int:
        value = a + (b - a) * factor
        if value.denominator != 1 or value < 0:
            raise ScalingError(
                f"{where} is not linear in the layer count ({a} at {n1} layers, {b} at {n2}): cannot scale to {target}"
            )
        return int(value)

    def merge(a: Any, b: Any, where: str) -> Any:
        if isinstance(a, bool) or isinstance(b, bool):
            if a != b:
                raise ScalingError(f"{where} differs between {n1} and {n2} layers")
            return a
        if isinstance(a, int) and isinstance(b, int):
            return line(a, b, where)
        if isinstance(a, Mapping) and isinstance(b, Mapping):
            keys = list(a) + [k for k in b if k not in a]
            out = {}
            for k in keys:
                x, y = a.get(k), b.get(k)
                if x is None or y is None:  # a count present at one layer count only: 0 at the other
                    if not isinstance(x if y is None else y, int):
                        raise ScalingError(f"{where}[{k}] exists at one of {n1} and {n2} layers only")
                    x, y = x or 0, y or 0
                out[k] = merge(x, y, f"{where}[{k}]")
            return out
        if a is None and b is None:
            return None
        if a != b:
            raise ScalingError(f"{where} differs between {n1} and {n2} layers ({a!r} and {b!r})")
        return a

    values: dict[str, Any] = {}
    for f in dataclasses.fields(TraceResult):
        if f.name in _SPECIAL or f.name in _FROM_WINDOWS:
            continue
        a, b = getattr(low, f.name), getattr(high, f.name)
        if f.name == "optimizer_state_dtypes":
            values[f.name] = tuple(sorted(set(a) | set(b)))
        elif f.name == "act_by_origin":
            merged = merge(a, b, f.name)
            values[f.name] = dict(sorted(((k, v) for k, v in merged.items() if v), key=lambda kv: -kv[1]))
        else:
            values[f.name] = merge(a, b, f.name)
    values.update(from_windows(values["windows"], high.step, settings.mode))
    phase_peaks = values["phase_peaks"]
    if settings.mode == "train":
        optimizer = phase_peaks.get(f"step{high.step}/optimizer", {})
        values["phases"] = {**values["phases"], "optimizer_step": optimizer}
        values["optimizer_step_transient_bytes"] = optimizer.get("OPT", 0) - values["step_ends"][high.step]["OPT"]
    notes = (*high.not_reproduced, f"extrapolated from traces with {n1} and {n2} layers to {target}")
    return TraceResult(
        settings=settings,
        layers=target,
        step=high.step,
        peak=peak_of(phase_peaks, high.step),
        overall_peak=peak_of(phase_peaks, None),
        not_reproduced=notes,
        scaled_from=(n1, n2),
        seconds=seconds,
        **values,
    )
