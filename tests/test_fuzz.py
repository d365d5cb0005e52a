"""Fuzzing: mutated shipped specs, config-like values and command lines never crash the CLI.

Every run ends in success (0), a located user error (1) or a usage error (2); never an internal error (3)
or a traceback. Runs in-process (typer's CliRunner) with a fixed seed, so CI sees the same examples each
time. For a longer run:

    ENGINE_FUZZ_EXAMPLES=5000 .venv/bin/pytest tests/test_fuzz.py -s

which prints how many inputs each test tried (`-s` shows it).
"""

from __future__ import annotations

import itertools
import json
import os
import re
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

from engine.cli import app

from conftest import REPO, SPECS

EXAMPLES = int(os.environ.get("ENGINE_FUZZ_EXAMPLES", "0"))
CI_EXAMPLES = 100  # per test: about 20 s in all
FUZZ = settings(
    max_examples=EXAMPLES or CI_EXAMPLES,
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


def run(args: list[str], env: dict[str, str] | None = None) -> Result:
    """The CLI's contract: exit 0, 1 or 2, a message for every error, never a traceback, never a hang."""
    next(_tried)
    previous = signal.signal(signal.SIGALRM, _hang)
    signal.setitimer(signal.ITIMER_REAL, PER_RUN)
    try:
        result = CliRunner().invoke(app, args, env=env)
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
        report = validate_report(args, result.stdout)
        if report is not None:  # validate --format json: the JSON report on stdout is the whole output
            assert result.stderr == "", f"{args}: validate --format json wrote to stderr: {result.stderr[-500:]}"
            assert any(not f["ok"] and f["errors"] for f in report), f"{args}: exit 1, yet every file is ok"
        else:
            assert "error: " in result.stderr, f"{args}: exit 1 without a message: {result.output[-500:]}"
    return result


def validate_report(args: list[str], stdout: str) -> list[dict[str, Any]] | None:
    """The JSON report of `engine validate --format json` (the README's contract: errors are in it, on
    stdout, and nothing is written to stderr), or None for any other command or format."""
    if not args or args[0] != "validate" or not stdout.lstrip().startswith("["):
        return None
    report = json.loads(stdout)
    assert isinstance(report, list) and all({"path", "ok", "errors"} <= set(f) for f in report), stdout[:500]
    return report


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
    "--grid": st.sampled_from(
        [
            "batch=1..8*2",
            "seq_len=512..2048:512",
            "tp=1..8*2",
            "dp=1..4",
            "batch=1..2:0.5",
            "batch=0..4",
            "batch=1..10**9:1",
            "batch=1..2*1.0001",
            "batch=1..1e999",
            "nope=1..2",
            "batch",
            "=1..2",
            "batch=nan..4",
        ]
    ),
    "--sp": st.just(""),
    "--no-sp": st.just(""),
    "--debug": st.just(""),
}
COMMANDS = ["params", "formula", "validate", "list", "solve", "memory", "sweep", "table", "frobnicate", "--help", ""]
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


# ---- the disk cache: any bytes in any entry are a miss, never a wrong answer, never a crash ----

CACHE_COMMANDS = [["params", "gpt2"], ["solve", "gpt2", "--gpu", "h100"], ["list", "gpus"], ["params", "llama-2-7b"]]


def forget() -> None:
    """Drop what this process remembers of plans, GPU profiles and the index, so the next command reads
    the disk cache (a separate process would)."""
    import engine.build.load
    import engine.spec.index
    import engine.spec.load

    engine.build.load._load_plan.cache_clear()
    engine.spec.load._load_hardware.cache_clear()
    engine.spec.index._MEMORY.clear()


@pytest.fixture(scope="module")
def pristine_cache(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """A cache filled by CACHE_COMMANDS, and what each prints without any cache."""
    folder = tmp_path_factory.mktemp("cache") / "cache"
    expected = []
    for command in CACHE_COMMANDS:
        forget()
        expected.append(run(command, {"ENGINE_NO_CACHE": "1"}).stdout)
        forget()
        assert run(command, {"ENGINE_CACHE_DIR": str(folder)}).stdout == expected[-1]
    return folder, expected


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


def damages() -> st.SearchStrategy[Callable[[bytes], bytes]]:
    """One change to an entry: its bytes, one byte, its length, its payload (with a matching digest, as
    its owner could write it), or a field of its header."""
    import hashlib

    def signed(header: dict[str, Any], body: bytes) -> bytes:
        header["digest"] = hashlib.sha256(body).hexdigest()
        return json.dumps(header).encode() + b"\n" + body

    def payload(value: Any) -> Callable[[bytes], bytes]:
        return lambda raw: signed(json.loads(raw.partition(b"\n")[0]), json.dumps(value).encode())

    def field(name: str, value: Any) -> Callable[[bytes], bytes]:
        def apply(raw: bytes) -> bytes:
            head, _, body = raw.partition(b"\n")
            header = json.loads(head)
            header[name] = value
            return signed(header, body) if name != "digest" else json.dumps(header).encode() + b"\n" + body

        return apply

    def flip(i: int, byte: int) -> Callable[[bytes], bytes]:
        return lambda raw: raw[: i % len(raw)] + bytes([byte]) + raw[i % len(raw) + 1 :] if raw else raw

    index = st.integers(min_value=0, max_value=10**6)
    fields = st.sampled_from(["format", "version", "kind", "key", "files", "absent", "listings", "digest", "x"])
    return st.one_of(
        st.binary(max_size=300).map(lambda junk: lambda raw: junk),
        st.builds(flip, index, st.integers(0, 255)),
        index.map(lambda i: lambda raw: raw[: i % (len(raw) + 1)]),
        st.builds(payload, JSON),
        st.builds(field, fields, JSON),
    )


@FUZZ
@given(which=st.integers(min_value=0, max_value=100), damage=damages(), command=st.integers(0, 3))
def test_damaged_cache_entries_are_misses(
    which: int, damage: Callable[[bytes], bytes], command: int, pristine_cache, tmp_path_factory
) -> None:  # type: ignore[no-untyped-def]
    import shutil

    pristine, expected = pristine_cache
    folder = tmp_path_factory.mktemp("damaged") / "cache"
    shutil.copytree(pristine, folder)
    entries = sorted(p for p in folder.rglob("*.json"))
    entry = entries[which % len(entries)]
    entry.write_bytes(damage(entry.read_bytes()))
    forget()
    result = run(CACHE_COMMANDS[command], {"ENGINE_CACHE_DIR": str(folder)})
    assert (result.exit_code, result.stdout) == (0, expected[command]), entry


# ---- the file system: links, loops, FIFOs, folders, unreadable files and long names on every path ----

POOL = ["a.yaml", "b.yaml", "tiny.yaml", "h100.yaml", "fuzzrules.yaml", "sub", "sub/c.yaml", "sub/d", "config.json"]
LONG = "x" * 300
NAMES = [*POOL, "missing.yaml", "x" * 251 + ".yaml", LONG, LONG + ".yaml", "sub/../a.yaml", "a.yaml/x.yaml"]
KINDS = ["spec", "gpu", "rules", "child", "junk", "empty", "fifo", "dir", "link", "loop", "dangling", "denied"]
TINY_SPEC = (
    "kind: architecture\nname: tiny\nsymbols:\n  hidden_size: {description: width}\n"
    "quantities:\n  mlp: 8 * hidden_size**2\npresets:\n  tiny-64: {values: {hidden_size: 64}}\n"
)
GPU_SPEC = (SPECS / "hardware" / "a100-80.yaml").read_text(encoding="utf-8").replace("name: a100-80", "name: fuzzgpu")
GPU_SPEC = GPU_SPEC.replace("aliases: [a100, a100-80gb, a100-sxm4-80gb]", "aliases: [fuzz]")


def build(folder: Path, shape: list[tuple[str, str, str]]) -> list[Path]:
    """Make `shape` under `folder` (what cannot be made, a file under a FIFO say, is skipped); returns
    the paths that must look unreadable."""
    denied = []
    contents = {
        "spec": TINY_SPEC,
        "gpu": GPU_SPEC,
        "rules": "kind: rules\nextends: training\nname: fuzzrules\n",
        "junk": "\udcff\x00kind: [",
        "empty": "",
        "denied": TINY_SPEC,
    }
    for name, kind, other in shape:
        path = folder / name
        if os.path.lexists(path):  # the first shape of a name wins (writing into a FIFO made here would wait)
            continue
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if kind in contents:
                path.write_bytes(contents[kind].encode("utf-8", "surrogateescape"))
            elif kind == "child":
                path.write_text(f"kind: architecture\nextends: {Path(other).stem}\nname: child\n")
            elif kind == "fifo":
                os.mkfifo(path)
            elif kind == "dir":
                path.mkdir()
            else:
                target = {"link": other, "loop": path.name, "dangling": "missing/nowhere.yaml"}[kind]
                os.symlink(target, path)
        except OSError:
            continue
        if kind == "denied":
            denied.append(path)
    return denied


class Denied:
    """os.stat, os.lstat, os.open and os.scandir fail with EACCES for `paths` (the tests may run as root,
    whom file modes do not stop)."""

    def __init__(self, paths: list[Path]) -> None:
        self.paths = {os.path.abspath(p) for p in paths}
        self.saved: dict[str, Any] = {}

    def __enter__(self) -> None:
        import errno

        for name in ("stat", "lstat", "open", "scandir"):
            real = self.saved[name] = getattr(os, name)

            def guarded(path: Any, *args: Any, _real: Any = real, **kwargs: Any) -> Any:
                if isinstance(path, str | os.PathLike) and os.path.abspath(os.fspath(path)) in self.paths:
                    raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(path))
                return _real(path, *args, **kwargs)

            setattr(os, name, guarded)

    def __exit__(self, *exc: object) -> None:
        for name, real in self.saved.items():
            setattr(os, name, real)


def fs_commands(folder: Path, name: str) -> list[list[str]]:
    path, stem, d = str(folder / name), Path(name).stem, str(folder)
    return [
        ["list", "--spec-dir", d],
        ["list", "gpus", "--spec-dir", d],
        ["list", "bases", "--spec-dir", d],
        ["params", stem, "--spec-dir", d],
        ["params", path],
        ["validate", path],
        ["validate", path, "-f", "json"],
        ["formula", path],
        ["solve", "gpt2", "--gpu", stem, "--spec-dir", d],
        ["memory", "gpt2", "--rules", stem, "--spec-dir", d],
        ["memory", "gpt2", "--gpu", "fuzz", "--spec-dir", d],
        ["params", "--hf-config", path],
        ["params", "gpt2", "--spec-dir", path],
        ["sweep", "gpt2", "--grid", "batch=1..2", "--no-min-gpus", "--out", path],
        ["sweep", "gpt2", "--grid", "batch=1..2", "--no-min-gpus", "--out", path + ".csv"],
        ["params", path + "/x.yaml"],
    ]


@settings(FUZZ, max_examples=EXAMPLES or CI_EXAMPLES // 3)  # a rules spec on the path is built anew: ~0.5 s each
@given(
    shape=st.lists(st.tuples(st.sampled_from(POOL), st.sampled_from(KINDS), st.sampled_from(NAMES)), max_size=6),
    picks=st.lists(st.tuples(st.sampled_from(NAMES), st.integers(0, 15), st.booleans()), min_size=1, max_size=3),
)
def test_file_system_shapes_fail_cleanly(
    shape: list[tuple[str, str, str]], picks: list[tuple[str, int, bool]], tmp_path_factory
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("shapes")
    with Denied(build(folder, shape)):
        for name, which, on_path in picks:
            command = fs_commands(folder, name)[which]
            run(command, {"ENGINE_SPEC_PATH": str(folder)} if on_path else None)


@pytest.fixture(scope="module", autouse=True)
def in_repository_and_counted() -> object:
    """Run from the repository root (paths like specs/llama.yaml); print how many inputs were tried (-s)."""
    before = Path.cwd()
    os.chdir(REPO)
    yield
    os.chdir(before)
    print(f"\nfuzz: {next(_tried)} command runs over {EXAMPLES or CI_EXAMPLES} examples per test")
