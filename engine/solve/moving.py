"""Symbols that move with a variable: a symbol whose default (or chosen value) is an expression in a
variable the solver or a sweep varies (nccl_bytes in dp, stage_layers in the stage) is recomputed from its
own program, in dependency order, before the main program runs."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from engine.plan.program import Plan, Program


def moving_programs(rules: Plan, origins: Mapping[str, Any], variables: Iterable[str]) -> list[tuple[str, Program]]:
    """(symbol, program) for each symbol computed from `variables`, in the order to run them."""
    out: list[tuple[str, Program]] = []
    moving = set(variables)
    for name in _dependency_order(rules, origins):
        if name in moving:
            continue
        program = _program_of(rules, name, origins.get(name))
        if program is not None and set(program.inputs) & moving:
            out.append((name, program))
            moving.add(name)
    return out


def _dependency_order(rules: Plan, origins: Mapping[str, Any]) -> list[str]:
    """Symbols in an order where each computed one comes after what its program uses."""
    order: list[str] = []
    done: set[str] = set()
    deepest = len(rules.symbols)  # a cycle cannot be deeper (the model rejects cycles; this bounds a bad one)

    def visit(name: str, depth: int) -> None:
        if name in done or depth > deepest:
            return
        program = _program_of(rules, name, origins.get(name))
        for used in sorted(program.inputs) if program is not None else ():
            visit(used, depth + 1)
        done.add(name)
        order.append(name)

    for name in rules.symbols:
        visit(name, 0)
    return order


def _program_of(rules: Plan, name: str, origin: Any) -> Program | None:
    """The program a symbol's value came from (a default or an option's choice), if any."""
    if origin is None:
        return None
    if origin.kind == "default":
        return rules.defaults.get(name)
    if origin.kind == "choice":
        return rules.choices.get(origin.source, {}).get(origin.choice, {}).get(name)
    return None
