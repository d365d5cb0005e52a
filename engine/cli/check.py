"""`engine check`: the estimate beside a traced step of the real model (engine.check, engine.trace).

It takes the options of `engine memory` (the same flags, derived from the rules), so a check asks the
question `memory` answers. Exit 0 when the peak agrees within --tolerance, 1 when it does not (or on an
error), 2 on bad usage.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from engine.cli.app import app
from engine.cli.options import choices_of, command, fixed_of, layout_of, parameter, run_safely
from engine.cli.question import common_parameters, setup_of
from engine.solve.layouts import data_degree


class CheckFormat(str, Enum):
    table = "table"
    json = "json"


def _check(given: dict[str, Any]) -> None:
    def work() -> tuple[str, bool]:
        from engine.check import figures as traced  # torch is imported only when a trace runs
        from engine.check import render_json, render_text, run_check

        tolerance = given["tolerance"] / 100
        fmt = given["fmt"].value
        hf, spec_dirs = given.get("hf_config"), given.get("spec_dir") or []
        if hf is not None and given.get("spec") is None and traced.unknown_model_type(Path(hf), spec_dirs):
            rules = traced.rules_of(given.get("rules"), given.get("mode"), spec_dirs)
            found = traced.figures(
                Path(hf), rules, choices_of(given, CHECK_FLAGS), fixed_of(given, CHECK_FLAGS), given.get("layers")
            )
            return (traced.render_json(found) if fmt == "json" else traced.render_text(found)), True
        tp, pp = layout_of(given, CHECK_FLAGS)
        setup = setup_of(given, CHECK_FLAGS, given["gpu"])
        dp = data_degree(setup, given["gpus"], tp or 1, pp or 1)
        result = run_check(setup, dp, tp or 1, pp or 1, tolerance, given.get("layers"))
        text = render_json(result) if fmt == "json" else render_text(result)
        return text, result.comparison.agrees

    text, agrees = run_safely(work)
    typer.echo(text)
    if not agrees:
        raise typer.Exit(1)


CHECK_FLAGS = command(
    app,
    "check",
    _check,
    [
        *common_parameters(
            Annotated[str, typer.Option("--gpu", "-g", help="GPU profile of the question asked (engine list gpus).")]
        ),
        parameter(
            "gpus",
            Annotated[
                int,
                typer.Option("--gpus", "-n", min=1, help="GPUs of the question asked (traced as one: see the output)."),
            ],
            1,
        ),
        parameter(
            "tolerance",
            Annotated[
                float,
                typer.Option("--tolerance", min=0, help="Largest difference of the peak that agrees, in percent."),
            ],
            10.0,
        ),
        parameter(
            "layers",
            Annotated[
                int | None,
                typer.Option(
                    "--layers",
                    min=1,
                    help="Trace copies of at most N layers and extrapolate (default: the whole model up to 16 layers).",
                ),
            ],
            None,
        ),
        parameter(
            "fmt", Annotated[CheckFormat, typer.Option("--format", "-f", help="Output format.")], CheckFormat.table
        ),
    ],
    """The estimate beside a traced step of the real model (transformers under FakeTensorMode), per term and phase.

    Needs the extra engine[check] (torch, transformers). A config.json whose model_type no spec reads is traced
    for its figures. Example: engine check llama-3-8b --precision bf16 --batch 2 --seq-len 1024
    """,
    layout_default=1,
)
