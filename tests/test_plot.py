"""`engine plot`: the series are the engine's exact numbers (the marked value is `engine solve`'s limit or
fewest GPUs), and the pictures hold what they should (in an SVG: every term, the capacity line and the
mark, by element id and legend text). matplotlib is in the test extra; without it, the message says
which pip command installs it."""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from engine import api
from engine.errors import UsageError
from engine.render.plot import Series, parse_values, series, write_plot

pytest.importorskip("matplotlib", reason="matplotlib is the plot extra (pip install '.[plot]')")
SVG = "{http://www.w3.org/2000/svg}"


VALUES = [
    ("1,2,4", (1, 2, 4)),
    ("4, 2,2", (2, 4)),
    ("1..64*2", (1, 2, 4, 8, 16, 32, 64)),
    ("512..2048:512", (512, 1024, 1536, 2048)),
    ("3..5", (3, 4, 5)),
]


@pytest.mark.parametrize(("text", "values"), VALUES)
def test_values(text: str, values: tuple[int, ...]) -> None:
    assert parse_values(text) == values


@pytest.mark.parametrize("text", ["0,1", "a", "1..0", "1..8*1", "1.5", "1..100000"])
def test_bad_values(text: str) -> None:
    with pytest.raises(UsageError):
        parse_values(text)


def test_batch_series_is_the_engines_memory_and_limit() -> None:
    setup = api.load_setup("llama-3-8b", gpu="a100-80")
    data = series(setup, "batch", gpus=8)
    report = api.solve(setup, gpus=8)
    assert data.marked == report.limits["max_batch"] == 3
    assert data.xs == tuple(range(1, 9))
    for x, per_gpu in zip(data.xs, data.per_gpu, strict=True):
        assert per_gpu == api.memory(setup.with_values(batch=x), gpus=8).per_gpu
        assert sum(terms[data.xs.index(x)] for terms in data.terms.values()) == per_gpu  # the stack is the total
    assert set(data.terms) == {"weights", "gradients", "optimizer", "activations", "logits", "buffers", "reserve"}


def test_gpu_series_marks_the_fewest_gpus() -> None:
    setup = api.load_setup("llama-3-70b", gpu="h100", mode="infer")
    data = series(setup, "gpus", tp=4)
    assert data.marked == api.solve(setup, tp=4).solution.min_gpus == 4
    assert data.xs[:3] == (4, 8, 12)  # multiples of tp x pp
    assert data.per_gpu[0] == api.memory(setup, gpus=4, tp=4).per_gpu


def test_a_variable_the_rules_do_not_have() -> None:
    setup = api.load_setup("llama-3-8b", gpu="a100-80")
    with pytest.raises(UsageError, match=r"--x context: the 'training' rules \(train\) plot gpus, batch, seq_len"):
        series(setup, "context")


def test_svg_names_every_term_the_capacity_and_the_mark(tmp_path: Path) -> None:
    setup = api.load_setup("llama-3-8b", gpu="a100-80", mode="infer")
    data = series(setup, "concurrency", values=(1, 8, 64, 512))
    out = write_plot(data, tmp_path / "plot.svg")
    root = ET.parse(out).getroot()
    ids = {e.get("id") for e in root.iter()}
    assert {f"term-{name}" for name in data.terms} | {"capacity", "marked"} <= ids
    text = " ".join("".join(e.itertext()) for e in root.iter(SVG + "text"))
    assert all(name in text for name in data.terms) and "capacity" in text
    assert f"largest concurrency that fits: {data.marked:,}" in text


def test_png(tmp_path: Path) -> None:
    setup = api.load_setup("gpt2", gpu="l4")
    out = write_plot(series(setup, "seq_len", values=(256, 512, 1024)), tmp_path / "plot.png")
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 10_000


def test_time_figures_join_the_picture_when_the_rules_have_them(tmp_path: Path) -> None:
    terms = {"weights": (2**33, 2**32)}
    data = Series("gpus", (1, 2), terms, (2**33, 2**32), (2**34, 2**34), 1, "fewest", "t", time={"step": (2.0, 1.1)})
    ids = {e.get("id") for e in ET.parse(write_plot(data, tmp_path / "t.svg")).getroot().iter()}
    assert {"term-weights", "capacity", "marked", "time-step"} <= ids


def test_cli(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "seq.svg"
    result = cli(
        "plot", "llama-3-8b", "--gpu", "a100-80", "--x", "seq_len", "--values", "512..8192*2", "--out", str(out)
    )
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"wrote {out}" and out.is_file()
    solved = json.loads(cli("solve", "llama-3-8b", "--gpu", "a100-80", "--format", "json").stdout)
    assert f"largest seq_len that fits: {solved['limits']['max_seq_len']:,}" in out.read_text(encoding="utf-8")
    assert cli("plot", "llama-3-8b", "--x", "depth").exit_code == 2
    assert cli("plot", "llama-3-8b", "--out", str(tmp_path / "x.pdf")).exit_code == 2


def test_without_matplotlib_the_message_says_how_to_install_it(
    cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib now fails
    result = cli("plot", "gpt2", "--out", str(tmp_path / "p.png"))
    assert result.exit_code == 2
    assert "engine plot needs matplotlib, which is not installed: pip install 'engine[plot]'" in result.stderr
