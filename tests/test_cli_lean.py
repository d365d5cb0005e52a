"""The console script builds only the command asked for and coerces values that need no conversion
itself (engine.cli.lean): the command table must name every command, the light coercion must give
what typer's own gives for every parameter, and the console script must answer as the whole
application does, usage errors and help included."""

from __future__ import annotations

import subprocess
import sys
from enum import Enum
from typing import Any

import pytest
import typer.main

import engine.cli
from engine.cli.lean import Light, asked, command_for

from conftest import REPO, run_engine

WHOLE = typer.main.get_command(engine.cli.app)


def test_the_table_names_every_command() -> None:
    assert set(WHOLE.commands) == set(engine.cli.COMMANDS)  # type: ignore[attr-defined]


@pytest.mark.parametrize("module", sorted(set(engine.cli.COMMANDS.values())))
def test_each_module_registers_the_commands_the_table_gives_it(module: str) -> None:
    """In a fresh process (registration is global), as the console script imports it."""
    show = (
        f"import engine.cli.{module}; from engine.cli.application import app; from engine.cli.lean import command_name;"
        " print(' '.join(sorted(command_name(c) for c in app.registered_commands)))"
    )
    done = subprocess.run([sys.executable, "-c", show], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert done.returncode == 0, done.stderr
    wanted = {name for name, owner in engine.cli.COMMANDS.items() if owner == module}
    assert wanted <= set(done.stdout.split())


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["solve", "llama"], "solve"),
        (["--debug", "memory", "x"], "memory"),
        (["--help"], None),
        (["--version"], None),
        (["solv", "llama"], None),
        ([], None),
        (["--install-completion"], None),
    ],
)
def test_the_command_asked(args: list[str], expected: str | None) -> None:
    assert asked(args) == expected


def samples(param: Any) -> list[Any]:
    """Values click hands a parameter: nothing, its default, and texts as typed."""
    kind = param.type_descriptor.annotation
    out: list[Any] = [None, param.default, (), ("a", "b c")] if param.multiple else [None, param.default]
    if kind is str:
        out += ["x", "", " 8 ", "é"]
    if kind in (int, float):
        out += ["8", "0", "08", "-3", " 8", "1_000", "1e3", "abc", "99999999999999999999", 0, 1, 7, 51, -1]
    if isinstance(kind, type) and issubclass(kind, Enum):
        out += [*kind, *(m.value for m in kind), "nope"]
    return out


def coerced(runtime: Any, param: Any, value: Any, ctx: Any) -> tuple[str, Any]:
    try:
        return "value", runtime.coerce(value, param=param, ctx=ctx)
    except Exception as exc:  # typer's BadParameter: compare the message
        return type(exc).__name__, str(exc)


@pytest.mark.parametrize("name", sorted(engine.cli.COMMANDS))
def test_light_coercion_gives_what_typer_gives(name: str) -> None:
    command = WHOLE.commands[name]  # type: ignore[attr-defined]
    ctx = command.make_context(name, [], resilient_parsing=True)
    checked = 0
    for param in command.params:
        if not hasattr(param, "type_descriptor"):
            continue
        light = Light(param.type_descriptor.annotation, param.type_descriptor.parameter_info)
        for value in samples(param):
            param._runtime_param = None
            expected = coerced(param.get_runtime_param(), param, value, ctx)
            param._runtime_param = light
            got = coerced(light, param, value, ctx)
            param._runtime_param = None
            assert got == expected, (name, param.name, value)
            assert type(got[1]) is type(expected[1]), (name, param.name, value)
            checked += 1
    assert checked > 0


def test_a_lean_command_keeps_typers_coercion_for_what_needs_converting() -> None:
    group = command_for(["solve", "llama"])
    assert set(group.commands) == {"solve"}
    batch = next(p for p in group.commands["solve"].params if p.name == "batch")
    ctx = group.commands["solve"].make_context("solve", [], resilient_parsing=True)
    assert batch.process_value(ctx, "12") == 12
    with pytest.raises(Exception, match="greater than or equal to 1"):
        batch.process_value(ctx, "0")  # the bound, as typer words it


CASES = [
    ["solve", "specs/llama.yaml", "--gpu", "a100-80", "--format", "json"],
    ["memory", "llama-3-8b", "--gpu", "h100", "--batch", "2", "--seq-len", "4096", "--gpus", "8"],
    ["solve", "specs/llama.yaml", "--batch", "abc"],
    ["solve", "specs/llama.yaml", "--batch", "0"],
    ["solve", "specs/llama.yaml", "--format", "yaml"],
    ["solve", "--help"],
    ["--debug", "params", "gpt2"],
    ["list", "gpus"],
    ["--help"],
    ["solv", "llama"],
]


WHOLE_APPLICATION = "import sys; from engine.cli import app; app(prog_name='engine')"


@pytest.mark.parametrize("args", CASES, ids=[" ".join(a) for a in CASES])
def test_the_console_script_answers_as_the_whole_application(args: list[str]) -> None:
    done = run_engine(*args, cwd=REPO)
    whole = subprocess.run(
        [sys.executable, "-c", WHOLE_APPLICATION, *args], capture_output=True, text=True, cwd=REPO, timeout=120
    )
    assert (done.returncode, done.stdout, done.stderr) == (whole.returncode, whole.stdout, whole.stderr)
