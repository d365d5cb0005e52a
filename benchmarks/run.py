"""Benchmarks of engine's speed, as ratios to baselines measured in the same run.

Run from the repository root, with the package and numpy installed (`pip install '.[test]'`):

    python benchmarks/run.py            # about a minute
    python benchmarks/run.py --quick    # fewer repeats

It prints:
1. the cold CLI `engine solve specs/llama.yaml --gpu a100-80` (a new process each time) against the
   import floor `python -c "import sympy, typer, yaml, jsonschema"`, both median of N interleaved runs,
   with the disk cache warm (the normal case) and cleared (first use after installing or editing a spec);
2. one new configuration evaluated in-process after warm-up: the compiled plan in floats and exactly,
   and the whole `engine.api.memory` call;
3. sweep throughput, configurations per second on one core, with and without the fewest-GPUs column;
4. the same questions through llm-analysis when it is installed (skipped otherwise).
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


def cold_cli(repeats: int) -> dict[str, float]:
    cache = tempfile.mkdtemp(prefix="engine-bench-cache-")
    env = {**os.environ, "ENGINE_CACHE_DIR": cache}
    wall(SOLVE, env)  # fill the cache
    floor, warm, cleared = [], [], []
    for _ in range(repeats):
        floor.append(wall(FLOOR, env))
        warm.append(wall(SOLVE, env))
    for _ in range(max(2, repeats // 3)):
        shutil.rmtree(cache, ignore_errors=True)
        cleared.append(wall(SOLVE, env))
    shutil.rmtree(cache, ignore_errors=True)
    return {"floor": statistics.median(floor), "warm": statistics.median(warm), "cleared": statistics.median(cleared)}


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
    from engine.api import fix, load_setup, memory
    from engine.evaluate.memory import assign_rules
    from engine.plan.runtime import run

    setup = load_setup("llama-3-8b", gpu="a100-80")
    rules = setup.rules
    exact = dict(assign_rules(fix(setup, {"batch": 2, "seq_len": 4096})).values)
    floats = {k: float(v) for k, v in exact.items()}
    batches = iter(range(1, 10**9))

    def new_float() -> None:
        floats["batch"] = float(next(batches))
        run(rules.main, floats, "float")

    def new_exact() -> None:
        exact["batch"] = next(batches)
        run(rules.main, exact)

    def whole_call() -> None:
        memory(fix(setup, {"batch": next(batches) % 64 + 1, "seq_len": 4096}), gpus=8)

    return {
        "float": per_call(new_float, 2000),
        "exact": per_call(new_exact, 500),
        "api.memory": per_call(whole_call, 20),
    }


def sweep_rate() -> dict[str, float]:
    from engine.api import load_setup
    from engine.solve.grid import parse_grid
    from engine.solve.sweep import sweep

    setup = load_setup("llama-3-8b", gpu="a100-80")
    axes = [parse_grid("batch=1..1000"), parse_grid("seq_len=128..128000:128")]  # 1,000,000 rows
    rates = {}
    for label, min_gpus in (("bytes and fits", False), ("with fewest GPUs", True)):
        sweep(setup, [parse_grid("batch=1..10")], min_gpus)  # warm-up
        start = time.perf_counter()
        rows = sweep(setup, axes, min_gpus)
        rates[label] = len(rows) / (time.perf_counter() - start)
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


def llm_analysis(repeats: int, engine_warm: float, engine_call: float) -> list[str]:
    """The same question (Llama-2-7B, 8 x A100-80GB, ZeRO-3, batch 1, sequence 2048) through llm-analysis,
    from this Python or the one LLM_ANALYSIS_PYTHON names (it brings dependencies of its own)."""
    python = os.environ.get("LLM_ANALYSIS_PYTHON", sys.executable)
    probe = subprocess.run([python, "-c", "import llm_analysis"], capture_output=True, check=False)
    if probe.returncode != 0:
        return ["llm-analysis: not installed, skipped (pip install llm-analysis, or set LLM_ANALYSIS_PYTHON)"]
    cli = [
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
    cold = statistics.median(wall(cli, dict(os.environ)) for _ in range(repeats))
    timed = subprocess.run([python, "-c", LLM_ANALYSIS_TIMER], capture_output=True, text=True, check=True)
    call = float(timed.stdout.strip().splitlines()[-1])
    return [
        f"llm-analysis 'train' (Llama-2-7B, 8 x A100-80GB, ZeRO-3), cold CLI: {cold:.3f} s;"
        f" engine solve / llm-analysis = {engine_warm / cold:.2f}",
        f"llm-analysis in-process: {call * 1e3:.3f} ms per call;"
        f" engine.api.memory / llm-analysis = {engine_call / call:.2f}",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    args = parser.parse_args()
    repeats = 5 if args.quick else 15
    os.environ["OMP_NUM_THREADS"] = "1"  # one core for the sweep
    print(f"machine: {machine()}")
    cli = cold_cli(repeats)
    print(f"\n1. cold CLI, median of {repeats} runs each")
    print(f"   import floor (sympy, typer, yaml, jsonschema): {cli['floor']:.3f} s")
    warm, cleared = cli["warm"] / cli["floor"], cli["cleared"] / cli["floor"]
    print(f"   engine solve specs/llama.yaml --gpu a100-80, cache warm: {cli['warm']:.3f} s  ratio {warm:.2f}x")
    print(f"   the same with the cache cleared first:        {cli['cleared']:.3f} s  ratio {cleared:.2f}x")
    calls = in_process()
    print("\n2. one new configuration, in-process after warm-up (Llama-3-8B training rules)")
    print(f"   compiled plan, floats: {calls['float'] * 1e6:.1f} us (target <= 50 us)")
    print(f"   compiled plan, exact integers and fractions: {calls['exact'] * 1e6:.1f} us")
    print(f"   engine.api.memory (values, exact plan, breakdown): {calls['api.memory'] * 1e3:.2f} ms")
    rates = sweep_rate()
    print("\n3. engine sweep, 1,000,000 configurations, one core")
    for label, rate in rates.items():
        print(f"   {label}: {rate:,.0f} configurations/s (target >= 1,000,000)")
    print("\n4. the same question through llm-analysis")
    for line in llm_analysis(repeats, cli["warm"], calls["api.memory"]):
        print(f"   {line}")


if __name__ == "__main__":
    main()
