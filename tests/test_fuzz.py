"""Fuzzing: mutated shipped specs, config-like values and command lines never crash the CLI.

Every run ends in success (0), a located user error (1) or a usage error (2); never an internal error (3)
or a traceback. Runs in-process (typer's CliRunner) with a fixed seed, so CI sees the same examples each
time. For a longer run:

    ENGINE_FUZZ_EXAMPLES=5000 .venv/bin/pytest tests/test_fuzz.py -s

which prints how many inputs each test tried (`-s` shows it).
"""

from __future__ import annotations

import itertools
import os
import re
import signal
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from engine.cli import app

from conftest import REPO, SPECS

EXAMPLES = int(os.environ.get("ENGINE_FUZZ_EXAMPLES", "0"))
FUZZ = settings(
    max_examples=EXAMPLES or 150,
    deadline=None,  # hang guard is the per-example time bound below, not hypothesis' timing
    derandomize=not EXAMPLES,  # CI: the same examples every run; a long run explores new ones
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
    database=None,
)
SEEDS = {  # shipped specs to mutate, and what to run on a mutant besides `engine validate`
    "llama.yaml": ["params", "{path}"],
    "gpt2.yaml": ["params", "{path}", "--format", "json"],
    "generic.yaml": ["memory", "{path}", "--gpus", "2"],
    "rules/deepspeed.yaml": ["memory", "gpt2", "--rules", "{path}", "--gpus", "4"],
    "hardware/a100-80.yaml": ["list", "gpus", "--spec-dir", "{dir}"],
}
SEED_TEXT = {name: (SPECS / name).read_text(encoding="utf-8") for name in SEEDS}
TOKEN = re.compile(r"\w+|[^\w\s]")
HOSTILE = [
    "0", "-1", "1.5", "1e400", "1.0e+99999", "nan", ".nan", "-.inf", "Infinity", "''", '""', "~", "null",
    "__import__('os').system('touch SENTINEL')", "open('SENTINEL', 'w')", "x.__class__", "[]", "{}", "*", "&a", "*a",
    "!!python/object/apply:os.system ['touch SENTINEL']", "!!binary aGk=", "<<", "?", "|", ">", "%", "@", "`", "#",
    "**", "//", "^", "(", ")", ":", ",", "-", "'", '"', "\\", "\t", "9" * 400, "2**64**64", "where(x, 1, 2)",
    "hidden_size", "num_layers", "params", "dp", "extends", "kind", "symbols", "quantities", "presets", "é", "\u202e",
]  # fmt: skip
EDGE_NUMBERS = [  # sizes at and beyond every limit, and numbers that are costly to build exactly
    "0", "-1", "-0", "1.5", "0.1", "7", "3/2", "1/0", "2**64", "10**29", "10**30", "10**31", "(2**64)**64",
    "1e400", "1.0e-99999999", "9" * 5000, "720720", "x**64", "nan", "inf",
]  # fmt: skip
_tried = itertools.count()
PER_RUN = 10  # seconds: a command still running then is a hang (the slowest takes about one)


class Hang(BaseException):  # not an Exception: the CLI's last-resort handler must not turn it into exit 3
    pass


def _hang(signum: int, frame: object) -> None:
    raise Hang


def run(args: list[str]) -> None:
    """The CLI's contract: exit 0, 1 or 2, a message for every error, never a traceback, never a hang."""
    next(_tried)
    previous = signal.signal(signal.SIGALRM, _hang)
    signal.setitimer(signal.ITIMER_REAL, PER_RUN)
    try:
        result = CliRunner().invoke(app, args)
    except Hang:
        raise AssertionError(f"{args}: still running after {PER_RUN} s") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"{args}: uncaught {type(result.exception).__name__}: {result.exception}")
    assert result.exit_code in (0, 1, 2), f"{args} exited {result.exit_code}: {result.output[-2000:]}"
    assert "Traceback" not in result.output, args
    if result.exit_code == 1:
        assert "error: " in result.stderr, f"{args}: exit 1 without a message: {result.output[-500:]}"


def mutations() -> st.SearchStrategy[Callable[[str], str]]:
    """One edit of spec text: a token, a line, an indentation, a number, or inserted text."""
    index = st.integers(min_value=0, max_value=10**6)
    replacement = st.sampled_from(HOSTILE) | st.text(alphabet=" :-[]{}#&*!|>'\"%@`,?\n\tabx019_.", max_size=8)

    def token(i: int, new: str) -> Callable[[str], str]:
        def apply(text: str) -> str:
            found = list(TOKEN.finditer(text))
            hit = found[i % len(found)]
            return text[: hit.start()] + new + text[hit.end() :]

        return apply

    def line(i: int, kind: str) -> Callable[[str], str]:
        def apply(text: str) -> str:
            lines = text.split("\n")
            n = i % len(lines)
            edits = {
                "delete": lambda: lines[:n] + lines[n + 1 :],
                "duplicate": lambda: lines[: n + 1] + lines[n:],
                "indent": lambda: [*lines[:n], "  " + lines[n], *lines[n + 1 :]],
                "dedent": lambda: [*lines[:n], lines[n][2:], *lines[n + 1 :]],
                "swap": lambda: [*lines[:n], *lines[n + 1 : n + 2], lines[n], *lines[n + 2 :]],
            }
            return "\n".join(edits[kind]())

        return apply

    def insert(i: int, new: str) -> Callable[[str], str]:
        return lambda text: text[: i % (len(text) + 1)] + new + text[i % (len(text) + 1) :]

    def number(i: int, new: str) -> Callable[[str], str]:
        def apply(text: str) -> str:
            found = list(re.finditer(r"(?<![\w.])\d[\d_.e+]*", text))
            if not found:
                return text
            hit = found[i % len(found)]
            return text[: hit.start()] + new + text[hit.end() :]

        return apply

    numbers = st.sampled_from(EDGE_NUMBERS)
    kinds = st.sampled_from(["delete", "duplicate", "indent", "dedent", "swap"])
    return st.one_of(
        st.builds(token, index, replacement),
        st.builds(line, index, kinds),
        st.builds(insert, index, replacement),
        st.builds(number, index, numbers),
    )


@FUZZ
@given(seed=st.sampled_from(sorted(SEEDS)), edits=st.lists(mutations(), min_size=1, max_size=3))
def test_mutated_specs_fail_cleanly(seed: str, edits: list[Callable[[str], str]], tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    text = SEED_TEXT[seed]
    for edit in edits:
        text = edit(text)
    folder = tmp_path_factory.mktemp("mutant")  # a fresh path each time: the loader caches by path and mtime
    path = folder / Path(seed).name
    path.write_text(text, encoding="utf-8")
    run(["validate", str(path)])
    run([arg.format(path=path, dir=folder) for arg in SEEDS[seed]])
    assert not (REPO / "SENTINEL").exists() and not Path("SENTINEL").exists()


SYMBOLS = ["hidden_size", "num_layers", "num_heads", "vocab_size", "params", "batch", "seq_len", "tp", "zzz", ""]
VALUE = st.one_of(
    st.sampled_from(EDGE_NUMBERS),
    st.sampled_from(HOSTILE),
    st.from_regex(r"\A[0-9a-z_+\-*/().,<>=% ]{0,24}\Z"),
    st.integers(min_value=-(10**40), max_value=10**40).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.decimals(allow_nan=True).map(str),
)


@FUZZ
@given(pairs=st.lists(st.tuples(st.sampled_from(SYMBOLS), VALUE), min_size=1, max_size=3), which=st.integers(0, 3))
def test_config_like_values_fail_cleanly(pairs: list[tuple[str, str]], which: int) -> None:
    """--set values and preset-like values: numbers of every shape, text, expressions, hostile strings."""
    sets = [arg for name, value in pairs for arg in ("--set", f"{name}={value}")]
    command = [["params", "llama"], ["memory", "generic", "--gpus", "2"], ["solve", "generic"], ["solve", "gpt2"]][
        which
    ]
    run([*command, *sets])


OPTIONS: dict[str, st.SearchStrategy[str]] = {
    "--gpu": st.sampled_from(["a100-80", "h100", "t4", "A100", "a100-81", "", "../specs/llama", "llama"]),
    "--gpus": st.sampled_from(["1", "2", "3", "8", "0", "-4", "1e3", "99999999999999999999", "x"]),
    "--tp": st.sampled_from(["1", "2", "3", "4", "8", "16", "0", "-1", "x"]),
    "--pp": st.sampled_from(["1", "2", "3", "5", "0", "x"]),
    "--preset": st.sampled_from(["llama-2-7b", "gpt2-xl", "nope", "", "llama-3-8b"]),
    "--batch": st.sampled_from(["1", "4", "0", "99999999999999999999999999999999", "x"]),
    "--seq-len": st.sampled_from(["1", "2048", "0", "100000000000000000000", "x"]),
    "--format": st.sampled_from(["table", "json", "markdown", "latex", "text", "yaml"]),
    "--precision": st.sampled_from(["mixed", "fp32", "bf16", "amp", "fp33", ""]),
    "--sharding": st.sampled_from(["zero3", "none", "fsdp", "hybrid", "zero4"]),
    "--recompute": st.sampled_from(["none", "selective", "full", "half"]),
    "--option": st.sampled_from(["kernels=megatron", "kernels", "=", "precision=fp32", "nope=1"]),
    "--rules": st.sampled_from(["training", "deepspeed", "llama", "nope", "specs/rules/deepspeed.yaml"]),
    "--set": st.builds("{}={}".format, st.sampled_from(SYMBOLS), VALUE),
    "--spec-dir": st.sampled_from(["specs", "tests", "/nonexistent", "specs/llama.yaml"]),
    "--sp": st.just(""),
    "--no-sp": st.just(""),
    "--debug": st.just(""),
}
COMMANDS = ["params", "formula", "validate", "list", "solve", "memory", "frobnicate", "--help", ""]
POSITIONAL = st.sampled_from(
    [
        "llama",
        "gpt2",
        "generic",
        "llama-2-7b",
        "gpt2-xl",
        "training",
        "specs/llama.yaml",
        "gpus",
        "lama",
        "",
        "-",
        "/dev/null",
        "specs",
        "a100-80",
        "params",
        "h/attn",
    ]
)


@FUZZ
@given(
    command=st.sampled_from(COMMANDS),
    positional=st.lists(POSITIONAL, max_size=2),
    options=st.lists(st.sampled_from(sorted(OPTIONS)).flatmap(lambda o: st.tuples(st.just(o), OPTIONS[o])), max_size=4),
)
def test_command_lines_fail_cleanly(command: str, positional: list[str], options: list[tuple[str, str]]) -> None:
    args = [command, *positional] if command else positional
    for name, value in options:
        args += [name] if name in ("--sp", "--no-sp", "--debug") else [name, value]
    run(args)


@pytest.fixture(scope="module", autouse=True)
def in_repository_and_counted() -> object:
    """Run from the repository root (paths like specs/llama.yaml); print how many inputs were tried (-s)."""
    before = Path.cwd()
    os.chdir(REPO)
    yield
    os.chdir(before)
    print(f"\nfuzz: {next(_tried)} command runs over {EXAMPLES or 150} examples per test")
