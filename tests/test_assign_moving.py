"""The rules' assignment of a question is worked out once per shape (engine.evaluate.assign.moving) and only
the fixed values and what follows from them afresh: it must equal the full assignment at every layout,
and a value out of its domain must give the full assignment's located error."""

from __future__ import annotations

from dataclasses import replace

import pytest

from engine.api import fix, load_setup
from engine.errors import SpecError
from engine.evaluate import memory
from engine.evaluate.assign import Origin, assign
from engine.evaluate.question import Setup, bound_values


def full(setup: Setup) -> tuple[dict[str, object], dict[str, object]]:
    bound = bound_values(setup)
    bound.update({k: (v, Origin("layout")) for k, v in setup.fixed.items()})
    found = assign(setup.rules, None, setup.overrides, bound, setup.choices)
    return dict(found.values), dict(found.origins)


@pytest.mark.parametrize(
    ("preset", "mode", "choices", "overrides"),
    [
        ("llama-3-8b", "train", {}, {}),
        ("llama-3-8b", "train", {"sharding": "zero1"}, {"fragmentation_fraction": "0.1"}),
        ("mixtral-8x7b", "train", {}, {}),
        ("llama-3-8b", "infer", {}, {}),
        ("llama-3-8b", "finetune", {}, {}),
    ],
)
def test_the_moving_assignment_equals_the_full_one(
    preset: str, mode: str, choices: dict[str, str], overrides: dict[str, str]
) -> None:
    setup = load_setup(preset, gpu="h100", mode=mode, choices=choices or None, overrides=overrides)
    for values in ({}, {"tp": 2}, {"pp": 4, "tp": 2, "dp": 3}, {"pp": 2, "dp": 1, "tp": 1}, {"dp": 64, "tp": 8}):
        asked = [k for k in ("batch", "seq_len") if setup.rules.spec.symbol(k) is not None]
        for batch in (1, 3, 16):
            moved = fix(setup, {k: batch * (1 if k == "batch" else 512) for k in asked}).with_values(**values)
            found = memory.assign_rules(moved)
            assert (dict(found.values), dict(found.origins)) == full(moved)
            assert all(type(found.values[k]) is type(v) for k, v in full(moved)[0].items())
    assert any(shape is not None for *_, shape in memory._MOVING.values())  # the moving path was taken


def test_a_value_out_of_its_domain_gives_the_located_error() -> None:
    setup = load_setup("llama-3-8b", gpu="a100-80")
    memory.assign_rules(setup.with_values(batch=2, dp=2))  # the shape is remembered
    bad = setup.with_values(batch=2, dp=2)
    bad = replace(bad, fixed={**bad.fixed, "batch": 0})
    with pytest.raises(SpecError) as moving_error:
        memory.assign_rules(bad)
    with pytest.raises(SpecError) as full_error:
        full(bad)
    assert str(moving_error.value) == str(full_error.value) and "batch" in str(moving_error.value)
