"""docs/planning-guide-errata.md is generated (`engine errata`): the committed file is current, the values it
quotes from outside (the guide's code, traced training steps) are right, and its prose agrees with its numbers."""

from __future__ import annotations

import json
import re
import string
from pathlib import Path

import pytest

from engine.docs import errata

from conftest import REPO, calculate_min_gpus

DOC = REPO / "docs" / "planning-guide-errata.md"
MEASURED = json.loads((REPO / "tests" / "data" / "measured_training_steps.json").read_text())["cases"]
GIB = 2**30


@pytest.fixture(scope="module")
def values() -> dict[str, str]:
    return errata.values()


@pytest.fixture(scope="module")
def text(values: dict[str, str]) -> str:
    return errata.render(values)


def number(text: str) -> float:
    return float(re.sub(r"[^0-9.\-]", "", text.split(" bytes")[0].split(" GiB")[0]))


def test_committed_errata_is_current(text: str) -> None:
    assert DOC.read_text(encoding="utf-8") == text, "regenerate with `engine errata`"


def test_every_placeholder_is_a_computed_value(values: dict[str, str]) -> None:
    template = errata.TEMPLATE.read_text(encoding="utf-8")
    used = {m.group("named") or m.group("braced") for m in string.Template.pattern.finditer(template)} - {None}
    assert used and used <= set(values)


def test_quoted_measurements_are_the_traced_ones(text: str) -> None:
    gpt2, b4 = MEASURED["gpt2-eager-fp32"], MEASURED["gpt2-eager-fp32-b4-s512"]
    ckpt, plain = MEASURED["llama-small-sdpa-fp32-ckpt"], MEASURED["llama-small-sdpa-fp32"]
    for value in (gpt2["max_act"], gpt2["peak"]["total"], b4["max_act"], ckpt["max_act"], plain["max_act"]):
        assert f"{value:,}" in text
    assert f"{(ckpt['max_act'] / plain['max_act'] - 1) * 100:.1f} %" in text  # -52.4 %


def test_the_guides_own_formula_is_what_its_code_computes(values: dict[str, str]) -> None:
    for millions in (124, 1300, 7000):
        gpus, model, training = calculate_min_gpus(millions)
        assert values[f"c_{millions}"] == f"({gpus}, {model:.3f}, {training:.3f})"
    assert values["mp_code"] == f"{7000 * 4 / 1024**3 * 4:.6f}"  # the guide's fp32_memory line, as printed


def test_the_prose_agrees_with_the_numbers(values: dict[str, str]) -> None:
    measured = MEASURED["gpt2-eager-fp32"]["max_act"]
    engine = int(values["m_act"].split(" bytes")[0].replace(",", ""))
    assert 0.5 * GIB <= engine <= 1.0 * GIB and abs(engine / measured - 1) < 1e-4  # "inside the guide's range"
    assert values["m_states_per_param"] == "16"  # "as the guide says"
    assert number(values["m_fsdp_8_act"]) > 0.8  # "0.6-0.8 GB cannot be reached"
    for key in ("x13_2_guide", "x7_8_guide", "x7_16_guide", "x13_2_engine", "x13_4_engine", "x7_8_engine"):
        assert values[key].endswith("does not fit"), key  # "by its own rule ... do not fit, and the engine agrees"
    assert values["x13_4_guide"].endswith(": fits")
    for size in ("8", "24"):
        assert int(values[f"x70_offload_{size}"].split()[0]) < int(values[f"x70_engine_{size}"].split()[0])
    assert "fp32 16, mixed 16" in values["mp_bytes"]  # "exactly as much as fp32"
    for key in ("ck_gpt2", "ck_llama"):  # "larger than the guide says" (50-80 %)
        assert float(values[key].split("(")[1].split()[0]) < -80
    assert -80 <= float(values["off"].split("(")[1].split()[0]) <= -60  # "within the guide's range"


def test_errata_command(tmp_path: Path, cli, monkeypatch: pytest.MonkeyPatch, text: str) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(errata, "render", lambda: text)
    target = tmp_path / "errata.md"
    assert cli("errata", "--out", str(target), "--check").exit_code == 1
    assert cli("errata", "--out", str(target)).exit_code == 0 and target.read_text(encoding="utf-8") == text
    assert cli("errata", "--out", str(target), "--check").exit_code == 0
    assert cli("errata", "--out", "-").stdout == text
