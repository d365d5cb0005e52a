"""engine solve / memory: the minimum is minimal, the closed form agrees with the numbers, nothing
negative, and a clear message when nothing fits."""

from __future__ import annotations

import json
import re

import pytest

from engine.api import load_setup, memory, solve
from engine.errors import SpecError
from engine.evaluate.memory import evaluate_memory

GIB = 2**30


@pytest.mark.parametrize(
    ("spec", "gpu", "choices"),
    [
        ("llama-3-8b", "a100-80", {}),
        ("llama-2-70b", "h100", {"recompute": "full"}),
        ("llama-2-7b", "a100-40", {"sharding": "zero2"}),
        ("gpt2-xl", "rtx4090", {"sharding": "none", "precision": "fp32", "attention": "eager"}),
        ("llama-3-70b", "a100-80", {"sharding": "none"}),
    ],
)
def test_minimum_is_minimal(spec: str, gpu: str, choices: dict[str, str]) -> None:
    setup = load_setup(spec, gpu=gpu, choices=choices)
    report = solve(setup)
    layout = report.solution.layout
    assert layout is not None and report.at_limits is not None
    assert report.at_limits.fits
    if layout.dp > 1:  # one data-parallel rank fewer must not fit
        fewer = evaluate_memory(setup.with_values(dp=layout.dp - 1, tp=layout.tp, pp=layout.pp))
        assert not fewer.fits


def test_zero3_inequality_is_the_zero_paper_form() -> None:
    # Model states only: N >= 16 P / (M - R) with the reserve named (ZeRO section 5.3, 16 bytes per parameter).
    setup = load_setup("generic", overrides=["params=7e9", "bucket_elements=0"], choices={"optimizer": "adamw-fused"})
    inequality = solve(setup).solution.inequality
    assert inequality is not None
    assert inequality.text == "dp >= 16*params/(capacity - reserve)"
    assert inequality.latex == r"N_{dp} \geq \frac{16 P}{M - R}"


def test_inequality_agrees_with_the_integer_answer() -> None:
    setup = load_setup("generic", overrides=["params=7e9", "bucket_elements=0"], choices={"optimizer": "adamw-fused"})
    report = solve(setup)
    result = report.at_limits
    assert result is not None and report.solution.layout is not None
    reserve = result.terms["reserve"]
    bound = 16 * 7_000_000_000 / (result.capacity - reserve)
    assert report.solution.layout.dp == int(-(-bound // 1))  # ceil


def test_limits_are_never_negative_and_zero_when_nothing_fits() -> None:
    setup = load_setup("llama-3-70b", gpu="rtx4090", choices={"sharding": "none"})
    report = solve(setup, tp=1, pp=1, gpus=1)
    assert report.solution.layout is None
    assert report.limits == {"max_batch": 0, "max_seq_len": 0}
    assert report.at_limits is not None and not report.at_limits.fits


def test_does_not_fit_message(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("solve", "llama-3.1-405b", "--gpu", "t4", "--sharding", "none", "--tp", "1", "--pp", "1")
    assert result.exit_code == 0
    # 405B x 16 bytes of model states alone is 6,048 GiB; the message names the phase, the view and the GPU
    shown = r"does not fit: needs 7,5\d\d\.\d\d GiB per GPU at the optimizer_step phase \(device view\), has 14\.86 GiB"
    assert re.search(shown, result.stdout)
    assert "largest term: optimizer" in result.stdout
    data = json.loads(
        cli(
            "solve", "llama-3.1-405b", "--gpu", "t4", "--sharding", "none", "--tp", "1", "--pp", "1", "-f", "json"
        ).stdout
    )
    assert data["min_gpus"] is None and data["reason"].startswith("does not fit")


def test_solve_json_contract(cli) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(cli("solve", "specs/llama.yaml", "--gpu", "a100-80", "-f", "json").stdout)
    for key in (
        "min_gpus",
        "layout",
        "inequality",
        "inequality_latex",
        "per_gpu_bytes",
        "capacity_bytes",
        "breakdown",
        "limits",
        "assumptions",
    ):
        assert key in data, key
    assert set(data["breakdown"]) >= {
        "weights",
        "gradients",
        "optimizer",
        "activations",
        "logits",
        "buffers",
        "reserve",
    }
    assert data["assumptions"]["options"]["precision"] == "mixed"
    assert data["assumptions"]["values"]["batch"] == 1 and data["assumptions"]["origins"]["batch"] == "default"
    assert data["per_gpu_bytes"] <= data["capacity_bytes"]


def test_memory_json_contract_and_layout_errors(cli) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(cli("memory", "llama-2-7b", "--gpus", "8", "--tp", "2", "-f", "json").stdout)
    assert {"per_gpu_bytes", "capacity_bytes", "fits", "breakdown"} <= set(data)
    assert data["layout"] == {"dp": 4, "tp": 2, "pp": 1}
    bad = cli("memory", "llama-2-7b", "--gpus", "6", "--tp", "4")
    assert bad.exit_code == 1 and "--gpus 6 is not a multiple of tp x pp = 4" in bad.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--gpu", "a100-8"], "unknown GPU 'a100-8' (did you mean"),
        (["--precision", "fp33"], "unknown precision 'fp33' (did you mean 'fp32'?)"),
        (["--sharding", "zer3"], "unknown sharding 'zer3' (did you mean 'zero3'?)"),
        (["--option", "kernel=megatron"], "have no option 'kernel' (did you mean 'kernels'?)"),
        (["--set", "batchh=2"], "unknown symbol 'batchh' (did you mean 'batch'?)"),
    ],
)
def test_solve_input_errors(args: list[str], message: str, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("solve", "llama", *args)
    assert result.exit_code == 1
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_list_gpus(cli) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(cli("list", "gpus", "-f", "json").stdout)
    names = {g["name"] for g in data}
    assert names >= {
        "a100-40",
        "a100-80",
        "h100-80",
        "h100-pcie",
        "h200",
        "b200",
        "l4",
        "l40s",
        "a10g",
        "t4",
        "v100-16",
        "v100-32",
        "rtx3090",
        "rtx4090",
        "mi250x",
        "mi300x",
        "tpu-v5e",
        "tpu-v5p",
    }
    for gpu in data:
        for fact in ("memory_nominal", "memory_usable", "memory_bandwidth", "flops_bf16", "devices_per_node"):
            assert gpu[fact]["source"], (gpu["name"], fact)
    a100 = next(g for g in data if g["name"] == "a100-80")
    assert a100["memory_usable"]["value"] == 79.25 * GIB  # torch's "total capacity" in OOM messages


def test_memory_rejects_bad_values() -> None:
    setup = load_setup("llama-2-7b")
    with pytest.raises(SpecError, match="not a multiple"):
        memory(setup, gpus=3, tp=2)


def test_limits_come_with_their_closed_form() -> None:
    # Eager attention keeps s x s scores: memory is quadratic in the sequence length (Korthikanti 5as^2b).
    setup = load_setup(
        "gpt2-xl", gpu="rtx4090", choices={"attention": "eager", "sharding": "none", "precision": "fp32"}
    )
    report = solve(setup)
    form = report.limit_forms["max_seq_len"]
    assert "seq_len**2" in form and form.endswith("phase, bytes)")
    # the quadratic's root is the integer limit: evaluate it at the answer and one above
    a, b, c = _coefficients(form)
    capacity = report.at_limits.capacity  # type: ignore[union-attr]
    s = report.limits["max_seq_len"]
    assert a * s * s + b * s + c <= capacity < a * (s + 1) ** 2 + b * (s + 1) + c


def _coefficients(form: str) -> tuple[object, object, object]:
    from fractions import Fraction

    left = form.split(" <= ")[0]
    a = b = c = Fraction(0)
    for term in left.split(" + "):
        number, _, name = term.partition("*")
        value = Fraction(number.strip("()"))
        if name == "seq_len**2":
            a = value
        elif name == "seq_len":
            b = value
        else:
            c = value
    return a, b, c
