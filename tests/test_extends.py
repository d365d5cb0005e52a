"""`extends:` merges later-wins, deletes with null, and keeps every value's origin for errors."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from engine import count_params
from engine.build.load import load_model
from engine.errors import SpecError
from engine.spec.load import load_document

PARENT = """kind: architecture
name: base
symbols:
  hidden_size: {description: width}
  num_layers: {description: layers}
quantities:
  layers:
    repeat: num_layers
    parts:
      attn: 4 * hidden_size**2
      mlp: 8 * hidden_size**2
      norm: 2 * hidden_size
  head: hidden_size
presets:
  small: {values: {hidden_size: 4, num_layers: 2}}
default_preset: small
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_child_overrides_adds_and_deletes(tmp_path: Path) -> None:
    write(tmp_path, "base.yaml", PARENT)
    child = write(
        tmp_path,
        "child.yaml",
        """kind: architecture
extends: base.yaml
name: child
quantities:
  layers:
    parts:
      mlp: 12 * hidden_size**2   # override one part
      norm: null                 # delete another
      bias: hidden_size          # add a third
presets:
  big: {values: {hidden_size: 8, num_layers: 3}}
""",
    )
    model = load_model(child)
    assert [q.key for q in model.parts] == ["layers", "layers/attn", "layers/mlp", "layers/bias", "head"]
    # small: 2 * (4*16 + 12*16 + 4) + 4 = 524, from the inherited preset
    assert count_params(child, preset="small").total == 2 * (4 * 16 + 12 * 16 + 4) + 4
    assert count_params(child, preset="big").total == 3 * (4 * 64 + 12 * 64 + 8) + 8


def test_extends_by_builtin_name_from_another_folder(tmp_path: Path) -> None:
    child = write(
        tmp_path,
        "llama-untied-1b.yaml",
        """kind: architecture
extends: llama
name: llama-variant
presets:
  llama-3.2-1b-untied:
    values: {vocab_size: 128256, hidden_size: 2048, intermediate_size: 8192, num_layers: 16, num_heads: 32,
             num_kv_heads: 8, head_dim: 64, tie_word_embeddings: 0}
default_preset: llama-3.2-1b-untied
""",
    )
    # Llama-3.2-1B has 1,235,814,400 parameters with its tied head (formulas.md 1.3); untying adds V·d.
    assert count_params(child).total == 1_235_814_400 + 128256 * 2048


def test_kind_must_match(tmp_path: Path) -> None:
    write(tmp_path, "base.yaml", PARENT)
    child = write(tmp_path, "child.yaml", "kind: rules\nextends: base.yaml\nname: x\n")
    with pytest.raises(SpecError, match="is a spec of kind 'architecture', this one is 'rules'") as info:
        load_model(child)
    assert info.value.location is not None and info.value.location.line == 2


def test_extends_depth_is_bounded(tmp_path: Path) -> None:
    write(tmp_path, "s0.yaml", PARENT)
    for i in range(1, 20):
        write(tmp_path, f"s{i}.yaml", f"kind: architecture\nextends: s{i - 1}.yaml\nname: s{i}\n")
    with pytest.raises(SpecError, match="deeper than 16"):
        load_model(tmp_path / "s19.yaml")


def test_abstract_and_model_types_describe_one_file_and_are_not_inherited(tmp_path: Path) -> None:
    write(
        tmp_path,
        "base.yaml",
        PARENT.replace("name: base\n", "name: base\nabstract: true\n")
        + "hf:\n  model_types: [toy]\n  keys:\n    hidden_size: hidden_size\n    num_layers: num_layers\n",
    )
    child = write(tmp_path, "child.yaml", "kind: architecture\nextends: base.yaml\nname: child\n")
    spec = load_model(child).spec
    assert not spec.abstract and spec.hf is not None
    assert spec.hf.model_types == () and [k.key for k in spec.hf.keys] == ["hidden_size", "num_layers"]
    assert load_model(tmp_path / "base.yaml").spec.abstract


def test_an_abstract_base_is_checked_without_values(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    base = write(
        tmp_path, "base.yaml", PARENT.replace("name: base\n", "name: base\nabstract: true\n").split("presets:")[0]
    )
    assert cli("validate", str(base)).exit_code == 0
    broken = write(tmp_path, "broken.yaml", base.read_text().replace("norm: 2 * hidden_size", "norm: 2 * hiden_size"))
    result = cli("validate", str(broken))
    assert result.exit_code == 1 and "unknown name 'hiden_size'" in result.stderr


def test_merging_a_wide_parent_is_linear(tmp_path: Path) -> None:
    """Merging copied spans by scanning every span of the file per inherited key: minutes for this pair."""
    symbols = "".join(f"  s{i}: {i}\n" for i in range(9000))  # read, not validated: one value per key
    write(tmp_path, "wide.yaml", f"kind: architecture\nname: wide\nsymbols:\n{symbols}quantities:\n  q: s1\n")
    child = write(tmp_path, "child.yaml", "kind: architecture\nextends: wide.yaml\nsymbols:\n  s0: 2\n")
    started = time.perf_counter()
    doc = load_document(child)
    assert time.perf_counter() - started < 5  # a hang guard, not a benchmark
    assert len(doc.data["symbols"]) == 9000 and doc.data["symbols"]["s0"] == 2
    assert doc.span(("symbols", "s8999")).value.file.endswith("wide.yaml")
