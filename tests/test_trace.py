"""engine.trace: the traced step of a real model, against the committed measurements.

The tests that trace need torch and transformers (the extra engine[check]) and are skipped without them:
`pip install torch --index-url https://download.pytorch.org/whl/cpu` then `pip install -e '.[check]' pytest`,
and `pytest tests/test_trace.py`. The tests of the missing-extra message run everywhere.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import engine.check
import engine.trace
from engine.errors import EngineError
from engine.trace import (
    MissingExtraError,
    ScalingError,
    SettingsError,
    TraceError,
    TraceResult,
    TraceSettings,
    UnknownModelTypeError,
    trace,
    trace_scaled,
)

TESTS = Path(__file__).resolve().parent
MEASURED = json.loads((TESTS / "data" / "measured_training_steps.json").read_text())["cases"]
sys.path.insert(0, str(TESTS / "measure"))
import measure_training_step as measure  # noqa: E402  (the script's case configs, as the JSON was written)

LLAMA = {"model_type": "llama", **measure.LLAMA}
NOT_COMPARED = {"settings", "scaled_from", "seconds", "not_reproduced"}


def differences(a: TraceResult, b: TraceResult) -> list[str]:
    return [
        f.name for f in dataclasses.fields(a) if f.name not in NOT_COMPARED and getattr(a, f.name) != getattr(b, f.name)
    ]


# ------------------------------------------------------------------------------------ without torch


def test_import_needs_no_torch() -> None:
    code = "import sys, engine.trace; assert 'torch' not in sys.modules and 'transformers' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_missing_torch_names_the_extra_and_the_cpu_index(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "torch", None)  # `import torch` raises ImportError
    with pytest.raises(MissingExtraError) as info:
        trace(TraceSettings(LLAMA))
    message = str(info.value)
    assert isinstance(info.value, EngineError) and "\n" not in message
    assert message.startswith("error: tracing a real step needs torch")
    assert "engine[check]" in message
    assert "pip install torch --index-url https://download.pytorch.org/whl/cpu" in message
    assert "pip install 'engine[check]'" in message


def test_missing_transformers_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "torch", None)
    monkeypatch.setitem(sys.modules, "transformers", None)
    with pytest.raises(MissingExtraError, match="needs torch and transformers"):
        trace_scaled(TraceSettings(LLAMA), (3, 4))


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"mode": "infer"}, "mode must be one of train, serve"),
        ({"batch": 0}, "batch must be a positive integer"),
        ({"param_dtype": "fp8"}, "param_dtype must be one of"),
        ({"optimizer": "Lion"}, "optimizer must be one of AdamW, Adam, SGD"),
        ({"model_config": {"hidden_size": 8}}, "model_config has no model_type"),
    ],
)
def test_settings_are_checked_when_made(change: dict[str, Any], words: str) -> None:
    with pytest.raises(SettingsError, match=words):
        TraceSettings(**{"model_config": LLAMA, **change})


def test_optimizer_names_of_the_engine() -> None:
    assert engine.check.optimizer_settings("sgd-momentum") == ("SGD", {"lr": 1e-3, "momentum": 0.9, "foreach": True})
    assert TraceSettings(LLAMA, optimizer="SGD", optimizer_kwargs={"lr": 0.1}).resolved_steps == 1
    assert TraceSettings(LLAMA).resolved_steps == 2
    with pytest.raises(SettingsError, match="cannot be traced"):
        engine.check.optimizer_settings("adam-8bit")


# --------------------------------------------------------------------------------------- with torch


@pytest.fixture(scope="module")
def torch_available() -> None:
    pytest.importorskip("torch")
    pytest.importorskip("transformers")


@pytest.fixture(scope="module")
def llama_full(torch_available: None) -> TraceResult:
    return trace(measure.settings_of(MEASURED["llama-small-sdpa-fp32"]["config"]))


def committed(name: str, entry: dict[str, Any]) -> None:
    expected = {k: v for k, v in MEASURED[name].items() if k not in ("config", "trace_seconds")}
    assert json.loads(json.dumps(entry)) == expected


def test_llama_case_reproduces_exactly(llama_full: TraceResult) -> None:
    entry = measure.train_entry(llama_full)
    entry["not_reproduced"] = list(llama_full.not_reproduced)
    committed("llama-small-sdpa-fp32", entry)
    assert llama_full.params == 55_976_448
    assert llama_full.peak.total == 1_185_069_616 and llama_full.peak.phase == "optimizer"


def test_gpt2_sgd_case_reproduces_exactly(torch_available: None) -> None:
    name = "gpt2-eager-fp32-sgd"
    committed(name, measure.measure(MEASURED[name]["config"]))


def test_scaled_trace_equals_the_full_trace(llama_full: TraceResult) -> None:
    settings = llama_full.settings.replace(layer_scaling="always")
    scaled = trace_scaled(settings, (3, 4))
    assert scaled.scaled_from == (3, 4) and scaled.layers == 8
    assert differences(llama_full, scaled) == []
    assert trace(settings).scaled_from == (3, 4)  # "always" picks the points itself


def test_scaling_from_too_few_layers_is_refused(torch_available: None) -> None:
    # With 2 layers there is no layer between the first and the last: the windows do not match.
    with pytest.raises(ScalingError, match="exists at one of 2 and 3 layers only"):
        trace_scaled(TraceSettings(LLAMA, batch=1, seq_len=32), (2, 3))


def test_serving_cache_bytes(torch_available: None) -> None:
    settings = TraceSettings({**LLAMA, "num_hidden_layers": 2}, mode="serve", batch=2, prompt_len=64, gen_tokens=4)
    result = trace(settings)
    # keys and values: 2 layers x batch 2 x 4 KV heads x tokens x head_dim 64 x 4 bytes
    per_token = 2 * 2 * 4 * 64 * 4
    assert result.cache_bytes["prefill_end"] == {
        "keys": 64 * per_token,
        "values": 64 * per_token,
        "total": 128 * per_token,
    }
    assert result.cache_total == 2 * (64 + 4) * per_token
    assert result.phases["decode_end"]["ACT"] >= result.cache_total
    assert result.act_split["cache"] == 128 * per_token
    assert result.peak.phase in ("prefill", "decode") and result.grad_bytes == 0


def test_unknown_model_type(torch_available: None) -> None:
    with pytest.raises(UnknownModelTypeError) as info:
        trace(TraceSettings({**LLAMA, "model_type": "lama"}))
    assert str(info.value).startswith("error: transformers ") and "has no model_type 'lama'" in str(info.value)
    assert "(did you mean 'llama'?)" in str(info.value) and "\n" not in str(info.value)


def test_config_that_transformers_rejects(torch_available: None) -> None:
    bad = {"model_type": "mamba2", "hidden_size": 512, "expand": 2, "num_heads": 8, "head_dim": 64}
    with pytest.raises(TraceError, match="transformers rejects the mamba2 config: ValueError: Inconsistent"):
        trace(TraceSettings(bad))


def test_a_model_that_fails_under_fake_tensors_names_the_op(
    torch_available: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from transformers.activations import SiLUActivation

    def data_dependent(self: Any, hidden_states: Any, *args: Any, **kwargs: Any) -> Any:
        return hidden_states[hidden_states > 0]  # a boolean mask: the output shape depends on the values

    monkeypatch.setattr(SiLUActivation, "forward", data_dependent)
    with pytest.raises(engine.trace.FakeTensorError) as info:
        trace(TraceSettings({**LLAMA, "num_hidden_layers": 1}, batch=1, seq_len=16))
    message = str(info.value)
    assert message.startswith("error: LlamaForCausalLM cannot run under FakeTensorMode (aten.")
    assert "in model.layers.N.mlp.act_fn, forward of step 1)" in message and "\n" not in message


def test_moe_experts_in_fp32_cannot_run_fake(torch_available: None) -> None:
    # transformers 5 runs MoE experts with torch._grouped_mm, whose meta kernel (torch 2.13) takes bf16 only.
    mixtral = {"model_type": "mixtral", "hidden_size": 64, "intermediate_size": 128, "num_hidden_layers": 1,
               "num_attention_heads": 4, "num_key_value_heads": 2, "vocab_size": 1000, "num_local_experts": 4,
               "use_cache": False}  # fmt: skip
    try:
        trace(TraceSettings(mixtral, batch=1, seq_len=16, param_dtype="bfloat16"))
    except TraceError as exc:
        pytest.fail(f"bf16 experts should trace: {exc}")
    with pytest.raises(engine.trace.FakeTensorError) as info:
        trace(TraceSettings(mixtral, batch=1, seq_len=16))
    assert "cannot run under FakeTensorMode (aten._grouped_mm in model.layers.N.mlp.experts, forward of step 1)" in str(
        info.value
    )
