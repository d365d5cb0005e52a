"""A long-running process (the Python API) sees every change to the spec folders between two calls, though
it checks a remembered look with a stat per folder and per file instead of listing the folders again
(engine.spec.looks): a file added, removed, edited in place at the same size, or shadowing another from a
subfolder earlier on the search path."""

from __future__ import annotations

import os
from pathlib import Path

from engine import count_params
from engine.api import load_setup
from engine.spec import looks
from engine.spec.load import index, resolve_ref

TINY = """kind: architecture
name: {name}
symbols:
  hidden_size: {{description: width}}
quantities:
  mlp: {factor} * hidden_size**2
presets:
  {preset}: {{values: {{hidden_size: 64}}}}
"""
OLD = 1_000_000_000  # seconds since 1970: long enough ago for a folder's stamp to vouch for its listing


def write(path: Path, factor: int = 8, preset: str = "tiny-64", name: str = "tiny") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(TINY.format(name=name, factor=factor, preset=preset), encoding="utf-8")
    return path


def settle(*folders: Path) -> None:
    """Set the folders' modification times back, so that a look at them is trusted (not too recent)."""
    for folder in folders:
        for sub in [folder, *(p for p in folder.rglob("*") if p.is_dir())]:
            os.utime(sub, (OLD, OLD))


def test_a_look_is_trusted_only_when_its_folders_are_not_recent(tmp_path: Path) -> None:
    write(tmp_path / "tiny.yaml")
    assert not looks.look([tmp_path]).trusted  # written just now: another change may share its stamp
    settle(tmp_path)
    found = looks.look([tmp_path])
    assert found.trusted and found.holds() and looks.look([tmp_path]) is found


def test_an_added_file_is_seen(tmp_path: Path) -> None:
    write(tmp_path / "tiny.yaml")
    settle(tmp_path)
    assert "tiny-64" in index([tmp_path]).presets and "other-64" not in index([tmp_path]).presets
    write(tmp_path / "other.yaml", preset="other-64", name="other")
    assert "other-64" in index([tmp_path]).presets


def test_a_removed_file_is_seen(tmp_path: Path) -> None:
    gone = write(tmp_path / "sub" / "tiny.yaml")
    settle(tmp_path)
    assert "tiny-64" in index([tmp_path]).presets
    gone.unlink()
    assert "tiny-64" not in index([tmp_path]).presets


def test_a_file_edited_in_place_at_the_same_size_is_seen(tmp_path: Path) -> None:
    spec = write(tmp_path / "tiny.yaml", factor=8)
    os.utime(spec, (OLD, OLD))
    settle(tmp_path)
    assert count_params("tiny-64", spec_dirs=[tmp_path]).total == 8 * 64**2
    size = spec.stat().st_size
    with spec.open("r+", encoding="utf-8") as handle:  # the same inode, the same size
        handle.write(TINY.format(name="tiny", factor=9, preset="tiny-64"))
    os.utime(spec, (OLD + 1, OLD + 1))  # a clock a tick later, far from now
    assert spec.stat().st_size == size
    assert count_params("tiny-64", spec_dirs=[tmp_path]).total == 9 * 64**2


def test_an_mtime_set_back_does_not_vouch_for_the_look(tmp_path: Path) -> None:
    spec = write(tmp_path / "tiny.yaml", preset="tiny-64")
    os.utime(spec, (OLD, OLD))
    settle(tmp_path)
    found = looks.look([tmp_path])
    assert found.holds()
    write(spec, preset="tiny-65")  # the same size
    os.utime(spec, (OLD, OLD))  # its modification time as it was: its change time moved
    assert not found.holds() and looks.look([tmp_path]).key != found.key


def test_a_file_in_a_subfolder_earlier_on_the_path_shadows(tmp_path: Path) -> None:
    mine, theirs = tmp_path / "mine", tmp_path / "theirs"
    write(theirs / "tiny.yaml", factor=8)
    (mine / "sub").mkdir(parents=True)
    settle(mine, theirs)
    assert count_params("tiny-64", spec_dirs=[mine, theirs]).total == 8 * 64**2
    write(mine / "sub" / "tiny.yaml", factor=12)
    assert index([mine, theirs]).presets["tiny-64"] == str(mine / "sub" / "tiny.yaml")
    assert count_params("tiny-64", spec_dirs=[mine, theirs]).total == 12 * 64**2


def test_one_call_looks_once(tmp_path: Path) -> None:
    write(tmp_path / "tiny.yaml")
    with looks.one_look():
        first = looks.look([tmp_path])
        write(tmp_path / "other.yaml", preset="other-64", name="other")
        assert looks.look([tmp_path]) is first  # within one call, one look
    assert looks.look([tmp_path]) is not first


def test_a_new_file_named_like_a_preset_wins_over_the_preset(tmp_path: Path) -> None:
    write(tmp_path / "tiny.yaml")
    (tmp_path / "sub").mkdir()
    settle(tmp_path)  # only the subfolder's stamp will change
    assert resolve_ref("tiny-64", [tmp_path]) == (tmp_path / "tiny.yaml", "tiny-64")
    write(tmp_path / "sub" / "tiny-64.yaml", name="tiny-64", preset="small")  # a spec file of that name
    assert resolve_ref("tiny-64", [tmp_path]) == (tmp_path / "sub" / "tiny-64.yaml", None)


def test_load_setup_sees_an_edit_between_two_calls(tmp_path: Path) -> None:
    spec = write(tmp_path / "tiny.yaml", factor=8)
    os.utime(spec, (OLD, OLD))
    settle(tmp_path)
    assert load_setup("tiny-64", spec_dirs=[tmp_path]).arch.total == 8 * 64**2
    with spec.open("r+", encoding="utf-8") as handle:  # in place, the same size
        handle.write(TINY.format(name="tiny", factor=9, preset="tiny-64"))
    os.utime(spec, (OLD + 1, OLD + 1))
    assert load_setup("tiny-64", spec_dirs=[tmp_path]).arch.total == 9 * 64**2
