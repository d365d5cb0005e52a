"""Shared helpers: the repository root, the installed `engine` command, and an in-process runner."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from engine.cli import app

REPO = Path(__file__).resolve().parent.parent
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


@dataclass(frozen=True)
class Outcome:
    """What an isolated CLI run left: exit code, output, and how long it took."""

    exit_code: int
    stdout: str
    stderr: str
    seconds: float

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


def run_isolated(args: list[str], timeout: float) -> Outcome | None:
    """The CLI in a forked copy of this process (no start-up cost), killed after `timeout` seconds:
    a hang guard that works even inside one long big-integer operation. None when it was killed."""
    import time

    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)

    def child() -> None:
        started = time.perf_counter()
        result = CliRunner().invoke(app, args)
        send.send(Outcome(result.exit_code, result.stdout, result.stderr, time.perf_counter() - started))

    process = context.Process(target=child)
    process.start()
    outcome = receive.recv() if receive.poll(timeout) else None
    process.kill()
    process.join()
    return outcome
