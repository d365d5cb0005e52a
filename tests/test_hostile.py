"""Specs from strangers never run code: each hostile expression is refused with a located message,
and a sentinel file that any executed payload would create never appears."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import run_engine

SENTINEL = "SENTINEL"
PAYLOADS = [
    f"__import__('os').system('touch {SENTINEL}')",
    f"open('{SENTINEL}', 'w')",
    f"exec(\"open('{SENTINEL}', 'w')\")",
    f"eval(\"open('{SENTINEL}', 'w')\")",
    f"compile(\"open('{SENTINEL}', 'w')\", 'f', 'exec')",
    "().__class__.__base__.__subclasses__()",
    "hidden_size.__class__.__mro__",
    f"getattr(__builtins__, 'open')('{SENTINEL}', 'w')",
    "globals()['__builtins__']",
    f"(lambda: open('{SENTINEL}', 'w'))()",
    f"[open('{SENTINEL}', 'w') for _ in (1,)]",
    f"f\"{{open('{SENTINEL}', 'w')}}\"",
    f"(x := open('{SENTINEL}', 'w'))",
    "Symbol('x')",
    f"sympify(\"open('{SENTINEL}', 'w')\")",
    f"S(\"open('{SENTINEL}', 'w')\")",
    "breakpoint()",
    f"__builtins__.open('{SENTINEL}', 'w')",
    f"hidden_size[open('{SENTINEL}', 'w')]",
    f"max(*open('{SENTINEL}', 'w'))",
]
TEMPLATE = """kind: architecture
name: hostile
symbols:
  hidden_size: {{description: width}}
quantities:
  mlp: {payload}
presets:
  p: {{values: {{hidden_size: 8}}}}
"""
LOCATED = re.compile(r"^case\d+\.yaml:6:\d+: error: \S")


def yaml_quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def test_hostile_expressions_are_refused_and_nothing_runs(tmp_path: Path) -> None:
    files = []
    for i, payload in enumerate(PAYLOADS):
        path = tmp_path / f"case{i:02d}.yaml"
        path.write_text(TEMPLATE.format(payload=yaml_quoted(payload)), encoding="utf-8")
        files.append(path.name)
    done = run_engine("validate", *files, cwd=tmp_path)
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 1
    assert len(lines) == len(PAYLOADS), done.stderr
    for line in lines:
        assert LOCATED.match(line), line
    assert "Traceback" not in done.stderr
    assert not (tmp_path / SENTINEL).exists()


def test_python_yaml_tags_are_refused(tmp_path: Path) -> None:
    spec = tmp_path / "tagged.yaml"
    spec.write_text(f'kind: architecture\nname: !!python/object/apply:os.system ["touch {SENTINEL}"]\n')
    done = run_engine("validate", spec.name, cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.startswith("tagged.yaml:2:7: error: unsupported YAML tag '!!python/object/apply:os.system'")
    assert not (tmp_path / SENTINEL).exists()


@pytest.mark.parametrize("payload", PAYLOADS[:8])
def test_hostile_set_values_are_refused(payload: str, cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    result = cli("params", "llama", "--set", f"hidden_size={payload}")
    assert result.exit_code == 1
    located = re.match(r"^--set:1:(\d+): error: ", result.stderr)
    assert located and int(located.group(1)) >= len("hidden_size=") + 1, result.stderr
    assert not (tmp_path / SENTINEL).exists()
