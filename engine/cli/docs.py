"""`engine table`, `engine docs` and `engine errata`: the planning guide's table recomputed, and documentation
generated from the specs. Registered on `engine.cli.application.app`; options are parsed here, the work is in
engine.docs (guide, site, errata).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from engine import files
from engine.cli.application import app
from engine.cli.options import Format, SpecDirOpt, run_safely
from engine.cli.output import echo, writing
from engine.errors import UsageError, did_you_mean
from engine.render.text import inert

DOCS_OUT = Path("docs") / "models"
ERRATA_OUT = Path("docs") / "planning-guide-errata.md"


@app.command("table")
def table_(
    models: Annotated[
        list[str] | None,
        typer.Argument(
            help="Models: presets or specs (gpt2-xl, llama-2-7b) or sizes (7B, 350M); default the guide's rows."
        ),
    ] = None,
    gpu: Annotated[
        list[str] | None,
        typer.Option(
            "--gpu", "-g", help="A GPU size in GB (8, 24) or a profile (rtx4090); repeatable; default 8 and 24."
        ),
    ] = None,
    precision: Annotated[
        list[str] | None,
        typer.Option(help="The guide's precisions to compare (engine/docs/planning-guide.yaml); default all of them."),
    ] = None,
    batch: Annotated[int, typer.Option(min=1, help="Micro-batch of the engine's step (the guide's example: 2).")] = 2,
    seq_len: Annotated[int, typer.Option(min=1, help="Sequence length of the engine's step (the guide's: 256).")] = 256,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    spec_dir: SpecDirOpt = None,
) -> None:
    """The planning guide's Quick Reference Table, recomputed: its rule of thumb beside the engine's training rules.

    Example: engine table gpt2 llama-2-7b 70B --gpu 24 --gpu a100-80 --format markdown
    """
    from engine.docs import guide  # loaded for this command only: the other commands start faster

    dirs = [str(d) for d in spec_dir or []]
    precisions = list(precision) if precision else list(guide.PRECISIONS)
    run_safely(lambda: _known(precisions, list(guide.PRECISIONS)))
    ref = run_safely(
        lambda: guide.quick_reference(models or [], gpu or guide.GUIDE_GPUS, precisions, batch, seq_len, dirs)
    )
    echo(run_safely(lambda: guide.QUICK_REFERENCE[fmt.value](ref).rstrip("\n")))


@app.command("docs")
def docs_(
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder of the pages.")] = DOCS_OUT,
    check: Annotated[
        bool, typer.Option("--check", help="Only report stale pages (exit 1 if any); write nothing.")
    ] = False,
    spec_dir: SpecDirOpt = None,
) -> None:
    """Write one Markdown page per spec (symbols, every formula in LaTeX and text, parameters by preset,
    minimum GPUs), a page of GPU profiles and an index.

    Example: engine docs --out docs/models --check
    """
    from engine.docs import site as docs  # loaded for this command only

    run_safely(lambda: _folder(out))  # before building any page: that takes seconds
    generated = run_safely(lambda: docs.pages([str(d) for d in spec_dir or []]))
    _report(
        out,
        run_safely(lambda: writing("--out", out, lambda: docs.WRITERS["check" if check else "write"](out, generated))),
        check,
    )


@app.command("errata")
def errata_(
    out: Annotated[Path, typer.Option("--out", "-o", help="The file to write ('-': print it).")] = ERRATA_OUT,
    check: Annotated[
        bool, typer.Option("--check", help="Only report whether the file is stale (exit 1 if so).")
    ] = False,
) -> None:
    """Check every statement of the planning guide against its own formulas and the engine's rules.

    Example: engine errata --out docs/planning-guide-errata.md
    """
    from engine.docs import errata  # loaded for this command only

    if str(out) != "-" and not check:
        run_safely(lambda: writing("--out", out, lambda: _parent(out) and files.target(out)))
    text = run_safely(errata.render)
    if str(out) == "-":
        echo(text, nl=False)
        return

    def write() -> bool:
        is_stale = files.read_text(out) != text
        if is_stale and not check:
            files.write_text(out, text)
        return is_stale

    is_stale = run_safely(lambda: writing("--out", out, write))
    _report(out.parent, [out.name] if is_stale else [], check)


def _known(given: list[str], known: list[str]) -> None:
    for name in given:
        if name not in known:
            hint = did_you_mean(name, known)
            raise UsageError(f"unknown precision '{name}'{hint}; the guide's: " + ", ".join(known))


def _folder(out: Path) -> None:
    """--out of `engine docs` must be a folder, or nothing yet (it is made)."""
    if files.too_long(out) or (files.exists(out) and not files.is_dir(out)):
        error = files.problem(out)
        reason = error.strerror if error is not None and not files.missing(error) else "not a folder"
        raise UsageError(f"--out {out}: cannot write pages there ({reason})")


def _parent(out: Path) -> bool:
    """The folder of `out` made if missing (the errata file's folder is created, as `engine docs` does)."""
    if not files.too_long(out) and not files.exists(out.parent):
        out.parent.mkdir(parents=True, exist_ok=True)
    return True


def _report(out: Path, changed: list[str], check: bool) -> None:
    verb = "stale" if check else "wrote"
    for name in changed:
        echo(f"{verb} {inert(str(out / name))}")
    if not changed:
        echo(f"up to date: {inert(str(out))}")
    if check and changed:
        raise typer.Exit(1)
