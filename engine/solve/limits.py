"""The largest batch, sequence, context, concurrency or model that fits a layout, and the closed form of
the phase that stops it. Which variables are reported is the rules' `limits:` (each one that is an input
of the question, not a number the architecture computes), with its cap (`at_most:`) when it has one.
"""

from __future__ import annotations

from typing import Any

from engine.errors import UsageError
from engine.evaluate.evaluator import condition
from engine.evaluate.memory import assign_rules
from engine.evaluate.question import Setup, flag_name
from engine.limits import MAX_VALUE
from engine.plan.runtime import PlanError, quotient
from engine.solve.search import Probe


def max_value(setup: Setup, variable: str) -> int | None:
    """The largest value of `variable` whose peak fits one GPU; 0 if none, None when memory does not grow
    with it."""
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


def computed(setup: Setup) -> set[str]:
    """Names whose value the architecture computes (its total, top-level quantities, derived and block
    values): a limit on those is no question the user can vary."""
    arch = setup.arch
    return {arch.plan.spec.total.name, *(k for k in arch.parts if "/" not in k), *arch.derived, *arch.block}


def limits(setup: Setup) -> dict[str, int | None]:
    """max_<variable> for each of the rules' limits that is an input here, at the layout in `setup`."""
    out: dict[str, int | None] = {}
    skip = computed(setup)
    values = None
    for limit in setup.rules.spec.limits:
        if limit.name in skip or setup.rules.spec.symbol(limit.name) is None:
            continue
        found = max_value(setup, limit.name)
        if limit.at_most is not None:
            values = values or dict(assign_rules(setup).values)
            cap = condition(setup.rules, f"at_most:{limit.name}", values)
            if found is None or found > cap:
                found = int(cap)
        out[f"max_{limit.name}"] = found
    return out


def refuse_beyond_caps(setup: Setup) -> None:
    """A value given beyond its limit's cap (`at_most:`; --context 1000000 on an 8k model) is refused with
    the cap, the rules' note and, when the cap is one symbol, the --set that raises it."""
    values = None
    for limit in setup.rules.spec.limits:
        given = setup.fixed.get(limit.name)
        if limit.at_most is None or given is None:
            continue
        values = values or dict(assign_rules(setup).values)
        cap = condition(setup.rules, f"at_most:{limit.name}", values)
        if given <= cap:
            continue
        capped = limit.at_most.text
        raise_it = f"; allow it with --set {capped}={given}" if capped.isidentifier() else ""
        note = f" ({limit.note})" if limit.note else ""
        raise UsageError(
            f"{flag_name(limit.name)} {given} is beyond {capped} = {cap:,} of {setup.label}{note}{raise_it}"
        )


def limit_form(setup: Setup, variable: str, largest: int | None) -> str | None:
    """The phase that stops `variable` at `largest`, as an exact quadratic in it ('a*x**2 + b*x + c <=
    capacity'), read off the compiled plan at three points and checked at the answer and one above;
    None where the phase is not such a polynomial there (whole KV blocks, min/max) or nothing grows."""
    if not largest:
        return None
    probe = Probe(setup, variable)
    try:
        above = probe.phase_values(largest + 1)
        binding = max(above, key=lambda name: above[name][0] - above[name][1])  # the least room
        capacity = above[binding][1]
        f1, f2, f3 = (probe.phase_values(x)[binding][0] for x in (1, 2, 3))
        a = quotient(f3 - 2 * f2 + f1, 2)  # exact whether the plan gave ints or Fractions
        b = f2 - f1 - 3 * a
        c = f1 - a - b
        for x in (largest, largest + 1):
            if probe.phase_values(x)[binding][0] != a * x * x + b * x + c:
                return None
    except PlanError:
        return None
    terms = [(a, f"{variable}**2"), (b, variable), (c, "")]
    shown = " + ".join(_coefficient(k, name) for k, name in terms if k)
    return f"{shown} <= {_coefficient(capacity, '')} ({binding} phase, bytes)"


def _coefficient(value: Any, name: str) -> str:
    number = str(value) if getattr(value, "denominator", 1) == 1 else f"({value})"
    return f"{number}*{name}" if name else number
