"""`engine check`: the estimate beside a traced step of the real model, through the command.

The traced tests need torch and transformers (the extra engine[check]) and are skipped without them
(.ci/run installs them). They run the presets of tests/data/measured_training_steps.json through the
command with the small configs of tests/test_measured_steps.py, and check that the command's own trace
is the committed one (so the mapping of each choice onto the trace is right) and that it agrees with the
estimate; that a deliberate error in one term of the rules is caught and named; that a config.json of a
model_type no spec reads is traced for its figures. Without torch: the missing-extra message.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from test_measured_steps import CASES, MEASURED

from conftest import REPO

# The measured serving cases (concurrency 2, a prompt of 256 tokens, 16 decoded): (spec, --set, options)
LLAMA_SMALL = CASES["llama-small-sdpa-fp32"][1]
SERVE: dict[str, tuple[str, list[str], dict[str, str]]] = {
    "llama-small-serve-sdpa-bf16": ("llama", LLAMA_SMALL, {"attention": "sdpa"}),
    "gpt2-serve-sdpa-fp32": ("gpt2", [], {"attention": "sdpa", "quant": "fp32"}),
}
GPT2_FP32 = ["check", "gpt2", "--precision", "fp32", "--attention", "eager", "--sharding", "none", "--batch", "2"]


def command(spec: str, sets: list[str], options: dict[str, str], *extra: str) -> list[str]:
    args = ["check", spec, *(a for s in sets for a in ("--set", s))]
    args += [a for k, v in options.items() for a in ("--option", f"{k}={v}")]
    return [*args, *extra]


@pytest.fixture(scope="module")
def torch_available() -> None:
    pytest.importorskip("torch")
    pytest.importorskip("transformers")


def checked(cli: Any, *args: str) -> tuple[int, dict[str, Any]]:
    result = cli(*args, "--format", "json")
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.stdout)


# ------------------------------------------------------------------------------------ without torch


def test_import_needs_no_torch() -> None:
    code = "import sys, engine.check; assert 'torch' not in sys.modules and 'transformers' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


def test_missing_extra_names_it_and_the_cpu_wheel(cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "torch", None)  # `import torch` raises ImportError
    monkeypatch.setitem(sys.modules, "transformers", None)
    result = cli(*GPT2_FP32)
    assert result.exit_code == 1 and "Traceback" not in result.output
    message = result.stderr.strip()
    assert message.startswith("error: tracing a real step needs torch and transformers") and "\n" not in message
    assert "engine[check]" in message
    assert "`pip install torch --index-url https://download.pytorch.org/whl/cpu`" in message
    assert "`pip install 'engine[check]'`" in message


def test_rules_that_cannot_be_traced_say_why(cli: Any) -> None:
    result = cli("check", "llama-2-7b", "--mode", "finetune", "--quant", "nf4")
    assert result.exit_code == 1
    assert "the 'finetune' rules cannot be checked against a trace: LoRA adapters" in result.stderr


def test_a_spec_without_model_code(cli: Any) -> None:
    result = cli("check", "gpt3")
    assert result.exit_code == 1 and "names no transformers model_type" in result.stderr


@pytest.mark.parametrize(
    ("args", "text"),
    [
        (["--tolerance", "-1"], "Invalid value for '--tolerance'"),
        (["--format", "markdown"], "Invalid value for '--format'"),
        (["--layers", "0"], "Invalid value for '--layers'"),
        (["--option", "precision"], "error: --option 'precision' is not NAME=CHOICE"),
    ],
)
def test_usage_errors_exit_2(args: list[str], text: str, cli: Any) -> None:
    result = cli(*GPT2_FP32, *args)
    assert result.exit_code == 2 and text in result.stderr and "Traceback" not in result.output


# --------------------------------------------------------------------------------------- with torch

TRAINING = [c for c in CASES if c in MEASURED]


@pytest.mark.parametrize("case", TRAINING)
def test_measured_training_steps_agree(case: str, cli: Any, torch_available: None) -> None:
    spec, sets, options, batch, seq_len = CASES[case]
    args = command(spec, sets, {"sharding": "none", **options}, "--batch", str(batch), "--seq-len", str(seq_len))
    code, out = checked(cli, *args)
    measured, trace = MEASURED[case], out["trace"]
    # the command traced the committed step: its mapping of the options onto the trace is right
    assert trace["peak"]["total"] == measured["peak"]["total"]
    assert trace["max_act"][str(trace["step"])] == measured["max_act"]
    assert trace["act_split"] == measured["after_forward_act_split"]
    terms = {t["name"]: t for t in out["terms"]}
    for exact in ("weights", "gradients", "optimizer"):
        assert terms[exact]["difference"] == 0, exact
    assert code == 0 and out["agrees"]
    assert abs(out["peak"]["relative"]) < 0.01
    assert out["substituted"] == [] and out["not_followed"] == []


@pytest.mark.parametrize("case", SERVE)
def test_measured_serving_agrees(case: str, cli: Any, torch_available: None) -> None:
    spec, sets, options = SERVE[case]
    args = command(spec, sets, options, "--mode", "infer", "--concurrency", "2", "--context", "272")
    code, out = checked(cli, *args, "--gen-tokens", "16")
    measured, trace = MEASURED[case], out["trace"]
    assert trace["cache_bytes"] == measured["cache_bytes"]
    assert trace["peak"]["total"] == measured["peak"]["total"]
    terms = {t["name"]: t for t in out["terms"]}
    assert terms["weights"]["difference"] == 0
    assert terms["kv_cache"]["difference"] == 0 and terms["kv_bytes_per_token"]["difference"] == 0
    assert code == 0 and out["agrees"]


def test_the_default_question_is_checked_as_its_single_gpu_equivalent(cli: Any, torch_available: None) -> None:
    # llama-3-8b at its defaults (mixed precision, ZeRO-3, flash attention) on 8 GPUs, two layer counts traced
    small = ["--set", "num_layers=4", "--set", "vocab_size=32000", "--seq-len", "128", "--gpus", "8", "--tp", "2"]
    code, out = checked(cli, "check", "llama-3-8b", *small)
    changed = {s["asked"]: s["instead"] for s in out["substituted"]}
    assert changed == {
        "precision=mixed": "precision=bf16",
        "sharding=zero3": "sharding=none",
        "attention=flash": "attention=sdpa",
        "dp=4": "dp=1",
        "tp=2": "tp=1",
    }
    unchecked = {t for s in out["substituted"] for t in s["unchecked"]}
    assert {"weights", "gradients", "optimizer"} <= unchecked
    assert out["trace"]["settings"]["param_dtype"] == "bfloat16"
    assert out["estimate"]["layout"] == {"dp": 1, "tp": 1, "pp": 1}
    assert code == 0 and out["agrees"]


def test_layers_scales_from_copies(cli: Any, torch_available: None) -> None:
    code, out = checked(cli, *GPT2_FP32, "--seq-len", "64", "--layers", "5")
    assert out["trace"]["scaled_from"] == [4, 5] and out["trace"]["layers"] == 12
    assert code == 0 and abs(out["peak"]["relative"]) < 0.01


def test_a_deliberate_error_in_one_term_is_caught_and_named(cli: Any, torch_available: None, tmp_path: Path) -> None:
    # rules that count every gradient twice
    (tmp_path / "doubled.yaml").write_text(
        "kind: rules\nextends: training\nname: doubled-gradients\nquantities:\n  gradients:\n"
        "    expr: 2 * grad_bytes * params_per_gpu / where(shard_grads == 1, shard_degree, 1)\n",
        encoding="utf-8",
    )
    args = [*GPT2_FP32, "--seq-len", "64", "--rules", str(tmp_path / "doubled.yaml")]
    result = cli(*args)
    assert result.exit_code == 1, result.output
    assert "DISAGREES (more than 10%)" in result.stdout
    assert "largest discrepancy: gradients +100.00%" in result.stdout
    code, out = checked(cli, *args)
    assert code == 1 and not out["agrees"] and out["largest_discrepancy"] == "gradients"


def test_a_config_without_a_spec_is_traced_for_its_figures(cli: Any, torch_available: None, tmp_path: Path) -> None:
    # GPTBigCode (StarCoder 1) has no spec: a small one stands in for any model_type no spec reads
    config = {"model_type": "gpt_bigcode", "n_embd": 256, "n_layer": 5, "n_head": 4, "vocab_size": 1000,
              "n_positions": 512, "multi_query": True, "bos_token_id": 0, "eos_token_id": 0}  # fmt: skip
    path = tmp_path / "config.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    result = cli("check", "--hf-config", str(path), "--precision", "fp32", "--batch", "1", "--seq-len", "64")
    assert result.exit_code == 0, result.output
    assert "no spec reads model_type 'gpt_bigcode'" in result.stdout
    code, out = checked(cli, "check", "--hf-config", str(path), "--precision", "fp32", "--seq-len", "64")
    # GPTBigCode: per layer 2 norms (2 x 2 x 256), attention c_attn 256 x (256 + 2 x 64) + bias, c_proj, MLP 4x
    per_layer = 2 * 2 * 256 + (256 * 384 + 384) + (256 * 256 + 256) + (256 * 1024 + 1024) + (1024 * 256 + 256)
    assert out["params_per_layer"] == per_layer
    # multi-query attention: one key and one value head of 64 per layer, fp32
    assert out["cache_per_token"] == {"keys": 5 * 64 * 4, "values": 5 * 64 * 4}
    assert out["activations_per_layer"] > 0 and code == 0


def test_a_model_that_cannot_run_on_fake_tensors_gets_the_traces_message(
    cli: Any, torch_available: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from transformers.activations import SiLUActivation

    def data_dependent(self: Any, hidden_states: Any, *args: Any, **kwargs: Any) -> Any:
        return hidden_states[hidden_states > 0]  # a boolean mask: the output shape depends on the values

    monkeypatch.setattr(SiLUActivation, "forward", data_dependent)
    sets = [a for s in (*LLAMA_SMALL, "num_layers=1") for a in ("--set", s)]
    result = cli("check", "llama", *sets, "--seq-len", "16", "--sharding", "none", "--precision", "fp32")
    assert result.exit_code == 1 and "Traceback" not in result.output
    message = result.stderr.strip()
    assert message.startswith("error: LlamaForCausalLM cannot run under FakeTensorMode (aten.") and "\n" not in message
