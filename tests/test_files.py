"""engine.files: probes that never raise, reads that are bounded and never block, writes that are atomic."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from engine import files

LONG = "x" * 300


def test_probes_never_raise(tmp_path: Path) -> None:
    os.symlink("loop", tmp_path / "loop")
    os.symlink("missing", tmp_path / "dangling")
    for path in (tmp_path / LONG, tmp_path / "loop", tmp_path / "dangling", "nul\0byte", tmp_path / "a" / LONG / "b"):
        assert not files.is_file(path) and not files.is_dir(path) and files.status(path) is None
        assert files.real(path).is_absolute()
    assert files.exists(tmp_path / "loop") and files.exists(tmp_path / "dangling")
    assert not files.exists(tmp_path / LONG)


@pytest.mark.parametrize(
    ("name", "code"),
    [(LONG, errno.ENAMETOOLONG), ("loop", errno.ELOOP), ("missing", errno.ENOENT), ("file/below", errno.ENOTDIR)],
)
def test_problem_says_why_in_the_os_words(name: str, code: int, tmp_path: Path) -> None:
    os.symlink("loop", tmp_path / "loop")
    (tmp_path / "file").write_text("x")
    error = files.problem(tmp_path / name)
    assert error is not None and error.errno == code and error.filename == str(tmp_path / name)
    assert files.missing(error) == (code in (errno.ENOENT, errno.ENOTDIR))
    assert files.problem(tmp_path / "file") is None


def test_read_regular_is_bounded(tmp_path: Path) -> None:
    big = tmp_path / "big"
    big.write_bytes(b"a" * 10_000)
    assert files.read_regular(big, 100) == b"a" * 101  # one more than the limit: the caller sees it is over


@pytest.mark.parametrize("kind", ["fifo", "folder", "device", "link to a fifo"])
def test_read_regular_refuses_special_files_without_blocking(kind: str, tmp_path: Path) -> None:
    path = tmp_path / "special"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    elif kind == "device":
        path = Path("/dev/zero")
    else:
        os.mkfifo(tmp_path / "fifo")
        os.symlink("fifo", path)
    with pytest.raises(files.NotRegular):
        files.read_regular(path, 10)


def test_read_regular_refuses_a_fifo_swapped_in_after_the_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file is checked, then opened without blocking and checked again: a FIFO put there in between
    (here: os.stat says regular) is refused once open, never waited on."""
    path = tmp_path / "fifo"
    os.mkfifo(path)
    regular = os.stat(__file__)
    monkeypatch.setattr(files.os, "stat", lambda p, *a, **k: regular)
    with pytest.raises(files.NotRegular):
        files.read_regular(path, 10)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.mkdir(), "a folder, not a regular file"),
        (lambda p: os.mkfifo(p), "a FIFO, not a regular file"),
        (lambda p: os.symlink(p.name, p), "Too many levels of symbolic links"),
    ],
    ids=["folder", "fifo", "loop"],
)
def test_target_refuses_what_is_not_a_regular_file(make, message: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "out"
    make(path)
    with pytest.raises(OSError, match=message):
        files.target(path)


def test_target_refuses_a_missing_folder_and_a_long_name(tmp_path: Path) -> None:
    with pytest.raises(OSError, match="no such folder"):
        files.target(tmp_path / "missing" / "out.csv")
    with pytest.raises(OSError) as raised:
        files.target(tmp_path / LONG)
    assert raised.value.errno == errno.ENAMETOOLONG
    assert files.target(tmp_path / "new.csv") == files.real(tmp_path / "new.csv")


def test_write_atomic_writes_through_a_link_and_keeps_the_mode(tmp_path: Path) -> None:
    (tmp_path / "real.csv").write_text("old")
    (tmp_path / "real.csv").chmod(0o604)
    os.symlink("real.csv", tmp_path / "link.csv")
    files.write_text(tmp_path / "link.csv", "new")
    assert (tmp_path / "link.csv").is_symlink() and (tmp_path / "real.csv").read_text() == "new"
    assert stat.S_IMODE((tmp_path / "real.csv").stat().st_mode) == 0o604
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.csv", "real.csv"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old")

    def fill(handle: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with pytest.raises(OSError, match="No space left on device"):
        files.write_atomic(target, fill)
    assert target.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_an_interrupted_write_leaves_no_temporary(tmp_path: Path) -> None:
    def fill(handle: object) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        files.write_atomic(tmp_path / "out.csv", fill)
    assert list(tmp_path.iterdir()) == []


def test_listings(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / "f.yaml").write_text("")
    os.symlink("a", tmp_path / "c")
    os.symlink("loop", tmp_path / "loop")
    assert files.names_in(tmp_path) == ["a", "b", "c", "f.yaml", "loop"]
    assert [p.name for p in files.subfolders(tmp_path)] == ["a", "b", "c"]
    assert files.names_in(tmp_path / "missing") == [] and files.names_in(tmp_path / LONG) == []
