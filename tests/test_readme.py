"""The README opens with exactly two set-up commands, and CI runs the second one."""

from __future__ import annotations

import re

from conftest import REPO, run_engine


def setup_commands() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    quick_start = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", quick_start)


def test_two_one_line_commands() -> None:
    commands = setup_commands()
    assert len(commands) == 2
    assert all("\n" not in c for c in commands)
    assert "pip install" in commands[0] and "pytest" in commands[1]


def test_ci_runs_the_readme_test_command() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "Quick start" in ci  # .ci/run extracts the command from the README itself


def test_the_main_command_works() -> None:
    main = setup_commands()[0].split("&& ")[-1].split()
    done = run_engine(*main[1:], cwd=REPO)
    assert done.returncode == 0, done.stderr
