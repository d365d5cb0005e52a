"""The `engine` command line: parse options, call the engine, render, map errors to exit codes.

Exit codes: 0 success, 1 bad spec or input, 2 bad usage, 3 internal error (traceback with --debug).
No estimation logic lives here.
"""

from __future__ import annotations

import json
import traceback
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated, TypeVar

import typer

from engine import api
from engine.errors import EngineError, SpecErrors
from engine.render import FORMULA, PARAMS, markdown_table, table

app = typer.Typer(
    name="engine",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    help="How much GPU memory does this transformer need? Specs are YAML formulas; see docs/spec-language.md.",
)
T = TypeVar("T")
_REPORT = "This is a bug in engine; please report it (rerun with --debug for a traceback)."
_STATE = {"debug": False}


class ParamsFormat(str, Enum):
    table = "table"
    json = "json"
    markdown = "markdown"


class FormulaFormat(str, Enum):
    text = "text"
    latex = "latex"
    markdown = "markdown"


class ListWhat(str, Enum):
    specs = "specs"
    bases = "bases"


SpecArg = Annotated[str, typer.Argument(help="A spec file (specs/llama.yaml), a built-in name (llama) or a preset.")]
PresetOpt = Annotated[str | None, typer.Option("--preset", "-p", help="Named configuration (default: the spec's).")]
SetOpt = Annotated[
    list[str] | None, typer.Option("--set", "-s", help="Set a symbol: NAME=VALUE (repeatable), e.g. num_layers=16.")
]
SpecDirOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--spec-dir", help="Folder of specs searched before the built-ins (repeatable; also ENGINE_SPEC_PATH)."
    ),
]

HFConfigOpt = Annotated[
    Path | None,
    typer.Option(
        "--hf-config",
        help="A Hugging Face config.json, or a folder holding one: its model_type picks the spec, its keys the values.",
    ),
]
HFModelOpt = Annotated[
    str | None,
    typer.Option("--hf", help="A model id (org/name) whose config.json is in the local Hugging Face cache (offline)."),
]


def _run(action: Callable[[], T]) -> T:
    """Call `action`; user errors go to stderr with exit 1/2, anything else is an internal error (3)."""
    try:
        return action()
    except EngineError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(exc.exit_code) from None
    except typer.Exit:
        raise
    except Exception as exc:  # the last resort: never a bare traceback for users
        if _STATE["debug"]:
            traceback.print_exc()
        typer.echo(f"internal error: {type(exc).__name__}: {exc}\n{_REPORT}", err=True)
        raise typer.Exit(3) from None


@app.callback()
def main(debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of internal errors.")] = False) -> None:
    """Plan GPU memory from declarative model specs."""
    _STATE["debug"] = debug


@app.command()
def params(
    spec: Annotated[
        str | None,
        typer.Argument(help="A spec file, a built-in name (llama) or a preset; optional with --hf-config/--hf."),
    ] = None,
    preset: PresetOpt = None,
    set_: SetOpt = None,
    fmt: Annotated[ParamsFormat, typer.Option("--format", "-f", help="Output format.")] = ParamsFormat.table,
    spec_dir: SpecDirOpt = None,
    hf_config: HFConfigOpt = None,
    hf: HFModelOpt = None,
) -> None:
    """Count parameters, component by component, exactly.

    Example: engine params llama --preset llama-3-8b --set num_layers=16

    Example: engine params --hf-config ./Llama-3.2-1B/config.json
    """
    result = _run(lambda: api.count_params(spec, preset, set_ or [], spec_dir or [], hf_config, hf))
    typer.echo(PARAMS[fmt.value](result))


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
    model = _run(lambda: api.formula_model(spec, name, spec_dir or []))
    typer.echo(FORMULA[fmt.value](model, name))


@app.command()
def validate(
    paths: Annotated[list[Path], typer.Argument(help="Spec files to check.")],
    fmt: Annotated[ParamsFormat, typer.Option("--format", "-f", help="Output format.")] = ParamsFormat.table,
    spec_dir: SpecDirOpt = None,
) -> None:
    """Check spec files: YAML, schema, names, cycles, and every preset's values.

    Example: engine validate specs/*.yaml
    """
    results = _run(lambda: [(path, _validate_one(path, spec_dir or [])) for path in paths])
    if fmt is ParamsFormat.json:
        data = [{"path": str(p), "ok": not errs, "errors": [str(e) for e in errs]} for p, errs in results]
        typer.echo(json.dumps(data, indent=2))
    else:
        for path, errors in results:
            typer.echo(f"OK {path}" if not errors else "\n".join(str(e) for e in errors), err=bool(errors))
    if any(errors for _, errors in results):
        raise typer.Exit(1)


def _validate_one(path: Path, spec_dir: list[Path]) -> list[EngineError]:
    try:
        api.check(path, spec_dir)
    except SpecErrors as many:
        return list(many.errors)
    except EngineError as one:
        return [one]
    return []


@app.command("list")
def list_(
    what: Annotated[ListWhat, typer.Argument(help="What to list.")] = ListWhat.specs,
    fmt: Annotated[ParamsFormat, typer.Option("--format", "-f", help="Output format.")] = ParamsFormat.table,
    spec_dir: SpecDirOpt = None,
) -> None:
    """List the specs reachable by name, with their presets ('bases': the abstract specs others extend).

    Example: engine list --spec-dir ./my-specs
    """
    entries = _run(lambda: api.catalog(spec_dir or [], bases=what is ListWhat.bases))
    if fmt is ParamsFormat.json:
        typer.echo(json.dumps(entries, indent=2))
        return
    rows = [["name", "kind", "presets (default first)", "path"]]
    rows += [[e["name"], e["kind"], ", ".join(e["presets"]), e["path"]] for e in entries]
    typer.echo(markdown_table(rows, "<<<<") if fmt is ParamsFormat.markdown else table(rows, "<<<<"))


def run() -> None:
    """Console-script entry point."""
    app(prog_name="engine")


if __name__ == "__main__":  # pragma: no cover
    run()
