"""`engine params --hf-config`: a Hugging Face config.json picks its spec by model_type and gives its values.

Expected counts come from outside the project: F = formulas.md sections 1.2-1.3 (transformers 5.24.0,
meta device); T = transformers 5.24.0 building the same config.json on the meta device
(tests/test_crosscheck.py loads each file with the model's config class and checks these numbers).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import engine
from engine.errors import SpecError, UsageError
from engine.spec.hf import find_cached_config, hub_cache, values_from_hf_config

from conftest import REPO

DATA = REPO / "tests" / "data" / "hf_configs"
EXPECTED: dict[str, tuple[int, str]] = {
    "llama-2-7b.json": (6_738_415_616, "F"),
    "llama-2-13b-defaults.json": (13_015_864_320, "F"),  # no num_key_value_heads, no tie_word_embeddings
    "llama-3.2-1b.json": (1_235_814_400, "F"),
    "mistral-7b-v0.1.json": (7_241_732_096, "F"),
    "mistral-7b-v0.1-no-kv-heads.json": (7_241_732_096, "F"),  # MistralConfig's default is 8 KV heads
    "mixtral-8x7b.json": (46_702_792_704, "F"),
    "qwen2-0.5b.json": (494_032_768, "F"),
    "qwen2.5-7b.json": (7_615_616_512, "F"),
    "qwen3-0.6b.json": (596_049_920, "T"),
    "qwen3-4b-no-head-dim.json": (4_022_468_096, "T"),  # Qwen3Config's head_dim default is 128, not 2560/32
    "gemma-7b.json": (8_537_680_896, "F"),  # no tie_word_embeddings: GemmaConfig ties by default
    "gemma-2-9b.json": (9_241_705_984, "F"),
    "phi-3-mini-4k.json": (3_821_079_552, "F"),
    "olmo-2-1124-7b.json": (7_298_617_344, "T"),
    "falcon-7b.json": (6_921_720_704, "F"),  # no num_kv_heads, ffn_hidden_size or tie_word_embeddings
    "falcon-7b-resaved.json": (6_921_720_704, "F"),  # saved by transformers 5.24: num_kv_heads 71, multi_query
    "falcon-40b.json": (41_303_293_952, "F"),
    "gpt2.json": (124_439_808, "F"),  # GPT-2's own key names: n_embd, n_layer, n_head, n_positions
    "gpt-j-6b.json": (6_050_882_784, "T"),  # EleutherAI/gpt-j-6b; n_inner null
    "opt-350m.json": (331_196_416, "F"),
    "pythia-160m.json": (162_322_944, "F"),
    "bloom-560m.json": (559_214_592, "F"),
    "bloom-176b.json": (176_247_271_424, "F"),  # n_embed, not hidden_size
    "deepseek-v2-lite.json": (15_706_484_224, "F"),  # q_lora_rank null
    "deepseek-v3.json": (671_026_404_352, "F"),
    "t5-small.json": (60_506_624, "F"),
    "t5-v1_1-small.json": (60_511_616, "F"),  # says tie_word_embeddings false; transformers 5.x ties anyway
    "flan-t5-base.json": (222_903_552, "F"),
    "bert-base-uncased.json": (109_514_298, "F"),  # architectures: BertForMaskedLM
}
_FAMILIES_2025 = json.loads((REPO / "tests" / "data" / "transformers_counts.json").read_text(encoding="utf-8"))
EXPECTED.update({Path(m["config"]).name: (m["params"], "T") for m in _FAMILIES_2025["models"].values()})
FILES = sorted(p.name for p in DATA.glob("*.json"))


def test_every_config_file_has_an_expected_count() -> None:
    assert sorted(EXPECTED) == FILES


@pytest.mark.parametrize("name", FILES)
def test_config_counts_like_transformers(name: str, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("params", "--hf-config", f"tests/data/hf_configs/{name}", "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["total"] == EXPECTED[name][0]
    assert data["preset"] is None and data["config"] == f"tests/data/hf_configs/{name}"


def test_every_shipped_model_type_has_a_config_file() -> None:
    types = {json.loads((DATA / name).read_text())["model_type"] for name in FILES}
    assert types == set(engine_model_types())


def engine_model_types() -> list[str]:
    from engine.spec.hf_model_type import model_type_index

    return sorted(model_type_index())


def test_each_model_type_is_read_by_one_builtin_spec() -> None:
    from engine.spec.load import load_spec, specs_of_kind

    claims = [t for _, path in specs_of_kind("architecture") for t in (load_spec(path).hf or _NoHF()).model_types]
    assert len(claims) == len(set(claims)) == 31  # with gptj


class _NoHF:
    model_types: tuple[str, ...] = ()


def test_falcon_multi_query_uses_one_kv_head_whatever_the_config_says() -> None:
    # FalconConfig saves num_kv_heads = num_attention_heads (71) even for multi-query falcon-7b, whose
    # attention uses one shared key/value head (FalconAttention.num_kv_heads): the name memory rules read.
    result = engine.count_params(hf_config=DATA / "falcon-7b-resaved.json")
    assert result.assignment.values["config_num_kv_heads"] == 71
    assert result.assignment.values["num_kv_heads"] == 1
    assert result.derived["kv_elements_per_token"] == 2 * 32 * 1 * 64


def test_table_shows_where_values_came_from(cli) -> None:  # type: ignore[no-untyped-def]
    out = cli("params", "--hf-config", "tests/data/hf_configs/llama-2-13b-defaults.json").stdout
    first = "llama · config tests/data/hf_configs/llama-2-13b-defaults.json · 13,015,864,320 parameters (13 B)"
    assert out.splitlines()[0] == first
    assert "num_kv_heads=40*" in out and "num_layers=40 " in out  # defaulted values are marked


def test_a_folder_holding_config_json(tmp_path: Path) -> None:
    shutil.copy(DATA / "gpt2.json", tmp_path / "config.json")
    assert engine.count_params(hf_config=tmp_path).total == 124_439_808


def test_set_applies_on_top_of_the_config(cli) -> None:  # type: ignore[no-untyped-def]
    args = ("params", "--hf-config", "tests/data/hf_configs/llama-2-7b.json", "--set", "num_layers=1", "-f", "json")
    data = json.loads(cli(*args).stdout)
    assert data["total"] == 4 * 4096**2 + 3 * 4096 * 11008 + 2 * 4096 + 2 * 32000 * 4096 + 4096


def test_python_api_and_the_lead_engineers_entry_point() -> None:
    found = values_from_hf_config(DATA / "mixtral-8x7b.json")
    assert found.spec.name == "mixtral.yaml"
    assert {k: v.text for k, v in found.config.values.items()}["num_experts"] == "8"
    where = found.config.values["num_experts"].span.value  # located at "num_local_experts": 8
    assert (where.line, where.col) == (line_of(DATA / "mixtral-8x7b.json", "num_local_experts"), 24)
    result = engine.count_params(hf_config=DATA / "mixtral-8x7b.json")
    assert result.derived["active_params"] == 12_879_925_248  # formulas.md 1.2 [derived]


def test_a_named_spec_reads_the_config_through_its_own_hf_section(tmp_path: Path) -> None:
    # A user's variant that extends llama inherits its hf keys (less the one it drops), not its model_types.
    (tmp_path / "llama-untied.yaml").write_text(
        "kind: architecture\nextends: llama\nname: llama-untied\nhf:\n  keys:\n    tie_word_embeddings: null\n",
        encoding="utf-8",
    )
    config = DATA / "llama-3.2-1b.json"
    plain = engine.count_params(hf_config=config, spec_dirs=[tmp_path])
    assert plain.plan.spec.name == "llama"  # model_type llama still picks the built-in spec
    variant = engine.count_params("llama-untied", hf_config=config, spec_dirs=[tmp_path])
    assert variant.total == 1_235_814_400 + 128256 * 2048  # formulas.md 1.3, plus the untied head V·d


def test_a_user_spec_claiming_a_model_type_comes_first(tmp_path: Path) -> None:
    text = (REPO / "specs" / "llama.yaml").read_text(encoding="utf-8")
    mine = text.replace("name: llama\n", "name: my-llama\n").replace("extends: base/decoder.yaml", "extends: decoder")
    (tmp_path / "my-llama.yaml").write_text(mine, encoding="utf-8")
    assert engine.count_params(hf_config=DATA / "llama-2-7b.json", spec_dirs=[tmp_path]).plan.spec.name == "my-llama"


def write(tmp_path: Path, base: str, **changes: object) -> Path:
    data = json.loads((DATA / base).read_text(encoding="utf-8"))
    for key, value in changes.items():
        if value is None:
            del data[key]
        else:
            data[key] = value
    path = tmp_path / "config.json"
    path.write_text(json.dumps(data, indent=2, sort_keys=True), encoding="utf-8")
    return path


def line_of(path: Path, key: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if line.startswith(f'  "{key}"'))


@pytest.mark.parametrize(
    ("base", "changes", "key", "col", "message"),
    [
        (
            "llama-2-7b.json",
            {"model_type": "mamba"},
            "model_type",
            17,
            "no spec reads model_type 'mamba'; add one (docs/adding-an-architecture.md); supported: bert, bloom, ",
        ),
        (
            "llama-2-7b.json",
            {"model_type": "lama"},
            "model_type",
            17,
            "no spec reads model_type 'lama'; add one (docs/adding-an-architecture.md)",
        ),
        (
            "llama-2-7b.json",
            {"num_hidden_layers": 0},
            "num_hidden_layers",
            24,
            "'num_layers' must be a positive integer, got 0",
        ),
        (
            "llama-2-7b.json",
            {"hidden_size": "4096"},
            "hidden_size",
            18,
            "'hidden_size' must be a number or true/false, got text '4096'",
        ),
        (
            "llama-2-7b.json",
            {"tie_word_embeddings": 2},
            "tie_word_embeddings",
            26,
            "'tie_word_embeddings' must be 0 or 1, got 2",
        ),
        (
            "t5-small.json",
            {"feed_forward_proj": "gated-gelux"},
            "feed_forward_proj",
            24,
            "'feed_forward_proj' is 'gated-gelux' (did you mean 'gated-gelu'?); the spec knows: relu,",
        ),
        (
            "bert-base-uncased.json",
            {"architectures": ["BertForTokenClassification"]},
            "architectures",
            5,
            "spec 'bert' counts BertModel, BertForMaskedLM, BertForSequenceClassification,"
            " not 'BertForTokenClassification'",
        ),
    ],
)
def test_errors_are_located_in_config_json(  # type: ignore[no-untyped-def]
    base: str, changes: dict[str, object], key: str, col: int, message: str, tmp_path: Path, cli
) -> None:
    path = write(tmp_path, base, **changes)
    result = cli("params", "--hf-config", str(path))
    assert result.exit_code == 1
    line = line_of(path, key) + (1 if key == "architectures" else 0)  # a list's first item is on the next line
    assert result.stderr.startswith(f"{path}:{line}:{col}: error: {message}"), result.stderr
    assert "Traceback" not in result.output


def test_a_missing_size_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, "llama-2-7b.json", num_hidden_layers=None)
    with pytest.raises(SpecError) as info:
        engine.count_params(hf_config=path)
    needs = "spec 'llama' needs it for 'num_layers', which has no default"
    assert str(info.value) == f"{path}:1:1: error: no 'num_hidden_layers' in {path}: {needs}"


def test_a_missing_model_type_lists_the_supported_ones(tmp_path: Path) -> None:
    path = write(tmp_path, "gpt2.json", model_type=None)
    with pytest.raises(SpecError, match=r"no 'model_type' in .*; supported: bert, bloom, cohere, deepseek_v2, .*, t5$"):
        engine.count_params(hf_config=path)


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        ('{\n  "model_type": "llama",\n  "hidden_size": 4,,\n}\n', "3:20", "invalid JSON: Expecting property name"),
        ("[1, 2]\n", "1:1", "a config.json must hold one JSON object"),
        ('{\n\t"model_type": "llama",\n\t"vocab_size": -1\n}\n', "1:1", "no 'hidden_size'"),  # tabs are fine
    ],
)
def test_malformed_files(text: str, where: str, message: str, tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SpecError) as info:
        engine.count_params(hf_config=path)
    assert f"{path}:{where}: error: {message}" in str(info.value)


def test_a_value_in_a_tab_indented_file_is_located(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    path.write_text(
        (DATA / "gpt2.json").read_text().replace("  ", "\t").replace('"n_layer": 12', '"n_layer": -3'), encoding="utf-8"
    )
    with pytest.raises(SpecError) as info:
        engine.count_params(hf_config=path)
    assert f"{path}:{line_of_tab(path, 'n_layer')}:13: error: 'num_layers' must be a positive integer, got -3" == str(
        info.value
    )


def line_of_tab(path: Path, key: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if line.startswith(f'\t"{key}"'))


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["params"], 2, "name a spec, or give a Hugging Face config"),
        (["params", "--hf-config", "tests/data/hf_configs/gpt2.json", "-p", "gpt2"], 2, "leave out --preset"),
        (["params", "llama-2-7b", "--hf-config", "tests/data/hf_configs/gpt2.json"], 2, "'llama-2-7b' is a preset"),
        (["params", "--hf-config", "x.json", "--hf", "openai-community/gpt2"], 2, "not both"),
        (["params", "--hf", "../etc"], 2, "is not a model id"),
        (["params", "--hf-config", "no/such.json"], 1, "no/such.json:1:1: error: cannot read file"),
        (["params", "--hf-config", "tests"], 1, "error: no config.json in folder tests"),
        (
            ["params", "mistral", "--hf-config", "tests/data/hf_configs/llama-2-7b.json"],
            1,
            "error: model_type 'llama' is not one that spec 'mistral' reads (mistral)",
        ),
        (
            ["params", "gpt2", "--hf-config", "tests/data/hf_configs/t5-small.json"],
            1,
            "is not one that spec 'gpt2' reads",
        ),
    ],
)
def test_usage_and_spec_errors(args: list[str], code: int, message: str, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli(*args)
    assert result.exit_code == code
    assert message in result.stderr
    assert "Traceback" not in result.output


# ---------------------------------------------------------------------------------------------
# --hf MODEL_ID: the local Hugging Face cache only
# ---------------------------------------------------------------------------------------------


def fake_cache(root: Path, model_id: str, config: str, commit: str = "0123abcd") -> Path:
    repo = root / ("models--" + model_id.replace("/", "--"))
    (repo / "snapshots" / commit).mkdir(parents=True)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(commit)
    shutil.copy(DATA / config, repo / "snapshots" / commit / "config.json")
    return repo


def test_hf_model_id_reads_the_cache_under_hf_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("HF_HOME", str(tmp_path))
    monkeypatch.delenv("HF_HUB_CACHE", raising=False)
    monkeypatch.delenv("HUGGINGFACE_HUB_CACHE", raising=False)
    fake_cache(tmp_path / "hub", "openai-community/gpt2", "gpt2.json")
    data = json.loads(cli("params", "--hf", "openai-community/gpt2", "-f", "json").stdout)
    assert data["total"] == 124_439_808


def test_hf_hub_cache_wins_and_a_repo_folder_works(tmp_path: Path) -> None:
    env = {"HF_HUB_CACHE": str(tmp_path / "hub"), "HF_HOME": str(tmp_path / "elsewhere")}
    assert hub_cache(env) == tmp_path / "hub"
    assert hub_cache({"XDG_CACHE_HOME": str(tmp_path)}) == tmp_path / "huggingface" / "hub"
    repo = fake_cache(tmp_path / "hub", "meta-llama/Llama-3.2-1B", "llama-3.2-1b.json")
    assert find_cached_config("meta-llama/Llama-3.2-1B", env).parent.name == "0123abcd"
    assert engine.count_params(hf_config=repo).total == 1_235_814_400  # the models--org--name folder itself


def test_a_model_that_is_not_cached_says_how_to_get_it(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match=r"no config.json for 'org/none' in the Hugging Face cache .*huggingface-cli"):
        find_cached_config("org/none", {"HF_HUB_CACHE": str(tmp_path)})
    with pytest.raises(UsageError):
        find_cached_config("org/../../etc", {"HF_HUB_CACHE": str(tmp_path)})
