"""Every OS error on every path is a user error (exit 1 or 2, located, one line), never exit 3 or a hang
(issue 16): names too long for the file system, symbolic-link loops on the search path, outputs that
cannot be written (a missing folder, a folder, a FIFO, a full disk), odd Hugging Face caches, and
permission errors. Writes are atomic: a failed one leaves no temporary file and the old file as it was.
"""

from __future__ import annotations

import errno
import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import engine.docs.site
import engine.files

from conftest import REPO, SPECS, run_engine, run_isolated

LONG = "x" * 300  # a file name may have 255 bytes
HANG_GUARD = 60.0  # seconds: a run that has not ended by then waits on a FIFO


def one_located_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "error: " in lines[0] and "Traceback" not in stderr, stderr
    return lines[0]


# ---- names longer than 255 bytes ----

LONG_NAMES = {
    "spec": (["params", LONG + ".yaml"], 1),
    "spec by name": (["params", LONG], 1),
    "--gpu": (["solve", "gpt2", "--gpu", LONG], 1),
    "--rules": (["memory", "gpt2", "--rules", LONG], 1),
    "--rules file": (["memory", "gpt2", "--rules", LONG + ".yaml"], 1),
    "--spec-dir": (["params", "gpt2", "--spec-dir", LONG], 2),
    "--hf-config": (["params", "--hf-config", LONG], 1),
    "--hf-config in a folder": (["params", "--hf-config", f"{LONG}/config.json"], 1),
    "--hf": (["params", "--hf", f"org/{LONG}"], 2),
    "validate": (["validate", LONG + ".yaml"], 1),
    "formula": (["formula", LONG], 1),
    "sweep --out": (["sweep", "gpt2", "--grid", "batch=1..2", "--out", LONG + ".csv"], 2),
    "errata --out": (["errata", "--out", LONG + ".md"], 2),
    "docs --out": (["docs", "--out", LONG], 2),
}


@pytest.mark.parametrize(("args", "code"), LONG_NAMES.values(), ids=list(LONG_NAMES))
def test_a_name_longer_than_255_bytes_is_a_user_error(args: list[str], code: int, tmp_path: Path) -> None:
    """Through the installed command: a --spec-dir is read while the command line is built, before any
    command runs, and once crashed there."""
    done = run_engine(*args, cwd=tmp_path)
    assert done.returncode == code, done.stderr
    one_located_line(done.stderr)


@pytest.mark.parametrize("parent", [LONG, LONG + ".yaml", f"sub/{LONG}.yaml"], ids=["name", "file", "path"])
def test_a_name_longer_than_255_bytes_in_extends_is_located(parent: str, tmp_path: Path) -> None:
    (tmp_path / "child.yaml").write_text(f"kind: architecture\nname: child\nextends: {parent}\n")
    for command in (["validate", "child.yaml"], ["params", "child.yaml"]):
        done = run_engine(*command, cwd=tmp_path)
        assert done.returncode == 1, done.stderr
        assert one_located_line(done.stderr).startswith("child.yaml:3:10: error: "), done.stderr


# ---- symbolic-link loops on the search path ----


@pytest.fixture
def loops(tmp_path: Path) -> Path:
    """A spec folder holding a good spec beside link loops: a -> b -> a, c -> c, a folder that links to itself."""
    folder = tmp_path / "specs"
    (folder / "sub").mkdir(parents=True)
    (folder / "mine.yaml").write_text((SPECS / "gpt2.yaml").read_text().replace("name: gpt2", "name: mine", 1))
    os.symlink("b.yaml", folder / "a.yaml")
    os.symlink("a.yaml", folder / "b.yaml")
    os.symlink("c.yaml", folder / "c.yaml")
    os.symlink("../sub", folder / "sub" / "sub")
    os.symlink("loop", folder / "loop")
    return folder


@pytest.mark.parametrize(
    "args",
    [["list"], ["list", "gpus"], ["list", "bases"], ["solve", "gpt2"], ["params", "mine"], ["params", "llama-2-7b"]],
    ids=lambda a: " ".join(a),
)
@pytest.mark.parametrize("how", ["--spec-dir", "ENGINE_SPEC_PATH"])
def test_a_symlink_loop_on_the_search_path_keeps_commands_working(
    args: list[str], how: str, loops: Path, tmp_path: Path
) -> None:
    if how == "--spec-dir":
        done = run_engine(*args, "--spec-dir", str(loops), cwd=tmp_path)
    else:
        done = run_engine(*args, cwd=tmp_path, env={"ENGINE_SPEC_PATH": str(loops)})
    assert done.returncode == 0, done.stderr
    if args == ["list"]:
        assert "mine" in done.stdout


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["params", "a"], "specs/a.yaml"),
        (["params", "c"], "specs/c.yaml"),
        (["validate", "specs/a.yaml"], "specs/a.yaml"),
        (["params", "specs/c.yaml"], "specs/c.yaml"),
        (["solve", "gpt2", "--gpu", "a"], "specs/a.yaml"),
        (["memory", "gpt2", "--rules", "c"], "specs/c.yaml"),
    ],
)
def test_a_name_that_is_a_symlink_loop_says_which_file(
    args: list[str], named: str, loops: Path, tmp_path: Path
) -> None:
    done = run_engine(*args, "--spec-dir", "specs", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    line = one_located_line(done.stderr)
    assert line.startswith(f"{named}:1:1: error: ") and "symbolic links" in line, line


def test_extends_of_a_symlink_loop_is_located(loops: Path, tmp_path: Path) -> None:
    (tmp_path / "child.yaml").write_text("kind: architecture\nname: child\nextends: a\n")
    done = run_engine("params", "child.yaml", "--spec-dir", "specs", cwd=tmp_path)
    assert done.returncode == 1
    assert "symbolic links" in one_located_line(done.stderr)


# ---- outputs: sweep --out, errata --out, docs --out ----

SWEEP = ["sweep", "gpt2", "--grid", "batch=1..4*2", "--no-min-gpus", "--out"]
OUTPUTS = {"sweep": (SWEEP, "rows.csv"), "errata": (["errata", "--out"], "errata.md")}


def outcome(args: list[str], cwd: Path) -> Any:
    before = Path.cwd()
    os.chdir(cwd)
    try:
        found = run_isolated(args, HANG_GUARD)
    finally:
        os.chdir(before)
    assert found is not None, f"{args}: still running after {HANG_GUARD} s (waiting on a FIFO?)"
    return found


def no_temporaries(folder: Path) -> None:
    assert not [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("command", sorted(OUTPUTS))
def test_out_into_a_missing_folder_is_a_usage_error(command: str, tmp_path: Path) -> None:
    args, name = OUTPUTS[command]
    if command == "errata":  # the errata's folder is made, as `engine docs` makes its folder
        result = outcome([*args, f"new/{name}"], tmp_path)
        assert result.exit_code == 0 and (tmp_path / "new" / name).is_file()
        return
    result = outcome([*args, f"missing/{name}"], tmp_path)
    assert result.exit_code == 2
    assert "cannot write there (no such folder" in one_located_line(result.stderr)


@pytest.mark.parametrize("command", sorted(OUTPUTS))
def test_out_onto_a_directory_is_a_usage_error(command: str, tmp_path: Path) -> None:
    args, name = OUTPUTS[command]
    (tmp_path / name).mkdir()
    result = outcome([*args, name], tmp_path)
    assert result.exit_code == 2
    assert "a folder, not a regular file" in one_located_line(result.stderr)


@pytest.mark.parametrize("link", [False, True], ids=["fifo", "link to a fifo"])
@pytest.mark.parametrize("command", sorted(OUTPUTS))
def test_out_onto_a_fifo_is_refused_without_blocking(command: str, link: bool, tmp_path: Path) -> None:
    args, name = OUTPUTS[command]
    os.mkfifo(tmp_path / "pipe")
    os.symlink("pipe", tmp_path / name) if link else os.rename(tmp_path / "pipe", tmp_path / name)
    result = outcome([*args, name], tmp_path)
    assert result.exit_code == 2
    assert "a FIFO, not a regular file" in one_located_line(result.stderr)
    assert stat.S_ISFIFO(os.stat(tmp_path / name).st_mode)  # left as it was


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every file engine.files writes fails with ENOSPC after 100 bytes, as on a full disk."""
    real_fdopen = os.fdopen

    class Full(io.TextIOWrapper):
        written = 0

        def write(self, text: str) -> int:
            self.written += len(text)
            if self.written > 100:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return super().write(text)

    def fdopen(fd: int, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if "w" not in mode:
            return real_fdopen(fd, mode, *args, **kwargs)
        return Full(real_fdopen(fd, "wb"), encoding="utf-8", newline="")

    monkeypatch.setattr(engine.files.os, "fdopen", fdopen)
    yield


@pytest.mark.parametrize("command", sorted(OUTPUTS))
def test_out_onto_a_full_disk_leaves_nothing_behind(command: str, tmp_path: Path, full_disk: None, cli) -> None:  # type: ignore[no-untyped-def]
    args, name = OUTPUTS[command]
    target = tmp_path / name
    target.write_text("the previous file\n")
    result = cli(*args, str(target))
    assert result.exit_code == 1, result.output
    assert "No space left on device" in one_located_line(result.stderr)
    assert target.read_text() == "the previous file\n"
    no_temporaries(tmp_path)


def test_docs_out_onto_a_full_disk_leaves_nothing_behind(tmp_path: Path, full_disk: None, cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(engine.docs.site, "pages", lambda dirs: {"README.md": "x" * 1000, "other.md": "y"})
    result = cli("docs", "--out", str(tmp_path))
    assert result.exit_code == 1
    assert "No space left on device" in one_located_line(result.stderr)
    no_temporaries(tmp_path)


def test_a_write_is_atomic_and_keeps_the_file_mode(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "rows.csv"
    target.write_text("old\n")
    target.chmod(0o640)
    result = cli(*SWEEP, str(target))
    assert result.exit_code == 0, result.output
    assert target.read_text().startswith("gpu,batch,") and stat.S_IMODE(target.stat().st_mode) == 0o640
    no_temporaries(tmp_path)


@pytest.mark.parametrize("kind", ["file", "fifo", "long"])
def test_docs_out_a_file_is_refused_before_building_any_page(
    kind: str, tmp_path: Path, cli, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    built: list[object] = []
    monkeypatch.setattr(engine.docs.site, "pages", lambda dirs: built.append(dirs) or {})
    target = tmp_path / ("x" * 300 if kind == "long" else "out.md")
    if kind == "file":
        target.write_text("a file\n")
    elif kind == "fifo":
        os.mkfifo(target)
    result = cli("docs", "--out", str(target))
    assert result.exit_code == 2
    assert "cannot write pages there" in one_located_line(result.stderr)
    assert built == []


def test_sweep_out_is_refused_before_sweeping(tmp_path: Path, cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import engine.solve.sweep

    swept: list[object] = []
    monkeypatch.setattr(engine.solve.sweep, "run_sweep", lambda *a: swept.append(a))
    (tmp_path / "rows.csv").mkdir()
    assert cli(*SWEEP, str(tmp_path / "rows.csv")).exit_code == 2
    assert cli(*SWEEP, str(tmp_path / "rows.txt")).exit_code == 2
    assert swept == []


# ---- the Hugging Face cache and config.json ----


GPT2_CONFIG = (REPO / "tests" / "data" / "hf_configs" / "gpt2.json").read_text()


def hub(tmp_path: Path, ref: bytes | None = b"abc123") -> Path:
    """A hub cache with models--org--m: refs/main (unless None), one snapshot holding config.json."""
    repo = tmp_path / "hub" / "models--org--m"
    (repo / "snapshots" / "abc123").mkdir(parents=True)
    (repo / "snapshots" / "abc123" / "config.json").write_text(GPT2_CONFIG)
    if ref is not None:
        (repo / "refs").mkdir()
        (repo / "refs" / "main").write_bytes(ref)
    return tmp_path / "hub"


def test_config_architectures_holding_an_object_is_located(tmp_path: Path) -> None:
    config = tmp_path / "config.json"
    config.write_text('{"model_type": "llama",\n "architectures": [{}]}\n')
    done = run_engine("params", "--hf-config", str(config), cwd=tmp_path)
    assert done.returncode == 1
    line = one_located_line(done.stderr)
    assert line.startswith("config.json:2:20: error: 'architectures' must list class names"), line


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        (b"\xff\xfe\x00garbage", "not a revision (not ASCII text)"),
        (b"a" * 30_000_000, "is over 256 bytes"),
        (b"../../../elsewhere", "not a revision"),
        (b"/etc", "not a revision"),
        (b"..", "not a revision"),
        (b"", "not a revision"),
    ],
    ids=["not UTF-8", "30 MB", "outside the model", "absolute", "parent", "empty"],
)
def test_a_bad_refs_main_is_refused(ref: bytes, message: str, tmp_path: Path) -> None:
    cache = hub(tmp_path, ref)
    done = run_engine("params", "--hf", "org/m", cwd=tmp_path, env={"HF_HUB_CACHE": str(cache)})
    assert done.returncode == 1
    line = one_located_line(done.stderr)
    assert "refs/main:1:1: error: " in line and message in line, line


def test_a_snapshot_linking_outside_the_model_folder_is_not_read(tmp_path: Path) -> None:
    cache = hub(tmp_path, None)
    outside = tmp_path / "secret.json"
    outside.write_text('{"model_type": "gpt2"}')
    snapshot = cache / "models--org--m" / "snapshots" / "abc123" / "config.json"
    snapshot.unlink()
    os.symlink(outside, snapshot)
    done = run_engine("params", "--hf", "org/m", cwd=tmp_path, env={"HF_HUB_CACHE": str(cache)})
    assert done.returncode == 1
    assert "no config.json for 'org/m'" in one_located_line(done.stderr)


def test_a_refs_main_of_a_revision_is_followed(tmp_path: Path) -> None:
    cache = hub(tmp_path, b"abc123\n")
    done = run_engine("params", "--hf", "org/m", cwd=tmp_path, env={"HF_HUB_CACHE": str(cache)})
    assert done.returncode == 0, done.stderr


# ---- permission errors (simulated: the tests may run as root, whom no permission stops) ----


def deny(monkeypatch: pytest.MonkeyPatch, *denied: Path) -> None:
    """os.stat, os.lstat and os.open fail with EACCES under `denied`, as for a folder without x or r."""
    prefixes = [str(d) for d in denied]

    def guarded(real: Any) -> Any:
        def call(path: Any, *args: Any, **kwargs: Any) -> Any:
            text = os.path.abspath(os.fsdecode(path)) if isinstance(path, str | bytes | os.PathLike) else ""
            if any(text == p or text.startswith(p + os.sep) for p in prefixes):
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), text)
            return real(path, *args, **kwargs)

        return call

    for name in ("stat", "lstat", "open", "scandir"):
        monkeypatch.setattr(os, name, guarded(getattr(os, name)))


def test_an_unreadable_spec_is_a_located_user_error(tmp_path: Path, cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    spec = tmp_path / "mine.yaml"
    spec.write_text((SPECS / "gpt2.yaml").read_text())
    deny(monkeypatch, spec)
    for args in (["params", str(spec)], ["validate", str(spec)], ["solve", str(spec)]):
        result = cli(*args)
        assert result.exit_code == 1, result.output
        assert "Permission denied" in one_located_line(result.stderr)


def test_an_unreadable_spec_folder_is_a_user_error(tmp_path: Path, cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "specs"
    folder.mkdir()
    (folder / "mine.yaml").write_text((SPECS / "gpt2.yaml").read_text())
    deny(monkeypatch, folder)
    result = cli("params", "gpt2", "--spec-dir", str(folder))
    assert result.exit_code == 2
    assert "Permission denied" in one_located_line(result.stderr)
    monkeypatch.setenv("ENGINE_SPEC_PATH", str(folder))  # a folder of the path: names in it cannot be looked up
    result = cli("params", "mine")
    assert result.exit_code == 1
    assert "Permission denied" in one_located_line(result.stderr)
    assert cli("list").exit_code == 0


def test_an_unreadable_cache_is_passed_over(tmp_path: Path, cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    store = tmp_path / "cache"
    monkeypatch.setenv("ENGINE_CACHE_DIR", str(store))
    assert cli("params", "gpt2").exit_code == 0
    deny(monkeypatch, store)
    result = cli("params", "gpt2")
    assert result.exit_code == 0 and "124,439,808" in result.stdout
    cleared = cli("cache", "clear")
    assert cleared.exit_code == 0, cleared.output


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file whatever its mode")
def test_a_spec_without_read_permission_is_a_user_error(tmp_path: Path) -> None:
    spec = tmp_path / "mine.yaml"
    spec.write_text((SPECS / "gpt2.yaml").read_text())
    spec.chmod(0)
    done = run_engine("params", "mine.yaml", cwd=tmp_path)
    assert done.returncode == 1 and "Permission denied" in one_located_line(done.stderr)


def test_an_unexpected_os_error_is_a_located_user_error(cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """The last net: an OSError no stage expected is still the user's file system, not a bug (exit 1)."""
    import engine.api

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO), "specs/gpt2.yaml")

    monkeypatch.setattr(engine.api, "count_params", broken)
    result = cli("params", "gpt2")
    assert result.exit_code == 1
    assert one_located_line(result.stderr) == "specs/gpt2.yaml:1:1: error: cannot use it: Input/output error"
