"""The planning guide's method, reproduced by specs/planning-guide*.yaml and specs/rules/guide.yaml, checked
against the guide's own code evaluated here (not against the engine's output); GPT-3 against Brown et al."""

from __future__ import annotations

import json

import pytest

from engine import count_params
from engine.api import load_setup, solve

from conftest import calculate_min_gpus, calculate_transformer_params, run_engine


def guide_solve(millions: float, gpu_gb: int, precision: str = "fp32") -> int | None:
    setup = load_setup(
        "planning-guide",
        overrides=[f"params_millions={millions}", f"gpu_memory_gb={gpu_gb}"],
        choices={"precision": precision},
    )
    return solve(setup).solution.min_gpus


@pytest.mark.parametrize(("millions", "printed_comment"), [(124, 1), (1300, 3), (7000, 17)])
def test_calculate_min_gpus_examples_give_what_the_formula_computes(millions: int, printed_comment: int) -> None:
    # The guide prints (1, ...) "3 GPUs needed" for 1300 and (12, ...) "17 GPUs needed" for 7000; its formula says:
    expected = calculate_min_gpus(millions)[0]
    assert (millions, expected) in {(124, 1), (1300, 4), (7000, 17)}
    assert guide_solve(millions, 8) == expected


@pytest.mark.parametrize("precision", ["fp32", "fp16"])
@pytest.mark.parametrize("gpu_gb", [8, 24, 80])
@pytest.mark.parametrize("millions", [124, 774, 1300, 7000, 70000, 175000])
def test_guide_rules_equal_calculate_min_gpus(millions: int, gpu_gb: int, precision: str) -> None:
    assert guide_solve(millions, gpu_gb, precision) == calculate_min_gpus(millions, gpu_gb, precision)[0]


def test_the_cli_command_of_the_issue(cli) -> None:  # type: ignore[no-untyped-def]
    done = run_engine(
        "solve", "planning-guide", "--set", "params_millions=1300", "--set", "gpu_memory_gb=8", "-f", "json"
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["min_gpus"] == 4 and data["layout"] == {"dp": 4, "tp": 1, "pp": 1}
    assert data["assumptions"]["rules"] == "guide"  # the architecture names its own rules
    assert data["capacity_bytes"] == -(-8 * 2**30 * 8 // 10)  # gpu_memory_gb * 0.8 in the guide's GB (GiB), rounded up
    # training_memory_gb = 4 x model_memory_gb, divided over 4 GPUs
    assert data["per_gpu_bytes"] * 4 == 4 * 1300 * 10**6 * 4
    text = cli("solve", "planning-guide", "--set", "params_millions=1300", "--set", "gpu_memory_gb=8").stdout
    assert "minimum GPUs: 4" in text and "assumes: a GPU offers 80 % of gpu_memory_gb" in text


def test_a_gpu_profile_gives_the_guides_gpu_memory_gb() -> None:
    # gpu_memory_gb defaults to the profile's nominal memory in GiB: an RTX 4090 is the guide's 24 GB GPU
    setup = load_setup("planning-guide", overrides=["params_millions=7000"], gpu="rtx4090")
    assert solve(setup).solution.min_gpus == calculate_min_gpus(7000, 24)[0] == 6


def test_ddp_keeps_everything_on_every_gpu() -> None:
    fits = load_setup("planning-guide", overrides=["params_millions=124"], choices={"sharding": "none"})
    assert solve(fits).solution.min_gpus == 1
    too_big = load_setup(
        "planning-guide", overrides=["params_millions=1300", "gpu_memory_gb=8"], choices={"sharding": "none"}
    )
    assert solve(too_big).solution.min_gpus is None  # (1.3e9 x 16 bytes) / 2**30 = 19.4 > 6.4, on any number of GPUs


def test_the_guides_parameter_formula() -> None:
    # "How to Calculate Model Size": 38,597,376 + 196,608 + 12 x 7,079,424 + 38,597,376
    assert calculate_transformer_params(50257, 256, 768, 12, 12) == 38_597_376 + 196_608 + 12 * 7_079_424 + 38_597_376
    assert count_params("planning-guide-params").total == calculate_transformer_params(50257, 256, 768, 12, 12)
    family = {"guide-gpt2-small": (768, 12), "guide-gpt2-medium": (1024, 24), "guide-gpt2-large": (1280, 36)}
    family["guide-gpt2-xl"] = (1600, 48)
    for preset, (emb_dim, n_layers) in family.items():
        expected = calculate_transformer_params(50257, 1024, emb_dim, n_layers, 12)
        assert count_params("planning-guide-params", preset=preset).total == expected


def test_the_guides_architecture_has_no_parallel_split_to_search() -> None:
    setup = load_setup("planning-guide-params", overrides=["gpu_memory_gb=8"], choices={"precision": "fp32"})
    report = solve(setup)
    assert report.solution.tried == 1 and report.solution.layout is not None
    assert (report.solution.layout.tp, report.solution.layout.pp) == (1, 1)


# Brown et al. 2020 (arXiv:2005.14165) Table 2.1: n_params as printed, for the sizes in specs/gpt3.yaml
GPT3 = {
    "gpt3-small": (125e6, 12, 768),
    "gpt3-medium": (350e6, 24, 1024),
    "gpt3-large": (760e6, 24, 1536),
    "gpt3-xl": (1.3e9, 24, 2048),
    "gpt3-2.7b": (2.7e9, 32, 2560),
    "gpt3-6.7b": (6.7e9, 32, 4096),
    "gpt3-13b": (13.0e9, 40, 5140),
    "gpt3-175b": (175.0e9, 96, 12288),
}


@pytest.mark.parametrize("preset", sorted(GPT3))
def test_gpt3_counts_follow_gpt2_layout_and_round_to_table_2_1(preset: str) -> None:
    printed, layers, d = GPT3[preset]
    # formulas.md section 1.2, GPT-2: V*d + P*d + L*(12 d^2 + 13 d) + 2 d, tied head; n_ctx = 2048
    by_hand = 50257 * d + 2048 * d + layers * (12 * d * d + 13 * d) + 2 * d
    total = count_params(preset).total
    assert total == by_hand
    assert abs(total - printed) / printed < 0.02
