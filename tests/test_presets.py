"""Every preset of every built-in spec counts exactly what transformers counts, against stored golden counts.

Where each golden count comes from (none from this project's output):

* F: ../shared/reference/formulas.md sections 1.2-1.3, transformers 5.24.0 on the meta device [HF-exact]
  (gpt2-large is its [derived] closed form);
* T: transformers 5.24.0 (torch 2.13.0+cpu) model classes built on the meta device by
  tests/test_crosscheck.py, sum(p.numel() for p in model.parameters()), tied tensors once; for the 2025
  families (qwen2_moe ... jamba), tests/data/transformers_counts.json, written the same way by
  tests/measure/measure_families_2025.py.

tests/test_crosscheck.py rebuilds every preset with transformers whenever torch is importable and
checks these numbers again.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from engine import count_params
from engine.build.load import load_model
from engine.spec.load import load_spec
from engine.spec.load import specs_of_kind as _specs_of_kind


def builtin_specs() -> list[tuple[str, Path]]:
    """The transformers families (specs that read a model_type): what transformers' classes can check.

    Left out: `generic` (a size), the planning guide's own formula and GPT-3's sizes on GPT-2's layout,
    which no transformers class builds; their tests are tests/test_guide.py and tests/test_table.py."""
    out = []
    for name, path in _specs_of_kind("architecture"):
        spec = load_spec(path)
        if spec.abstract or (spec.hf is not None and spec.hf.model_types):
            out.append((name, path))
    return out


GOLDEN: dict[str, tuple[int, str]] = {
    "gpt2": (124_439_808, "F"),
    "gpt2-medium": (354_823_168, "F"),
    "gpt2-large": (774_030_080, "F"),
    "gpt2-xl": (1_557_611_200, "F"),
    "gpt-j-6b": (6_050_882_784, "T"),  # GPTJForCausalLM(GPTJConfig()) on the meta device
    "llama-2-7b": (6_738_415_616, "F"),
    "llama-2-13b": (13_015_864_320, "F"),
    "llama-2-70b": (68_976_648_192, "F"),
    "llama-3-8b": (8_030_261_248, "F"),
    "llama-3-70b": (70_553_706_496, "F"),
    "llama-3.1-405b": (405_853_388_800, "F"),
    "llama-3.2-1b": (1_235_814_400, "F"),
    "tinyllama-1.1b": (1_100_048_384, "F"),
    "mistral-7b-v0.1": (7_241_732_096, "F"),
    "mistral-7b-v0.3": (7_248_023_552, "T"),
    "mistral-nemo-12b": (12_247_782_400, "T"),
    "mixtral-8x7b": (46_702_792_704, "F"),
    "mixtral-8x22b": (140_630_071_296, "F"),
    "qwen2-7b": (7_615_616_512, "F"),
    "qwen2.5-7b": (7_615_616_512, "F"),
    "qwen2-0.5b": (494_032_768, "F"),
    "qwen3-0.6b": (596_049_920, "T"),
    "qwen3-1.7b": (1_720_574_976, "T"),
    "qwen3-4b": (4_022_468_096, "T"),
    "qwen3-8b": (8_190_735_360, "T"),
    "qwen3-14b": (14_768_307_200, "T"),
    "qwen3-32b": (32_762_123_264, "T"),
    "gemma-7b": (8_537_680_896, "F"),
    "gemma-2b": (2_506_172_416, "F"),
    "gemma-2-2b": (2_614_341_888, "T"),
    "gemma-2-9b": (9_241_705_984, "F"),
    "gemma-2-27b": (27_227_128_320, "T"),
    "olmo-2-1124-7b": (7_298_617_344, "T"),
    "olmo-2-1124-13b": (13_716_198_400, "T"),
    "phi-3-mini-4k": (3_821_079_552, "F"),
    "phi-3-mini-128k": (3_821_079_552, "T"),
    "phi-3-medium-4k": (13_960_238_080, "T"),
    "falcon-7b": (6_921_720_704, "F"),
    "falcon-40b": (41_303_293_952, "F"),
    "falcon-180b": (178_557_088_768, "T"),
    "falcon-rw-1b": (1_311_625_216, "T"),
    "pythia-70m": (70_426_624, "F"),
    "pythia-160m": (162_322_944, "F"),
    "pythia-410m": (405_334_016, "T"),
    "pythia-1b": (1_011_781_632, "T"),
    "pythia-1.4b": (1_414_647_808, "T"),
    "pythia-2.8b": (2_775_208_960, "T"),
    "pythia-6.9b": (6_857_302_016, "F"),
    "pythia-12b": (11_846_072_320, "T"),
    "gpt-neox-20b": (20_554_567_680, "F"),
    "bloom-560m": (559_214_592, "F"),
    "bloom-1b1": (1_065_314_304, "T"),
    "bloom-1b7": (1_722_408_960, "T"),
    "bloom-3b": (3_002_557_440, "T"),
    "bloom-7b1": (7_069_016_064, "T"),
    "bloom-176b": (176_247_271_424, "F"),
    "opt-125m": (125_239_296, "F"),
    "opt-350m": (331_196_416, "F"),
    "opt-1.3b": (1_315_758_080, "T"),
    "opt-2.7b": (2_651_596_800, "T"),
    "opt-6.7b": (6_658_473_984, "F"),
    "opt-13b": (12_853_473_280, "T"),
    "opt-30b": (29_974_540_288, "T"),
    "opt-66b": (65_719_701_504, "T"),
    "deepseek-v2-lite": (15_706_484_224, "F"),
    "deepseek-v2": (235_741_434_880, "F"),
    "deepseek-v3": (671_026_404_352, "F"),
    "t5-small": (60_506_624, "F"),
    "t5-base": (222_903_552, "F"),
    "t5-large": (737_668_096, "F"),
    "t5-3b": (2_851_598_336, "F"),
    "t5-11b": (11_307_321_344, "T"),
    "t5-v1_1-small": (60_511_616, "F"),
    "flan-t5-base": (222_903_552, "F"),
    "flan-t5-large": (750_251_008, "T"),
    "flan-t5-xl": (2_783_959_040, "T"),
    "bert-base-uncased": (109_482_240, "F"),
    "bert-large-uncased": (335_141_888, "F"),
    "bert-base-uncased-mlm": (109_514_298, "F"),
    "bert-large-uncased-mlm": (335_174_458, "T"),
    # BertForSequenceClassification(BertConfig(large), num_labels=2) on the meta device, transformers 5.24.0
    "bert-large-uncased-cls": (335_143_938, "T"),
    # Qwen2ForCausalLM(Qwen2Config(72B sizes)) on the meta device, transformers 5.24.0
    "qwen2.5-72b": (72_706_203_648, "T"),
}
FAMILIES_2025 = json.loads((Path(__file__).parent / "data" / "transformers_counts.json").read_text(encoding="utf-8"))
GOLDEN.update({preset: (model["params"], "T") for preset, model in FAMILIES_2025["models"].items()})

PRESETS = [(name, p.name) for name, path in builtin_specs() for p in load_spec(path).presets]


def test_every_preset_has_an_external_golden_count() -> None:
    assert sorted(p for _, p in PRESETS) == sorted(GOLDEN)


@pytest.mark.parametrize(("spec", "preset"), PRESETS, ids=[p for _, p in PRESETS])
def test_preset_count(spec: str, preset: str) -> None:
    result = count_params(spec, preset=preset)
    assert result.total == GOLDEN[preset][0]
    assert sum(v for k, v in result.parts.items() if "/" not in k) == result.total  # top-level parts add up


@pytest.mark.parametrize(
    ("preset", "active"),
    [
        ("mixtral-8x7b", 12_879_925_248),  # formulas.md 1.2 [derived]
        ("mixtral-8x22b", 140_630_071_296 - 56 * (8 - 2) * 3 * 6144 * 16384),  # total - L(E - k)3dI, 1.2
        ("deepseek-v3", 671_026_404_352 - 58 * (256 - 8) * 3 * 7168 * 2048),  # ~37.55 B in formulas.md 1.2
        ("deepseek-v2", 235_741_434_880 - 59 * (160 - 6) * 3 * 5120 * 1536),  # ~21.4 B in formulas.md 1.2
    ],
)
def test_active_parameters_of_mixtures_of_experts(preset: str, active: int) -> None:
    assert count_params(preset).derived["active_params"] == active


def test_active_parameters_match_the_rounded_figures() -> None:
    assert round(int(count_params("deepseek-v3").derived["active_params"]) / 1e9, 2) == 37.55
    assert round(int(count_params("deepseek-v2").derived["active_params"]) / 1e9, 1) == 21.4


def test_deepseek_v3_reports_transformers_count_and_shows_the_checkpoint_one() -> None:
    # formulas.md 1.2: params() excludes e_score_correction_bias (a buffer): 671,026,404,352; the
    # released weights hold 256 per MoE layer x 58 layers = 14,848 more: 671,026,419,200.
    result = count_params("deepseek-v3")
    assert result.total == 671_026_404_352
    assert result.derived["e_score_correction_bias"] == 14_848
    assert result.derived["checkpoint_params"] == 671_026_419_200


@pytest.mark.parametrize(
    ("preset", "elements"),
    [
        ("llama-2-7b", 524_288 // 2),  # formulas.md 4.2, bytes per token at 2 bytes
        ("llama-3-8b", 131_072 // 2),
        ("mistral-7b-v0.1", 131_072 // 2),
        ("llama-2-70b", 327_680 // 2),
        ("gpt2", 36_864 // 2),
        ("deepseek-v3", 70_272 // 2),
        ("deepseek-v2", 60 * 576),  # DeepSeek-V2 appendix: 34.6K = 60 x 576 (MLA)
        ("deepseek-v2-lite", 27 * 576),  # 15.6K = 27 x 576
    ],
)
def test_kv_elements_per_token(preset: str, elements: int) -> None:
    assert count_params(preset).derived["kv_elements_per_token"] == elements


def test_every_spec_provides_the_names_memory_rules_read() -> None:
    # docs/spec-language.md, "Names that memory rules read from an architecture"
    for name, path in builtin_specs():
        if load_spec(path).abstract:
            continue
        model = load_model(path)
        if "params" in model.symbols:
            continue  # generic: a model known only by its size gives `params` itself
        derived = {q.node.name for q in model.derived}
        symbols = set(model.symbols) | {q.node.name for q in model.block}  # memory-only values are the block's
        assert model.total.node.name == "params", name
        assert {"embedding_params", "lm_head_params", "kv_elements_per_token"} <= derived, name
        assert {"vocab_size", "hidden_size", "num_layers", "gated_mlp", "max_position_embeddings"} <= symbols, name
        if "num_experts" in symbols:
            assert {"active_params"} <= derived and {"num_experts_per_tok", "moe_intermediate_size"} <= symbols


def test_every_quantity_names_its_source() -> None:
    # Each leaf cites the transformers module it counts (itself or through the group around it), and
    # each spec cites its modeling file.
    for name, path in builtin_specs():
        spec = load_spec(path)
        if name == "generic":
            continue  # not a transformers family: a model known only by its size
        assert spec.source.startswith("transformers/models/"), name
        unsourced = [leaf.key for leaf, source in _leaves(spec.total, "") if not source]
        assert not unsourced, (name, unsourced)
        assert all(d.description for d in spec.derived), name


def _leaves(node, inherited):  # type: ignore[no-untyped-def]
    source = node.source or inherited
    if not node.parts:
        yield node, source
    for part in node.parts:
        yield from _leaves(part, source)
