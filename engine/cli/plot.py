"""`engine plot`: memory per GPU against batch, sequence length, context, concurrency or the GPU count, as a
PNG or SVG picture (engine.render.plot; matplotlib from the `plot` extra). The question's options and
flags are those of `engine solve` (engine.cli.question)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from engine.cli.application import app
from engine.cli.options import command, layout_of, parameter, run_safely
from engine.cli.output import echo
from engine.cli.question import common_parameters, setup_of

XOpt = Annotated[
    str,
    typer.Option("--x", "-x", help="The variable along the x axis: batch | seq_len | gpus | context | concurrency."),
]


def _plot(given: dict[str, Any]) -> None:
    def work() -> str:
        from engine.render import plot  # matplotlib is imported when the picture is drawn

        tp, pp = layout_of(given, PLOT_FLAGS)
        values = plot.parse_values(given["values"]) if given.get("values") else None
        setup = setup_of(given, PLOT_FLAGS, given["gpu"])
        out = given.get("out") or Path(f"{setup.arch.assignment.preset or setup.arch.plan.spec.name}-{given['x']}.png")
        data = plot.series(setup, given["x"], tp, pp, given.get("gpus"), values)
        return f"wrote {plot.write_plot(data, out)}"

    echo(run_safely(work))


PLOT_FLAGS = command(
    app,
    "plot",
    _plot,
    [
        *common_parameters(
            Annotated[str, typer.Option("--gpu", "-g", help="GPU profile name or alias (engine list gpus).")]
        ),
        parameter("x", XOpt, "batch"),
        parameter(
            "values",
            Annotated[
                str | None,
                typer.Option(
                    help="The x values: 1,2,4 or START..STOP[:STEP|*FACTOR] (default: doubling past the limit)."
                ),
            ],
            None,
        ),
        parameter(
            "gpus",
            Annotated[
                int | None,
                typer.Option("--gpus", "-n", min=1, help="At this many GPUs (dp x tp x pp), not the fewest."),
            ],
            None,
        ),
        parameter(
            "out", Annotated[Path | None, typer.Option("--out", "-o", help="The picture: FILE.png or FILE.svg.")], None
        ),
    ],
    """Per-term memory per GPU against one variable, the capacity line, and the largest value that fits marked
    (against --x gpus: the fewest GPUs that fit). Needs matplotlib: pip install 'engine[plot]'.

    Example: engine plot llama-3-8b --gpu a100-80 --x seq_len --batch 2 --out seq_len.svg
    """,
)
