"""`engine check`: the estimate beside a traced step of the real model, term by term and phase by phase.

    plan = plan_check(setup, dp, tp, pp)      # the single-GPU equivalent and the TraceSettings that trace it
    result = run_check(setup, ...)            # plan, trace (engine.trace), compare
    result.comparison.agrees, result.comparison.largest

How each choice of the rules becomes a trace setting (or why a CPU trace cannot reproduce it) is data:
engine/check/settings.yaml. torch and transformers (the extra ``engine[check]``) are imported only when a
trace runs.
"""

from __future__ import annotations

from engine.check.compare import Compared, Comparison, compare
from engine.check.question import CheckPlan, Substitution, plan_check
from engine.check.render import Check, render_json, render_text
from engine.check.settings import optimizer_settings
from engine.evaluate.question import Setup
from engine.trace import trace

DEFAULT_TOLERANCE = 0.10

__all__ = [
    "DEFAULT_TOLERANCE",
    "Check",
    "CheckPlan",
    "Compared",
    "Comparison",
    "Substitution",
    "compare",
    "optimizer_settings",
    "plan_check",
    "render_json",
    "render_text",
    "run_check",
]


def run_check(
    setup: Setup,
    dp: int = 1,
    tp: int = 1,
    pp: int = 1,
    tolerance: float = DEFAULT_TOLERANCE,
    max_layers: int | None = None,
) -> Check:
    """Estimate the single-GPU equivalent of `setup` at dp x tp x pp, trace it, and compare."""
    plan = plan_check(setup, dp, tp, pp)
    traced = trace(plan.settings, max_layers)
    return Check(plan, traced, compare(plan, traced, tolerance))
