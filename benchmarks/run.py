"""Benchmarks of engine's speed, as ratios to baselines measured in the same run.

Run from the repository root, with the package and numpy installed (`pip install '.[test]'`):

    python benchmarks/run.py            # about a minute
    python benchmarks/run.py --quick    # fewer repeats

It prints, each against the target of issue 15 where it has one:
1. the cold CLI `engine solve specs/llama.yaml --gpu a100-80` (a new process each time) against the
   import floor `python -c "import sympy, typer, yaml, jsonschema"` and llm-analysis's CLI, medians of N
   interleaved runs, with the disk cache warm (the normal case) and cleared (first use after installing
   or editing a spec; a wheel answers it from the cache entries it ships, engine.seeds, which an
   editable install or a source checkout lacks, so measure an installed wheel: `pip install .`).
   Bytecode is written as for any user (PYTHONDONTWRITEBYTECODE is dropped and a first run compiles
   it): an environment that forbids it pays for compiling every module per run;
2. in-process after warm-up: a whole question (`load_setup` + `memory`, exact), the compiled plan in
   floats and exactly, and `engine.api.quick` re-asking at a new batch (floats);
3. sweep throughput on one core with and without the fewest-GPUs column, CSV and JSONL writing, and the
   peak memory per row (traced in a run of its own: tracemalloc slows the numpy code it traces);
4. llm-analysis's in-process call when it is installed (skipped otherwise).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
ENGINE = [str(Path(sys.executable).parent / "engine")]
if not Path(ENGINE[0]).exists():
    ENGINE = [sys.executable, "-m", "engine"]
SOLVE = [*ENGINE, "solve", "specs/llama.yaml", "--gpu", "a100-80"]
FLOOR = [sys.executable, "-c", "import sympy, typer, yaml, jsonschema"]


def user_env(**extra: str) -> dict[str, str]:
    """The environment of a user's shell: bytecode written (a development shell may forbid it)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, **extra}


def wall(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    system = f"{platform.system()} {platform.release()}"
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {system}"


def cold_cli(repeats: int, peer: list[str] | None) -> dict[str, float]:
    cache = tempfile.mkdtemp(prefix="engine-bench-cache-")
    env = user_env(ENGINE_CACHE_DIR=cache)
    wall(SOLVE, env)  # fill the cache (and write bytecode)
    if peer:
        wall(peer, user_env())
    floor, warm, cleared, other = [], [], [], []
    for _ in range(repeats):
        floor.append(wall(FLOOR, env))
        warm.append(wall(SOLVE, env))
        if peer:
            other.append(wall(peer, user_env()))
    for _ in range(max(2, repeats // 3)):
        shutil.rmtree(cache, ignore_errors=True)
        cleared.append(wall(SOLVE, env))
    shutil.rmtree(cache, ignore_errors=True)
    out = {"floor": statistics.median(floor), "warm": statistics.median(warm), "cleared": statistics.median(cleared)}
    if other:
        out["peer"] = statistics.median(other)
    return out


def shipped() -> str:
    """Whether the engine measured ships cache seeds (a wheel does; an editable install does not)."""
    done = subprocess.run(
        [sys.executable, "-c", "from engine import seeds; f = seeds.folder(); print(f, (f / seeds.STAMP).is_file())"],
        capture_output=True,
        text=True,
        cwd=tempfile.gettempdir(),  # not the repository: its engine/ would shadow the installed one
        check=True,
    )
    folder, found = done.stdout.split()
    if found == "True":
        return f"the installed wheel's seeds: {len(list(Path(folder).glob('*/*.json')))} entries"
    return "no seeds: an editable install or a source checkout; a wheel's first run is faster"


def per_call(function: Any, repeats: int) -> float:
    function()  # warm-up
    best = []
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(repeats):
            function()
        best.append((time.perf_counter() - start) / repeats)
    return min(best)


def in_process() -> dict[str, float]:
    from engine.api import fix, load_setup, memory, quick
    from engine.evaluate.memory import assign_rules
    from engine.plan.runtime import run

    setup = load_setup("llama-3-8b", gpu="a100-80")
    rules = setup.rules
    exact = dict(assign_rules(fix(setup, {"batch": 2, "seq_len": 4096})).values)
    floats = {k: float(v) for k, v in exact.items()}
    batches = iter(range(1, 10**9))
    ask = quick(setup)

    def new_float() -> None:
        floats["batch"] = float(next(batches))
        run(rules.main, floats, "float")

    def new_exact() -> None:
        exact["batch"] = next(batches)
        run(rules.main, exact)

    def whole_question() -> None:
        asked = load_setup("llama-3-8b", gpu="a100-80")
        memory(fix(asked, {"batch": next(batches) % 64 + 1, "seq_len": 4096}), gpus=8)

    def quick_call() -> None:
        ask.room(batch=next(batches) % 64 + 1, seq_len=4096, gpus=8)

    return {
        "float": per_call(new_float, 2000),
        "exact": per_call(new_exact, 500),
        "question": per_call(whole_question, 20),
        "quick": per_call(quick_call, 2000),
    }


def sweep_rate() -> dict[str, float]:
    """Rows per second of `sweep` (best of two runs, after a warm-up) and of writing its rows, then in a
    separate run of each sweep its peak traced memory per row: tracemalloc slows allocation-heavy numpy
    code (a third of the rate), so the rate is timed without it."""
    import tracemalloc

    from engine.api import load_setup
    from engine.render.sweep import write
    from engine.solve.grid import parse_grid
    from engine.solve.sweep import sweep

    setup = load_setup("llama-3-8b", gpu="a100-80")
    axes = [parse_grid("batch=1..1000"), parse_grid("seq_len=128..128000:128")]  # 1,000,000 rows
    rates: dict[str, float] = {}
    rows: Any = None
    for label, min_gpus in (("bytes and fits", False), ("with fewest GPUs", True)):
        sweep(setup, [parse_grid("batch=1..10")], min_gpus)  # warm-up
        best = []
        for _ in range(2):
            start = time.perf_counter()
            rows = sweep(setup, axes, min_gpus)
            best.append(time.perf_counter() - start)
        rates[label] = len(rows) / min(best)
        rows = None
        tracemalloc.start()
        rows = sweep(setup, axes, min_gpus)
        rates[f"{label} bytes per row"] = tracemalloc.get_traced_memory()[1] / len(rows)
        tracemalloc.stop()
    folder = Path(tempfile.mkdtemp(prefix="engine-bench-sweep-"))
    for suffix in ("csv", "jsonl"):  # the median of three writes (one write moved by 1.5x between runs)
        times = []
        for _ in range(3):
            start = time.perf_counter()
            write([rows], folder / f"rows.{suffix}", "table")
            times.append(time.perf_counter() - start)
        rates[suffix] = len(rows) / statistics.median(times)
    shutil.rmtree(folder, ignore_errors=True)
    return rates


LLM_ANALYSIS_CASE = (
    "dict(model_name='NousResearch_Llama-2-7b-hf', gpu_name='a100-sxm-80gb', total_num_gpus=8,"
    " batch_size_per_gpu=1, seq_len=2048, ds_zero=3, log_level='ERROR')"
)
LLM_ANALYSIS_TIMER = f"""
import time
from llm_analysis.analysis import train
kw = {LLM_ANALYSIS_CASE}
train(**kw)
best = []
for _ in range(5):
    start = time.perf_counter()
    for _ in range(50):
        train(**kw)
    best.append((time.perf_counter() - start) / 50)
print(min(best))
"""


def peer_python() -> str | None:
    python = os.environ.get("LLM_ANALYSIS_PYTHON", sys.executable)
    probe = subprocess.run([python, "-c", "import llm_analysis"], capture_output=True, check=False)
    return python if probe.returncode == 0 else None


def peer_cli(python: str) -> list[str]:
    """llm-analysis's CLI for the same question (Llama-2-7B, 8 x A100-80GB, ZeRO-3, batch 1, seq 2048)."""
    return [
        python,
        "-m",
        "llm_analysis.analysis",
        "train",
        "--model_name",
        "NousResearch_Llama-2-7b-hf",
        "--gpu_name",
        "a100-sxm-80gb",
        "--total_num_gpus",
        "8",
        "--batch_size_per_gpu",
        "1",
        "--seq_len",
        "2048",
        "--ds_zero",
        "3",
        "--log_level",
        "ERROR",
    ]


def peer_call(python: str) -> float:
    timed = subprocess.run([python, "-c", LLM_ANALYSIS_TIMER], capture_output=True, text=True, check=True)
    return float(timed.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    args = parser.parse_args()
    repeats = 5 if args.quick else 15
    os.environ["OMP_NUM_THREADS"] = "1"  # one core for the sweep
    python = peer_python()
    print(f"machine: {machine()}")
    if python is None:
        print("llm-analysis: not installed, its ratios skipped (pip install llm-analysis, or set LLM_ANALYSIS_PYTHON)")
    cli = cold_cli(repeats, peer_cli(python) if python else None)
    print(f"\n1. cold CLI, median of {repeats} interleaved runs each")
    print(f"   import floor (sympy, typer, yaml, jsonschema): {cli['floor']:.3f} s")
    if "peer" in cli:
        print(f"   llm-analysis 0.2.2 'train' (Llama-2-7B, 8 x A100-80GB, ZeRO-3): {cli['peer']:.3f} s")
    warm = f"{cli['warm'] / cli['floor']:.2f}x the floor"
    if "peer" in cli:
        warm += f", {cli['warm'] / cli['peer']:.2f}x llm-analysis (target <= 0.5x)"
    print(f"   engine solve specs/llama.yaml --gpu a100-80, cache warm: {cli['warm']:.3f} s  {warm}")
    cleared = cli["cleared"] / cli["floor"]
    print(
        f"   the same with the cache cleared first: {cli['cleared']:.3f} s  {cleared:.2f}x the floor (target <= 1.5x)"
    )
    print(f"   ({shipped()})")
    calls = in_process()
    peer = peer_call(python) if python else None
    print("\n2. in-process, after warm-up (Llama-3-8B training rules)")
    question = f"   a whole question (load_setup + memory, exact): {calls['question'] * 1e3:.2f} ms"
    if peer:
        question += f"; llm-analysis's call {peer * 1e3:.3f} ms, ratio {calls['question'] / peer:.1f}x (target <= 1x)"
    print(question)
    print(f"   engine.api.quick, a new batch (floats): {calls['quick'] * 1e6:.1f} us (target <= 20 us)")
    print(f"   compiled plan, floats: {calls['float'] * 1e6:.1f} us")
    print(f"   compiled plan, exact integers and fractions: {calls['exact'] * 1e6:.1f} us")
    rates = sweep_rate()
    print("\n3. engine sweep, 1,000,000 configurations, one core (timed without tracemalloc; peaks traced apart)")
    for label, target in (("bytes and fits", "5,000,000"), ("with fewest GPUs", "2,000,000")):
        per_row = rates[f"{label} bytes per row"]
        print(f"   {label}: {rates[label]:,.0f} rows/s (target >= {target}), peak {per_row:,.0f} bytes per row")
    for suffix in ("csv", "jsonl"):
        print(f"   written as {suffix.upper()}: {rates[suffix]:,.0f} rows/s (target >= 1,000,000)")


if __name__ == "__main__":
    main()
