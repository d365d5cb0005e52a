"""Bad values get a message naming the value and what was expected, with exit code 1 (2 for a misused
command line): sizes that are zero, negative, fractional or not numbers; heads that do not split; a tensor
parallel degree that does not divide the heads; a GPU without memory; NaN and infinity; unknown names."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from engine.api import load_setup, memory, solve
from engine.errors import SpecError

GPU = """kind: hardware
name: {name}
description: a user's own profile
memory_nominal: {{value: '{nominal}', source: test}}
memory_usable: {{value: '{usable}', source: test}}
memory_bandwidth: {{value: '1e12', source: test}}
flops_bf16: {{value: '1e14', source: test}}
devices_per_node: {{value: '{per_node}', source: test}}
"""
PRESET = """kind: architecture
name: tiny
symbols:
  hidden_size: {{description: width}}
  num_heads: {{description: heads}}
  head_dim: {{description: head width, default: hidden_size / num_heads}}
quantities:
  attn: 4 * hidden_size * num_heads * head_dim
presets:
  p: {{values: {{hidden_size: {hidden}, num_heads: 4}}}}
"""

CASES = [
    # (command line, exit code, the message: the value, and what was expected)
    (
        ["params", "llama", "--set", "hidden_size=0"],
        1,
        "--set:1:13: error: 'hidden_size' must be a positive integer, got 0",
    ),
    (["params", "llama", "--set", "hidden_size=-4096"], 1, "'hidden_size' must be a positive integer, got -4096"),
    (["params", "llama", "--set", "num_layers=2.5"], 1, "'num_layers' must be a positive integer, got 5/2"),
    (["params", "llama", "--set", "num_layers=abc"], 1, "--set:1:12: error: 'abc' must be a number, not an expression"),
    (["params", "llama", "--set", "num_layers="], 1, "--set:1:12: error: empty expression"),
    (["params", "llama", "--set", "num_layers=nan"], 1, "--set:1:12: error: 'nan' is not a finite number"),
    (["params", "llama", "--set", "num_layers=inf"], 1, "--set:1:12: error: 'inf' is not a finite number"),
    (["params", "llama", "--set", "num_layers=-inf"], 1, "--set:1:13: error: 'inf' is not a finite number"),
    (["params", "llama", "--set", "num_layers=1e999"], 1, "'1e999' has an exponent beyond +-300"),
    (
        ["params", "llama", "--set", "num_layers=10**31"],
        1,
        "--set:1:12: error: 'num_layers' = about 10**31 is larger than any real configuration (limit 1e30)",
    ),
    (["params", "llama", "--set", "tie_word_embeddings=2"], 1, "'tie_word_embeddings' must be 0 or 1, got 2"),
    (
        ["params", "llama", "--set", "num_heads=5"],
        1,
        "'head_dim' must be a positive integer, got 4096/5 (its default hidden_size / num_heads)",
    ),
    (["params", "llama", "--set", "num_layer=2"], 1, "unknown symbol 'num_layer' (did you mean 'num_layers'?)"),
    (["memory", "llama", "--set", "hiden_size=2"], 1, "unknown symbol 'hiden_size' (did you mean 'hidden_size'?)"),
    (["params", "llama", "-p", "llama-9"], 1, "has no preset 'llama-9' (did you mean 'llama-3-8b'?); presets: "),
    (["params", "llama-9b"], 1, "no spec named 'llama-9b'"),
    (["memory", "llama", "--gpu", "a100-81"], 1, "unknown GPU 'a100-81' (did you mean 'a100-80'?)"),
    (["memory", "llama", "--precision", "fp33"], 1, "unknown precision 'fp33' (did you mean 'fp32'?); choices: "),
    (["memory", "llama", "--option", "precison=fp32"], 1, "have no option 'precison' (did you mean 'precision'?)"),
    (["memory", "llama", "--set", "fragmentation_fraction=-1"], 1, "must be a number >= 0, got -1"),
    (["memory", "llama", "--set", "microbatches=0"], 1, "'microbatches' must be a positive integer, got 0"),
    # tensor parallelism splits the heads: 3 does not divide Llama 3 8B's 32 heads
    (["memory", "llama", "--tp", "3", "--gpus", "3"], 1, "--tp 3 does not divide num_heads = 32"),
    (["solve", "llama", "--tp", "3"], 1, "--tp 3 does not divide num_heads = 32"),
    (["solve", "llama", "--tp", "16", "--gpus", "16"], 1, "--tp 16 does not divide num_kv_heads = 8"),
    (["memory", "llama", "--gpus", "6", "--tp", "4"], 1, "--gpus 6 is not a multiple of tp x pp = 4"),
    # the layout comes from --gpus/--tp/--pp; a --set value would silently describe another one
    (["memory", "llama", "--set", "tp=2", "--gpus", "2"], 2, "'tp' is part of the layout: give it with --tp"),
    (["solve", "llama", "--set", "dp=4"], 2, "'dp' is part of the layout: give it with --gpus"),
    (["memory", "llama", "--tp", "0"], 2, "Invalid value for '--tp'"),
    (["memory", "llama", "--gpus", "-1"], 2, "Invalid value for '--gpus'"),
    (["memory", "llama", "--batch", "x"], 2, "Invalid value for '--batch'"),
    (["solve", "gpt2", "--gpu", ""], 2, "error: --gpu '' names no GPU"),  # fuzz: IndexError, exit 3
    (["sweep", "gpt2", "--gpu", ",", "--grid", "batch=1..2"], 2, "error: --gpu ',' names no GPU"),  # 'no rows'
]


@pytest.mark.parametrize(("args", "code", "message"), CASES, ids=[" ".join(c[0]) for c in CASES])
def test_bad_values_name_the_value_and_what_was_expected(args: list[str], code: int, message: str, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli(*args)
    assert result.exit_code == code, result.output
    assert message in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"usable": "0"}, "zero.yaml:5:24: error: 'memory_usable' must be a positive number of bytes"),
        ({"usable": "-1"}, "'memory_usable' must be a positive number of bytes, bytes/s or FLOP/s, got -1"),
        ({"usable": "nan"}, "zero.yaml:5:25: error: 'nan' is not a finite number"),
        ({"usable": "2**40", "nominal": "2**30"}, "'memory_usable' cannot exceed 'memory_nominal'"),
        ({"per_node": "2.5"}, "'devices_per_node' must be a whole number"),
        (
            {"usable": "(10**50)**8", "nominal": "(10**50)**8"},
            "'memory_nominal' = about 10**400 is larger than any real device",
        ),
    ],
)
def test_a_users_broken_gpu_profile_reports_its_own_error(
    fields: dict[str, str], message: str, cli, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    values = {"name": "zero", "nominal": "2**30", "usable": "2**30", "per_node": "8", **fields}
    (tmp_path / "zero.yaml").write_text(GPU.format(**values))
    result = cli("memory", "llama", "--gpu", "zero", "--spec-dir", str(tmp_path))
    assert result.exit_code == 1
    assert message in result.stderr  # not "unknown GPU 'zero'": the profile exists, it is broken
    assert "Traceback" not in result.output


def test_a_gpu_with_almost_no_memory_fits_nothing(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "tiny-gpu.yaml").write_text(GPU.format(name="tiny-gpu", nominal=1, usable=1, per_node=8))
    result = cli("solve", "gpt2", "--gpu", "tiny-gpu", "--spec-dir", str(tmp_path))
    assert result.exit_code == 0
    assert "does not fit: needs" in result.stdout and "has 0.00 GiB" in result.stdout


@pytest.mark.parametrize(
    ("hidden", "message"),
    [
        ("0", "'hidden_size' must be a positive integer, got 0"),
        ("-8", "'hidden_size' must be a positive integer, got -8"),
        ("8.5", "'hidden_size' must be a positive integer, got 17/2"),
        ("'eight'", "'eight' must be a number, not an expression using 'eight'"),
        (".nan", "'.nan' is not a finite number"),
        (".inf", "'.inf' is not a finite number"),
        ("'nan'", "'nan' is not a finite number"),
        ("6", "'head_dim' must be a positive integer, got 3/2 (its default hidden_size / num_heads)"),
    ],
)
def test_bad_preset_values_are_located(hidden: str, message: str, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "tiny.yaml").write_text(PRESET.format(hidden=hidden))
    result = cli("params", str(tmp_path / "tiny.yaml"))
    assert result.exit_code == 1
    assert re.match(r"^\S*tiny\.yaml:\d+:\d+: error: ", result.stderr), result.stderr
    assert message in result.stderr


def test_tp_check_in_the_api() -> None:
    setup = load_setup("llama-3-8b")
    with pytest.raises(SpecError, match="does not divide num_heads = 32") as info:
        memory(setup, gpus=6, tp=3)
    assert "try --tp 1, 2, 4, 8" in str(info.value)
    with pytest.raises(SpecError, match="does not divide"):
        solve(setup, tp=6)
    assert memory(setup, gpus=8, tp=8).fits  # 8 divides 32 heads and 8 key/value heads
