"""engine.api.quick: one question re-asked at new values in floats, against the exact path that decides
fits (solve.search.Probe in exact arithmetic: every pipeline stage, every deciding view)."""

from __future__ import annotations

import doctest

import pytest

import engine.solve.quick
from engine.api import load_setup, quick
from engine.errors import UsageError
from engine.solve.layouts import symbols
from engine.solve.search import ChoiceProbe

CASES = [  # (spec, mode, layout, choices, the values asked)
    (
        "llama-3-8b",
        None,
        {},
        {},
        [dict(batch=b, seq_len=s, gpus=g) for b in (1, 4) for s in (2048, 8192) for g in (1, 8)],
    ),
    ("llama-3-70b", None, {"tp": 4, "pp": 4}, {}, [dict(batch=1, seq_len=4096, gpus=g) for g in (16, 64)]),
    ("llama-3-70b", None, {"tp": 8, "pp": 4, "cp": 2}, {}, [dict(batch=1, seq_len=32768, gpus=g) for g in (64, 128)]),
    ("mixtral-8x7b", None, {"tp": 2}, {"sharding": "zero1"}, [dict(batch=2, seq_len=4096, gpus=16)]),
    ("llama-3-8b", "finetune", {}, {"quant": "nf4-dq"}, [dict(batch=b, seq_len=2048, gpus=1) for b in (1, 8)]),
    (
        "llama-3-70b",
        "infer",
        {"tp": 2},
        {},
        [dict(context=c, concurrency=k, gpus=2) for c in (2048, 32768) for k in (1, 16)],
    ),
    ("deepseek-v2-lite", "infer", {}, {}, [dict(context=8192, concurrency=8, gpus=1)]),
]


def _exact_room(setup, values: dict) -> float:
    data = symbols(setup)[0]
    asked = {k: v for k, v in values.items() if k != "gpus"}
    moved = setup.with_values(**asked)
    split = int(moved.fixed.get("tp", 1)) * int(moved.fixed.get("pp", 1)) * int(moved.fixed.get("cp", 1))
    dp = values["gpus"] // split
    probe = ChoiceProbe(moved, data).at(dp)  # the choices in force at dp (sharding=none at one rank)
    return float(min(capacity - amount for _, amount, capacity in probe.counted(dp, True)))


@pytest.mark.parametrize(("spec", "mode", "layout", "choices", "asked"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_quick_equals_the_exact_path(spec: str, mode: str | None, layout: dict, choices: dict, asked: list) -> None:
    setup = load_setup(spec, mode=mode, gpu="a100-80", choices=choices)
    setup = setup.with_values(**layout) if layout else setup
    ask = quick(setup)
    for values in asked:
        exact = _exact_room(setup, values)
        got = ask.room(**values)
        assert got == pytest.approx(exact, rel=1e-12, abs=1.0), values  # floats: within a byte here
        assert ask.fits(**values) == (exact >= 0), values


def test_quick_refuses_what_cannot_vary() -> None:
    setup = load_setup("llama-3-8b", gpu="a100-80")
    with pytest.raises(UsageError, match="cannot vary here"):
        quick(setup, ["tp"])
    with pytest.raises(UsageError, match="not a variable here"):
        quick(setup).room(hidden_size=1)


def test_module_example() -> None:
    assert doctest.testmod(engine.solve.quick).failed == 0


def test_quick_checks_values_as_set_does() -> None:
    ask = quick(load_setup("llama-3-8b", gpu="a100-80").with_values(tp=2))
    with pytest.raises(UsageError, match="batch = 0, which is not a positive integer"):
        ask.room(batch=0)
    with pytest.raises(UsageError, match="gpus = 3 gives dp = 3/2, which is not a positive integer"):
        ask.room(gpus=3)


def test_quick_checks_values_exactly() -> None:
    with pytest.raises(UsageError, match="batch = 3/2, which is not a positive integer"):
        quick(load_setup("llama-3-8b", gpu="a100-80")).room(batch=1.5)
