"""Every command honours the exit codes of the README: 0 success, 1 a wrong spec or input value (with a
message), 2 a wrong command line, 3 an internal error (a short message; the traceback only with --debug)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import engine.api
import engine.cache
import engine.cache_clear
import engine.cli
import engine.docs.errata
import engine.docs.guide
import engine.docs.site
import engine.render.formula
import engine.render.memory
import engine.render.params
import engine.render.sweep
import engine.solve.sweep

BROKEN = "tests/cases/invalid/caret.yaml"
CODES = [
    # command line, exit code, a part of the output
    (["params", "gpt2"], 0, "124,439,808 parameters"),
    (["params", "gpt2", "--set", "num_layers=-1"], 1, "--set:1:12: error: 'num_layers' must be a positive integer"),
    (["params", BROKEN], 1, "caret.yaml:"),
    (["params", "gpt2", "--format", "yaml"], 2, "Invalid value for '--format'"),
    (["params"], 2, "name a spec, or give a Hugging Face config"),
    (["formula", "gpt2", "wte"], 0, "wte = hidden_size*vocab_size"),
    (["formula", "gpt2", "wtf"], 1, "error: spec 'gpt2' has no quantity 'wtf' (did you mean 'wte'?)"),
    (["formula", "gpt2", "--format", "html"], 2, "Invalid value for '--format'"),
    (["validate", "specs/gpt2.yaml"], 0, "OK specs/gpt2.yaml"),
    (["validate", BROKEN], 1, "caret.yaml:"),
    (["validate", "no/such.yaml"], 1, "no/such.yaml:1:1: error: cannot read file"),
    (["validate"], 2, "Missing argument"),
    (["list", "gpus"], 0, "a100-80"),
    (["list", "gpu"], 2, "Invalid value for 'what'"),
    (["list", "--spec-dir", "no/such/folder"], 2, "error: --spec-dir no/such/folder: no such folder"),
    (["solve", "gpt2", "--gpu", "t4"], 0, "minimum GPUs: "),
    (["solve", "gpt2", "--gpu", "rtx4091"], 1, "error: unknown GPU 'rtx4091' (did you mean 'rtx4090'?)"),
    (["solve", "gpt2", "--tp", "5"], 1, "error: --tp 5 does not divide num_heads = 12"),
    (["solve", "gpt2", "--gpus", "0"], 2, "Invalid value for '--gpus'"),
    (["solve", "gpt2", "--option", "kernels"], 2, "error: --option 'kernels' is not NAME=CHOICE"),
    (["memory", "gpt2", "--gpus", "2"], 0, "per GPU"),
    (["memory", "gpt2", "--sharding", "zero4"], 1, "error: unknown sharding 'zero4' (did you mean 'zero3'?)"),
    (["memory", "gpt2", "--set", "dp=2"], 2, "error: 'dp' is part of the layout"),
    (["memory", "gpt2", "--tp", "x"], 2, "Invalid value for '--tp'"),
    (["table", "gpt2", "--gpu", "24"], 0, "gpt2"),
    (["table", "lama"], 1, "error: no spec named 'lama' (did you mean 'llama'?)"),
    (["table", "gpt2", "--gpu", "0"], 1, "error: a GPU size must be positive, got 0"),
    (["table", "gpt2", "--batch", "0"], 2, "Invalid value for '--batch'"),
    (["errata", "--out", "-"], 0, "# "),
    (["errata", "--out", "/dev/null/x.md"], 2, "error: --out /dev/null/x.md: cannot write there"),
    (["docs", "--nope"], 2, "No such option: --nope"),
    (["sweep", "gpt2", "--grid", "batch=1..4*2", "--no-min-gpus"], 0, "backward_start"),
    (["sweep", "gpt2", "--grid", "batchsize=1..2"], 1, "have no symbol 'batchsize'"),
    (["sweep", "gpt2", "--grid", "batch=1..2:0.5"], 2, "error: --grid batch: 3/2 is not a positive integer"),
    (["sweep", "gpt2", "--grid", "batch=1..10**12"], 2, "is not NAME=START..STOP"),
    (["cache", "path"], 0, ""),
    (["cache", "nope"], 2, "error: unknown cache action 'nope'"),
    (["frobnicate"], 2, "No such command 'frobnicate'"),
]


@pytest.mark.parametrize(("args", "code", "text"), CODES, ids=[" ".join(c[0]) or "(none)" for c in CODES])
def test_exit_code_and_message(args: list[str], code: int, text: str, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli(*args)
    assert result.exit_code == code, result.output
    assert text in (result.stdout if code == 0 else result.stderr)
    assert "Traceback" not in result.output


def test_every_command_has_a_case_for_0_1_and_2() -> None:
    seen = {(args[0], code) for args, code, _ in CODES}
    for command in ("params", "formula", "validate", "solve", "memory", "table", "sweep"):
        assert {(command, 0), (command, 1), (command, 2)} <= seen, command
    for command in ("list", "errata", "cache"):  # their inputs are names and paths: wrong ones are usage errors
        assert {(command, 0), (command, 2)} <= seen, command
    assert ("docs", 2) in seen  # writing every page takes seconds; tests/test_docs checks that they are current


def _boom(*args: object, **kwargs: object) -> Any:
    raise RuntimeError("boom")


# What each command calls; breaking it must give exit 3, and so must a renderer that fails.
INTERNALS: list[tuple[list[str], Callable[[pytest.MonkeyPatch], None]]] = [
    (["params", "gpt2"], lambda mp: mp.setattr(engine.api, "count_params", _boom)),
    (["params", "gpt2"], lambda mp: mp.setitem(engine.render.params.PARAMS, "table", _boom)),
    (["formula", "gpt2"], lambda mp: mp.setattr(engine.api, "formula_model", _boom)),
    (["formula", "gpt2"], lambda mp: mp.setitem(engine.render.formula.FORMULA, "text", _boom)),
    (["validate", "specs/gpt2.yaml"], lambda mp: mp.setattr(engine.api, "validate", _boom)),
    (["list"], lambda mp: mp.setattr(engine.api, "catalog", _boom)),
    (["list", "gpus"], lambda mp: mp.setattr(engine.api, "hardware_list", _boom)),
    (["list", "gpus"], lambda mp: mp.setattr(engine.cli.specs, "gpu_row", _boom)),
    (["solve", "gpt2"], lambda mp: mp.setattr(engine.api, "solve", _boom)),
    (["solve", "gpt2"], lambda mp: mp.setitem(engine.render.memory.SOLVE, "table", _boom)),
    (["memory", "gpt2"], lambda mp: mp.setattr(engine.api, "memory", _boom)),
    (["memory", "gpt2"], lambda mp: mp.setitem(engine.render.memory.MEMORY, "table", _boom)),
    (["table", "gpt2"], lambda mp: mp.setattr(engine.docs.guide, "quick_reference", _boom)),
    (["table", "gpt2"], lambda mp: mp.setitem(engine.docs.guide.QUICK_REFERENCE, "table", _boom)),
    (["docs", "--check"], lambda mp: mp.setattr(engine.docs.site, "pages", _boom)),
    (["errata", "--out", "-"], lambda mp: mp.setattr(engine.docs.errata, "render", _boom)),
    (["sweep", "gpt2", "--grid", "batch=1..2"], lambda mp: mp.setattr(engine.solve.sweep, "run_sweep", _boom)),
    (["sweep", "gpt2", "--grid", "batch=1..2"], lambda mp: mp.setattr(engine.render.sweep, "write", _boom)),
    (["cache", "clear"], lambda mp: mp.setattr(engine.cache_clear, "clear", _boom)),
]


@pytest.mark.parametrize(("args", "breaks"), INTERNALS, ids=[" ".join(a) for a, _ in INTERNALS])
def test_internal_errors_exit_3_with_a_short_message(  # type: ignore[no-untyped-def]
    args: list[str], breaks: Callable[[pytest.MonkeyPatch], None], cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    breaks(monkeypatch)
    result = cli(*args)
    assert result.exit_code == 3
    assert result.stderr.startswith("internal error: RuntimeError: boom\n")
    assert "please report it" in result.stderr and "--debug" in result.stderr
    assert "Traceback" not in result.output
    debug = cli("--debug", *args)
    assert debug.exit_code == 3
    assert "Traceback (most recent call last)" in debug.stderr and "RuntimeError: boom" in debug.stderr
