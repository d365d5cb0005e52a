"""What would make a question fit when nothing does: the changes the rules offer (another choice of an
option), the layout's degrees left free when they were given, or a GPU with more memory. Each is tried
with the same evaluator as the question: the changes that fit alone, fewest GPUs first; when none does,
the change that leaves the least excess is kept and the others are tried on top of it (a few rounds)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from engine.evaluate.memory import evaluate_memory
from engine.evaluate.question import Setup, flag_name
from engine.limits import MAX_DP
from engine.solve.layouts import Layout, candidates, layout, symbols
from engine.solve.search import fewest_layout
from engine.spec.hardware import Hardware

Most = tuple[int | None, int | None]  # the largest tensor and pipeline degrees searched (--max-tp, --max-pp)
SHOWN = 4  # the output lists this many remedies
ROUNDS = 3  # changes combined at most
NEAR = 4  # a remedy needing more than this many times the fewest GPUs of another is left out (but see _solved)


@dataclass(frozen=True)
class _State:
    """A question and its layout bounds, with the changes that led to it."""

    setup: Setup
    tp: int | None
    pp: int | None
    most: Most
    changes: tuple[str, ...] = ()

    def excess(self) -> Any:
        """Bytes over capacity at the least memory the search can reach (the most ranks, the widest split)."""
        t, p = candidates(self.setup, self.tp, self.pp, self.most)[-1]
        result = evaluate_memory(self.setup.with_values(**layout(self.setup, MAX_DP, t, p).values()))
        return result.per_gpu - result.capacity


def remedies(
    setup: Setup, tp: int | None, pp: int | None, most: Most, gpus: Callable[[], Sequence[Hardware]] | None = None
) -> tuple[tuple[str, Layout], ...]:
    """Changes (one, or a few together) under which `setup` fits, each with its fewest-GPU layout."""
    state = _State(setup, tp, pp, most)
    larger = [h for h in (gpus() if gpus else ()) if h.capacity > setup.hardware.capacity]
    larger.sort(key=lambda h: h.capacity)  # a GPU is suggested as the smallest one that fits
    for _ in range(ROUNDS):
        tried = [(moved.excess(), i, moved) for i, moved in enumerate(_moves(state, larger))]
        if not tried:
            return ()
        fitting = [moved for excess, _, moved in tried if excess <= 0]
        if fitting:
            return _solved(fitting)
        state = min(tried, key=lambda t: (t[0], t[1]))[2]
    return ()


def _solved(states: list[_State]) -> tuple[tuple[str, Layout], ...]:
    out = []
    seen_gpu = False
    for state in states:
        is_gpu = state.changes[-1].startswith("--gpu ")
        if is_gpu and seen_gpu:
            continue  # the smallest GPU that fits is enough
        seen_gpu = seen_gpu or is_gpu
        best = fewest_layout(state.setup, state.tp, state.pp, state.most)[0]
        if best is not None:
            out.append((", ".join(state.changes), best))
    out.sort(key=lambda item: item[1].gpus)
    fewest = out[0][1].gpus if out else 0
    # one far costlier than the best is left out, but the best that keeps the user's GPU is always shown
    own = next((item for item in out if "--gpu " not in item[0]), None)
    return tuple([item for item in out if item[1].gpus <= NEAR * fewest or item is own][:SHOWN])


def _moves(state: _State, larger: Sequence[Hardware]) -> Iterator[_State]:
    """Every single change of `state`: another choice of an option, a layout bound dropped, a larger GPU."""
    setup = state.setup
    done = " ".join(state.changes)
    for option in setup.rules.spec.options:
        flag = flag_name(option.name)
        if flag + " " in done:
            continue
        for choice in option.choices:
            if choice.name != setup.choices.get(option.name):
                chosen = {**setup.choices, option.name: choice.name}
                moved = replace(setup, choices=chosen, picked=setup.picked | {option.name})
                yield replace(state, setup=moved, changes=(*state.changes, f"{flag} {choice.name}"))
    _, tensor, pipeline = symbols(setup)
    freed = [
        (flag_name(tensor), state.tp is not None, {"tp": None}),
        (flag_name(pipeline), state.pp is not None, {"pp": None}),
        (flag_name("max_" + tensor), state.most[0] is not None, {"most": (None, state.most[1])}),
        (flag_name("max_" + pipeline), state.most[1] is not None, {"most": (state.most[0], None)}),
    ]
    for flag, given, free in freed:
        if given:
            yield replace(state, **free, changes=(*state.changes, f"without {flag}"))  # type: ignore[arg-type]
    if "--gpu " not in done:
        for hardware in larger:
            yield replace(
                state, setup=replace(setup, hardware=hardware), changes=(*state.changes, f"--gpu {hardware.name}")
            )
