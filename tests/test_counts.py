"""Exact parameter counts through the installed CLI, against transformers' own model classes.

Expected values: transformers 5.24.0 model classes instantiated on the meta device,
sum(p.numel() for p in model.parameters()) with tied tensors once (../shared/reference/formulas.md
section 1.3, table "[HF-exact]"). None of these numbers come from this project's output.
"""

from __future__ import annotations

import json

import pytest

from conftest import run_engine

TRANSFORMERS_COUNTS = [
    ("gpt2", 124_439_808),
    ("gpt2-medium", 354_823_168),
    ("gpt2-xl", 1_557_611_200),
    ("llama-2-7b", 6_738_415_616),
    ("llama-2-13b", 13_015_864_320),
    ("llama-2-70b", 68_976_648_192),
    ("llama-3-8b", 8_030_261_248),
    ("llama-3-70b", 70_553_706_496),
    ("llama-3.1-405b", 405_853_388_800),
    ("llama-3.2-1b", 1_235_814_400),
    ("tinyllama-1.1b", 1_100_048_384),
]
SPEC_OF = {"gpt2": "gpt2", "llama": "llama", "tinyllama": "llama"}


def spec_of(preset: str) -> str:
    return SPEC_OF[preset.split("-")[0]]


@pytest.mark.parametrize(("preset", "expected"), TRANSFORMERS_COUNTS)
def test_installed_cli_counts_like_transformers(preset: str, expected: int, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # From an empty folder: the built-in specs must ship with the installed package.
    done = run_engine("params", spec_of(preset), "--preset", preset, "--format", "json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["total"] == expected
    assert sum(data["components"].values()) == expected  # the parts add up to the total


def test_a_preset_name_alone_is_enough(tmp_path) -> None:  # type: ignore[no-untyped-def]
    done = run_engine("params", "llama-2-70b", "--format", "json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["total"] == 68_976_648_192


def test_gpt2_large_matches_the_closed_form() -> None:
    # gpt2-large is [derived] in formulas.md: V·d + P·d + L(12d² + 13d) + 2d with the public config.
    from engine import count_params

    V, P, d, L = 50257, 1024, 1280, 36
    assert count_params("gpt2", preset="gpt2-large").total == V * d + P * d + L * (12 * d * d + 13 * d) + 2 * d


def test_nanogpt_bias_free_gpt2_is_not_what_we_count() -> None:
    # nanoGPT's bias=False GPT-2 has 124,337,664 parameters (transformer_sizing.ipynb); transformers'
    # GPT-2 has biases. Guards against silently adopting the other convention.
    from engine import count_params

    assert count_params("gpt2").total - 124_337_664 == 102_144
