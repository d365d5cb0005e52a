"""docs/adding-an-architecture.md works as written: its spec and config.json, copied into an empty folder,
count StableLM exactly, through --spec-dir only (no file of the project changes).

Expected counts are transformers 5.24.0's, StableLmForCausalLM on the meta device (the page shows how);
2,795,443,200 is also the parameter count on the model card of stabilityai/stablelm-3b-4e1t.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import REPO

DOC = (REPO / "docs" / "adding-an-architecture.md").read_text(encoding="utf-8")


def block(language: str, starts: str) -> str:
    found = re.search(rf"```{language}\n({re.escape(starts)}.*?)```", DOC, re.S)
    assert found is not None, f"no {language} block starting with {starts!r}"
    return found.group(1)


@pytest.fixture
def my_specs(tmp_path: Path) -> Path:
    folder = tmp_path / "my-specs"
    folder.mkdir()
    (folder / "stablelm.yaml").write_text(block("yaml", "kind: architecture\nextends: decoder"), encoding="utf-8")
    (folder / "config.json").write_text(block("json", "{"), encoding="utf-8")
    return folder


def total(cli, *args: str) -> int:  # type: ignore[no-untyped-def]
    result = cli("params", *args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return int(json.loads(result.stdout)["total"])


def test_the_spec_validates(my_specs: Path, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("validate", str(my_specs / "stablelm.yaml"), "--spec-dir", str(my_specs))
    assert result.exit_code == 0, result.output


def test_the_presets_count_like_transformers(my_specs: Path, cli) -> None:  # type: ignore[no-untyped-def]
    assert total(cli, "stablelm", "--spec-dir", str(my_specs)) == 2_795_443_200
    assert total(cli, "stablelm-2-1.6b", "--spec-dir", str(my_specs)) == 1_644_515_328


def test_the_config_json_picks_the_new_spec(my_specs: Path, cli) -> None:  # type: ignore[no-untyped-def]
    assert total(cli, "--hf-config", str(my_specs / "config.json"), "--spec-dir", str(my_specs)) == 1_644_515_328


def test_the_optional_modules(my_specs: Path, cli) -> None:  # type: ignore[no-untyped-def]
    # A StableLM-2-12B-like configuration (per-head q/k LayerNorms, parallel residual, 8 KV heads):
    # transformers 5.24.0 counts 12,143,185,920 for it.
    sizes = ["hidden_size=5120", "intermediate_size=13824", "num_layers=40", "num_kv_heads=8", "use_qkv_bias=0"]
    flags = ["qk_layernorm=1", "use_parallel_residual=1"]
    args = [a for pair in (("--set", s) for s in sizes + flags) for a in pair]
    assert total(cli, "stablelm-2-1.6b", "--spec-dir", str(my_specs), *args) == 12_143_185_920


def test_the_error_shown_on_the_page(my_specs: Path, cli) -> None:  # type: ignore[no-untyped-def]
    config = my_specs / "config.json"
    config.write_text(config.read_text().replace('"stablelm"', '"stablelm2"'), encoding="utf-8")
    result = cli("params", "--hf-config", str(config), "--spec-dir", str(my_specs))
    shown = re.search(r"`my-specs/config.json(:\d+:\d+: error: no spec reads model_type\s+'stablelm2';[^;]*;)", DOC)
    assert shown is not None
    assert result.stderr.startswith(str(config) + shown.group(1).replace("\n", " "))
