"""The disk cache cannot run code, go stale or be turned against its user (issue 16): each property of
engine/cache.py proved on the installed command, as a user would meet it.

Entries are data (JSON), hashed, keyed by everything that decides the answer; folders are 0700; a cache
root that is not the user's own or that others may write to is not used; `cache clear` removes only what
the cache wrote.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from engine import cache

from conftest import REPO, run_engine

SENTINEL = "SENTINEL"
PARENT = """kind: architecture
name: parent
symbols:
  hidden_size: {{description: width}}
quantities:
  mlp: {factor} * hidden_size**2
presets:
  tiny: {{values: {{hidden_size: 64}}}}
"""
CHILD = "kind: architecture\nextends: parent\nname: child\n"


def entries(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.json") if p.read_bytes().startswith(b'{"format": "engine-cache"'))


def rewrite(entry: Path, body: bytes) -> None:
    """Give `entry` a new payload with a matching digest: a valid entry, as only its owner could write."""
    header = json.loads(entry.read_bytes().partition(b"\n")[0])
    header["digest"] = hashlib.sha256(body).hexdigest()
    entry.write_bytes(json.dumps(header).encode() + b"\n" + body)


def answer(*args: str, cache_dir: Path, cwd: Path | None = None, **env: str) -> tuple[int, str, str]:
    done = run_engine(*args, cwd=cwd, env={"ENGINE_CACHE_DIR": str(cache_dir), **env})
    return done.returncode, done.stdout, done.stderr


def fresh(*args: str, cwd: Path | None = None, **env: str) -> str:
    done = run_engine(*args, cwd=cwd, env={"ENGINE_NO_CACHE": "1", **env})
    assert done.returncode == 0, done.stderr
    return done.stdout


# ---- cache clear removes only what it wrote ----


def test_cache_clear_in_the_working_folder_leaves_other_files(tmp_path: Path) -> None:
    """`ENGINE_CACHE_DIR=. engine cache clear` once emptied the working folder."""
    tmp_path.chmod(0o700)
    mine = {
        "notes.txt": b"keep me",
        "data.json": b'{"format": "not-engine"}',
        "v3-lookalike-py311/plan/x.json": b'{"not": "an entry"}',
        "v3-lookalike-py311/plan/.entry-x.txt": b"not a temporary of ours",
        "sub/deep.json": b"{}",
    }
    for name, data in mine.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(data)
    assert answer("params", "gpt2", cache_dir=Path("."), cwd=tmp_path)[0] == 0
    written = entries(tmp_path)
    assert written  # the run did write entries here
    code, out, _ = answer("cache", "clear", cache_dir=Path("."), cwd=tmp_path)
    assert code == 0 and f"removed {len(written)} files" in out
    for name, data in mine.items():
        assert (tmp_path / name).read_bytes() == data, name
    assert not entries(tmp_path)


# ---- planted and tampered entries ----


class Payload:
    """A pickle that would create SENTINEL if anything unpickled it."""

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (os.system, (f"touch {SENTINEL}",))


def test_a_planted_pickle_entry_never_runs_code(solved: tuple[Path, str], tmp_path: Path) -> None:
    planted = pickle.dumps(Payload())
    for entry in damaged_copy(solved, tmp_path):
        entry.write_bytes(planted)
    code, out, err = answer(*SOLVE, cache_dir=tmp_path / "cache", cwd=tmp_path)
    assert (code, out) == (0, solved[1]), err
    assert not (tmp_path / SENTINEL).exists()


def test_a_planted_entry_with_code_in_its_programs_never_runs_it(tmp_path: Path) -> None:
    """A valid entry (digest and all) whose compiled programs call os.system: the plan's run time audits
    every token, so the entry is refused and the answer derived afresh."""
    store = tmp_path / "cache"
    expected = fresh("params", "gpt2", cwd=tmp_path)
    assert answer("params", "gpt2", cache_dir=store, cwd=tmp_path)[0] == 0
    planted = 0
    for entry in entries(store):
        body = entry.read_bytes().partition(b"\n")[2]
        hostile = body.replace(b"return ", f"__import__('os').system('touch {SENTINEL}')\\nreturn ".encode(), 1)
        if hostile != body:
            rewrite(entry, hostile)
            planted += 1
    assert planted
    code, out, err = answer("params", "gpt2", cache_dir=store, cwd=tmp_path)
    assert (code, out) == (0, expected), err
    assert not (tmp_path / SENTINEL).exists()


def test_a_tampered_one_byte_payload_is_a_miss(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The payload's SHA-256 is checked: a payload changed by one byte still parses (12345 -> 72345),
    and is not used."""
    monkeypatch.setenv("ENGINE_CACHE_DIR", str(tmp_path))
    cache.store("test", "key", [], {"answer": 12345})
    (entry,) = entries(tmp_path)
    raw = entry.read_bytes()
    entry.write_bytes(raw[:-6] + raw[-6:].replace(b"1", b"7"))
    assert json.loads(entry.read_bytes().partition(b"\n")[2]) == {"answer": 72345}
    assert cache.load("test", "key") is None


def test_a_tampered_one_byte_entry_is_a_miss(solved: tuple[Path, str], tmp_path: Path) -> None:
    """One digit (or letter) of each entry's payload changed (a changed constant of the inequality's plan, say) is
    caught by the payload's SHA-256: the answer is the fresh one, never a changed inequality."""
    for entry in damaged_copy(solved, tmp_path):
        raw = bytearray(entry.read_bytes())
        start = raw.index(b"\n") + 1
        # a digit, or in a payload without one (an inequality with no dp in it: one rank fits) a letter
        digit = next((i for i in range(start, len(raw)) if chr(raw[i]).isdigit()), None)
        if digit is None:
            digit = next(i for i in range(start, len(raw)) if chr(raw[i]) in "aeiou")
            raw[digit] = ord("x")
        else:
            raw[digit] = ord("7") if raw[digit] != ord("7") else ord("3")
        entry.write_bytes(bytes(raw))
    code, out, err = answer(*SOLVE, cache_dir=tmp_path / "cache", cwd=solved[0].parent)
    assert (code, out) == (0, solved[1]), err


SOLVE = ("solve", "gpt2", "--gpu", "h100")


@pytest.fixture(scope="module")
def solved(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A cache filled by one `engine solve`, and the answer without any cache."""
    folder = tmp_path_factory.mktemp("solved")
    expected = fresh(*SOLVE, cwd=folder)
    assert answer(*SOLVE, cache_dir=folder / "cache", cwd=folder)[1] == expected
    return folder / "cache", expected


def damaged_copy(solved: tuple[Path, str], tmp_path: Path) -> list[Path]:
    shutil.copytree(solved[0], tmp_path / "cache")
    return entries(tmp_path / "cache")


SHAPES = [b"{}", b"[]", b"null", b"1", b'"text"', b'{"spec": 1, "programs": []}', b'{"facts": {"x": [1]}}']


@pytest.mark.parametrize("body", SHAPES, ids=[s.decode() for s in SHAPES])
def test_a_wrong_shaped_entry_is_a_miss(body: bytes, solved: tuple[Path, str], tmp_path: Path) -> None:
    """Valid JSON with a matching digest but not the shape of a plan, an index or a GPU profile."""
    for entry in damaged_copy(solved, tmp_path):
        rewrite(entry, body)
    code, out, err = answer(*SOLVE, cache_dir=tmp_path / "cache", cwd=solved[0].parent)
    assert (code, out) == (0, solved[1]), err


@pytest.mark.parametrize(
    "damage",
    [b"", b"\n", b"{}\n{}", b'{"format": "engine-cache"}', b"\xff\xfe" * 10, b"[" * 100_000 + b"\n{}"],
    ids=["empty", "blank header", "no fields", "format only", "not UTF-8", "deep header"],
)
def test_a_damaged_entry_is_a_miss(damage: bytes, solved: tuple[Path, str], tmp_path: Path) -> None:
    for entry in damaged_copy(solved, tmp_path):
        entry.write_bytes(damage)
    code, out, err = answer(*SOLVE, cache_dir=tmp_path / "cache", cwd=solved[0].parent)
    assert (code, out) == (0, solved[1]), err


def test_a_fifo_planted_as_an_entry_is_refused_not_waited_on(tmp_path: Path) -> None:
    store = tmp_path / "cache"
    assert answer("params", "gpt2", cache_dir=store, cwd=tmp_path)[0] == 0
    for entry in entries(store):
        entry.unlink()
        os.mkfifo(entry)
    code, out, err = answer("params", "gpt2", cache_dir=store, cwd=tmp_path)  # run_engine times out at 120 s
    assert code == 0 and "124,439,808" in out, err


# ---- folders ----


def test_intermediate_folders_are_0700_under_umask_002(tmp_path: Path) -> None:
    store = tmp_path / "missing" / "parents" / "cache"
    probe = (
        "import os, sys; os.umask(0o002); from engine.cli import run; sys.argv = ['engine', 'params', 'gpt2']; run()"
    )
    env = {**os.environ, "ENGINE_CACHE_DIR": str(store)}
    subprocess.run([sys.executable, "-c", probe], env=env, check=False, capture_output=True, cwd=REPO, timeout=120)
    folders = [tmp_path / "missing", tmp_path / "missing" / "parents", *[p for p in store.rglob("*") if p.is_dir()]]
    folders.append(store)
    assert len(folders) >= 5  # root, version, kind: the cache made them all
    for folder in folders:
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert entries(store)


def test_a_group_writable_cache_root_is_not_used(tmp_path: Path) -> None:
    """A valid entry planted in a root others can write to is ignored: one warning, the answer afresh."""
    store = tmp_path / "cache"
    expected = fresh("list", "gpus", cwd=tmp_path)
    assert answer("list", "gpus", cache_dir=store, cwd=tmp_path)[0] == 0
    planted = 0
    for entry in entries(store):
        body = entry.read_bytes().partition(b"\n")[2]
        if b'"facts"' in body:  # a GPU profile: plant a description
            rewrite(entry, body.replace(b'"description":"', b'"description":"PLANTED ', 1))
            planted += 1
    assert planted
    assert "PLANTED" in answer("list", "gpus", cache_dir=store, cwd=tmp_path)[1]  # the owner's own entry is used
    store.chmod(0o770)
    code, out, err = answer("list", "gpus", cache_dir=store, cwd=tmp_path)
    assert (code, out) == (0, expected)
    assert err.count("warning: not using the cache folder") == 1 and "can be written by other users" in err


def test_a_cache_root_owned_by_another_user_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ownership simulated: the tests may run as root, who owns everything it makes; os.getuid says another."""
    monkeypatch.setenv("ENGINE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setitem(cache._STATE, "warned", False)
    source = tmp_path / "source.txt"
    source.write_text("x")
    cache.store("test", "key", [source], {"answer": 42})
    assert cache.load("test", "key") == {"answer": 42}
    monkeypatch.setattr(os, "getuid", lambda: os.stat(tmp_path).st_uid + 1)
    assert cache.load("test", "key") is None
    assert cache.load("test", "key") is None
    cache.store("test", "other", [source], 1)  # nor written to
    warnings = capsys.readouterr().err.splitlines()
    assert len(warnings) == 1 and "is not a folder of yours" in warnings[0]
    monkeypatch.undo()
    assert not list((tmp_path / "cache").rglob("*other*"))


# ---- staleness: extends: by name resolving to a different file ----


def test_a_new_parent_beside_the_spec_gives_the_new_answer(tmp_path: Path) -> None:
    """extends: parent found in --spec-dir; then a parent.yaml beside the spec (searched first) appears."""
    (tmp_path / "mine").mkdir()
    (tmp_path / "lib").mkdir()
    (tmp_path / "mine" / "child.yaml").write_text(CHILD)
    (tmp_path / "lib" / "parent.yaml").write_text(PARENT.format(factor=2))
    store = tmp_path / "cache"
    args = ("params", "mine/child.yaml", "--spec-dir", "lib", "-f", "json")
    assert json.loads(answer(*args, cache_dir=store, cwd=tmp_path)[1])["total"] == 2 * 64**2
    (tmp_path / "mine" / "parent.yaml").write_text(PARENT.format(factor=2000))
    assert json.loads(answer(*args, cache_dir=store, cwd=tmp_path)[1])["total"] == 2000 * 64**2


def test_a_new_parent_in_a_new_subfolder_gives_the_new_answer(tmp_path: Path) -> None:
    """Names are looked up in subfolders too: a new subfolder beside the spec can shadow the parent."""
    (tmp_path / "mine").mkdir()
    (tmp_path / "lib").mkdir()
    (tmp_path / "mine" / "child.yaml").write_text(CHILD)
    (tmp_path / "lib" / "parent.yaml").write_text(PARENT.format(factor=2))
    store = tmp_path / "cache"
    args = ("params", "mine/child.yaml", "--spec-dir", "lib", "-f", "json")
    assert json.loads(answer(*args, cache_dir=store, cwd=tmp_path)[1])["total"] == 2 * 64**2
    (tmp_path / "mine" / "bases").mkdir()
    (tmp_path / "mine" / "bases" / "parent.yaml").write_text(PARENT.format(factor=3))
    assert json.loads(answer(*args, cache_dir=store, cwd=tmp_path)[1])["total"] == 3 * 64**2


def test_another_engine_spec_path_gives_its_own_answer(tmp_path: Path) -> None:
    """The same child under two ENGINE_SPEC_PATHs, each with its own parent: 65,536 vs 8,192,000."""
    for name, factor in (("one", 16), ("two", 2000)):
        (tmp_path / name).mkdir()
        (tmp_path / name / "parent.yaml").write_text(PARENT.format(factor=factor))
    (tmp_path / "mine").mkdir()  # not beside the parents: its subfolders are searched first
    (tmp_path / "mine" / "child.yaml").write_text(CHILD)
    store = tmp_path / "cache"
    for path, total in (("one", 65_536), ("two", 8_192_000), ("one", 65_536), ("two", 8_192_000)):
        code, out, err = answer(
            "params",
            "mine/child.yaml",
            "-f",
            "json",
            cache_dir=store,
            cwd=tmp_path,
            **{"ENGINE_SPEC_PATH": str(tmp_path / path)},
        )
        assert code == 0, err
        assert json.loads(out)["total"] == total, path


def test_a_gpu_profile_extending_by_name_follows_engine_spec_path(tmp_path: Path) -> None:
    """GPU profiles are cached too: their key holds the search path, as the plans' does."""
    profile = (REPO / "specs" / "hardware" / "a100-80.yaml").read_text()
    profile = profile.replace("aliases: [a100, a100-80gb, a100-sxm4-80gb]", "aliases: []")
    for name, description in (("one", "FIRST"), ("two", "SECOND")):
        (tmp_path / name).mkdir()
        (tmp_path / name / "gpu-base.yaml").write_text(
            profile.replace("name: a100-80", "name: gpu-base", 1).replace(
                "description:", f"description: {description}", 1
            )
        )
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "mygpu.yaml").write_text("kind: hardware\nextends: gpu-base\nname: mygpu\naliases: []\n")
    store = tmp_path / "cache"
    for path, description in (("one", "FIRST"), ("two", "SECOND")):
        env = {"ENGINE_SPEC_PATH": f"{tmp_path / 'mine'}{os.pathsep}{tmp_path / path}"}
        code, out, err = answer("list", "gpus", cache_dir=store, cwd=tmp_path, **env)
        assert code == 0, err
        line = next(x for x in out.splitlines() if x.startswith("mygpu "))
        assert description in line, (path, line)
