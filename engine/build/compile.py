"""Compile a symbolic model into a `Plan` (engine.plan.program): the data the evaluator runs.

Every expression the run time needs becomes a program: the main plan (each quantity once, in
dependency order), each symbol default and option value, each phase's weights, the linear layers, and
the rules' conditions (layout constraints, caps on limits, when a report applies). Conditions may name
symbols and the model's derived or top-level quantities.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sympy

from engine.build.codegen import PRINTERS, Printers, expression, program
from engine.build.expr import build_expression
from engine.build.model import Model
from engine.errors import SpecError, unknown
from engine.plan.program import Part, Plan, Program
from engine.spec.expressions import parse_expression
from engine.spec.types import PlanSpec, Text


def compile_model(model: Model, printers: Printers = PRINTERS) -> Plan:
    """The plan of `model` (see the module docstring), its programs printed by `printers` (engine.web
    prints them in JavaScript)."""
    spec = model.spec
    symbols = list(model.symbols)
    main = program(list(model.plan), symbols, printers=printers)
    parts = tuple(_part(model, q) for q in model.parts)
    choices = {
        option.name: {
            choice.name: {k: expression(k, model.choice_exprs[t], printers) for k, t in choice.values.items()}
            for choice in option.choices
        }
        for option in spec.options
    }
    weights = {phase: _weights(leaves, printers) for phase, leaves in model.phase_weights.items()}
    return Plan(
        spec=spec,
        main=main,
        total=model.total.slot,
        parts=parts,
        derived={q.key: q.slot for q in model.derived},
        phases={q.key: q.slot for q in model.phases},
        block={q.key: q.slot for q in model.block},
        defaults={name: expression(name, expr, printers) for name, expr in model.defaults.items()},
        choices=choices,
        weights=weights,
        linears=_linears(model, printers),
        conditions=_conditions(model, printers),
    )


def _part(model: Model, quantity: Any) -> Part:
    node = quantity.node
    repeats = tuple(_repeat_slots(model, node.path))
    return Part(
        node.key,
        node.name,
        quantity.slot,
        repeats,
        node.is_group,
        "@r:" + node.key if node.repeat is not None else None,
    )


def _repeat_slots(model: Model, path: tuple[str, ...]) -> list[str]:
    """The repeat slots of the groups enclosing the quantity at `path` (outermost first)."""
    out = []
    node = model.spec.total
    for name in path[:-1]:
        node = next(p for p in node.parts if p.name == name)
        if node.repeat is not None:
            out.append("@r:" + node.key)
    return out


def _weights(leaves: Mapping[str, Any], printers: Printers) -> Program:
    inputs = sorted({s.name for w in leaves.values() for s in sympy.sympify(w).free_symbols})
    steps = [(key, sympy.sympify(w)) for key, w in leaves.items()]
    return program(steps, inputs, printers=printers) if steps else Program((), ())


def _linears(model: Model, printers: Printers) -> Program | None:
    if not model.linears:
        return None
    steps = []
    for name, (inputs, outputs, count, _) in model.linears.items():
        steps += [(f"{name}/in", inputs), (f"{name}/out", outputs), (f"{name}/count", count)]
    used = sorted({s.name for _, e in steps for s in e.free_symbols})
    return program(steps, used, printers=printers)


def condition_texts(model: Model) -> dict[str, Text]:
    """Every condition of a rules spec, by the name the run time looks it up with."""
    spec = model.spec
    out: dict[str, Text] = {}
    if spec.layout is not None:
        out.update({f"constraint:{c.name}": c.condition for c in spec.layout.constraints})
        out.update({f"keep:{a.role}": a.keep_if for a in spec.layout.axes if a.keep_if is not None})
        out.update({f"stage:{a.role}:{i}": text for a in spec.layout.axes for i, text in enumerate(a.stages)})
    for option in spec.options:
        out.update({f"default:{option.name}:{i}": s.condition for i, s in enumerate(option.situations)})
    out.update({f"at_most:{limit.name}": limit.at_most for limit in spec.limits if limit.at_most is not None})
    out.update({f"when:{report.name}": report.when for report in spec.reports if report.when is not None})
    out.update({f"time:{timed.name}": timed.when for timed in spec.time if timed.when is not None})
    if spec.plan is not None:
        out.update(_plan_texts(spec.plan))
    return out


def _plan_texts(plan: PlanSpec) -> dict[str, Text]:
    """The `plan:` section's expressions: conditions (plan:keep...) and values (plan:value:, plan:target:)."""
    out: dict[str, Text] = {}
    if plan.keep_if is not None:
        out["plan:keep"] = plan.keep_if
    out.update({f"plan:keep:{s.symbol}": s.keep_if for s in plan.search if s.keep_if is not None})
    out.update({f"plan:value:{r.name}": r.expr for r in plan.rank})
    out.update({f"plan:when:{r.name}": r.when for r in plan.rank if r.when is not None})
    out.update({f"plan:target:{t.name}": t.at_most for t in plan.targets})
    return out


VALUES = ("at_most:", "stage:", "plan:value:", "plan:target:")  # the conditions that are numbers, not truths


def _conditions(model: Model, printers: Printers) -> dict[str, Program]:
    named = {q.key: sympy.Symbol(q.key) for q in (*model.derived, *model.parts) if "/" not in q.key}
    env = {**named, **model.symbols}
    out = {}
    for name, text in condition_texts(model).items():
        is_condition = not name.startswith(VALUES)
        parsed = parse_expression(text.text, text.span, condition=is_condition)
        for used in sorted(parsed.names - set(env)):
            raise SpecError(unknown("name", used, env), parsed.locate(used))
        layout = model.spec.layout.symbols if model.spec.layout else ()
        for used in sorted(parsed.names - set(layout)) if name.startswith("default:") else ():
            degrees = ", ".join(layout) or "none here"
            raise SpecError(
                f"a default_when condition reads only the layout's degrees ({degrees}), not '{used}'",
                parsed.locate(used),
            )
        out[name] = expression(name, build_expression(parsed, env), printers)
    return out
