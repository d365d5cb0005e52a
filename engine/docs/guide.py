"""The planning guide's Quick Reference Table, recomputed: its own method beside the engine's training rules.

For each model, precision and GPU: the fewest GPUs by the guide's rules (specs/rules/guide.yaml, i.e.
calculate_min_gpus with FSDP) and by the accurate rules (specs/rules/training.yaml, FSDP, the guide's
example step), and the training memory of one GPU by both. Renderers for table, JSON and Markdown follow.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Any

from engine.docs.settings import choices, settings
from engine.docs.tables import REFERENCE_GPU, Column, gpu_for, table_layout
from engine.evaluate.memory import evaluate_memory
from engine.evaluate.question import Setup, load_setup
from engine.render.text import GIB, human, markdown_table, table, whole_bytes
from engine.solve.layouts import Layout
from engine.solve.search import fewest_layout
from engine.spec.load import hardware_profiles


@dataclass(frozen=True)
class RowSpec:
    """A row: its label, the parameters the guide's method is given, the model the engine counts."""

    label: str
    guide_params: int
    model: str  # a preset or spec name; 'generic' for a model known only by its size
    note: str = ""


# planning-guide.md, "Quick Reference Table": the rows and their Parameters column, as printed. The guide
# calls its 7B, 13B and 175B rows GPT-3 Small, Medium and Large; Brown et al. 2020 Table 2.1 gives those
# names to 125M, 350M and 760M models, so the engine counts the GPT-3 models of the sizes printed.
GUIDE_ROWS = (
    RowSpec("GPT-2 Small", 124 * 10**6, "gpt2"),
    RowSpec("GPT-2 Medium", 355 * 10**6, "gpt2-medium"),
    RowSpec("GPT-2 Large", 774 * 10**6, "gpt2-large"),
    RowSpec("GPT-2 XL", 1500 * 10**6, "gpt2-xl"),
    RowSpec(
        "GPT-3 Small", 7 * 10**9, "gpt3-6.7b", "GPT-3 Small is 125M (Brown et al. 2020 Table 2.1); 7B is GPT-3 6.7B"
    ),
    RowSpec("GPT-3 Medium", 13 * 10**9, "gpt3-13b", "GPT-3 Medium is 350M (Table 2.1); 13B is GPT-3 13B"),
    RowSpec("GPT-3 Large", 175 * 10**9, "gpt3-175b", "GPT-3 Large is 760M (Table 2.1); 175B is GPT-3 175B"),
)
GUIDE_GPUS = ("8", "24")  # GB, the guide's two columns
S = settings()  # engine/docs/planning-guide.yaml: the rules and options each side uses
PRECISIONS: dict[str, str] = S["precisions"]  # the guide's precision -> the engine's (2 + 2 + 12 bytes)
SIZE_SUFFIXES = {"K": 10**3, "M": 10**6, "B": 10**9, "T": 10**12}


@dataclass(frozen=True)
class Cell:
    guide: int | None
    engine: Layout | None


@dataclass(frozen=True)
class Row:
    spec: RowSpec
    params: int  # the engine model's exact count
    memory: Mapping[str, tuple[Any, Any]]  # guide precision -> (guide bytes, engine bytes) of one-GPU training
    gpus: Mapping[tuple[str, str], Cell]  # (guide precision, column label) -> fewest GPUs


@dataclass(frozen=True)
class QuickReference:
    rows: tuple[Row, ...]
    precisions: tuple[str, ...]
    columns: tuple[Column, ...]
    step: Mapping[str, int]  # the engine's step (batch, seq_len)


def row_spec(ref: str) -> RowSpec:
    """'7B', '350M', '1.3e9' -> a model known by its size; anything else names a model (preset or spec)."""
    text = ref.strip()
    scale = SIZE_SUFFIXES.get(text[-1:].upper(), 1)
    number = text[:-1] if scale != 1 else text
    try:
        size = Fraction(number) * scale  # a plain decimal literal, never an expression
    except (TypeError, ValueError, ZeroDivisionError):
        return RowSpec(text, 0, text)
    if size.denominator != 1 or size <= 0:
        return RowSpec(text, 0, text)
    return RowSpec(text, int(size), "generic")


def quick_reference(
    models: Sequence[str] = (),
    gpus: Sequence[str] = GUIDE_GPUS,
    precisions: Sequence[str] = tuple(PRECISIONS),
    batch: int = 2,
    seq_len: int = 256,
    spec_dirs: Sequence[str] = (),
) -> QuickReference:
    """The table for `models` (default: the guide's own rows) x `precisions` x `gpus` (sizes in GB or names)."""
    profiles = hardware_profiles(spec_dirs)
    columns = tuple(gpu_for(g, profiles) for g in gpus)
    specs = [row_spec(m) for m in models] if models else list(GUIDE_ROWS)
    step = {"batch": batch, "seq_len": seq_len}
    rows = tuple(_row(s, precisions, columns, step, spec_dirs) for s in specs)
    return QuickReference(rows, tuple(precisions), columns, step)


def _row(
    spec: RowSpec, precisions: Sequence[str], columns: Sequence[Column], step: Mapping[str, int], dirs: Sequence[str]
) -> Row:
    size = [f"params={spec.guide_params}"] if spec.model == "generic" else []
    option = S["precision_option"]
    engine = {
        p: load_setup(
            spec.model,
            overrides=size,
            rules=S["engine"]["rules"],
            choices={**choices(), option: PRECISIONS[p]},
            spec_dirs=dirs,
        )
        for p in precisions
    }
    params = int(next(iter(engine.values())).arch.total)
    spec = replace(spec, guide_params=spec.guide_params or params)
    guide = {
        p: load_setup(
            S["guide"]["model"],
            overrides=[f"params_millions={Fraction(spec.guide_params, 10**6)}"],
            rules=S["guide"]["rules"],
            choices={**choices(base="guide"), option: p},
            spec_dirs=dirs,
        )
        for p in precisions
    }
    gpus = {}
    for p in precisions:
        for column in columns:
            on_gpu = {k: replace(s[p], hardware=column.hardware) for k, s in (("guide", guide), ("engine", engine))}
            gpus[(p, column.label)] = Cell(
                guide=_count(fewest_layout(on_gpu["guide"], pp=1)[0]),
                engine=table_layout(on_gpu["engine"].with_values(**step)),
            )
    memory = {
        p: (_one_gpu(guide[p], columns[0]), _one_gpu(engine[p].with_values(**step), columns[0])) for p in precisions
    }
    return Row(spec, params, memory, gpus)


def _one_gpu(setup: Setup, column: Column) -> Any:
    return evaluate_memory(replace(setup, hardware=column.hardware).with_values(dp=1, tp=1, pp=1)).per_gpu


def _count(layout: Layout | None) -> int | None:
    return layout.gpus if layout else None


# ---------------------------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------------------------


def _gpus_text(cell: Cell) -> str:
    guide = str(cell.guide) if cell.guide is not None else "-"
    if cell.engine is None:
        return f"{guide} / -"
    split = [f"{k} {v}" for k, v in (("tp", cell.engine.tp), ("pp", cell.engine.pp)) if v > 1]
    return f"{guide} / {cell.engine.gpus}" + (f" ({', '.join(split)})" if split else "")


def _rows(ref: QuickReference) -> list[list[str]]:
    head = ["model", "params (guide)", "params (engine)"]
    head += [f"memory {p}{'' if PRECISIONS[p] == p else f' ({PRECISIONS[p]})'}, GiB" for p in ref.precisions]
    head += [f"GPUs {c.label} {p}" for c in ref.columns for p in ref.precisions]
    out = [head]
    for row in ref.rows:
        line = [row.spec.label, human(row.spec.guide_params), f"{row.params:,} ({row.spec.model})"]
        line += [" / ".join(f"{float(b) / GIB:,.2f}" for b in row.memory[p]) for p in ref.precisions]
        line += [_gpus_text(row.gpus[(p, c.label)]) for c in ref.columns for p in ref.precisions]
        out.append(line)
    return out


def _shown(chosen: Mapping[str, str]) -> str:
    return " ".join(f"{k}={v}" for k, v in chosen.items() if k != S["precision_option"])


def _mapping() -> str:
    return ", ".join(f"{g} -> {e} precision" for g, e in PRECISIONS.items() if g != e)


def notes(ref: QuickReference) -> list[str]:
    """What each side assumes, printed under the table."""
    step = " ".join(f"{k}={v}" for k, v in ref.step.items())
    out = [
        "cells: the guide's method / the engine's training rules ('-': nothing fits)",
        "guide: specs/rules/guide.yaml = calculate_min_gpus: 4 x bytes_per_param x parameters, FSDP over all GPUs, "
        "80 % of the GPU's GB (which it computes as GiB)",
        f"engine: specs/rules/{S['engine']['rules']}.yaml, {_shown(choices())} and the other defaults, {step} "
        f"(the guide's example step); {_mapping()} (2 + 2 + 12 bytes per parameter); "
        "tensor parallelism searched within a node, no pipeline parallelism ('-' may still fit with it: engine solve)",
        "memory: the guide's training memory on one GPU / the engine's peak of a one-GPU step (GiB = 2**30 bytes)",
    ]
    sized = [c for c in ref.columns if c.hardware.path == "<sized>"]
    if sized:
        out.append(
            f"{', '.join(c.label for c in sized)}: that many GiB nominal; usable scaled by {REFERENCE_GPU}'s "
            "usable / nominal ratio (an estimate)"
        )
    return out + [f"{r.spec.label}: {r.spec.note}" for r in ref.rows if r.spec.note]


def render_table(ref: QuickReference) -> str:
    rows = _rows(ref)
    body = table(rows, "<>>" + ">" * (len(rows[0]) - 3))
    return body + "\n\n" + "\n".join(notes(ref))


def render_markdown(ref: QuickReference) -> str:
    rows = _rows(ref)
    body = markdown_table(rows, "<>>" + ">" * (len(rows[0]) - 3))
    return body + "\n\n" + "\n".join(f"* {n}" for n in notes(ref)) + "\n"


def to_json(ref: QuickReference) -> dict[str, Any]:
    def layout(cell: Cell) -> dict[str, Any]:
        engine = cell.engine
        return {
            "guide": cell.guide,
            "engine": engine.gpus if engine else None,
            "engine_layout": engine and engine.values(),
        }

    rows = [
        {
            "label": r.spec.label,
            "model": r.spec.model,
            "guide_params": r.spec.guide_params,
            "params": r.params,
            "memory_bytes": {p: {"guide": _ceil(g), "engine": _ceil(e)} for p, (g, e) in r.memory.items()},
            "min_gpus": {p: {c.label: layout(r.gpus[(p, c.label)]) for c in ref.columns} for p in ref.precisions},
            "note": r.spec.note,
        }
        for r in ref.rows
    ]
    return {
        "precisions": dict(PRECISIONS),
        "gpus": [c.label for c in ref.columns],
        "step": dict(ref.step),
        "rows": rows,
    }


def _ceil(value: Any) -> int:
    return whole_bytes(value)


QUICK_REFERENCE: dict[str, Callable[[QuickReference], str]] = {
    "table": render_table,
    "json": lambda ref: json.dumps(to_json(ref), indent=2),
    "markdown": render_markdown,
}
