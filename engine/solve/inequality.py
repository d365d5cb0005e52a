"""The closed form behind the fewest GPUs: the binding phase's condition `dp >= B / (M - A)`, derived
symbolically from the rules' own expressions, terms that do not depend on the data-parallel degree kept
by name (A = activations, R = reserve...; each term's `latex:` in the rules). Derived once per rules and
values, and kept in the disk cache as text.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from engine import cache
from engine.evaluate.memory import assign_rules, evaluate_memory
from engine.evaluate.question import Setup
from engine.evaluate.views import minus_parts
from engine.limits import MAX_DP, MAX_EXPANDED
from engine.solve.layouts import axis
from engine.solve.search import Probe, settle, smallest


@dataclass(frozen=True)
class Inequality:
    """`variable >= bound` (or <=), as text and LaTeX, with the condition for any solution to exist."""

    text: str
    latex: str
    feasible_if: str
    phase: str


def dp_inequality(setup: Setup) -> Inequality | None:
    """The binding phase's condition in closed form (see the module docstring), or None when it is not
    of the form A + B / dp. With pipeline stages, of the most loaded stage."""
    stage = evaluate_memory(setup).stage
    axis = setup.rules.spec.layout.role("pipeline") if setup.rules.spec.layout else None
    if stage is not None and axis is not None:
        setup = setup.with_values(**{axis.stage: stage})
    values = assign_rules(setup)
    shown = ";".join(f"{k}={v}" for k, v in sorted(values.values.items()))
    key = f"{setup.rules.spec.path}|{setup.hardware.capacity}|{shown}"
    hit = cache.load("inequality", key)
    if hit is not None:
        found = _decode(hit)
        if found is not None or hit == {"none": True}:
            return found
    found = _derive(setup, values)
    cache.store("inequality", key, setup.rules.spec.files, asdict(found) if found else {"none": True})
    return found


def _decode(data: Any) -> Inequality | None:
    fields = ("text", "latex", "feasible_if", "phase")
    if isinstance(data, dict) and set(data) == set(fields) and all(isinstance(data[f], str) for f in fields):
        return Inequality(**data)
    return None


def _derive(setup: Setup, values: Any) -> Inequality | None:
    import sympy

    from engine.build.bounds import expanded_terms
    from engine.build.expr import to_sympy
    from engine.build.load import symbolic
    from engine.build.printing import tex_name, to_latex, to_text

    rules = symbolic(setup.rules)
    data = axis(setup, "data").symbol
    dp, capacity = rules.symbols[data], sympy.Symbol("capacity", positive=True)
    keep = {data, *setup.rules.spec.keep}
    subs = {rules.symbols[k]: to_sympy(v) for k, v in values.values.items() if k not in keep}
    probe = Probe(setup, data)
    needed = {q.key: _min_for(probe, q.key) for q in rules.phases}
    result = evaluate_memory(setup, values)
    here = result.phases
    binding = max(needed, key=lambda k: (needed[k], here[k]))
    view = setup.rules.spec.view(result.view) if result.view else None
    left_out = {p.key for p in minus_parts(setup.rules, view)}  # the binding view's phases
    weights = {k: w for k, w in rules.phase_weights[binding].items() if k not in left_out}
    above_one = sympy.Symbol("n", positive=True)  # dp = 1 + n settles where(dp > 1, ...) terms
    total, names = sympy.Integer(0), {}
    for q in rules.parts:
        if "/" in q.key:
            continue
        part = sum(
            (weights.get(x.key, 0) * x.contribution for x in rules.leaves() if x.key.startswith(q.key + "/")),
            sympy.Integer(0),
        )
        if not q.node.is_group:
            part = weights.get(q.key, 0) * q.contribution
        part = sympy.sympify(part).xreplace(subs).xreplace({dp: 1 + above_one}).xreplace({above_one: dp - 1})
        if part == 0:
            continue
        if part.has(dp):
            total += part
        else:
            named = sympy.Symbol(q.key, positive=True)
            names[named] = (part, q.node.latex)
            total += named
    if expanded_terms(total * dp) > MAX_EXPANDED:
        return None  # the closed form is shown only when it is cheap to find (simplify took minutes)
    linear = sympy.expand(total * dp)
    poly = sympy.Poly(linear, dp) if linear.is_polynomial(dp) else None
    if poly is None or poly.degree() > 1:
        return None
    a, b = poly.coeff_monomial(dp), poly.coeff_monomial(1)
    latex_names = {s.name: s.latex for s in rules.spec.symbols} | {"capacity": "M"}
    latex_names |= {str(n): latex or tex_name(str(n)) for n, (_, latex) in names.items()}
    if b == 0:  # nothing is divided by the data-parallel degree (serving replicas): a plain capacity condition
        return Inequality(
            text=f"{to_text(a)} <= capacity",
            latex=f"{to_latex(a, latex_names)} \\leq M",
            feasible_if=f"capacity >= {to_text(a)}",
            phase=binding,
        )
    bound = b / (capacity - a)
    return Inequality(
        text=f"{data} >= {to_text(bound)}",
        latex=f"{latex_names[data]} \\geq {to_latex(bound, latex_names)}",
        feasible_if=f"capacity > {to_text(a)}",
        phase=binding,
    )


def _min_for(probe: Probe, phase: str) -> Any:
    """How many ranks one phase alone needs (infinity when none suffice)."""
    import sympy

    guess = smallest(lambda d: probe.fits(d, phase=phase), 1, MAX_DP)
    settled = settle(probe, guess, 1, phase)
    return sympy.oo if settled is None else settled
