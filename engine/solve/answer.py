"""What `engine solve` and `engine memory` answer, put together: the fewest GPUs with the inequality
behind it, and the limits, reports and memory at that layout (or at a given GPU count)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from engine.evaluate.evaluator import condition
from engine.evaluate.memory import MemoryResult, evaluate_memory
from engine.evaluate.question import Setup
from engine.limits import MAX_DP
from engine.solve.inequality import Inequality, dp_inequality
from engine.solve.layouts import Layout, candidates, data_degree, layout
from engine.solve.limits import limit_form, limits, refuse_beyond_caps
from engine.solve.remedies import Most, remedies
from engine.solve.search import fewest_layout
from engine.spec.hardware import Hardware

# The GPU profiles a remedy may suggest instead; False: no remedies (a comparison of GPUs shows none)
Others = Callable[[], Sequence[Hardware]] | None | bool


@dataclass(frozen=True)
class Solution:
    """The fewest GPUs (or why none fit), the layout, its memory and the inequality behind it."""

    layout: Layout | None
    result: MemoryResult | None  # at the chosen layout; when nothing fits, at the largest tried layout
    inequality: Inequality | None
    tried: int
    # a pipeline split the user did not ask for: the fewest GPUs without one (None: none fits without one)
    unpiped: Layout | None = None
    remedies: tuple[tuple[str, Layout], ...] = ()  # when nothing fits: single changes that fit, fewest GPUs first

    @property
    def min_gpus(self) -> int | None:
        return self.layout.gpus if self.layout else None


def solve_min_gpus(
    setup: Setup, tp: int | None = None, pp: int | None = None, most: Most = (None, None), others: Others = None
) -> Solution:
    """The fewest GPUs, the memory at that layout and the inequality behind it (or the least memory when
    nothing fits, and the smallest changes that would fit, among them a GPU of `others`). Searched degrees
    are at most `most`."""
    best, tried = fewest_layout(setup, tp, pp, most)
    if best is None:
        t, p = candidates(setup, tp, pp, most)[-1]
        worst = evaluate_memory(setup.with_values(**layout(setup, MAX_DP, t, p).values()))
        found = remedies(setup, tp, pp, most, others if callable(others) else None) if others is not False else ()
        return Solution(None, worst, None, tried, remedies=found)
    at_best = setup.with_values(**best.values())
    unpiped = fewest_layout(setup, tp, 1, most)[0] if pp is None and best.pp > 1 else None
    return Solution(best, evaluate_memory(at_best), dp_inequality(at_best), tried, unpiped)


@dataclass(frozen=True)
class Report:
    """What `engine solve` answers: the fewest GPUs, and the limits at a layout (that one, or --gpus)."""

    solution: Solution
    limits: dict[str, Any]
    limits_layout: Layout | None
    at_limits: MemoryResult | None  # memory at limits_layout (None when nothing fits)
    limit_forms: dict[str, str] = field(default_factory=dict)  # max_<variable> -> its closed form


def solve(
    setup: Setup,
    tp: int | None = None,
    pp: int | None = None,
    gpus: int | None = None,
    most: Most = (None, None),
    others: Others = None,
) -> Report:
    """The fewest GPUs for `setup` (tensor and pipeline degrees searched unless given, at most `most`), and
    the limits at that layout or, with `gpus`, at gpus = dp x tp x pp. When nothing fits, the changes that
    would (`others`: the GPU profiles to suggest from)."""
    refuse_beyond_caps(setup)
    solution = solve_min_gpus(setup, tp, pp, most, others)
    where = solution.layout
    if gpus is not None:
        where = layout(setup, data_degree(setup, gpus, tp or 1, pp or 1), tp or 1, pp or 1)
    if where is None:
        return Report(solution, {}, None, None)
    here = setup.with_values(**where.values())
    found: dict[str, Any] = limits(here)
    result = evaluate_memory(here)
    forms = {
        key: form
        for key, value in found.items()
        if (form := limit_form(here, key.removeprefix("max_"), value if isinstance(value, int) else None))
    }
    for report in setup.rules.spec.reports:
        values = {**result.assignment.values, **result.derived}
        if report.when is None or condition(setup.rules, f"when:{report.name}", values):
            found[report.name] = int(result.derived[report.name])
    return Report(solution, found, where, result, forms)


def memory(setup: Setup, gpus: int = 1, tp: int = 1, pp: int = 1) -> MemoryResult:
    """Per-GPU memory with `gpus` GPUs split dp x tp x pp."""
    refuse_beyond_caps(setup)
    dp = data_degree(setup, gpus, tp, pp)
    return evaluate_memory(setup.with_values(**layout(setup, dp, tp, pp).values()))
