"""Solve memory rules for the questions users ask: the fewest GPUs, and the largest batch, sequence
or model that fits a given layout.

Integer answers are found with exact arithmetic on the rules' own expressions (memory falls as the
data-parallel degree grows, and rises with batch, sequence length and parameters); the closed-form
inequality behind the answer is derived symbolically from the same expressions for display.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import sympy

from engine import cache
from engine.compiled import PlanError, compiled, exact_values
from engine.errors import SpecError
from engine.expr import MAX_EXPANDED, expanded_terms
from engine.memory import MemoryResult, Setup, assign_rules, evaluate_memory, phase_weights
from engine.printing import to_latex, to_text

MAX_DP = 2**24  # no layout has more data-parallel ranks than this
MAX_VALUE = 2**50  # search bound for limits (tokens, batch, parameters)
MAX_PP = 64  # pipeline degrees searched: divisors of the layers up to this (Llama 3 405B trained with pp=16)
TP_DIVIDES = ("num_heads", "num_kv_heads")  # tensor parallelism splits these evenly (Megatron's requirement)
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
    limit_forms: dict[str, str] = field(default_factory=dict)  # max_<variable> -> its closed form


class Probe:
    """The peak of `setup` as a function of one symbol, through the compiled plan: floats to search
    fast, exact arithmetic to settle the answer."""

    def __init__(self, setup: Setup, variable: str) -> None:
        rules = setup.rules
        self.setup = setup
        self.variable = variable
        self.exact = exact_values(assign_rules(setup).values)
        self.floats = {k: float(v) for k, v in self.exact.items()}
        self.plans = {True: compiled(rules), False: compiled(rules, "float")}
        self.phases = {q.key: q.slot for q in rules.phases}
        own = next((q for q in rules.derived if q.key == "capacity"), None)
        self.capacity_slot = own.slot if own is not None else None
        self.capacity = {True: exact_values({"c": setup.hardware.capacity})["c"], False: float(setup.hardware.capacity)}

    def env(self, x: Any, exact: bool) -> dict[str, Any]:
        values = dict(self.exact if exact else self.floats)
        values[self.variable] = x if exact else float(x)
        return self.plans[exact].run(values)

    def fits(self, x: Any, exact: bool = False, phase: str | None = None) -> bool:
        try:
            env = self.env(x, exact)
        except PlanError:
            if exact:
                self.explain(x)
            return self.fits(x, True, phase)  # a float overflow is settled exactly
        capacity = env[self.capacity_slot] if self.capacity_slot else self.capacity[exact]
        slots = [self.phases[phase]] if phase else self.phases.values()
        return all(env[slot] <= capacity for slot in slots)

    def explain(self, x: Any) -> None:
        """Raise the located error of the symbolic path for rules that give no number at `x`."""
        at = f" at {self.variable} = {x}"
        try:
            evaluate_memory(self.setup.with_values(**{self.variable: x}))
        except SpecError as located:
            raise SpecError(located.message + at, located.location) from None
        raise SpecError(f"the rules do not reduce to a number{at} (a division by zero?)")

    def phase_values(self, x: Any) -> tuple[dict[str, Any], Any]:
        """Every phase's exact bytes at `x`, and the capacity."""
        env = self.env(x, True)
        capacity = env[self.capacity_slot] if self.capacity_slot else self.capacity[True]
        return {name: env[slot] for name, slot in self.phases.items()}, capacity


def limit_form(setup: Setup, variable: str, largest: int | None) -> str | None:
    """The phase that stops `variable` at `largest`, as an exact quadratic in it ('a*x**2 + b*x + c <=
    capacity'), read off the compiled plan at three points and checked at the answer and one above;
    None where the phase is not such a polynomial there (whole KV blocks, min/max) or nothing grows."""
    if not largest:
        return None
    probe = Probe(setup, variable)
    try:
        above, capacity = probe.phase_values(largest + 1)
        binding = max(above, key=lambda name: above[name])
        f1, f2, f3 = (probe.phase_values(x)[0][binding] for x in (1, 2, 3))
        a = (f3 - 2 * f2 + f1) / 2
        b = f2 - f1 - 3 * a
        c = f1 - a - b
        for x in (largest, largest + 1):
            if probe.phase_values(x)[0][binding] != a * x * x + b * x + c:
                return None
    except PlanError:
        return None
    terms = [(a, f"{variable}**2"), (b, variable), (c, "")]
    shown = " + ".join(_coefficient(k, name) for k, name in terms if k)
    return f"{shown} <= {_coefficient(capacity, '')} ({binding} phase, bytes)"


def _coefficient(value: Any, name: str) -> str:
    number = str(value) if getattr(value, "denominator", 1) == 1 else f"({value})"
    return f"{number}*{name}" if name else number


def _settle(probe: Probe, guess: int | None, step: int, phase: str | None = None) -> int | None:
    """Correct a float-search answer with exact arithmetic: the smallest multiple of `step` that fits."""
    if guess is None:
        return None
    found = guess
    for _ in range(64):  # floats are off by a rounding at most; a few steps settle it
        if probe.fits(found, exact=True, phase=phase):
            break
        found += step
    else:
        return None
    while found - step >= step and probe.fits(found - step, exact=True, phase=phase):
        found -= step
    return found


def _smallest(fits: Callable[[int], bool], step: int, limit: int) -> int | None:
    """The smallest multiple of `step` for which `fits` holds (memory falls as it grows), or None."""
    if fits(step):
        return step
    low, high = 1, 2
    while not fits(high * step):  # exponential search: answers are usually small
        low, high = high, high * 2
        if high * step > limit:
            if not fits(limit // step * step):
                return None
            high = limit // step
            break
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (low, middle) if fits(middle * step) else (middle, high)
    return high * step


def min_dp(setup: Setup, capacity: Any = None, step: int = 1) -> int | None:
    """The fewest data-parallel ranks (a multiple of `step`) whose peak fits one GPU, or None."""
    probe = Probe(setup, "dp")
    guess = _smallest(lambda d: probe.fits(d), step, MAX_DP)
    return _settle(probe, guess, step)


def candidate_layouts(setup: Setup, tp: int | None, pp: int | None) -> list[tuple[int, int]]:
    """(tp, pp) pairs to try: tp a power of two within a node dividing the heads, pp dividing the layers."""
    layers = int(setup.arch.assignment.values.get("num_layers", 0))
    per_node = setup.hardware.devices_per_node
    tps = [check_tp(setup, tp)] if tp else [t for t in (1, 2, 4, 8, 16, 32, 64) if t <= per_node and _splits(setup, t)]
    # bounded: a loop up to num_layers never ended for --set num_layers=10**29
    pps = [pp] if pp else [p for p in range(1, min(max(layers, 1), MAX_PP) + 1) if layers % p == 0 or p == 1]
    return sorted(((t, p) for t in tps for p in pps), key=lambda tp_pp: (tp_pp[1], tp_pp[0]))


def _splits(setup: Setup, tp: int) -> bool:
    """Megatron needs tp to divide the heads and the key/value heads; vLLM serving replicates key/value
    heads when tp is a multiple of them (vllm/config/model.py get_num_kv_heads)."""
    values = setup.arch.assignment.values
    serving = setup.rules.spec.extra.get("mode") == "infer"
    for name in TP_DIVIDES:
        if name not in values:
            continue
        count = int(values[name])
        if count % tp and not (serving and name == "num_kv_heads" and tp % count == 0):
            return False
    return True


def check_tp(setup: Setup, tp: int) -> int:
    """`tp`, when tensor parallelism can split the model that way (`_splits`), else an error naming why."""
    if _splits(setup, tp):
        return tp
    values = setup.arch.assignment.values
    name = next(n for n in TP_DIVIDES if n in values and int(values[n]) % tp)
    fits = [t for t in range(1, min(int(values[name]), 64) + 1) if _splits(setup, t)]
    raise SpecError(
        f"--tp {tp} does not divide {name} = {values[name]}: tensor parallelism splits the heads evenly; "
        "try --tp " + ", ".join(map(str, fits))
    )


def fewest_layout(setup: Setup, tp: int | None = None, pp: int | None = None) -> tuple[Layout | None, int]:
    """The layout with the fewest GPUs whose peak fits one GPU (ties: less pipeline, then less tensor
    parallelism), over `candidate_layouts`; and how many layouts were considered."""
    step = int(setup.fixed.get("ep", 1))
    best: Layout | None = None
    tried = 0
    for t, p in candidate_layouts(setup, tp, pp):
        if best is not None and t * p * step >= best.gpus:
            continue  # dp >= step here, so this layout cannot use fewer GPUs than the best one
        tried += 1
        if best is not None and t * p >= best.gpus:
            continue  # at least one data-parallel rank: this layout cannot use fewer GPUs
        dp = min_dp(setup.with_values(tp=t, pp=p), step=step)
        if dp is not None and (best is None or dp * t * p < best.gpus):
            best = Layout(dp, t, p)
    return best, tried


def solve_min_gpus(setup: Setup, tp: int | None = None, pp: int | None = None) -> Solution:
    """The fewest GPUs, the memory at that layout and the inequality behind it (or the least memory when
    nothing fits)."""
    best, tried = fewest_layout(setup, tp, pp)
    if best is None:
        t, p = candidate_layouts(setup, tp, pp)[-1]
        worst = evaluate_memory(setup.with_values(tp=t, pp=p, dp=MAX_DP))
        return Solution(None, worst, None, tried)
    at_best = setup.with_values(**best.values())
    return Solution(best, evaluate_memory(at_best), dp_inequality(at_best), tried)


def dp_inequality(setup: Setup) -> Inequality | None:
    """The binding phase's condition `dp >= B / (M - A)` in closed form, terms that do not depend on dp
    kept by name (A = activations, R = reserve, ...). Derived once per rules and values (disk cache)."""
    values = assign_rules(setup)
    shown = ";".join(f"{k}={v}" for k, v in sorted(values.values.items()))
    key = f"{setup.rules.spec.path}|{setup.hardware.capacity}|{shown}"
    hit = cache.load("inequality", key)
    if isinstance(hit, Inequality):
        return hit
    found = _dp_inequality(setup, values)
    cache.store("inequality", key, setup.rules.spec.files, found)
    return found


def _dp_inequality(setup: Setup, values: Any) -> Inequality | None:
    rules = setup.rules
    dp, capacity = rules.symbols["dp"], sympy.Symbol("capacity", positive=True)
    keep = {"dp", "params"}
    subs = {rules.symbols[k]: v for k, v in values.values.items() if k not in keep}
    probe = Probe(setup, "dp")
    needed = {q.key: _min_for(probe, q.key) for q in rules.phases}
    here = evaluate_memory(setup, values).phases
    binding = max(needed, key=lambda k: (needed[k], here[k]))
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
    if expanded_terms(total * dp) > MAX_EXPANDED:
        return None  # the closed form is shown only when it is cheap to find (simplify took minutes)
    linear = sympy.expand(total * dp)
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


def _min_for(probe: Probe, phase: str) -> Any:
    """How many ranks one phase alone needs (infinity when none suffice)."""
    guess = _smallest(lambda d: probe.fits(d, phase=phase), 1, MAX_DP)
    settled = _settle(probe, guess, 1, phase)
    return sympy.oo if settled is None else settled


def max_value(setup: Setup, variable: str, integer: bool = True) -> Any:
    """The largest value of `variable` (batch, seq_len, params) whose peak fits one GPU; 0 if none,
    None when memory does not grow with it."""
    probe = Probe(setup, variable)
    if not probe.fits(1, exact=True):
        return 0
    low, high = 1, 2
    while probe.fits(high):
        low, high = high, high * 2
        if high > MAX_VALUE:
            return None
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if probe.fits(middle) else (low, middle)
    while not probe.fits(low, exact=True) and low > 1:  # settle exactly: the largest that fits
        low -= 1
    while probe.fits(low + 1, exact=True):
        low += 1
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
    check_tp(setup, tp)
    if gpus % (tp * pp):
        raise SpecError(f"--gpus {gpus} is not a multiple of tp x pp = {tp * pp}")
    return gpus // (tp * pp)
