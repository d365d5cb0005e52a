"""The disk cache: a second process derives nothing, a changed spec is a miss, concurrent writers are safe."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from engine import cache

from conftest import REPO, run_engine

TINY = """kind: architecture
name: tiny
symbols:
  hidden_size: {{description: width}}
quantities:
  mlp: {factor} * hidden_size**2
presets:
  tiny-64: {{values: {{hidden_size: 64}}}}
"""


def fresh_env(tmp_path: Path) -> dict[str, str]:
    return {"ENGINE_CACHE_DIR": str(tmp_path / "cache")}


def test_a_changed_spec_is_a_miss(tmp_path: Path) -> None:
    spec = tmp_path / "tiny.yaml"
    env = fresh_env(tmp_path)
    spec.write_text(TINY.format(factor=8))
    first = run_engine("params", str(spec), "-f", "json", env=env)
    spec.write_text(TINY.format(factor=12))  # same path and size, new content
    second = run_engine("params", str(spec), "-f", "json", env=env)
    assert json.loads(first.stdout)["total"] == 8 * 64**2
    assert json.loads(second.stdout)["total"] == 12 * 64**2


def test_second_process_builds_nothing(tmp_path: Path) -> None:
    env = {**os.environ, **fresh_env(tmp_path)}
    probe = (
        "import sys, engine.build.model as m\n"
        "calls = []\n"
        "real = m.build_model\n"
        "m.build_model = lambda spec: calls.append(spec.name) or real(spec)\n"
        "from engine import api\n"
        "api.solve(api.load_setup('llama-3-8b', gpu='a100-80'))\n"
        "print(len(calls))\n"
    )
    counts = [
        subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True, cwd=REPO)
        for _ in range(2)
    ]
    assert int(counts[0].stdout) >= 2  # the architecture and the training rules
    assert int(counts[1].stdout) == 0


def test_concurrent_processes_share_the_cache(tmp_path: Path) -> None:
    env = {**os.environ, **fresh_env(tmp_path)}
    command = [sys.executable, "-m", "engine", "solve", "llama-2-7b", "--gpu", "h100", "-f", "json"]
    procs = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=REPO) for _ in range(4)
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), [o[1] for o in outputs]
    answers = {json.loads(o[0])["min_gpus"] for o in outputs}
    assert len(answers) == 1
    leftovers = list((tmp_path / "cache").rglob("*.tmp"))
    assert not leftovers  # every write was renamed into place


def test_corrupt_entries_are_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ENGINE_CACHE_DIR", str(tmp_path))
    source = tmp_path / "source.txt"
    source.write_text("x")
    cache.store("test", "key", [source], {"answer": 42})
    assert cache.load("test", "key") == {"answer": 42}
    for entry in tmp_path.rglob("*.json"):
        entry.write_bytes(b"not an entry")
    assert cache.load("test", "key") is None
    source.write_text("y")
    cache.store("test", "key", [source], 1)
    source.write_text("z")
    assert cache.load("test", "key") is None  # derived from a file that changed since


def test_cache_clear_and_off(tmp_path: Path) -> None:
    env = fresh_env(tmp_path)
    assert run_engine("params", "gpt2", env=env).returncode == 0
    done = run_engine("cache", "clear", env=env)
    assert done.returncode == 0 and "removed" in done.stdout
    off = run_engine("cache", "path", env={**env, "ENGINE_NO_CACHE": "1"})
    assert "disabled" in off.stdout


@pytest.mark.parametrize(
    "junk",
    [b"", b"\x80\x05garbage", b"\x80\x04h\x05.", b"\x80\x04K\x01K\x02\x86\x94.", b"(" * 100_000],
    ids=["empty", "garbage", "missing memo (KeyError)", "a pair", "deep (RecursionError)"],
)
def test_a_corrupt_entry_is_a_miss(junk: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ENGINE_CACHE_DIR", str(tmp_path))
    entry = cache._entry_path("model", "key")
    entry.parent.mkdir(parents=True)
    entry.write_bytes(junk)
    assert cache.load("model", "key") is None  # a truncated or foreign file must not break a command
