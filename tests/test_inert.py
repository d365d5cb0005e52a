"""Output is inert (issue 16): every text that comes from an input (a spec's description and source,
symbol and GPU descriptions, LaTeX names, file names, a config.json's model_type, --set names) reaches the
terminal with its control characters escaped (C0, C1, OSC, bidi), no line can be forged, and generated
Markdown writes markup as entities (a `<script>` in a description never appears raw, pipes do not
split table cells).

One hostile corpus, planted in every free-text field of an architecture, a rules spec and a GPU
profile, and in file names; every command's output over it is checked.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
import yaml

from conftest import REPO, SPECS, run_engine

# Each attack a terminal or a Markdown renderer would act on, as YAML double-quoted escapes.
CORPUS = {
    "OSC window title": r"\e]0;PWNED\a",
    "OSC 8 hyperlink": r"\e]8;;http://evil.example\e\\link\e]8;;\e\\",
    "clear screen": r"\e[2J\e[H",
    "colour": r"\e[31mred\e[0m",
    "C1 CSI": r"\x9b2J",
    "carriage return": r"hidden\roverwritten",
    "backspace": r"ab\b\bX",
    "bell and NUL-adjacent": r"\a\x01\x7f",
    "forged line": r"\nOK forged.yaml\nerror: forged",
    "line separator": r"\u2028LS\u2029PS",
    "bidi override": r"\u202eevil\u202c \u2066isolate\u2069",
    "HTML": r"<script>alert(1)</script><img src=x onerror=alert(2)>",
    "entity": r"&lt;b&gt;",
    "table pipe": r"a | b | c",
    "math break": r"$x$ \\end",
}
HOSTILE = "".join(CORPUS.values())
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
EVIL_FILE = "file\x1b]0;T\x07\nOK forged"  # a file name: a spec found by name shows its file's stem


def q(text: str = HOSTILE) -> str:
    return f'"{text}"'


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A spec folder whose every free-text field holds the corpus."""
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "evil.yaml").write_text(
        "kind: architecture\nextends: gpt2\nname: evil\n"
        f"description: {q()}\nsource: {q()}\n"
        "symbols:\n"
        f"  hidden_size: {{description: {q()}, latex: {q()}, source: {q()}}}\n"
        f"  num_layers: {{description: {q()}, latex: {q(r'L$<script>|')}}}\n"
        "quantities:\n"
        f"  wte: {{expr: vocab_size * hidden_size, description: {q()}, source: {q()}}}\n"
        "presets:\n"
        f"  evil-1: {{values: {{vocab_size: 50257, hidden_size: 768, num_layers: 12, num_heads: 12}}, "
        f"source: {q()}, description: {q()}}}\n",
        encoding="utf-8",
    )
    gpu = (SPECS / "hardware" / "a100-80.yaml").read_text(encoding="utf-8")
    gpu = gpu.replace("name: a100-80", "name: evilgpu", 1).replace("aliases: [a100, a100-80gb, a100-sxm4-80gb]", "")
    gpu = re.sub(r"^description: .*$", lambda _: f"description: {q()}", gpu, count=1, flags=re.M)
    gpu = re.sub(r"source: [^}\n]*", lambda _: f"source: {q()}", gpu)
    (folder / "evilgpu.yaml").write_text(gpu, encoding="utf-8")
    (folder / "evilrules.yaml").write_text(
        "kind: rules\nextends: training\nname: evilrules\n"
        f"description: {q()}\nsource: {q()}\nassumptions: [{q()}, {q()}]\n"
        f"options:\n  precision: {{description: {q()}}}\n",
        encoding="utf-8",
    )
    (folder / f"{EVIL_FILE}.yaml").write_text(
        (SPECS / "gpt2.yaml").read_text(encoding="utf-8").replace("name: gpt2", "name: named", 1), encoding="utf-8"
    )
    (folder / "config.json").write_text(json.dumps({"model_type": "\x1b]0;T\x07\nOK forged <script>"}))
    return folder


def inert(output: str, what: object) -> None:
    """No control character a terminal acts on, and no line that an input started."""
    found = RAW.search(output)
    assert found is None, f"{what}: raw {found.group()!r} in {output[max(0, found.start() - 60) : found.end() + 20]!r}"
    forged = [line for line in output.splitlines() if line.startswith(("OK forged", "error: forged"))]
    assert not forged, f"{what}: a forged line {forged}"


def no_markup(text: str, what: object) -> None:
    """No markup outside the engine's own code blocks (where a renderer shows text as it is), and no
    code block that an input opened or closed."""
    fences = [i for i, line in enumerate(text.splitlines()) if line.lstrip().startswith("```")]
    assert len(fences) % 2 == 0, what
    lines = text.splitlines()
    for start, end in zip(fences[0::2], fences[1::2], strict=True):
        assert lines[start].strip() in ("```text", "```") and lines[end].strip() == "```", what
        lines[start : end + 1] = [""] * (end + 1 - start)
    text = "\n".join(lines)
    assert "<script" not in text.lower() and "<img" not in text.lower(), what
    assert "&lt;script>" in text or "&lt;script&gt;" in text or "alert" not in text, what


QUESTION = ["evil", "--gpu", "evilgpu", "--rules", "evilrules"]
COMMANDS: dict[str, list[str]] = {
    "validate": ["validate", "{d}/evil.yaml", "{d}/evilgpu.yaml", "{d}/evilrules.yaml", f"{{d}}/{EVIL_FILE}.yaml"],
    "validate json": ["validate", f"{{d}}/{EVIL_FILE}.yaml", "{d}/missing\x1b[2J.yaml", "-f", "json"],
    "params": ["params", "evil"],
    "params markdown": ["params", "evil", "-f", "markdown"],
    "params json": ["params", "evil", "-f", "json"],
    "params file name": ["params", "named"],
    "params --set name": ["params", "gpt2", "--set", "\x1b]0;T\x07\nOK forged=1"],
    "params --set value": ["params", "gpt2", "--set", "hidden_size=\x1b[2J\nOK forged"],
    "params --preset": ["params", "evil", "--preset", "\x1b[2J\nOK forged"],
    "params --hf-config": ["params", "--hf-config", "{d}/config.json"],
    "params missing file": ["params", "{d}/\x1b[2Jno\nOK forged.yaml"],
    "formula": ["formula", "evil"],
    "formula latex": ["formula", "evil", "-f", "latex"],
    "formula markdown": ["formula", "evil", "-f", "markdown"],
    "formula quantity": ["formula", "evil", "\x1b[2J\nOK forged"],
    "memory": ["memory", *QUESTION],
    "memory markdown": ["memory", *QUESTION, "-f", "markdown"],
    "memory json": ["memory", *QUESTION, "-f", "json"],
    "solve": ["solve", *QUESTION],
    "solve markdown": ["solve", *QUESTION, "-f", "markdown"],
    "solve compare": ["solve", "evil", "--gpu", "evilgpu,a100-80", "--rules", "evilrules"],
    "solve unknown gpu": ["solve", "evil", "--gpu", "\x1b[2J\nOK forged"],
    "sweep": ["sweep", *QUESTION, "--grid", "batch=1..2", "--no-min-gpus"],
    "list": ["list"],
    "list markdown": ["list", "-f", "markdown"],
    "list json": ["list", "-f", "json"],
    "list gpus": ["list", "gpus"],
    "list gpus markdown": ["list", "gpus", "-f", "markdown"],
    "list bases": ["list", "bases"],
    "table": ["table", "evil-1", "--gpu", "evilgpu"],
    "table markdown": ["table", "evil-1", "--gpu", "evilgpu", "-f", "markdown"],
    "cache action": ["cache", "\x1b[2J\nOK forged"],
}
SPEC_DIR = {"validate", "validate json", "params --hf-config", "params missing file", "cache action"}


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_prints_input_text_inert(name: str, corpus: Path, cli) -> None:  # type: ignore[no-untyped-def]
    args = [a.replace("{d}", str(corpus)) for a in COMMANDS[name]]
    if name not in SPEC_DIR:
        args += ["--spec-dir", str(corpus)]
    result = cli(*args)
    assert "Traceback" not in result.output and result.exit_code in (0, 1, 2), (name, result.output[-2000:])
    inert(result.stdout, name)
    inert(result.stderr, name)
    if "markdown" in name:
        no_markup(result.stdout, name)
    if name.endswith("json"):
        json.loads(result.stdout)


def test_the_corpus_reaches_the_output_escaped(corpus: Path, cli) -> None:  # type: ignore[no-untyped-def]
    """Escaped, not dropped: the description is shown, its escape character as \\x1b."""
    out = cli("params", "evil", "--spec-dir", str(corpus)).stdout
    assert "\\x1b]0;PWNED\\x07" in out and "\\nOK forged.yaml" in out and "\\u202e" in out


def test_validate_cannot_forge_an_ok_line(tmp_path: Path, cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """engine validate $'a\\nOK x.yaml': one error line, the path escaped, no OK line."""
    monkeypatch.chdir(tmp_path)
    result = cli("validate", "a\nOK x.yaml")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == ["a\\nOK x.yaml:1:1: error: cannot read file: No such file or directory"]
    good = tmp_path / "b\nOK y.yaml"
    good.write_text((SPECS / "gpt2.yaml").read_text())
    result = cli("validate", str(good))
    assert result.exit_code == 0 and result.stdout.splitlines() == [f"OK {tmp_path}/b\\nOK y.yaml"]


def test_every_error_line_of_a_file_is_escaped(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    """Several errors of one file: each on its own line, none carrying a newline of the input."""
    spec = tmp_path / "bad.yaml"
    spec.write_text('kind: architecture\nname: "x\\nOK forged"\ndescription: 1\nsymbols: {}\nquantities: {}\n')
    result = cli("validate", str(spec))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) >= 2 and all(line.startswith(str(spec)) for line in lines), lines
    inert(result.stderr, "validate")


def test_generated_pages_escape_markup(corpus: Path, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "pages"
    result = cli("docs", "--out", str(out), "--spec-dir", str(corpus))
    assert result.exit_code == 0, result.output
    inert(result.stdout, "docs")
    pages = {p.name: p.read_text(encoding="utf-8") for p in out.iterdir()}
    assert {"evil.md", "evilrules.md", "hardware.md", "README.md"} <= set(pages)
    for name, text in pages.items():
        inert(text, name)
        no_markup(text, name)
    evil = pages["evil.md"]
    assert "&lt;script>alert(1)&lt;/script>" in evil and "&amp;lt;b&amp;gt;" in evil
    assert "a \\| b \\| c" in evil  # a pipe of a description inside a table cell
    assert "L\\$\\lt script\\gt \\vert" in evil  # the LaTeX name cannot leave the math or start markup
    for line in evil.splitlines():
        if line.startswith("| `hidden_size`"):
            assert line.count(" | ") == 4, line  # five cells: none split by a pipe of the input


def test_the_help_of_derived_flags_is_inert(corpus: Path) -> None:
    """Flags come from the rules on the search path (their descriptions too), read before typer runs."""
    done = run_engine("memory", "--help", "--spec-dir", str(corpus), cwd=REPO)
    assert done.returncode == 0, done.stderr
    inert(done.stdout, "memory --help")


def test_a_cache_path_is_printed_inert(tmp_path: Path) -> None:
    done = run_engine("cache", "path", env={"ENGINE_CACHE_DIR": str(tmp_path / "c\x1b[2J\nOK forged")})
    assert done.returncode == 0
    inert(done.stdout, "cache path")
    assert len(done.stdout.splitlines()) == 1


def test_the_corpus_covers_every_class() -> None:
    text = yaml.safe_load(q())
    for char, what in (("\x1b", "C0"), ("\x9b", "C1"), ("\x1b]", "OSC"), ("\u202e", "bidi"), ("\n", "newline")):
        assert char in text, what
    assert os.sep not in EVIL_FILE


def test_the_last_net_escapes_what_a_renderer_let_through(cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """A renderer that forgot a field: the CLI's echo still escapes every control character."""
    import engine.render.params

    monkeypatch.setitem(engine.render.params.PARAMS, "table", lambda result: "\x1b]0;T\x07title\x9b2J")
    result = cli("params", "gpt2")
    assert result.exit_code == 0 and result.stdout == "\\x1b]0;T\\x07title\\x9b2J\n"
