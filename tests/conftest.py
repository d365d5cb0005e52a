"""Shared helpers: the repository root, the installed `engine` command, and an in-process runner."""

from __future__ import annotations

import math
import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
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


# The planning guide's own code (planning-guide.md), copied as printed: tests compare the engine with it.


def calculate_min_gpus(model_params_millions, gpu_memory_gb=8, precision="fp32"):  # type: ignore[no-untyped-def]
    """Copied from planning-guide.md, "Practical GPU Selection Formula" (floats and all)."""
    bytes_per_param = 4 if precision == "fp32" else 2  # fp16
    model_memory_gb = (model_params_millions * 1e6 * bytes_per_param) / (1024**3)
    training_memory_gb = model_memory_gb * 4  # Conservative estimate
    min_gpus = math.ceil(training_memory_gb / (gpu_memory_gb * 0.8))  # 80% utilization
    return min_gpus, model_memory_gb, training_memory_gb


def calculate_transformer_params(vocab_size, context_length, emb_dim, n_layers, n_heads):  # type: ignore[no-untyped-def]
    """Copied from planning-guide.md, "General Formula for Any Transformer"."""
    tok_emb = vocab_size * emb_dim
    pos_emb = context_length * emb_dim
    attention = 4 * (emb_dim * emb_dim)
    feedforward = 2 * (emb_dim * 4 * emb_dim)
    layernorms = 2 * emb_dim
    block_params = attention + feedforward + layernorms
    output_head = emb_dim * vocab_size
    return tok_emb + pos_emb + (n_layers * block_params) + output_head


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
