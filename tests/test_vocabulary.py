"""The rules' vocabulary is data: every option has a flag whose help lists its choices and default, every
flag symbol is a flag, one LaTeX name per symbol across the shipped specs, and `engine validate` reports
every error of a file, each at its place, with one unknown-name message."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from conftest import REPO, SPECS

RULES = sorted((SPECS / "rules").glob("*.yaml"))


def resolved(path: Path) -> dict:  # type: ignore[type-arg]
    """A rules spec's data with its extends chain merged (options and symbols only)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    parent = data.get("extends")
    if not parent:
        return data
    base = resolved((path.parent / f"{parent}.yaml") if not parent.endswith(".yaml") else path.parent / parent)
    for section in ("options", "symbols"):
        merged = dict(base.get(section) or {})
        for key, value in (data.get(section) or {}).items():
            merged[key] = {**merged.get(key, {}), **value} if isinstance(value, dict) else value
        data[section] = merged
    return data


def help_of(cli, command: str) -> str:  # type: ignore[no-untyped-def]
    result = cli(command, "--help")
    assert result.exit_code == 0
    return " ".join(result.stdout.split())  # help text is wrapped: compare with single spaces


@pytest.mark.parametrize("command", ["solve", "memory"])
def test_every_option_of_every_rules_spec_is_a_flag_with_its_choices(command: str, cli) -> None:  # type: ignore[no-untyped-def]
    text = help_of(cli, command)
    for path in RULES:
        data = resolved(path)
        if data.get("abstract"):
            continue
        for name, option in (data.get("options") or {}).items():
            assert f"--{name.replace('_', '-')}" in text, (path.name, name)
            listed = " | ".join(c + ("*" if c == option["default"] else "") for c in option["choices"])
            assert listed in text.replace("- ", "-"), (path.name, name, listed)


def test_every_flag_symbol_is_a_flag(cli) -> None:  # type: ignore[no-untyped-def]
    text = help_of(cli, "memory")
    for path in RULES:
        for name, symbol in (resolved(path).get("symbols") or {}).items():
            if symbol.get("flag"):
                assert f"--{name.replace('_', '-')}" in text, (path.name, name)


def test_a_flag_the_rules_do_not_read_says_which_mode_reads_it(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("memory", "llama-3-8b", "--lora-rank", "16")
    assert result.exit_code == 1
    assert "--lora-rank does not apply to the 'training' rules (train) (it applies to --mode finetune)" in result.stderr


def test_one_latex_name_per_symbol() -> None:
    names: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for path in sorted(SPECS.rglob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for name, symbol in (data.get("symbols") or {}).items():
            if isinstance(symbol, dict) and "latex" in symbol:
                names[name][symbol["latex"]].append(path.name)
    drifting = {n: dict(v) for n, v in names.items() if len(v) > 1}
    assert not drifting


BROKEN = """kind: architecture
name: broken
symbols:
  hidden_size: {description: width}
quantities:
  mlp: 8 * hidden_size**2
block:
  layer_norm: 1
default_preset: smal
presets:
  small: {values: {hiden_size: 64}}
"""


def test_validate_reports_every_error_of_a_file(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    spec = tmp_path / "broken.yaml"
    spec.write_text(BROKEN, encoding="utf-8")
    result = cli("validate", str(spec))
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 3, lines
    assert re.search(
        r"broken.yaml:9:17: error: default_preset 'smal' is not one of the presets \(did you mean 'small'\?\)", lines[0]
    )
    assert re.search(
        r"broken.yaml:11:20: error: unknown symbol 'hiden_size' \(did you mean 'hidden_size'\?\)", lines[1]
    )
    assert re.search(
        r"broken.yaml:8:3: error: unknown block value 'layer_norm' \(did you mean 'layer_norms'\?\)", lines[2]
    )
    assert "no rules spec reads it" in lines[2]


def test_the_rules_base_is_the_interface_training_and_inference_share() -> None:
    base = yaml.safe_load((SPECS / "rules" / "base.yaml").read_text(encoding="utf-8"))
    for name in ("training", "inference"):
        data = yaml.safe_load((SPECS / "rules" / f"{name}.yaml").read_text(encoding="utf-8"))
        assert data["extends"] == "base"
        redeclared = [s for s in data["symbols"] if s in base["symbols"] and "latex" in (data["symbols"][s] or {})]
        assert not redeclared, (name, redeclared)  # the interface is declared once
    assert REPO.joinpath("docs", "models", "base.md").is_file()
