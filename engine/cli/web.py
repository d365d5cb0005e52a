"""`engine web`: write the web calculator, a static site that runs the specs' plans in the browser
(engine.web). Registered on `engine.cli.application.app`; the work is in engine.web.site."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from engine.cli.application import app
from engine.cli.docs import _folder, _report
from engine.cli.options import SpecDirOpt, run_safely
from engine.cli.output import echo, writing

WEB_OUT = Path("docs") / "web"


@app.command("web")
def web_(
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder of the site (index.html and its assets).")] = WEB_OUT,
    check: Annotated[
        bool, typer.Option("--check", help="Only report stale files (exit 1 if any); write nothing.")
    ] = False,
    spec_dir: SpecDirOpt = None,
) -> None:
    """Write the web calculator: index.html, its scripts and the plans of every spec and GPU profile as data.
    It needs no server or network: open DIR/index.html, or publish DIR (GitHub Pages).

    Example: engine web --out docs/web
    """
    from engine.web import site  # loaded for this command only: it builds every spec's plan

    run_safely(lambda: _folder(out))  # before building any plan: that takes seconds
    files = run_safely(lambda: site.site_files([str(d) for d in spec_dir or []]))
    changed = run_safely(
        lambda: writing("--out", out, lambda: site.stale(out, files) if check else site.write_site(out, files))
    )
    _report(out, changed, check)
    if not check:
        echo(f"{len(files)} files, {site.size(files) / 1e6:.2f} MB: open {out / 'index.html'}")
