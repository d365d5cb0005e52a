"""config.json files from strangers (`engine params --hf-config FILE`) never run code, hang or crash.

The files are data in tests/data/hostile_configs/: `bad_*` must be refused (exit 1, or 2 for a
misused command line) with a message that names the file (`bad_derived_*`: the value derived from it,
located in the spec); `any_*` may also be read (exit 0), e.g. hostile text in keys the import ignores.
Deep nesting and oversized files are made here rather than stored. These tests start running once
`engine.hf` (the --hf-config import) is on the branch.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_isolated

pytest.importorskip("engine.hf")

HERE = Path(__file__).resolve().parent / "data" / "hostile_configs"
FILES = sorted(HERE.glob("*.json"))
SENTINEL = "SENTINEL"
HANG_GUARD = 5.0  # seconds; a hang guard, not a benchmark (a number of 10**8 digits would take minutes)


def generated(folder: Path) -> list[Path]:
    base = json.loads((HERE / "any_null_size.json").read_text(encoding="utf-8")) | {"hidden_size": 2048}
    text = json.dumps(base, indent=2)
    files = {
        "bad_deep_lists.json": text.replace('"bfloat16"', "[" * 100_000 + "]" * 100_000),
        "bad_deep_objects.json": '{"model_type": "llama", "a": ' + '{"a": ' * 50_000 + "1" + "}" * 50_000 + "}",
        "bad_oversized.json": text[:-1] + ', "padding": "' + "x" * 2_000_000 + '"}',
        "bad_many_keys.json": text[:-1] + "".join(f', "k{i}": {i}' for i in range(200_000)) + "}",
    }
    for name, content in files.items():
        (folder / name).write_text(content, encoding="utf-8")
    return [folder / name for name in files]


def check(path: Path, folder: Path) -> None:
    result = run_isolated(["params", "--hf-config", str(path)], HANG_GUARD)
    assert result is not None, f"{path.name} ran for more than {HANG_GUARD} s"
    allowed = {0, 1, 2} if path.name.startswith("any_") else {1, 2}
    assert result.exit_code in allowed, result.output[-2000:]
    assert "Traceback" not in result.output and "internal error" not in result.output
    if result.exit_code:
        assert "error: " in result.stderr, result.stderr
        assert path.name in result.stderr or path.name.startswith("bad_derived_"), result.stderr
    assert not (folder / SENTINEL).exists()


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_hostile_config_json(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    check(path, tmp_path)


def test_deep_and_oversized_config_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for path in generated(tmp_path):
        check(path, tmp_path)


def test_the_corpus_covers_the_cases() -> None:
    names = {p.stem for p in FILES}
    assert len(FILES) >= 25
    assert {"bad_nan", "bad_infinity", "bad_huge_int", "bad_code_in_value", "bad_yaml_tag"} <= names
