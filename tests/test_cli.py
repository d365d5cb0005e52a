"""The command line: outputs, formats, exit codes, help, spec lookup."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import REPO, SPECS, run_engine

TINY = """kind: architecture
name: tiny
symbols:
  hidden_size: {description: width, latex: d}
quantities:
  mlp: 8 * hidden_size**2
presets:
  tiny-64: {values: {hidden_size: 64}}
"""


def test_params_table_shows_components_shares_total_and_defaults(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("params", "specs/llama.yaml", "--preset", "llama-3.2-1b")
    assert result.exit_code == 0
    out = result.stdout
    assert out.splitlines()[0] == "llama · preset llama-3.2-1b · 1,235,814,400 parameters (1.24 B)"
    assert "lm_head" in out and "total (params)" in out and "100.00%" in out
    assert "tie_word_embeddings=1" in out and "attention_bias=0*" in out  # defaults are marked, not hidden


def test_params_json_contract(cli) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(cli("params", "gpt2", "--format", "json").stdout)
    assert {"spec", "preset", "values", "total", "components"} <= set(data)
    assert data["spec"] == "gpt2" and data["preset"] == "gpt2"
    assert data["values"]["hidden_size"] == 768
    assert data["components"]["h/attn/c_attn"] == 12 * (768 * 2304 + 2304)  # Conv1D(3d, d) with bias, x12
    assert sum(data["components"].values()) == data["total"] == 124_439_808


def test_params_markdown(cli) -> None:  # type: ignore[no-untyped-def]
    out = cli("params", "gpt2", "--format", "markdown").stdout
    assert out.startswith("### gpt2 · preset gpt2")
    assert "| component | parameters | share |" in out


def test_set_overrides_a_symbol(cli) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(cli("params", "llama", "-p", "llama-2-7b", "--set", "num_layers=1", "-f", "json").stdout)
    # one Llama-2-7B layer: 4·4096² attention + 3·4096·11008 MLP + 2·4096 norms
    layer = 4 * 4096**2 + 3 * 4096 * 11008 + 2 * 4096
    assert data["total"] == layer + 2 * 32000 * 4096 + 4096


def test_formula_text_latex_markdown(cli) -> None:  # type: ignore[no-untyped-def]
    text = cli("formula", "gpt2", "h").stdout
    assert text.splitlines()[0] == "h = num_layers*(attn + ln_1 + ln_2 + mlp)"
    latex = cli("formula", "gpt2", "wte", "--format", "latex").stdout
    assert r"  \mathrm{wte} &= d V" in latex.splitlines()  # a line of the align block (tests/test_new_user.py)
    markdown = cli("formula", "llama", "--format", "markdown").stdout
    assert "| quantity | formula | source |" in markdown and "$d V$" in markdown


def test_formula_unknown_quantity_suggests(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("formula", "llama", "layers/mlp/gate")
    assert result.exit_code == 1
    assert "no quantity 'layers/mlp/gate' (did you mean 'layers/mlp/gate_proj'?)" in result.stderr


def test_validate_ok_for_every_shipped_spec(cli) -> None:  # type: ignore[no-untyped-def]
    paths = [str(p.relative_to(REPO)) for p in sorted(SPECS.rglob("*.yaml"))]
    result = cli("validate", *paths)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [f"OK {p}" for p in paths]


def test_list(cli) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(cli("list", "--format", "json").stdout)
    names = {e["name"]: e for e in data}
    assert names["llama"]["presets"][0] == "llama-3-8b"  # the default preset first
    assert set(names["gpt2"]["presets"]) == {"gpt2", "gpt2-medium", "gpt2-large", "gpt2-xl"}
    assert "decoder" not in names  # abstract bases are listed by 'engine list bases' only


def test_list_bases(cli) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(cli("list", "bases", "--format", "json").stdout)
    paths = {e["name"]: e["path"] for e in data}
    assert sorted(paths) == ["base", "decoder", "deepseek"]  # base: the rules interface (specs/rules/base.yaml)
    assert paths["decoder"].endswith("specs/base/decoder.yaml")  # also inside an installed wheel (_data/specs)


def test_user_spec_dir_and_env_path(tmp_path: Path, cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "tiny.yaml").write_text(TINY)
    assert json.loads(cli("params", "tiny", "--spec-dir", str(tmp_path), "-f", "json").stdout)["total"] == 8 * 64**2
    monkeypatch.setenv("ENGINE_SPEC_PATH", str(tmp_path))
    assert json.loads(cli("params", "tiny-64", "-f", "json").stdout)["total"] == 8 * 64**2
    assert "tiny" in cli("list").stdout


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["params", "lama"], 1, "error: no spec named 'lama' (did you mean 'llama'?)"),
        (["params", "llama", "-p", "llama-2-8b"], 1, "has no preset 'llama-2-8b' (did you mean 'llama-3-8b'?)"),
        (["params", "llama", "--set", "num_layer=2"], 1, "--set:1:1: error: unknown symbol 'num_layer' (did you mean"),
        (["params", "llama", "--set", "num_layers"], 1, "'num_layers' is not NAME=VALUE"),
        (
            ["params", "llama", "--set", "num_layers=0"],
            1,
            "--set:1:12: error: 'num_layers' must be a positive integer, got 0",
        ),
        (["params", "llama", "--set", "num_layers=2.5"], 1, "must be a positive integer, got 5/2"),
        (["params", "llama", "--format", "yaml"], 2, "Invalid value"),
        (["params", "no/such/file.yaml"], 1, "error: no such spec file: no/such/file.yaml"),
        (["frobnicate"], 2, "No such command"),
    ],
)
def test_errors_and_exit_codes(args: list[str], code: int, message: str, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli(*args)
    assert result.exit_code == code
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_help_has_examples(cli) -> None:  # type: ignore[no-untyped-def]
    for command in ("params", "formula", "validate", "list", "plan"):
        out = cli(command, "--help").stdout
        assert "Example: engine " + command in out


def test_python_dash_m_and_console_script_agree(tmp_path: Path) -> None:
    import subprocess
    import sys

    module = subprocess.run(
        [sys.executable, "-m", "engine", "params", "gpt2", "-f", "json"], capture_output=True, text=True, cwd=tmp_path
    )
    script = run_engine("params", "gpt2", "-f", "json", cwd=tmp_path)
    assert module.returncode == script.returncode == 0
    assert json.loads(module.stdout) == json.loads(script.stdout)


def test_internal_errors_exit_3_without_traceback(cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import engine.api

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(engine.api, "count_params", broken)
    result = cli("params", "llama")
    assert result.exit_code == 3
    assert "internal error: RuntimeError: boom" in result.stderr and "please report it" in result.stderr
    assert "Traceback" not in result.stderr
