"""The 2025 families (MoE, sliding-window, state-space and hybrid decoders) through the installed CLI, against
transformers' own numbers.

Expected values: tests/data/transformers_counts.json, written by tests/measure/measure_families_2025.py with
transformers 5.24.0 and torch 2.13.0 (parameters of each model class on the meta device, tied tensors once;
active parameters from the model's own expert tensors; KV-cache and Mamba state bytes measured from the cache
object a forward pass returns). None of these numbers come from this project's output.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO, run_engine

COUNTS = json.loads((REPO / "tests" / "data" / "transformers_counts.json").read_text(encoding="utf-8"))
MODELS: dict[str, dict[str, Any]] = COUNTS["models"]
PRESETS = sorted(MODELS)
MOE = [p for p in PRESETS if MODELS[p]["active_params"] is not None]
STATE = [p for p in PRESETS if MODELS[p]["state_bytes_per_sequence_bf16"] is not None]
WINDOWED = [p for p in PRESETS if {"sliding", "chunked"} & set(MODELS[p]["layers_by_kind"])]


def params(*args: str, cwd: Path | None = None) -> dict[str, Any]:
    done = run_engine("params", *args, "--format", "json", cwd=cwd)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def of_preset(preset: str, tmp_path: Path) -> dict[str, Any]:
    # From an empty folder: the built-in specs must ship with the installed package.
    return params(MODELS[preset]["spec"], "--preset", preset, cwd=tmp_path)


def test_the_counts_are_transformers_own() -> None:
    assert COUNTS["meta"]["transformers"] == "5.24.0" and COUNTS["meta"]["torch"] == "2.13.0"
    for preset, model in MODELS.items():
        assert model["config"] == f"tests/data/hf_configs/{preset}.json"
        top = {k: v for k, v in model["by_module"].items() if ".*." not in k}
        assert sum(top.values()) == model["params"], preset  # the module breakdown adds up


@pytest.mark.parametrize("preset", PRESETS)
def test_preset_counts_like_transformers(preset: str, tmp_path: Path) -> None:
    data = of_preset(preset, tmp_path)
    assert data["total"] == MODELS[preset]["params"]
    assert sum(data["components"].values()) == data["total"]  # the parts add up to the total


@pytest.mark.parametrize("preset", PRESETS)
def test_config_json_counts_like_transformers(preset: str) -> None:
    config = MODELS[preset]["config"]
    data = params("--hf-config", config, cwd=REPO)
    assert data["spec"] == MODELS[preset]["spec"] and data["config"] == config
    assert data["total"] == MODELS[preset]["params"]
    assert sum(data["components"].values()) == data["total"]


@pytest.mark.parametrize("preset", PRESETS)
def test_linear_layers_are_transformers_linear_weights(preset: str) -> None:
    # linears: (weight quantization, LoRA targets): every nn.Linear but the LM head, and the experts' weights
    from engine import count_params
    from engine.evaluate.linears import linear_params, linears

    result = count_params(MODELS[preset]["spec"], preset=preset)
    assert linear_params(linears(result)) == MODELS[preset]["linear_weight_params"]


@pytest.mark.parametrize("preset", MOE)
def test_active_parameters_of_mixtures_of_experts(preset: str, tmp_path: Path) -> None:
    derived = of_preset(preset, tmp_path)["derived"]
    assert derived["active_params"] == MODELS[preset]["active_params"]
    assert derived["expert_params"] > 0 and derived["active_params"] < MODELS[preset]["params"]


def test_every_mixture_of_experts_is_recorded_with_its_active_count() -> None:
    assert set(MOE) == {
        "qwen1.5-moe-a2.7b",
        "qwen2-57b-a14b",
        "qwen3-30b-a3b",
        "qwen3-235b-a22b",
        "olmoe-1b-7b-0924",
        "phi-3.5-moe",
        "gpt-oss-20b",
        "gpt-oss-120b",
        "llama-4-scout-17b-16e",
        "jamba-v0.1",
    }


@pytest.mark.parametrize("preset", PRESETS)
def test_kv_cache_per_token_is_what_transformers_caches(preset: str, tmp_path: Path) -> None:
    # bf16: 2 bytes per cached key/value element (sliding and chunked layers count while within their window)
    derived = of_preset(preset, tmp_path)["derived"]
    assert 2 * derived["kv_elements_per_token"] == MODELS[preset]["kv_bytes_per_token_bf16"]


@pytest.mark.parametrize("preset", STATE)
def test_mamba_state_per_sequence_is_what_transformers_caches(preset: str, tmp_path: Path) -> None:
    # transformers keeps the convolution window in the model's dtype and the SSM state in float32
    derived = of_preset(preset, tmp_path)["derived"]
    conv, ssm = derived["conv_state_elements_per_sequence"], derived["ssm_state_elements_per_sequence"]
    assert derived["state_elements_per_sequence"] == conv + ssm
    assert 2 * conv + 4 * ssm == MODELS[preset]["state_bytes_per_sequence_bf16"]
    kinds = MODELS[preset]["layers_by_kind"]
    assert derived["mamba_layers"] == kinds["mamba"]
    assert derived["attention_layers"] == kinds.get("full", 0)


@pytest.mark.parametrize("preset", WINDOWED)
def test_local_and_global_layers_are_transformers_layer_types(preset: str, tmp_path: Path) -> None:
    data = of_preset(preset, tmp_path)
    derived = data["derived"]
    kinds = MODELS[preset]["layers_by_kind"]
    local = "chunked" if "chunked" in kinds else "sliding"
    if "full_attention_layers" in derived:  # mixed layers (gemma3, gpt_oss, llama4); starcoder2 slides everywhere
        assert derived["full_attention_layers"] == kinds.get("full", 0)
        assert derived[f"{local}_attention_layers"] == kinds[local]
        per_layer = MODELS[preset]["cache_per_layer"]
        assert 2 * derived[f"kv_elements_per_token_{local}"] == kinds[local] * per_layer[local]["bytes_per_token"]
        assert 2 * derived["kv_elements_per_token_full"] == kinds["full"] * per_layer["full"]["bytes_per_token"]
    else:  # every layer slides over the same window: the inference rules' sliding_window
        assert kinds == {"sliding": data["values"]["num_layers"]} and data["values"]["sliding_window"] > 0
    # transformers' DynamicSlidingWindowLayer keeps window - 1 tokens (window set to 16, 40-token prompt)
    assert MODELS[preset]["cache_per_layer"][local]["tokens_kept_with_window_16_after_40"] == 15


@pytest.mark.parametrize(
    ("config", "text_preset", "model_type"),
    [("gemma-3-4b-it", "gemma-3-4b", "gemma3"), ("llama-4-scout-17b-16e", "llama-4-scout-17b-16e", "llama4")],
)
def test_a_multimodal_config_is_refused_and_its_text_decoder_is_the_text_preset(
    config: str, text_preset: str, model_type: str
) -> None:
    # The spec language reads config.json's top-level keys only; these configs nest the decoder in
    # text_config, so no spec claims their model_type and the user is told so (no wrong count), plainly:
    # only the text decoder can be counted, and how.
    path = f"tests/data/hf_configs_multimodal/{config}.json"
    done = run_engine("params", "--hf-config", path, "--format", "json", cwd=REPO)
    assert done.returncode == 1
    assert f"error: unknown model_type '{model_type}': its text_config (line " in done.stderr
    assert f"is a '{model_type}_text' text decoder, which spec '{model_type}' counts" in done.stderr
    assert "not the vision tower or the multimodal projector" in done.stderr and "--hf-config" in done.stderr
    assert "Traceback" not in done.stderr
    recorded = COUNTS["multimodal"][config]
    assert recorded["config"] == path
    language = sum(
        v for k, v in recorded["by_module"].items() if k.startswith(("model.language_model", "language_model"))
    )
    assert language == MODELS[text_preset]["params"]  # the text decoder of the whole model is the text preset
    assert recorded["params"] > language  # plus the vision tower and the projector
