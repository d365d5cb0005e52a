"""What a solve that fits nowhere says instead of a layout: the smallest changes that would make it fit
(engine.solve.remedies), each with the fewest GPUs it then needs, and the fewest GPUs without a pipeline
split the search chose on its own."""

from __future__ import annotations

from typing import Any

from engine.render.text import inert
from engine.solve.answer import Solution
from engine.solve.layouts import Layout


def _shape(layout: Layout) -> str:
    return " x ".join(f"{k}={v}" for k, v in layout.values().items())


def _change(text: str) -> str:
    return text.replace("without --", "drop --")


def remedy_lines(solution: Solution) -> list[str]:
    """Text lines: the changes that would fit, or that none the rules offer does."""
    if solution.layout is not None:
        return []
    if not solution.remedies:
        return ["nothing the rules offer makes it fit (another choice of an option, a degree left free, a larger GPU)"]
    lines = ["it fits with (the smallest changes, fewest GPUs first):"]
    width = max(len(_change(change)) for change, _ in solution.remedies)
    for change, layout in solution.remedies:
        gpus = f"{layout.gpus:,} GPU" + ("s" if layout.gpus > 1 else "")
        lines.append(f"  {inert(_change(change)).ljust(width)}  {gpus} ({_shape(layout)})")
    return lines


def unpiped_line(solution: Solution) -> list[str]:
    """A line when the search chose a pipeline split: the fewest GPUs without one."""
    if solution.unpiped is None or solution.layout is None:
        return []
    return [f"  without pipeline parallelism: {solution.unpiped.gpus:,} GPUs ({_shape(solution.unpiped)})"]


def remedies_json(solution: Solution) -> list[dict[str, Any]]:
    return [
        {"change": change, "min_gpus": layout.gpus, "layout": layout.values()} for change, layout in solution.remedies
    ]
