"""The engine's throughput against the published measurements (tests/data/measured_throughput.json).

Run from the repository root with the package installed:

    python benchmarks/throughput_report.py

The cases, the engine's question for each and the stated reasons are those of tests/test_throughput.py
(one table, read from there). Prints every compared case with its ratio engine / measured, how many training
and serving cases agree within 20 %, each outlier with its ratio and reason, and the published cases the
engine cannot ask.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parent.parent


def load_cases() -> ModuleType:
    """tests/test_throughput.py, loaded by path (tests/ is not a package)."""
    spec = importlib.util.spec_from_file_location("test_throughput", REPO / "tests" / "test_throughput.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["test_throughput"] = module
    spec.loader.exec_module(module)
    return module


def main() -> None:
    cases = load_cases()
    rows = cases.rows()
    width = max(len(r[0]) for r in rows)
    print(f"{'case':{width}}  {'engine':>12}  {'measured':>12}  ratio")
    for case_id, _, ours, value, why in rows:
        print(f"{case_id:{width}}  {ours:12,.4g}  {value:12,.4g}  {ours / value:5.2f}{'  *' if why else ''}")
    print()
    for kind in ("training", "serving"):
        mine = [r for r in rows if r[1] == kind]
        agree = [r for r in mine if abs(r[2] / r[3] - 1) <= cases.TOLERANCE]
        print(f"{kind}: {len(agree)} of {len(mine)} within {cases.TOLERANCE:.0%}")
    print("\noutliers (* above):")
    for case_id, _, ours, value, why in rows:
        if why:
            print(f"  {case_id} ({ours / value:.2f}): {why}")
    print("\nnot compared:")
    for case_id, why in cases.NOT_COMPARED.items():
        print(f"  {case_id}: {why}")


if __name__ == "__main__":
    main()
