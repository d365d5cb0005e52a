"""Benchmark of engine plan's search: candidates (setups the keep_ifs keep) per second, in-process after a
warm-up, for whole plans (every row evaluated by the compiled numpy plan, ranked, and the listed ones settled
exactly) and for the numpy evaluation alone. Not a timed test: the target is about 10,000 candidates in a
second on one core, so that a plan stays interactive.

    python benchmarks/plan.py            # about half a minute
    python benchmarks/plan.py --quick    # fewer repeats
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import machine  # the benchmarks' shared machine line

CASES = [  # (label, model, mode, GPU, most GPUs, fixed values)
    ("Llama-3.2-1B training, up to 8 H100", "llama-3.2-1b", None, "h100-80", 8, {"tokens": 10**10}),
    ("Llama-3-8B training, up to 64 H100", "llama-3-8b", None, "h100-80", 64, {"tokens": 10**12}),
    ("Llama-3-70B training, up to 512 H100", "llama-3-70b", None, "h100-80", 512, {"global_batch": 1024}),
    ("Llama-3-70B serving, up to 64 H100", "llama-3-70b", "infer", "h100-80", 64, {"concurrency": 64}),
]


def timed(function: object, repeats: int) -> float:
    best = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()  # type: ignore[operator]
        best.append(time.perf_counter() - start)
    return statistics.median(best)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    args = parser.parse_args()
    repeats = 2 if args.quick else 5
    os.environ["OMP_NUM_THREADS"] = "1"
    from engine.api import fix, load_setup
    from engine.solve.planner import Request, evaluate, plan_gpu
    from engine.solve.space import Bounds

    print(f"machine: {machine()}")
    print(f"engine plan, candidates per second (median of {repeats} runs, after a warm-up)")
    for label, model, mode, gpu, most, fixed in CASES:
        setup = fix(load_setup(model, gpu=gpu, mode=mode), fixed)
        request = Request(bounds=Bounds(most=most))
        found = plan_gpu(setup, request)  # warm-up: the plan is built and cached
        whole = timed(lambda s=setup, r=request: plan_gpu(s, r), repeats)
        rows = timed(lambda s=setup, r=request: evaluate(s, r), repeats)
        count = found.searched
        print(
            f"  {label}: {count:,} candidates; whole plan {whole:.2f} s ({count / whole:,.0f} candidates/s),"
            f" numpy evaluation {rows:.2f} s ({count / rows:,.0f} candidates/s)"
        )


if __name__ == "__main__":
    main()
