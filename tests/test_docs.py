"""The worked example in docs/spec-language.md is a working spec with the count worked out by hand there."""

from __future__ import annotations

import re
from pathlib import Path

from engine import count_params

from conftest import REPO


def test_worked_example(tmp_path: Path) -> None:
    text = (REPO / "docs" / "spec-language.md").read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(kind: architecture\nname: toy\n.*?)```", text, re.S)
    assert example is not None
    spec = tmp_path / "toy.yaml"
    spec.write_text(example.group(1), encoding="utf-8")
    # V=256, d=64, L=2, H=4, head_dim=16: 16,384 + 2 * 49,984 + 128 (tied head) = 116,480
    assert count_params(spec).total == 256 * 64 + 2 * ((4 * 64 * 4 * 16 + 4 * 64) + (8 * 64**2 + 5 * 64) + 4 * 64) + 128
    assert count_params(spec).total == 116_480
