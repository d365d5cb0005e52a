"""The planning-guide documents' comparisons (engine/docs/planning-guide.yaml), read as plain data."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from engine.spec.source import read_document

SETTINGS = Path(__file__).with_name("planning-guide.yaml")


@cache
def settings() -> dict[str, Any]:
    """The file's data (read once; it ships with the package, so an error in it is a bug)."""
    data: dict[str, Any] = read_document(SETTINGS).data
    return data


def choices(*names: str, base: str = "engine") -> dict[str, str]:
    """The choices of `base` ('engine' or 'guide') with the named variants applied in order."""
    found = dict(settings()[base]["choices"])
    for name in names:
        found.update(settings()["variants"][name])
    return found
