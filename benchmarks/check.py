"""How long `engine check` takes: wall time of the whole command, a new process each time.

Run from the repository root with the extra installed (`pip install '.[check]'`, torch's CPU build):

    python benchmarks/check.py              # llama-3-70b and llama-3-8b at their defaults, then GPT-2 whole
    python benchmarks/check.py llama-3-70b  # one model

A model of more than 16 layers is traced as copies of 3 and 4 layers and extrapolated, so the 70B model
costs about what a 4-layer one does. Prints the machine, each command, its wall time and its verdict.
"""

from __future__ import annotations

import importlib.util
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ENGINE = [str(Path(sys.executable).parent / "engine")]
if not Path(ENGINE[0]).exists():
    ENGINE = [sys.executable, "-m", "engine"]
DEFAULT = [
    ["llama-3-70b"],
    ["llama-3-8b", "--seq-len", "1024"],
    ["gpt2", "--precision", "fp32", "--attention", "eager", "--sharding", "none", "--batch", "2", "--seq-len", "256"],
]


def main() -> None:
    if importlib.util.find_spec("torch") is None or importlib.util.find_spec("transformers") is None:
        sys.exit("benchmarks/check.py needs the extra engine[check] (torch and transformers)")
    cases = [sys.argv[1:]] if len(sys.argv) > 1 else DEFAULT
    print(f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    for args in cases:
        start = time.perf_counter()
        done = subprocess.run([*ENGINE, "check", *args], cwd=REPO, capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - start
        verdict = next((line for line in done.stdout.splitlines() if line.startswith("peak:")), done.stderr.strip())
        print(f"engine check {' '.join(args)}: {seconds:.1f} s (exit {done.returncode})\n  {verdict}")


if __name__ == "__main__":
    main()
