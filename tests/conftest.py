"""Shared helpers: the repository root, the installed `engine` command, and an in-process runner."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from engine.cli import app

REPO = Path(__file__).resolve().parent.parent
# The tests (and the engine processes they start) use a cache of their own, never the user's.
os.environ.setdefault("ENGINE_CACHE_DIR", tempfile.mkdtemp(prefix="engine-test-cache-"))
SPECS = REPO / "specs"
CASES = Path(__file__).resolve().parent / "cases"


def engine_command() -> list[str]:
    """The installed console script next to this Python (falls back to `python -m engine`)."""
    script = Path(sys.executable).parent / "engine"
    if script.exists():
        return [str(script)]
    found = shutil.which("engine")
    return [found] if found else [sys.executable, "-m", "engine"]


def run_engine(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the installed CLI as a user would, in a separate process."""
    return subprocess.run(
        [*engine_command(), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        timeout=120,
        check=False,
    )


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Invoke the CLI in-process from the repository root: cli('params', 'llama') -> Result."""
    monkeypatch.chdir(REPO)
    runner = CliRunner()

    def invoke(*args: str):  # type: ignore[no-untyped-def]
        return runner.invoke(app, list(args))

    return invoke
