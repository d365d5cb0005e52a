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

from engine.cli.application import app
from engine.cli.options import choices_of, command, fixed_of, layout_of, parameter, run_safely
from engine.cli.output import echo
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
        spec_dirs = given.get("spec_dir") or []
        unknown = _unknown_config(given, spec_dirs)
        if unknown is not None:  # no spec reads its model_type: the traced figures
            rules = traced.rules_of(given.get("rules"), given.get("mode"), spec_dirs)
            found = traced.figures(
                unknown, rules, choices_of(given, CHECK_FLAGS), fixed_of(given, CHECK_FLAGS), given.get("layers")
            )
            return (traced.render_json(found) if fmt == "json" else traced.render_text(found)), True
        tp, pp = layout_of(given, CHECK_FLAGS)
        setup = setup_of(given, CHECK_FLAGS, given["gpu"])
        dp = data_degree(setup, given["gpus"], tp or 1, pp or 1)
        result = run_check(setup, dp, tp or 1, pp or 1, tolerance, given.get("layers"))
        text = render_json(result) if fmt == "json" else render_text(result)
        return text, result.comparison.agrees

    text, agrees = run_safely(work)
    echo(text)
    if not agrees:
        raise typer.Exit(1)


def _unknown_config(given: dict[str, Any], spec_dirs: list[Path]) -> Path | None:
    """The config.json given (--hf-config, or --hf from the local cache) when no spec reads its model_type."""
    from engine.check.figures import unknown_model_type
    from engine.spec.hf import find_cached_config

    if given.get("spec") is not None or given.get("preset") is not None:
        return None
    if given.get("hf_config") is not None:
        return unknown_model_type(Path(given["hf_config"]), spec_dirs)
    if given.get("hf_model") is not None:
        return unknown_model_type(find_cached_config(given["hf_model"]), spec_dirs)
    return None


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
