"""engine.plan.fold: a numpy program folded to the numbers of one sweep computes what the program does."""

from __future__ import annotations

import pytest

from engine.api import load_setup
from engine.plan.program import Program
from engine.plan.runtime import run

np = pytest.importorskip("numpy")
from engine.plan.fold import Folded  # noqa: E402
from engine.solve.fewest import least_room  # noqa: E402
from engine.solve.sweep import SweepPlan  # noqa: E402


def _source(lines: list[str], inputs: int, outputs: list[str]) -> Program:
    names = [f"in{i}" for i in range(inputs)]
    text = "def plan(" + ", ".join(f"v{i}" for i in range(inputs)) + "):\n"
    text += "".join(f"    {line}\n" for line in lines) + "    return [" + ", ".join(outputs) + "]\n"
    return Program(tuple(names), tuple(outputs), {"numpy": text})


@pytest.mark.parametrize(
    ("spec", "mode", "choices", "stage"),
    [
        ("llama-3-8b", None, {}, 0.0),
        ("llama-3-8b", None, {"sharding": "hybrid"}, 0.0),
        ("mixtral-8x7b", None, {"sharding": "zero1"}, 1.0),
        ("llama-3-70b", "infer", {}, None),
    ],
)
def test_folded_plans_equal_the_plan(spec: str, mode: str | None, choices: dict[str, str], stage: float | None) -> None:
    setup = load_setup(spec, mode=mode, choices=choices, gpu="a100-80")
    grid = ["batch", "seq_len"] if mode is None else ["context", "concurrency"]
    plan = SweepPlan(setup, grid)
    rows = {grid[0]: np.repeat([1.0, 3.0, 8.0], 4), grid[1]: np.tile([512.0, 4096.0, 32768.0, 131072.0], 3)}
    values = {**plan.base, **rows, **({plan.stage: np.float64(stage)} if plan.stage and stage is not None else {})}
    programs = [p for _, p in plan.moving] + [plan.rules.main]
    known = {k: v for k, v in values.items() if k not in (*grid, plan.data)}
    folded = Folded(programs, known, {**dict.fromkeys(grid, "row"), plan.data: "late"}, list(plan.rules.main.outputs))
    state = None
    for dp in (np.float64(1), np.float64(4), np.array([1.0, 2, 3, 4, 5, 6, 7, 8, 16, 64, 512, 4096])):
        at = {**values, plan.data: dp}
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            expected = dict(at)
            for name, program in plan.moving:
                expected[name] = run(program, expected, "numpy")[name]
            expected = run(plan.rules.main, expected, "numpy")
            state, found = folded.run(at, state)
        for name in plan.rules.main.outputs:
            want, got = np.broadcast_to(expected[name], (12,)), np.broadcast_to(found[name], (12,))
            assert np.allclose(got, want, rtol=1e-13, atol=0, equal_nan=True), name


def test_conditions_that_are_numbers_keep_one_branch_and_nan_where_none_holds() -> None:
    program = _source(
        [
            "v3 = _where((v1 > (0.0)), (v0 * v1 * (2.0)), (1 == 1), (v0 / v1))",
            "v4 = _where((v1 < (0.0)), v0, (v0 > (2.0)), (v0 + (1.0)))",
            "v5 = _where((v0 > (2.0)), v1, (1 == 1), (v2 ** 1))",
            "v6 = ((v2 * (1.0 / v1 ** 1)) + (v1 * (0.0)) + ((-1.0) * v0))",
        ],
        3,
        ["v3", "v4", "v5", "v6"],
    )
    rows = np.array([1.0, 2.0, 3.0, 4.0])
    for one in (0.0, 2.0, -1.0):
        values = {"in0": rows, "in1": np.float64(one), "in2": np.float64(7.0)}
        with np.errstate(divide="ignore", invalid="ignore"):
            expected = run(program, values, "numpy")
            _, found = Folded(
                [program], {"in1": np.float64(one), "in2": np.float64(7.0)}, {"in0": "row"}, ["v3", "v4", "v5", "v6"]
            ).run(values)
        for name in ("v3", "v4", "v5", "v6"):
            assert np.array_equal(
                np.broadcast_to(found[name], (4,)), np.broadcast_to(expected[name], (4,)), equal_nan=True
            )


def test_the_least_room_is_argmax_of_the_rooms() -> None:
    amounts = [np.array([5.0, 9.0, 1.0, np.nan]), np.float64(7.0), np.array([7.0, 2.0, np.inf, 1.0])]
    capacities = [np.float64(8.0), np.float64(8.0), np.array([8.0, 8.0, 8.0, 1.0])]
    for chosen in (amounts, [a if np.ndim(a) == 0 else np.nan_to_num(a, nan=0.0) for a in amounts]):
        binding, most, fits, peak, capacity = least_room(chosen, capacities, (4,))
        stacked = np.vstack([np.broadcast_to(a, (4,)) for a in chosen])
        limits = np.vstack([np.broadcast_to(c, (4,)) for c in capacities])
        rooms = stacked - limits
        assert np.array_equal(binding, rooms.argmax(axis=0))
        assert np.array_equal(most, rooms.max(axis=0), equal_nan=True)
        assert np.array_equal(fits, (stacked <= limits).all(axis=0))
        assert np.array_equal(peak, stacked[rooms.argmax(axis=0), np.arange(4)], equal_nan=True)
        assert np.array_equal(capacity, limits[rooms.argmax(axis=0), np.arange(4)])
