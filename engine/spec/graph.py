"""Dependency order with located cycles: used for symbol defaults and for quantities."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from engine.errors import SpecError


def toposort(
    keys: list[Any],
    deps: Callable[[Any], list[Any]],
    where: Callable[[Any], Any],
    label: Callable[[Any], str] = str,
) -> list[Any]:
    """Dependencies first; a cycle is a SpecError naming it, located at its first member. Iterative: a
    chain of thousands of defaults must not exhaust Python's recursion limit."""
    state: dict[Any, int] = {}  # 1 = on the path, 2 = done
    order: list[Any] = []
    for root in keys:
        if state.get(root) == 2:
            continue
        path, pending = [root], [iter(deps(root))]
        state[root] = 1
        while pending:
            dep = next(pending[-1], _DONE)
            if dep is _DONE:
                pending.pop()
                done = path.pop()
                state[done] = 2
                order.append(done)
            elif state.get(dep) == 1:
                cycle = [*path[path.index(dep) :], dep]
                raise SpecError("dependency cycle: " + " -> ".join(label(k) for k in cycle), where(cycle[0]))
            elif state.get(dep) != 2:
                state[dep] = 1
                path.append(dep)
                pending.append(iter(deps(dep)))
    return order


_DONE = object()
