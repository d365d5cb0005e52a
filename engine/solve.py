"""Solve memory rules for the questions users ask: the fewest GPUs, and the largest batch, sequence
or model that fits a given layout.

Integer answers are found with exact arithmetic on the rules' own expressions (memory falls as the
data-parallel degree grows, and rises with batch, sequence length and parameters); the closed-form
inequality behind the answer is derived symbolically from the same expressions for display.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import sympy

from engine.errors import SpecError
from engine.memory import MemoryResult, Setup, assign_rules, evaluate_memory, phase_weights
from engine.memory import capacity as memory_capacity
from engine.printing import to_latex, to_text

MAX_DP = 2**24  # no layout has more data-parallel ranks than this
MAX_VALUE = 2**50  # search bound for limits (tokens, batch, parameters)
GIB = sympy.Integer(2) ** 30


@dataclass(frozen=True)
class Layout:
    dp: int
    tp: int
    pp: int

    @property
    def gpus(self) -> int:
        return self.dp * self.tp * self.pp

    def values(self) -> dict[str, int]:
        return {"dp": self.dp, "tp": self.tp, "pp": self.pp}


@dataclass(frozen=True)
class Inequality:
    """`variable >= bound` (or <=), as text and LaTeX, with the condition for any solution to exist."""

    text: str
    latex: str
    feasible_if: str
    phase: str


@dataclass(frozen=True)
class Solution:
    """The fewest GPUs (or why none fit), the layout, its memory and the inequality behind it."""

    layout: Layout | None
    result: MemoryResult | None  # at the chosen layout; when nothing fits, at the largest tried layout
    inequality: Inequality | None
    tried: int

    @property
    def min_gpus(self) -> int | None:
        return self.layout.gpus if self.layout else None


@dataclass(frozen=True)
class Report:
    """What `engine solve` answers: the fewest GPUs, and the limits at a layout (that one, or --gpus)."""

    solution: Solution
    limits: dict[str, Any]
    limits_layout: Layout | None
    at_limits: MemoryResult | None  # memory at limits_layout (None when nothing fits)


def phase_functions(setup: Setup, variable: str) -> list[tuple[str, Any]]:
    """Each phase's bytes as an exact expression of one rules symbol, every other value substituted."""
    rules = setup.rules
    values = assign_rules(setup)
    subs = {rules.symbols[k]: v for k, v in values.values.items() if k != variable}
    return [(q.key, q.contribution.xreplace(subs)) for q in rules.phases]


def _worst(functions: list[tuple[str, Any]], symbol: Any, x: Any) -> tuple[Any, str]:
    worst = max(((f.xreplace({symbol: x}), name) for name, f in functions), key=lambda pair: pair[0])
    return worst


def min_dp(setup: Setup, capacity: Any, step: int = 1) -> int | None:
    """The fewest data-parallel ranks (a multiple of `step`) whose peak fits `capacity`, or None."""
    symbol = setup.rules.symbols["dp"]
    functions = phase_functions(setup, "dp")

    def fits(d: int) -> bool:
        return bool(_worst(functions, symbol, d)[0] <= capacity)

    if fits(step):
        return step
    low, high = 1, MAX_DP // step  # multiples of step; memory falls with dp beyond one rank
    if not fits(high * step):
        return None
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (low, middle) if fits(middle * step) else (middle, high)
    return high * step


def candidate_layouts(setup: Setup, tp: int | None, pp: int | None) -> list[tuple[int, int]]:
    """(tp, pp) pairs to try: tp a power of two within a node dividing the heads, pp dividing the layers."""
    values = setup.arch.assignment.values
    heads = int(values.get("num_heads", 1))
    kv_heads = int(values.get("num_kv_heads", heads))
    layers = int(values.get("num_layers", 0))
    per_node = setup.hardware.devices_per_node
    # Megatron needs t | heads and t | kv heads; vLLM replicates kv heads when t > kv heads (kv heads | t).
    serving = setup.rules.spec.extra.get("mode") == "infer"

    def kv_ok(t: int) -> bool:
        return kv_heads % t == 0 or (serving and t % kv_heads == 0)

    tps = [tp] if tp else [t for t in (1, 2, 4, 8, 16, 32, 64) if t <= per_node and heads % t == 0 and kv_ok(t)]
    pps = [pp] if pp else [p for p in range(1, max(layers, 1) + 1) if layers % p == 0 or p == 1]
    return sorted(((t, p) for t in tps for p in pps), key=lambda tp_pp: (tp_pp[1], tp_pp[0]))


def solve_min_gpus(setup: Setup, tp: int | None = None, pp: int | None = None) -> Solution:
    """The layout with the fewest GPUs whose peak fits one GPU's capacity (ties: less pipeline, then less tensor)."""
    capacity = memory_capacity(setup)
    step = int(setup.fixed.get("ep", 1))
    best: Layout | None = None
    tried = 0
    for t, p in candidate_layouts(setup, tp, pp):
        tried += 1
        dp = min_dp(setup.with_values(tp=t, pp=p), capacity, step)
        if dp is not None and (best is None or dp * t * p < best.gpus):
            best = Layout(dp, t, p)
    if best is None:
        t, p = candidate_layouts(setup, tp, pp)[-1]
        worst = evaluate_memory(setup.with_values(tp=t, pp=p, dp=MAX_DP))
        return Solution(None, worst, None, tried)
    at_best = setup.with_values(**best.values())
    return Solution(best, evaluate_memory(at_best), dp_inequality(at_best), tried)


def dp_inequality(setup: Setup) -> Inequality | None:
    """The binding phase's condition `dp >= B / (M - A)` in closed form, terms that do not depend on dp
    kept by name (A = activations, R = reserve, ...)."""
    rules = setup.rules
    dp, capacity = rules.symbols["dp"], sympy.Symbol("capacity", positive=True)
    values = assign_rules(setup)
    keep = {"dp", "params"}
    subs = {rules.symbols[k]: v for k, v in values.values.items() if k not in keep}
    functions = phase_functions(setup, "dp")
    needed = {name: _min_for(f, dp, memory_capacity(setup, values)) for name, f in functions}
    at_solution = dict(functions)
    here = values.values["dp"]
    binding = max(needed, key=lambda k: (needed[k], at_solution[k].xreplace({dp: here})))
    weights = phase_weights(rules)[binding]
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
            names[named] = part
            total += named
    linear = sympy.expand(sympy.simplify(total * dp))
    poly = sympy.Poly(linear, dp) if linear.is_polynomial(dp) else None
    if poly is None or poly.degree() > 1:
        return None
    a, b = poly.coeff_monomial(dp), poly.coeff_monomial(1)
    latex_names = {s.name: s.latex for s in rules.spec.symbols} | {"capacity": "M"}
    latex_names |= {str(n): _term_latex(str(n)) for n in names}
    if b == 0:  # nothing is divided by the data-parallel degree (serving replicas): a plain capacity condition
        return Inequality(
            text=f"{to_text(a)} <= capacity",
            latex=f"{to_latex(a, latex_names)} \\leq M",
            feasible_if=f"capacity >= {to_text(a)}",
            phase=binding,
        )
    bound = b / (capacity - a)
    return Inequality(
        text=f"dp >= {to_text(bound)}",
        latex=f"{latex_names['dp']} \\geq {to_latex(bound, latex_names)}",
        feasible_if=f"capacity > {to_text(a)}",
        phase=binding,
    )


_TERM_LATEX = {
    "weights": "W",
    "gradients": "G",
    "optimizer": "O",
    "activations": "A",
    "logits": "L",
    "buffers": "B",
    "reserve": "R",
}


def _term_latex(name: str) -> str:
    return _TERM_LATEX.get(name, r"\mathrm{" + name.replace("_", r"\_") + "}")


def _min_for(function: Any, symbol: Any, capacity: Any) -> Any:
    """How many ranks one phase alone needs (infinity when none suffice)."""
    for d in (1, 2):
        if function.xreplace({symbol: d}) <= capacity:
            return d
    if function.xreplace({symbol: MAX_DP}) > capacity:
        return sympy.oo
    low, high = 2, MAX_DP
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (low, middle) if function.xreplace({symbol: middle}) <= capacity else (middle, high)
    return high


def max_value(setup: Setup, variable: str, integer: bool = True) -> Any:
    """The largest value of `variable` (batch, seq_len, params) whose peak fits one GPU; 0 if none."""
    symbol = setup.rules.symbols[variable]
    functions = phase_functions(setup, variable)
    capacity = memory_capacity(setup)

    def fits(x: Any) -> bool:
        return bool(_worst(functions, symbol, x)[0] <= capacity)

    low = 1
    if not fits(low):
        return 0
    high = 2
    while fits(high):
        low, high = high, high * 2
        if high > MAX_VALUE:
            return None  # unbounded: memory does not grow with this variable
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if fits(middle) else (low, middle)
    return low


def limits(setup: Setup, variables: Iterable[str]) -> dict[str, Any]:
    """max_<variable> for each variable the rules declare, at the layout in `setup`."""
    out: dict[str, Any] = {}
    for name in variables:
        if name in setup.rules.symbols:
            out[f"max_{name}"] = max_value(setup, name)
    return out


def does_not_fit(result: MemoryResult, gib: Callable[[Any], str]) -> str:
    """'does not fit: needs X GiB per GPU, has Y GiB, largest term: ...'."""
    name, value = result.largest_term()
    return (
        f"does not fit: needs {gib(result.per_gpu)} per GPU at the {result.peak_phase} phase, "
        f"has {gib(result.capacity)}; largest term: {name} ({gib(value)})"
    )


def check_layout(setup: Setup, gpus: int, tp: int, pp: int) -> int:
    """The data-parallel degree of `gpus` GPUs split tp x pp ways (an error when it does not divide)."""
    if gpus < 1 or tp < 1 or pp < 1:
        raise SpecError(f"--gpus, --tp and --pp must be positive (got {gpus}, {tp}, {pp})")
    if gpus % (tp * pp):
        raise SpecError(f"--gpus {gpus} is not a multiple of tp x pp = {tp * pp}")
    return gpus // (tp * pp)
