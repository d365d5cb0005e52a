"""Data-driven invalid specs: each file's first line holds the exact error `engine validate` must print."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.spec.paths import builtin_spec_dir, display_path

from conftest import CASES, REPO

INVALID = sorted((CASES / "invalid").glob("*.yaml"))


def expected_message(path: Path) -> str:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# expect: "), f"{path.name} must start with '# expect: <message>'"
    folder = path.parent.relative_to(REPO)
    return (
        first.removeprefix("# expect: ")
        .replace("{dir}", str(folder))
        .replace("{specs}", display_path(builtin_spec_dir()))
    )


@pytest.mark.parametrize("path", INVALID, ids=[p.stem for p in INVALID])
def test_invalid_spec_reports_exact_location(path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("validate", str(path.relative_to(REPO)))
    assert result.exit_code == 1
    assert result.stderr.strip() == expected_message(path)
    assert "Traceback" not in result.output


def test_there_is_a_case_for_every_kind_of_error() -> None:
    names = {p.stem for p in INVALID}
    assert {
        "yaml_syntax",
        "duplicate_key",
        "missing_key",
        "unknown_key",
        "wrong_type",
        "unknown_name",
        "cycle",
        "bad_value",
        "caret",
        "attribute",
        "subscript",
        "lambda",
        "comprehension",
        "string",
        "unknown_function",
        "inherited_error",
    } <= names
