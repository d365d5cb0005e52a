"""Render engine plan: JSON (this module) and text (engine.render.plan_text). Every figure of a listed setup
is the exact evaluation `engine memory` makes of it (bytes rounded up as its JSON does, the `time` object as
`engine solve --format json` gives it), and `command` is that `engine memory` command line."""

from __future__ import annotations

import json
import shlex
from typing import Any

from engine.evaluate.question import Setup, situational
from engine.render.text import plain, whole_bytes
from engine.render.time import time_json
from engine.solve.comparison import PlanReport
from engine.solve.layouts import symbols
from engine.solve.listed import Listed
from engine.solve.planner import GpuPlan
from engine.solve.relax import Failure
from engine.solve.space import plan_of


def changed(setup: Setup) -> dict[str, str]:
    """The options a setup chose away from the defaults at its layout (a `default_when` included)."""
    options = setup.rules.spec.options
    usual = situational(setup.rules, {o.name: o.default for o in options}, frozenset(), setup.fixed)
    return {o.name: setup.choices[o.name] for o in options if setup.choices.get(o.name) != usual[o.name]}


def values_of(setup: Setup) -> dict[str, Any]:
    """The values a setup fixes besides its layout: searched, shared among replicas, given by a flag or
    by --set."""
    layout = set(symbols(setup))
    out: dict[str, Any] = {k: plain(v) for k, v in setup.fixed.items() if k not in layout}
    out.update({k: text.text for k, text in setup.overrides.items()})
    return out


def notes_of(listed: Listed) -> list[str]:
    """What the plan says about the choices a setup made (the `note:` of each varied option it changed)."""
    plan = plan_of(listed.setup)
    out = []
    for option, choice in changed(listed.setup).items():
        varied = plan.varied(option)
        if varied is not None and varied.note:
            out.append(f"{option}={choice}: {varied.note}")
    return out


def command_of(setup: Setup, gpus: int) -> str:
    """The `engine memory` command line that evaluates this setup."""
    arch = setup.arch.assignment
    model = ["--hf-config", arch.config] if arch.config else [arch.preset or setup.arch.plan.spec.name]
    if arch.config is None and arch.preset is not None and arch.preset != setup.arch.plan.spec.default_preset:
        model = [setup.arch.plan.spec.name, "--preset", arch.preset]  # a preset name alone may be ambiguous
    rules = setup.rules.spec
    words = ["engine", "memory", *model, "--gpu", setup.hardware.name, "--gpus", str(gpus)]
    sets = [k for k, o in arch.origins.items() if o.kind == "set" and k not in setup.overrides]  # the rules' below
    words += [w for k in sets for w in ("--set", f"{k}={arch.values[k]}")]
    words += ["--mode", rules.mode] if rules.mode else ["--rules", rules.name]
    _, *split = symbols(setup)
    for name in split:
        words += ["--" + name.replace("_", "-"), str(setup.fixed.get(name, 1))]
    flagged = {s.name for s in rules.symbols if s.flag}
    for name, value in values_of(setup).items():
        words += ["--" + name.replace("_", "-"), str(value)] if name in flagged else ["--set", f"{name}={value}"]
    for name, choice in changed(setup).items():
        words += ["--option", f"{name}={choice}"]
    for flag, given in (("--lora-targets", setup.targets), ("--keep-16bit", setup.unquantized)):
        words += [flag, ",".join(given)] if given else []
    words += ["--view", setup.view] if setup.view else []
    return " ".join(shlex.quote(w) for w in words)


def _number(value: Any) -> float | None:
    return None if value is None else float(value)


def listed_json(listed: Listed) -> dict[str, Any]:
    result = listed.result
    return {
        "gpu": listed.setup.hardware.name,
        "gpus": listed.gpus,
        "layout": {k: int(result.value(k)) for k in symbols(listed.setup)},
        "values": values_of(listed.setup),
        "options": dict(listed.setup.choices),
        "changed": changed(listed.setup),
        "per_gpu_bytes": whole_bytes(result.per_gpu),
        "capacity_bytes": whole_bytes(result.capacity),
        "fits": result.fits,
        "view": result.view,
        "stage": result.stage,
        "peak_phase": result.peak_phase,
        "time": time_json(result),
        "rank": {k: _number(v) for k, v in listed.ranks.items()},
        "targets": {k: float(v) for k, v in listed.targets.items()},
        "refused": listed.refused,
        "missed": [{"target": m.name, "value": float(m.value), "at_most": float(m.limit)} for m in listed.missed],
        "notes": notes_of(listed),
        "command": command_of(listed.setup, listed.gpus),
    }


def failure_json(failure: Failure | None) -> dict[str, Any] | None:
    if failure is None:
        return None
    return {
        "binds": failure.binds,
        "message": failure_message(failure),
        "closest": listed_json(failure.closest) if failure.closest is not None else None,
        "refusals": list(failure.refusals),
        "relax": [{"change": r.change, "gives": r.gives, "feasible": r.feasible} for r in failure.relax],
        "fewest_gpus": failure.fewest_gpus,
        "best_reached": {k: float(v.targets[k]) for k, v in failure.best_reached.items()},
    }


def failure_message(failure: Failure) -> str:
    """One sentence: what binds, and what would relax it."""
    binds = failure.binds
    if binds == "layout":
        return "no layout within the GPU bounds: raise --max-gpus or give another --gpus"
    if binds == "constraint":
        return "every layout is refused: " + "; ".join(failure.refusals)
    closest = failure.closest
    if binds == "memory" and closest is not None:
        over = float(closest.result.per_gpu) / float(closest.result.capacity)
        text = f"memory binds: the closest setup needs {over:.2f}x the GPU's memory"
        if failure.fewest_gpus is not None:
            text += f"; {failure.fewest_gpus} GPUs would hold it (--max-gpus {failure.fewest_gpus})"
        return text + _relaxed(failure)
    units = {t.name: t.unit for t in plan_of(closest.setup).targets} if closest is not None else {}
    limits = {m.name: m.limit for m in closest.missed} if closest is not None else {}
    reached = ", ".join(
        f"--{name.replace('_', '-')} {float(limits.get(name, 0)):g} binds (the best any setup that fits reaches is"
        f" {float(found.targets[name]):.4g} {units.get(name, '')})"
        for name, found in failure.best_reached.items()
        if name in limits or closest is None
    )
    return (reached or "a target binds") + "; a looser target or more GPUs (--max-gpus) relaxes it" + _relaxed(failure)


def _relaxed(failure: Failure) -> str:
    helps = [r.change + (" (feasible)" if r.feasible else " (nearer)") for r in failure.relax]
    return "; would help: " + ", ".join(helps) if helps else ""


def gpu_plan_json(plan: GpuPlan) -> dict[str, Any]:
    spec = plan_of(plan.setup)
    return {
        "gpu": plan.setup.hardware.name,
        "capacity_bytes": whole_bytes(plan.setup.hardware.capacity),
        "by": plan.by,
        "searched": plan.searched,
        "feasible": plan.feasible,
        "varied": {k: list(v) for k, v in plan.allowed.items()},
        "best": [listed_json(x) for x in plan.best],
        "rejected": [listed_json(x) for x in plan.rejected],
        "front": {"by": spec.front or spec.rank[0].name, "setups": [listed_json(x) for x in plan.front]},
        "leaders": {k: listed_json(v) for k, v in plan.leaders.items()},
        "no_fit": failure_json(plan.failure),
    }


def plan_json(report: PlanReport) -> dict[str, Any]:
    setup = report.plans[0].setup
    spec = plan_of(setup)
    return {
        "model": setup.label,
        "rules": setup.rules.spec.name,
        "mode": setup.rules.spec.mode,
        "by": report.by,
        "rankings": {r.name: {"unit": r.unit, "description": r.description} for r in spec.rank},
        "bounds": {"gpus": report.request.bounds.gpus, "max_gpus": report.request.bounds.most},
        "targets": {k: float(v) for k, v in report.request.limits.items()},
        "plans": [gpu_plan_json(p) for p in report.plans],
        "compare": {name: _leader(report, name) for name in spec.compare},
    }


def _leader(report: PlanReport, name: str) -> dict[str, Any]:
    found = report.leaders.get(name)
    ranking = plan_of(report.plans[0].setup).ranking(name)
    return {
        "gpu": found[0] if found else None,
        "value": float(found[1].rank(name)[1]) if found else None,
        "unranked": list(report.unranked.get(name, ())),
        "missing": ranking.missing if ranking is not None else "",
    }


def render_json(report: PlanReport) -> str:
    return json.dumps(plan_json(report), indent=2)
