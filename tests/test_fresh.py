"""A long-running process (the Python API) sees an edit to a file a spec extends, an edit whose time
stamp was set back, and a new file that now shadows the one `extends:` found (engine.spec.fresh)."""

from __future__ import annotations

import os
from pathlib import Path

from engine.api import count_params

BASE = """kind: architecture
name: base
abstract: true
symbols:
  hidden_size: {{description: width}}
quantities:
  mlp: {factor} * hidden_size**2
"""
CHILD = """kind: architecture
extends: {parent}
name: child
presets:
  child-8: {{values: {{hidden_size: 8}}}}
"""


def write(path: Path, text: str, times: tuple[int, int] | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    if times is not None:
        os.utime(path, ns=times)
    return path


def test_an_edit_to_the_file_a_spec_extends_is_seen(tmp_path: Path) -> None:
    base = write(tmp_path / "base.yaml", BASE.format(factor=4))
    child = write(tmp_path / "child.yaml", CHILD.format(parent="base.yaml"))
    assert count_params(child).total == 4 * 64
    write(base, BASE.format(factor=5))  # the child is unchanged
    assert count_params(child).total == 5 * 64


def test_an_edit_whose_time_was_set_back_is_seen(tmp_path: Path) -> None:
    base = write(tmp_path / "base.yaml", BASE.format(factor=4))
    child = write(tmp_path / "child.yaml", CHILD.format(parent="base.yaml"))
    assert count_params(child).total == 4 * 64
    info = base.stat()
    write(base, BASE.format(factor=6), (info.st_atime_ns, info.st_mtime_ns))  # same size and mtime
    assert count_params(child).total == 6 * 64


def test_a_new_file_that_shadows_the_one_extended_is_seen(tmp_path: Path) -> None:
    """`extends: base` by name looks in the spec folders in order: a base.yaml added to an earlier
    folder is the one extended from then on."""
    first, second = tmp_path / "first", tmp_path / "second"
    write(second / "base.yaml", BASE.format(factor=4))
    child = write(tmp_path / "child.yaml", CHILD.format(parent="base"))
    dirs = [first, second]
    first.mkdir()
    assert count_params(child, spec_dirs=dirs).total == 4 * 64
    write(first / "base.yaml", BASE.format(factor=7))
    assert count_params(child, spec_dirs=dirs).total == 7 * 64
