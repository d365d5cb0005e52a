"""`engine params`, `formula`, `validate` and `list`: what the specs say, before any question is asked."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from engine import api
from engine.cli.application import app
from engine.cli.options import (
    Format,
    FormatOpt,
    FormulaFormat,
    HFConfigOpt,
    HFModelOpt,
    OptionalSpecArg,
    PresetOpt,
    SetOpt,
    SpecArg,
    SpecDirOpt,
    run_safely,
)
from engine.cli.output import echo
from engine.render.memory import gpu_json, gpu_row
from engine.render.params import PARAMS
from engine.render.text import inert, markdown_table, md_cell, table


class ListWhat(str, Enum):
    specs = "specs"
    gpus = "gpus"
    bases = "bases"


@app.command()
def params(
    spec: OptionalSpecArg = None,
    preset: PresetOpt = None,
    set_: SetOpt = None,
    fmt: FormatOpt = Format.table,
    spec_dir: SpecDirOpt = None,
    hf_config: HFConfigOpt = None,
    hf: HFModelOpt = None,
) -> None:
    """Count parameters, component by component, exactly.

    Example: engine params llama --preset llama-3-8b --set num_layers=16

    Example: engine params --hf-config ./Llama-3.2-1B/config.json
    """
    echo(
        run_safely(lambda: PARAMS[fmt.value](api.count_params(spec, preset, set_ or [], spec_dir or [], hf_config, hf)))
    )


@app.command()
def formula(
    spec: SpecArg,
    name: Annotated[str | None, typer.Argument(help="One quantity (e.g. params, layers/mlp); default: all.")] = None,
    fmt: Annotated[FormulaFormat, typer.Option("--format", "-f", help="Output format.")] = FormulaFormat.text,
    spec_dir: SpecDirOpt = None,
) -> None:
    """Print the symbolic formulas of a spec, before any value is substituted.

    Example: engine formula llama params --format latex
    """
    from engine.render.formula import FORMULA  # sympy's printers, for this command only

    echo(run_safely(lambda: FORMULA[fmt.value](api.formula_model(spec, name, spec_dir or []), name)))


@app.command()
def validate(
    paths: Annotated[list[Path], typer.Argument(help="Spec files to check.")],
    fmt: FormatOpt = Format.table,
    spec_dir: SpecDirOpt = None,
) -> None:
    """Check spec files: YAML, schema, names, cycles, and every preset's values; every error of a file.

    Prints 'OK FILE' on stdout, or each error as FILE:LINE:COL: error: ... on stderr. With --format json
    the JSON report on stdout (each file, ok, its errors) is the whole output: nothing goes to stderr.
    Exit 1 when any file has an error.

    Example: engine validate specs/*.yaml
    """
    results = run_safely(lambda: [(path, api.validate(path, spec_dir or [])[1]) for path in paths])
    if fmt is Format.json:
        data = [{"path": str(p), "ok": not errs, "errors": [str(e) for e in errs]} for p, errs in results]
        echo(json.dumps(data, indent=2))
    else:
        for path, errors in results:
            text = f"OK {inert(str(path))}" if not errors else "\n".join(inert(str(e)) for e in errors)
            echo(text, err=bool(errors))
    if any(errors for _, errors in results):
        raise typer.Exit(1)


@app.command("list")
def list_(
    what: Annotated[ListWhat, typer.Argument(help="What to list.")] = ListWhat.specs,
    fmt: FormatOpt = Format.table,
    spec_dir: SpecDirOpt = None,
) -> None:
    """List the specs reachable by name with their presets, the GPU profiles ('gpus'), or the abstract
    specs others extend ('bases').

    Example: engine list gpus
    """
    bases = what is ListWhat.bases
    echo(
        run_safely(lambda: _gpus(fmt, spec_dir or []) if what is ListWhat.gpus else _specs(fmt, spec_dir or [], bases))
    )


def _specs(fmt: Format, spec_dir: list[Path], bases: bool) -> str:
    entries = api.catalog(spec_dir, bases=bases)
    if fmt is Format.json:
        return json.dumps(entries, indent=2)
    cell = md_cell if fmt is Format.markdown else inert
    rows = [["name", "kind", "presets (default first)", "path"]]
    rows += [[cell(e["name"]), e["kind"], cell(", ".join(e["presets"])), cell(e["path"])] for e in entries]
    return markdown_table(rows, "<<<<") if fmt is Format.markdown else table(rows, "<<<<")


def _gpus(fmt: Format, spec_dir: list[Path]) -> str:
    profiles = api.hardware_list(spec_dir)
    if fmt is Format.json:
        return json.dumps([gpu_json(h) for h in profiles], indent=2)
    cell = md_cell if fmt is Format.markdown else inert
    rows = [["name", "memory (nominal)", "usable", "bandwidth", "bf16 dense", "per node", "description"]]
    rows += [[cell(text) for text in gpu_row(h)] for h in profiles]
    return markdown_table(rows, "<>>>>><") if fmt is Format.markdown else table(rows, "<>>>>><")
