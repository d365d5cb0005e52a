"""`engine solve`, `memory` and `sweep`: a question (a model, rules, a GPU, options) and its answer.

Their option flags come from the rules specs (engine.cli.options.command): every option, every symbol
marked `flag: true`, and the layout's degrees; the commands' own parameters are declared here.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any

import typer

from engine import api
from engine.cli.application import app
from engine.cli.complete import complete_gpus
from engine.cli.options import (
    Flags,
    Format,
    FormatOpt,
    HFConfigOpt,
    HFModelOpt,
    OptionalSpecArg,
    PresetOpt,
    SetOpt,
    SpecDirOpt,
    choices_of,
    command,
    fixed_of,
    layout_of,
    parameter,
    run_safely,
    vocabulary,
)
from engine.cli.output import echo, refuse_unwritable, writing
from engine.errors import UsageError
from engine.evaluate.question import Setup
from engine.render.memory import COMPARE, MEMORY, SOLVE

_modes = vocabulary().modes()
_MODES = " | ".join(m + ("*" if e.default else "") for m, e in _modes.items())
GpuOpt = Annotated[
    str,
    typer.Option(
        "--gpu",
        "-g",
        help="GPU profile (engine list gpus); solve also takes a comma list or 'all'.",
        autocompletion=complete_gpus,
    ),
]
ModeOpt = Annotated[
    str | None,
    typer.Option(
        "--mode",
        "-m",
        help=f"The question ({_MODES}; * = default unless the model names its rules).",
        autocompletion=lambda incomplete: [m for m in _modes if m.startswith(incomplete)],
    ),
]
RulesOpt = Annotated[
    str | None, typer.Option("--rules", help="Memory rules spec (default: the --mode's, or the model's own).")
]
OptionOpt = Annotated[list[str] | None, typer.Option("--option", help="Any rules option: NAME=CHOICE (repeatable).")]
_views = sorted({v for entry in vocabulary().rules for v in entry.views})
ViewOpt = Annotated[
    str | None,
    typer.Option(
        "--view",
        help="Decide the fit on one view ("
        + ", ".join(_views)
        + "; default: the rules' deciding views - device for training, the runtime's budget and the device"
        " for serving).",
        autocompletion=lambda incomplete: [v for v in _views if v.startswith(incomplete)],
    ),
]
KeepOpt = Annotated[
    str | None,
    typer.Option(
        "--keep-16bit",
        help="Linear layers a quantized checkpoint keeps in 16 bits, comma-separated (its quantization_config"
        " ignore list, e.g. q_proj,k_proj,v_proj,o_proj); the LM head and embeddings always are.",
    ),
]
LoraTargetsOpt = Annotated[
    str | None, typer.Option(help="LoRA target modules, comma-separated or all-linear (the architecture's linears).")
]


def common_parameters(gpu_help: Any = GpuOpt) -> list[Any]:
    """The parameters every question command takes (a model, a GPU, the mode, rules and options)."""
    return [
        parameter("spec", OptionalSpecArg, None),
        parameter("gpu", gpu_help, "a100-80"),
        parameter("mode", ModeOpt, None),
        parameter("preset", PresetOpt, None),
        parameter("set_", SetOpt, None),
        parameter("option", OptionOpt, None),
        parameter("lora_targets", LoraTargetsOpt, None),
        parameter("view", ViewOpt, None),
        parameter("keep_16bit", KeepOpt, None),
        parameter("rules", RulesOpt, None),
        parameter("hf_config", HFConfigOpt, None),
        parameter("hf_model", HFModelOpt, None),
        parameter("spec_dir", SpecDirOpt, None),
    ]


def setup_of(given: Mapping[str, Any], flags: Flags, gpu: str) -> Setup:
    """The question a command's parameters ask, for one GPU."""
    targets = tuple(t.strip() for t in (given.get("lora_targets") or "").split(",") if t.strip())
    setup = api.load_setup(
        given.get("spec"),
        given.get("preset"),
        given.get("set_") or [],
        given.get("rules"),
        gpu,
        choices_of(given, flags),
        given.get("spec_dir") or [],
        targets,
        given.get("hf_config"),
        given.get("hf_model"),
        given.get("mode"),
        given.get("view"),
        tuple(t.strip() for t in (given.get("keep_16bit") or "").split(",") if t.strip()),
    )
    return api.fix(setup, fixed_of(given, flags))


def _solve(given: dict[str, Any]) -> None:
    def work() -> str:
        tp, pp = layout_of(given, SOLVE_FLAGS)
        most = layout_of(given, SOLVE_FLAGS, "max_")
        dirs = given.get("spec_dir") or []
        names = api.gpu_names(given["gpu"], dirs)
        others = (lambda: api.hardware_list(dirs)) if len(names) == 1 else False  # a comparison lists no remedies
        gpus = given.get("gpus")
        reports = [api.solve(setup_of(given, SOLVE_FLAGS, name), tp, pp, gpus, most, others) for name in names]
        fmt = given["fmt"].value
        return SOLVE[fmt](reports[0]) if len(reports) == 1 else COMPARE[fmt](reports)

    echo(run_safely(work))


SOLVE_FLAGS = command(
    app,
    "solve",
    _solve,
    [
        *common_parameters(),
        parameter(
            "gpus",
            Annotated[
                int | None,
                typer.Option("--gpus", "-n", min=1, help="Also give the limits at this many GPUs (dp x tp x pp)."),
            ],
            None,
        ),
        parameter("fmt", FormatOpt, Format.table),
    ],
    """The fewest GPUs that fit, the layout, the inequality behind it, and the limits.

    Example: engine solve llama-3-70b --mode infer --context 8192 --concurrency 32 --gpu all
    """,
)


def _memory(given: dict[str, Any]) -> None:
    def work() -> str:
        tp, pp = layout_of(given, MEMORY_FLAGS)
        setup = setup_of(given, MEMORY_FLAGS, given["gpu"])
        return MEMORY[given["fmt"].value](api.memory(setup, given["gpus"], tp or 1, pp or 1))

    echo(run_safely(work))


MEMORY_FLAGS = command(
    app,
    "memory",
    _memory,
    [
        *common_parameters(
            Annotated[
                str,
                typer.Option(
                    "--gpu", "-g", help="GPU profile name or alias (engine list gpus).", autocompletion=complete_gpus
                ),
            ]
        ),
        parameter(
            "gpus", Annotated[int, typer.Option("--gpus", "-n", min=1, help="GPUs in the layout (dp x tp x pp).")], 1
        ),
        parameter("fmt", FormatOpt, Format.table),
    ],
    """Per-GPU memory at a given layout: every term, every phase, the peak, and whether it fits.

    Example: engine memory llama-2-7b --mode finetune --quant nf4-dq --lora-targets all-linear --lora-rank 64
    """,
    layout_default=1,
)


def _sweep(given: dict[str, Any]) -> None:
    def work() -> str:
        from engine.render.sweep import out_format, write  # numpy is needed here only
        from engine.solve import grid, sweep

        axes = [grid.parse_grid(g) for g in given.get("grid") or []]
        if not axes:
            raise UsageError("give at least one --grid NAME=START..STOP")
        twice = sorted({a.name for a in axes if [b.name for b in axes].count(a.name) > 1})
        if twice:
            raise UsageError(f"--grid {twice[0]} is given more than once; give each axis once")
        out = given.get("out")
        if out is not None:  # before the sweep, which can take a minute
            out_format(out)
            refuse_unwritable("--out", out)
        names = api.gpu_names(given["gpu"], given.get("spec_dir") or [])
        setups = [setup_of(given, SWEEP_FLAGS, name) for name in names]
        total = len(names) * grid.row_count(axes)
        with typer.progressbar(length=total, label="sweeping", file=sys.stderr, hidden=total < 2_000_000) as bar:
            results = [sweep.run_sweep(s, axes, given["min_gpus"], bar.update) for s in setups]
        return writing("--out", out, lambda: write(results, out, given["fmt"].value))

    echo(run_safely(work))


SWEEP_FLAGS = command(
    app,
    "sweep",
    _sweep,
    [
        *common_parameters(),
        parameter(
            "grid",
            Annotated[
                list[str] | None,
                typer.Option(
                    "--grid",
                    help="NAME=START..STOP[:STEP|*FACTOR], repeatable (e.g. batch=1..64*2 seq_len=512..8192:512).",
                ),
            ],
            None,
        ),
        parameter(
            "out",
            Annotated[Path | None, typer.Option("--out", "-o", help="Write every row to FILE.csv or FILE.jsonl.")],
            None,
        ),
        parameter(
            "min_gpus",
            Annotated[bool, typer.Option("--min-gpus/--no-min-gpus", help="Fewest GPUs per row (slower).")],
            True,
        ),
        parameter(
            "fmt",
            Annotated[Format, typer.Option("--format", "-f", help="Output format (without --out).")],
            Format.table,
        ),
    ],
    """Evaluate every combination of a grid at once (vectorised), per GPU: bytes, fits, fewest GPUs.

    Rows are computed in float64 (numpy), the one command whose numbers come from floats: grid values
    are exact, bytes are written as integers where the float64 result is whole (below 2**53) and as
    floats otherwise, within about 1e-12 of `engine memory`'s exact bytes; fits and the fewest GPUs come
    from those floats (`engine solve` settles a row exactly).

    Example: engine sweep llama-3-8b --gpu a100-80,h100 --grid batch=1..32*2 --grid seq_len=1024..8192*2 --out rows.csv
    """,
    with_symbols=False,
)
