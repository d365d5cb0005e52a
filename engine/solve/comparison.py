"""engine plan over one or more GPU kinds: each kind's plan (engine.solve.planner), and across the kinds the
best by each ranking the rules' plan compares them by (`compare:`, e.g. the soonest finished and the least
cost). A ranking whose `when` does not hold on a kind (no price) cannot rank it: those kinds are named."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from engine.errors import UsageError
from engine.evaluate.question import Setup
from engine.solve.listed import Listed
from engine.solve.planner import GpuPlan, Request, plan_gpu, ranking_name
from engine.solve.space import plan_of


@dataclass(frozen=True)
class PlanReport:
    """Every GPU kind's plan, the best kind by each compared ranking, and the kinds a ranking cannot rank."""

    plans: tuple[GpuPlan, ...]
    leaders: Mapping[str, tuple[str, Listed]]  # ranking -> (GPU, its best setup by that ranking)
    unranked: Mapping[str, tuple[str, ...]]  # ranking -> the GPUs where it does not exist
    request: Request

    @property
    def by(self) -> str:
        return self.plans[0].by


def check_request(setup: Setup, request: Request) -> None:
    """Targets the rules know and the ranking they name (a usage error each: exit 2)."""
    targets = [t.name for t in plan_of(setup).targets]
    for name in request.limits:
        if name not in targets:
            known = ", ".join("--" + t for t in targets) or "none"
            flag = "--" + name.replace("_", "-")
            raise UsageError(f"{flag} does not apply to the '{setup.rules.spec.name}' rules (their targets: {known})")
    ranking_name(setup, request.by)


def plan_all(setups: Sequence[Setup], request: Request) -> PlanReport:
    """The plan of each setup (one per GPU kind), compared (see the module docstring)."""
    for setup in setups:
        check_request(setup, request)
    plans = tuple(plan_gpu(setup, request) for setup in setups)
    leaders: dict[str, tuple[str, Listed]] = {}
    unranked: dict[str, tuple[str, ...]] = {}
    for name in plan_of(setups[0]).compare:
        scored = []
        missing = []
        for plan in plans:
            found = plan.leaders.get(name)
            if found is None:
                continue
            used, value = found.rank(name)
            if used != name:
                missing.append(plan.setup.hardware.name)
                continue
            scored.append((float(value), plan.setup.hardware.name, found))
        if scored:
            _, gpu, listed = min(scored, key=lambda s: (s[0], s[1]))
            leaders[name] = (gpu, listed)
        if missing:
            unranked[name] = tuple(missing)
    return PlanReport(plans, leaders, unranked, request)
