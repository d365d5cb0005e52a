"""`engine plot`: memory per GPU against one variable (the GPU count, or one of the rules' limits: batch and
seq_len for training, context and concurrency for serving), each term of the peak phase stacked, the
capacity line, and the largest value that fits marked (for the GPU count: the fewest that fit). Exact
bytes come from engine.evaluate and engine.solve; matplotlib only draws them, and is imported when a
picture is written (the `plot` extra).

The series is plain data (`Series`), so that a later `time` figure of the rules (seconds per step against
the GPU count) joins it without changing the picture's memory part.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from engine.errors import SpecError, UsageError
from engine.evaluate.memory import MemoryResult, evaluate_memory
from engine.evaluate.question import Setup
from engine.files import write_bytes
from engine.render.text import GIB
from engine.solve.answer import memory, solve_min_gpus
from engine.solve.layouts import Layout, axis, candidates, data_degree, expert_step, layout
from engine.solve.limits import computed, limits
from engine.spec.numbers import Number

FORMATS = (".png", ".svg")
MAX_POINTS = 200
PIP = "pip install 'engine[plot]'  (from a checkout: pip install '.[plot]')"
_RANGE = re.compile(r"^\s*(\d+)\s*\.\.\s*(\d+)\s*(?:([:*])\s*(\d+))?\s*$")


@dataclass(frozen=True)
class Series:
    """Memory per GPU at each value of one variable: bytes alive at the peak per top-level term."""

    variable: str
    xs: tuple[int, ...]
    terms: Mapping[str, tuple[Number, ...]]
    per_gpu: tuple[Number, ...]
    capacity: tuple[Number, ...]
    marked: int | None  # the largest value that fits (gpus: the fewest GPUs that fit); None: none or unbounded
    marked_label: str
    title: str
    time: Mapping[str, tuple[float, ...]] | None = None  # seconds per x, once the rules give time figures


def parse_values(text: str) -> tuple[int, ...]:
    """'1,2,4,8', '1..64*2' (doubling), '512..8192:512' (step) or '1..8' -> the values, positive integers."""
    found = _RANGE.match(text)
    if found is None:
        parts = [part.strip() for part in text.split(",")]
        if not all(part.isdigit() and int(part) >= 1 for part in parts) or len(parts) > MAX_POINTS:
            raise UsageError(f"--values '{text}' is not a list of positive integers or START..STOP[:STEP|*FACTOR]")
        return tuple(sorted({int(part) for part in parts}))
    start, stop, op, by = int(found[1]), int(found[2]), found[3], int(found[4] or 1)
    if start < 1 or stop < start or (op == "*" and by < 2) or by < 1:
        raise UsageError(f"--values '{text}': need 1 <= START <= STOP, a positive STEP, a FACTOR above 1")
    out, value = list[int](), start
    while value <= stop and len(out) <= MAX_POINTS:
        out.append(value)
        value = value * by if op == "*" else value + by
    if len(out) > MAX_POINTS:
        raise UsageError(f"--values '{text}' has more than {MAX_POINTS} values")
    return tuple(out)


def _default(last: int) -> tuple[int, ...]:
    """Every value from 1 to `last` when there are few (a picture of whole steps), else doublings."""
    if last <= 64:
        return tuple(range(1, last + 1))
    out = [1]
    while out[-1] < last and len(out) < MAX_POINTS:
        out.append(out[-1] * 2)
    return tuple(out)


def _alive(result: MemoryResult) -> dict[str, Number]:
    return {k: v for k, v in result.alive.items() if "/" not in k}


def _series(
    variable: str, xs: Sequence[int], results: Sequence[MemoryResult], marked: int | None, label: str, title: str
) -> Series:
    names = list(_alive(results[0]))
    terms = {name: tuple(_alive(r)[name] for r in results) for name in names}
    return Series(
        variable,
        tuple(xs),
        terms,
        tuple(r.per_gpu for r in results),
        tuple(r.capacity for r in results),
        marked,
        label,
        title,
    )


def gpu_series(setup: Setup, tp: int | None, pp: int | None, values: Sequence[int] | None) -> Series:
    """Memory per GPU against the GPU count at a tensor x pipeline split (given, or the fewest layout's)."""
    best: Layout | None = solve_min_gpus(setup, tp, pp).layout
    t, p = (best.tp, best.pp) if best is not None else candidates(setup, tp, pp)[-1]  # else the least memory
    split = t * p * expert_step(setup)
    fewest = best.gpus if best is not None else None
    xs = tuple(values) if values else tuple(d * split for d in _default(max(8, 2 * (fewest or split) // split)))
    for gpus in xs:
        data_degree(setup, gpus, t, p)  # a count that tp x pp does not divide: the CLI's message
    results = [memory(setup, gpus, t, p) for gpus in xs]
    data, tensor, pipeline = (axis(setup, r).symbol for r in ("data", "tensor", "pipeline"))
    title = f"{setup.label} · {setup.hardware.name} · {tensor}={t} {pipeline}={p}, {data} = GPUs / {split}"
    return _series("gpus", xs, results, fewest, "fewest GPUs that fit", title)


def variable_series(
    setup: Setup, variable: str, tp: int | None, pp: int | None, gpus: int | None, values: Sequence[int] | None
) -> Series:
    """Memory per GPU against a step variable, at --gpus (dp x tp x pp) or at the fewest layout."""
    if gpus is not None:
        where = layout(setup, data_degree(setup, gpus, tp or 1, pp or 1), tp or 1, pp or 1)
    else:
        found = solve_min_gpus(setup, tp, pp).layout
        if found is None:
            raise SpecError("nothing fits at the question's own values, so there is no layout to plot at; give --gpus")
        where = found
    here = setup.with_values(**where.values())
    largest = limits(here).get(f"max_{variable}")
    xs = tuple(values) if values else _default(max(8, 2 * (largest or 4)))
    results = [evaluate_memory(here.with_values(**{variable: x})) for x in xs]
    shape = " ".join(f"{k}={v}" for k, v in where.values().items())
    title = f"{setup.label} · {setup.hardware.name} · {shape}"
    return _series(variable, xs, results, largest or None, f"largest {variable} that fits", title)


def series(
    setup: Setup,
    variable: str,
    tp: int | None = None,
    pp: int | None = None,
    gpus: int | None = None,
    values: Sequence[int] | None = None,
) -> Series:
    known = variables(setup)
    if variable not in known:
        rules = setup.rules.spec
        raise UsageError(f"--x {variable}: the '{rules.name}' rules ({rules.mode or ''}) plot " + ", ".join(known))
    if variable == "gpus":
        if gpus is not None:
            raise UsageError("--x gpus varies the GPU count: leave out --gpus")
        return gpu_series(setup, tp, pp, values)
    return variable_series(setup, variable, tp, pp, gpus, values)


def variables(setup: Setup) -> list[str]:
    """What --x may be: the GPU count, or a limit of the rules that is an input of the question."""
    skip = computed(setup)
    spec = setup.rules.spec
    return ["gpus", *(x.name for x in spec.limits if x.name not in skip and spec.symbol(x.name) is not None)]


def _pyplot() -> Any:
    try:
        import matplotlib
    except ImportError:
        raise UsageError(f"engine plot needs matplotlib, which is not installed: {PIP}") from None
    matplotlib.use("Agg")  # files only, never a window
    matplotlib.rcParams["svg.fonttype"] = "none"  # text stays text in an SVG (labels can be found)
    matplotlib.rcParams["svg.hashsalt"] = "engine"  # the same picture gives the same file
    import matplotlib.pyplot as plt

    return plt


def write_plot(data: Series, out: Path) -> Path:
    """Draw `data` into `out` (.png or .svg): stacked terms, the capacity line, the marked value; element
    ids name them in an SVG (term-NAME, capacity, marked)."""
    if out.suffix.lower() not in FORMATS:
        raise UsageError(f"--out {out}: the picture must be a .png or .svg file")
    plt = _pyplot()
    figure, ax = plt.subplots(figsize=(10.5, 5.2), dpi=110)
    xs = list(data.xs)
    stack = [[float(v) / GIB for v in values] for values in data.terms.values()]
    polys = ax.stackplot(xs, *stack, labels=list(data.terms), alpha=0.85) if stack else []
    for poly, name in zip(polys, data.terms, strict=True):
        poly.set_gid(f"term-{name}")
    (line,) = ax.plot(xs, [float(c) / GIB for c in data.capacity], color="black", linestyle="--", label="capacity")
    line.set_gid("capacity")
    if data.marked is not None:
        mark = ax.axvline(data.marked, color="#b3261e", linewidth=1.5, label=f"{data.marked_label}: {data.marked:,}")
        mark.set_gid("marked")
    if data.time:
        twin = ax.twinx()
        for name, seconds in data.time.items():
            (curve,) = twin.plot(xs, seconds, color="#333333", marker=".", label=name)
            curve.set_gid(f"time-{name}")
        twin.set_ylabel("seconds per step")
    if len(xs) > 2 and xs[-1] / xs[0] >= 16:
        ax.set_xscale("log", base=2)
    ax.set_xlabel("GPUs" if data.variable == "gpus" else data.variable)
    ax.set_ylabel("memory per GPU at the peak phase (GiB = 2**30 bytes)")
    ax.set_title(data.title, fontsize=10)
    ax.grid(alpha=0.3)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, framealpha=0.9)  # beside, not over, the data
    figure.tight_layout()
    picture = io.BytesIO()
    figure.savefig(
        picture, format=out.suffix.lower()[1:], metadata={"Date": None} if out.suffix.lower() == ".svg" else None
    )
    plt.close(figure)
    out.parent.mkdir(parents=True, exist_ok=True)
    write_bytes(out, picture.getvalue())  # atomic: a full disk leaves no half picture
    return out
