"""Specs and command lines from strangers never run code: each hostile expression, YAML tag and value is
refused with a located message, a sentinel file that any executed payload would create never appears, and
(by construction) nothing reaches eval, exec or compile while they are handled."""

from __future__ import annotations

import builtins
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import run_engine

SENTINEL = "SENTINEL"
TOUCH = f"open('{SENTINEL}', 'w')"
PAYLOADS = [
    # imports and builtins that run code or touch files
    f"__import__('os').system('touch {SENTINEL}')",
    TOUCH,
    f'exec("{TOUCH}")',
    f'eval("{TOUCH}")',
    f"compile(\"{TOUCH}\", 'f', 'exec')",
    f"getattr(__builtins__, 'open')('{SENTINEL}', 'w')",
    "globals()['__builtins__']",
    "locals()",
    "vars()",
    "breakpoint()",
    "input()",
    "help()",
    "exit()",
    f"print(open('{SENTINEL}', 'w'))",
    f"__builtins__.open('{SENTINEL}', 'w')",
    # dunder attribute chains
    "().__class__.__base__.__subclasses__()",
    "().__class__.__bases__[0].__subclasses__()[0].__init__.__globals__['sys']",
    "hidden_size.__class__.__mro__",
    "(1).__class__.__dict__",
    "hidden_size.__reduce_ex__(2)",
    "''.__class__.__mro__[1].__subclasses__()",
    "[].__class__",
    "hidden_size.func",  # a sympy attribute, harmless or not: attributes are refused
    # functions as values, comprehensions, f-strings, walrus, starred, subscripts
    f"(lambda: {TOUCH})()",
    f"[{TOUCH} for _ in (1,)]",
    f"{{{TOUCH} for _ in (1,)}}",
    f"max({TOUCH} for _ in (1,))",
    f'f"{{{TOUCH}}}"',
    f"(x := {TOUCH})",
    f"max(*{TOUCH})",
    f"max(**{{'key': {TOUCH}}})",
    f"hidden_size[{TOUCH}]",
    f"hidden_size if {TOUCH} else 1",
    f"where({TOUCH}, 1, 2)",
    f"where({TOUCH} > 0, 1, 2)",
    # sympy constructors and parsers used as names (sympify and parse_expr would eval their text)
    "Symbol('x')",
    f'sympify("{TOUCH}")',
    f'S("{TOUCH}")',
    "Function('f')(hidden_size)",
    f'parse_expr("{TOUCH}")',
    "Lambda(hidden_size, hidden_size)",
    "Integer(2)",
    f'sympy.sympify("{TOUCH}")',
    # look-alikes: NFKC-normalised full-width letters and a Cyrillic 'о' are still not functions
    f"ｏｐｅｎ('{SENTINEL}', 'w')",
    f"оpen('{SENTINEL}', 'w')",
    f"OPEN('{SENTINEL}', 'w')",
    # syntax that is not arithmetic
    "b'bytes'",
    "hidden_size @ hidden_size",
    "~hidden_size",
    "hidden_size is 1",
    "hidden_size in (1, 2)",
    f"await {TOUCH}",
    f"yield {TOUCH}",
    "import os",
    f"{TOUCH}; 1",
]
# Where an expression can be written in a spec; {payload} is filled in as a quoted YAML string.
POSITIONS = {
    "quantity": "kind: architecture\nname: h\nsymbols:\n  hidden_size: {{description: width}}\n"
    "quantities:\n  mlp: {payload}\npresets:\n  p: {{values: {{hidden_size: 8}}}}\n",
    "default": "kind: architecture\nname: h\nsymbols:\n  hidden_size: {{description: width}}\n"
    "  head_dim: {{description: d, default: {payload}}}\nquantities:\n  mlp: hidden_size\n"
    "presets:\n  p: {{values: {{hidden_size: 8}}}}\n",
    "repeat": "kind: architecture\nname: h\nsymbols:\n  hidden_size: {{description: width}}\n"
    "quantities:\n  layers:\n    repeat: {payload}\n    parts: {{mlp: hidden_size}}\n"
    "presets:\n  p: {{values: {{hidden_size: 8}}}}\n",
    "preset": "kind: architecture\nname: h\nsymbols:\n  hidden_size: {{description: width}}\n"
    "quantities:\n  mlp: hidden_size\npresets:\n  p: {{values: {{hidden_size: {payload}}}}}\n",
    "hardware": "kind: hardware\nname: h\ndescription: d\nmemory_nominal: {{value: {payload}, source: s}}\n"
    "memory_usable: {{value: '2**30', source: s}}\nmemory_bandwidth: {{value: '1e12', source: s}}\n"
    "flops_bf16: {{value: '1e14', source: s}}\ndevices_per_node: {{value: '8', source: s}}\n",
}
LOCATED = re.compile(r"^[\w./-]+\.yaml:\d+:\d+: error: \S")
TAGS = [  # YAML that PyYAML's unsafe loaders would turn into calls; composed, it is refused by tag
    f'name: !!python/object/apply:os.system ["touch {SENTINEL}"]',
    "name: !!python/name:os.system",
    "name: !!python/module:os",
    f'name: !!python/object/new:subprocess.Popen [["touch", "{SENTINEL}"]]',
    f'name: !!python/object/apply:builtins.eval ["{TOUCH}"]',
    "name: !!python/tuple [1, 2]",
    "name: !!binary aGk=",
    "name: !!set {a, b}",
    "name: !!omap [{a: 1}]",
    "name: !custom 1",
    f'name: [1, !!python/object/apply:os.system ["touch {SENTINEL}"]]',
    "!!python/name:os.system : 1",  # a tag on a key
    "%TAG !py! tag:yaml.org,2002:python/object/apply:\n---\n"  # a directive that names the python tags
    f'kind: architecture\nname: !py!os.system ["touch {SENTINEL}"]',
    f'name: &a !!python/object/apply:os.system ["touch {SENTINEL}"]\nother: *a',
]


def yaml_quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


class Recorder:
    """Wraps eval, exec and compile to record what reaches them. Libraries evaluate their own text (typer
    reads string annotations with eval); what must never get there is text from the input. ast.parse
    (compile with PyCF_ONLY_AST) builds a tree and runs nothing, so it is not recorded."""

    def __init__(self) -> None:
        self.sources: list[str] = []

    def wrap(self, name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def recorded(source: Any, *args: Any, **kwargs: Any) -> Any:
            flags = args[2] if len(args) > 2 else kwargs.get("flags", 0)
            if not (name == "compile" and flags & 0x400):  # ast.PyCF_ONLY_AST
                self.sources.append(source if isinstance(source, str) else repr(source))
            return real(source, *args, **kwargs)

        return recorded

    def from_input(self) -> list[str]:
        """Recorded sources that hold input text (compared without blanks: sympy's parser re-spaces it)."""
        markers = [SENTINEL, "Symbol('x')", "Integer(2)", "locals()", "vars()", "input()", "help()", "exit()"]
        markers = [re.sub(r"\s", "", m) for m in (*markers, *PAYLOADS)]
        return [s for s in self.sources if any(m in re.sub(r"\s", "", s) for m in markers)]


@pytest.fixture
def no_eval(monkeypatch: pytest.MonkeyPatch) -> Iterator[Recorder]:
    recorder = Recorder()
    for name in ("eval", "exec", "compile"):
        monkeypatch.setattr(builtins, name, recorder.wrap(name, getattr(builtins, name)))
    yield recorder
    assert recorder.from_input() == [], "text from the input reached eval, exec or compile"


def test_the_recorder_sees_what_sympify_would_evaluate(no_eval: Recorder) -> None:
    import sympy

    sympy.sympify("Integer(2) + 1")  # sympy's own warning: sympify evaluates its text; engine never calls it
    assert no_eval.from_input() != []
    no_eval.sources.clear()


def test_hostile_expressions_are_refused_and_nothing_runs(tmp_path: Path) -> None:
    """The installed command, as a user runs it, on every payload (one process for speed)."""
    files = []
    for i, payload in enumerate(PAYLOADS):
        path = tmp_path / f"case{i:02d}.yaml"
        path.write_text(POSITIONS["quantity"].format(payload=yaml_quoted(payload)), encoding="utf-8")
        files.append(path.name)
    done = run_engine("validate", *files, cwd=tmp_path)
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 1
    assert len(lines) == len(PAYLOADS), done.stderr
    for line in lines:
        assert re.match(r"^case\d+\.yaml:6:\d+: error: \S", line), line
    assert "Traceback" not in done.stderr
    assert not (tmp_path / SENTINEL).exists()


@pytest.mark.parametrize("position", sorted(POSITIONS))
def test_every_expression_position_refuses_every_payload(position: str, tmp_path: Path, cli, no_eval) -> None:  # type: ignore[no-untyped-def]
    files = []
    for i, payload in enumerate(PAYLOADS):
        path = tmp_path / f"{position}{i:02d}.yaml"
        path.write_text(POSITIONS[position].format(payload=yaml_quoted(payload)), encoding="utf-8")
        files.append(str(path))
    result = cli("validate", *files)
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == len(PAYLOADS), result.stderr
    for line, payload in zip(lines, PAYLOADS, strict=True):
        assert LOCATED.match(line.removeprefix(str(tmp_path) + "/")), (payload, line)
    assert "Traceback" not in result.output
    assert not (tmp_path / SENTINEL).exists() and not Path(SENTINEL).exists()


@pytest.mark.parametrize("tagged", TAGS)
def test_python_yaml_tags_are_refused(tagged: str, tmp_path: Path, cli, no_eval) -> None:  # type: ignore[no-untyped-def]
    spec = tmp_path / "tagged.yaml"
    spec.write_text(tagged if tagged.startswith("%") else "kind: architecture\n" + tagged + "\n")
    result = cli("validate", str(spec))
    assert result.exit_code == 1
    message = result.stderr.removeprefix(str(tmp_path) + "/")
    assert re.match(r"^tagged\.yaml:\d+:\d+: error: unsupported YAML tag '!", message), message
    assert not (tmp_path / SENTINEL).exists()


def test_python_yaml_tags_are_refused_by_the_installed_command(tmp_path: Path) -> None:
    spec = tmp_path / "tagged.yaml"
    spec.write_text(f'kind: architecture\nname: !!python/object/apply:os.system ["touch {SENTINEL}"]\n')
    done = run_engine("validate", spec.name, cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.startswith("tagged.yaml:2:7: error: unsupported YAML tag '!!python/object/apply:os.system'")
    assert not (tmp_path / SENTINEL).exists()


@pytest.mark.parametrize("payload", PAYLOADS)
def test_hostile_set_values_are_refused(
    payload: str, cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_eval
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    result = cli("params", "llama", "--set", f"hidden_size={payload}")
    assert result.exit_code == 1
    located = re.match(r"^--set:1:(\d+): error: ", result.stderr)
    assert located and int(located.group(1)) >= len("hidden_size=") + 1, result.stderr
    assert not (tmp_path / SENTINEL).exists()


@pytest.mark.parametrize(
    "args",
    [
        ["memory", "llama", "--option", f"precision={TOUCH}"],
        ["memory", "llama", "--precision", TOUCH],
        ["memory", "llama", "--gpu", TOUCH],
        ["params", "llama", "--preset", TOUCH],
        ["params", TOUCH],
        ["formula", "llama", TOUCH],
        ["memory", "llama", "--set", f"{TOUCH}=1"],
        ["memory", "llama", "--rules", TOUCH],
        ["params", "llama", "--spec-dir", TOUCH],
    ],
)
def test_hostile_names_on_the_command_line_are_only_names(
    args: list[str], cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_eval
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    result = cli(*args)
    assert result.exit_code in (1, 2), result.output
    assert "error" in result.stderr.lower() and "Traceback" not in result.output
    assert not (tmp_path / SENTINEL).exists()


def test_the_corpus_is_large_enough() -> None:
    cases = len(PAYLOADS) * (len(POSITIONS) + 1) + len(TAGS) + 9
    assert len(PAYLOADS) >= 30 and cases >= 300
