"""The estimate beside the trace: each term and phase the mode lists (engine/check/settings.yaml), the
difference, the largest discrepancy, and whether the peak agrees within the tolerance. Plain data."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from engine.check.question import CheckPlan, signed_sum
from engine.check.settings import Row
from engine.evaluate.memory import MemoryResult
from engine.trace import TraceResult


@dataclass(frozen=True)
class Compared:
    """One row: the estimate (None: the rules have no such term), the trace, and how far apart they are."""

    name: str
    label: str
    estimate: Fraction | None
    trace: Fraction
    per: str | None = None
    reason: str = ""

    @property
    def difference(self) -> Fraction | None:
        return None if self.estimate is None else self.estimate - self.trace

    @property
    def relative(self) -> float | None:
        """(estimate - trace) / trace; None without an estimate or when the trace is 0 and the estimate not."""
        if self.estimate is None:
            return None
        if self.trace == 0:
            return 0.0 if self.estimate == 0 else None
        return float(self.estimate / self.trace - 1)


@dataclass(frozen=True)
class Comparison:
    """Every row, the peak on both sides, and the verdict."""

    terms: tuple[Compared, ...]
    phases: tuple[Compared, ...]
    peak: Compared
    estimate_phase: str
    estimate_pass: str | None  # the traced pass the estimate's peak phase lies in
    trace_phase: str
    tolerance: float

    @property
    def agrees(self) -> bool:
        relative = self.peak.relative
        return relative is not None and abs(relative) <= self.tolerance

    @property
    def largest(self) -> Compared | None:
        """The term furthest from its trace, in bytes (per-token and per-sequence rows aside)."""
        rows = [r for r in self.terms if r.difference is not None and r.per is None]
        return max(rows, key=lambda r: abs(Fraction(r.difference or 0)), default=None)


def trace_value(result: TraceResult, path: str) -> Fraction:
    """A field of the trace by dotted path ('act_split.rest', 'max_act.{step}'); an absent key counts 0."""
    value: Any = result
    for part in path.format(step=result.step).split("."):
        if isinstance(value, Mapping):
            value = value.get(part, value.get(int(part)) if part.isdigit() else None)
        elif dataclasses.is_dataclass(value):
            value = getattr(value, part, None)
        else:
            value = None
        if value is None:
            return Fraction(0)
    return Fraction(value)


def estimate_value(result: MemoryResult, name: str) -> Fraction | None:
    """A term (quantity path), derived value or symbol of the estimate; None when the rules have none."""
    for source in (result.terms, result.derived, result.assignment.values):
        if name in source:
            return Fraction(source[name])
    return None


def _divisor(result: TraceResult, per: str | None) -> int:
    s = result.settings
    return {None: 1, "sequence": s.batch, "token": s.batch * (s.prompt_len + s.gen_tokens)}[per]


def _row(row: Row, estimate: MemoryResult, trace: TraceResult, value: Fraction | None = None) -> Compared:
    traced = Fraction(signed_sum(row.trace, lambda path: trace_value(trace, path)), _divisor(trace, row.per))
    if value is None and row.estimate is not None:
        found = [estimate_value(estimate, n.removeprefix("-")) for n in row.estimate]
        if any(v is not None for v in found):
            value = Fraction(signed_sum(row.estimate, lambda n: estimate_value(estimate, n) or 0))
    return Compared(row.name, row.label, value, traced, row.per, row.reason)


def compare(plan: CheckPlan, trace: TraceResult, tolerance: float) -> Comparison:
    """The plan's estimate beside `trace`, row by row as its mode lists them."""
    estimate, mode = plan.estimate, plan.mode
    rows = (_row(r, estimate, trace) for r in mode.terms)
    terms = tuple(r for r in rows if r.estimate is not None or r.trace)  # a traced-only row that is 0: no such part
    phases = tuple(
        _row(r, estimate, trace, Fraction(estimate.phases[r.name]))
        for r in mode.phases
        if r.trace and r.name in estimate.phases
    )
    peak_row = Row("peak", "peak", None, mode.peak)
    peak = _row(peak_row, estimate, trace, Fraction(estimate.per_gpu))
    passes = {r.name: r.traced_pass for r in mode.phases}
    return Comparison(
        terms, phases, peak, estimate.peak_phase, passes.get(estimate.peak_phase), trace.peak.phase, tolerance
    )
